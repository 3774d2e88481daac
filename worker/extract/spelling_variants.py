"""Other romanisations of a place name, one change away ("Dhuusamareeb" / GeoNames' "Dhuusamarreeb", "Maiwand" /
"Maywand", "Beledweyne" / "Beledweyn"). Pure.

Names of Somali, Pashto, Arabic, Hausa or Bambara towns reach English news in several spellings, and a gazetteer
keeps only a few of them. The changes below are the ones romanisations of one name differ by: a doubled or single
letter, a long vowel written two ways (ee/i, oo/ou/u), y for i, a final h, a gh/kh/dh digraph or its plain letter,
q for k, one word or two. A name one change away from a gazetteer name is very likely that place; two changes are
too loose (most short names are two changes from some hamlet).
"""
from __future__ import annotations

import re

# each pair is rewritten both ways
_SWAPS = (("ee", "i"), ("ee", "e"), ("oo", "u"), ("ou", "u"), ("oo", "o"), ("y", "i"), ("ai", "ay"), ("ei", "ey"),
          ("kh", "k"), ("gh", "g"), ("dh", "d"), ("q", "k"), ("ph", "f"), ("j", "dj"), ("sh", "ch"))
_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])")
_DOUBLE = re.compile(r"([a-z])\1")
MIN_LENGTH = 6  # shorter names are one change from too many others


def variants(key: str) -> list[str]:
    """The spellings one change away from a folded name (build_gazetteer.fold: lower case ASCII), `key` left out;
    none for a name shorter than MIN_LENGTH letters."""
    if len(key.replace(" ", "")) < MIN_LENGTH:
        return []
    out: set[str] = set()
    for a, b in _SWAPS:
        for x, y in ((a, b), (b, a)):
            start = key.find(x)
            while start >= 0:
                out.add(key[:start] + y + key[start + len(x):])
                start = key.find(x, start + 1)
    for m in _CONSONANT.finditer(key):  # a consonant doubled
        out.add(key[:m.end()] + m.group() + key[m.end():])
    for m in _DOUBLE.finditer(key):  # a double letter single
        out.add(key[:m.start()] + key[m.start() + 1:])
    out.add(key[:-1] if key.endswith("h") else key + "h")
    for i, ch in enumerate(key):  # two words as one, one word as two
        if ch == " ":
            out.add(key[:i] + key[i + 1:])
    for i in range(3, len(key) - 2):
        if " " not in key[i - 1:i + 1]:
            out.add(key[:i] + " " + key[i:])
    out.discard(key)
    return sorted(out)
