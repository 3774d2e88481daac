"""The whole name of a town whose words the text writes around a shorter town's name: "Mocimboa da Praia" holds
Cabo Verde's capital, "Tal Abyad" India's and Pakistan's Tal; the longest name the gazetteer knows is the town meant."""
from __future__ import annotations

import re

from worker.extract import geonames

# up to three words before a town's name that may begin a longer name ending in it: "Mocimboa da", "Ras al", "San"
_NAME_HEAD = re.compile(r"(?:\b(?:[A-Z][\w'’-]*|da|de|do|dos|das|del|di|du|des|el|al|la|le|al-|el-)\s+){1,3}$")


# up to two words after a town's name that may end a longer name: "Tal Abyad" for "Tal", "Kafr Nabl" for "Kafr"
_NAME_TAIL = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*|(?:da|de|do|dos|das|del|di|du|des|la|le)\s+"
                        r"[A-Z][\w'’-]*)){1,2}")  # "Mar del Plata" for NER's "Mar"
# hyphened words, with the small words French, Spanish and Portuguese names join them by: "Croix-des-Bouquets",
# "Saint-Louis-du-Nord", "Anse-à-Veau" (NER's "Croix" is France's town)
_HYPHEN_TAIL = re.compile(r"(?:-(?:des|de|du|la|le|les|en|sur|sous|au|aux|à|da|do|dos|das|di|del|lès))*-[A-Z][\w'’]*"
                          r"(?:(?:-(?:des|de|du|la|le|les|en|sur|sous|au|aux|à|da|do|dos|das|di|del|lès))*-[A-Z][\w'’]*)?")


def whole_name(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the longest town name the gazetteer knows that holds text[start:end] with up to three words
    before it or two after ("Mocimboa da Praia" for "Praia", "Tal Abyad" for "Tal"), or a hyphened province's
    ("Centre-Nord" for "Centre"); (start, end) when none."""
    known = geonames.index().cities
    head = _NAME_HEAD.search(text, max(0, start - 40), start)
    for w in re.finditer(r"\S+", text[head.start():start]) if head else ():  # the longest first
        a = head.start() + w.start()
        if text[a:a + 1].isupper() and known(text[a:end]):
            return a, end
    joined = _HYPHEN_TAIL.match(text, end)  # "Koton-Karfe", "Centre-Nord": NER's "Koton" of a hyphened name
    if joined and (known(text[start:joined.end()]) or geonames.index().subdivisions_named(text[start:joined.end()])):
        return start, joined.end()
    tail = _NAME_TAIL.match(text, end)
    for w in reversed(list(re.finditer(r"\S+", tail.group()))) if tail else ():  # the longest first
        if known(text[start:end + w.end()]):
            return start, end + w.end()
    return start, end
