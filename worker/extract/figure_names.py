"""Figures that name or own something rather than count the victims, blanked before a toll is read.

A number written before a formation's capitalised noun names that formation ("the 25 Brigade commander", "7 Division
troops": data/formation_nouns.csv), and a figure whose noun owns a possessive counts the owners, not the victim
("killed the two women's father", "the 12 hostages' driver was shot dead"): either read as a toll gives the wrong
number, while the noun after it still names one victim for the readers of one person.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from worker.extract.gazetteer import data_rows
from worker.extract.toll_phrases import blank_spans, is_person_noun, person_nouns


@lru_cache(maxsize=1)
def formation_nouns() -> frozenset[str]:
    """Nouns of numbered armed formations, lower case (data/formation_nouns.csv)."""
    return frozenset(r["noun"].strip().lower() for r in data_rows("formation_nouns.csv"))


_UNIT_NUMBER = re.compile(r"\b(?P<n>\d{1,4})\s+(?P<noun>[A-Z][a-z]+)\b")
# words that end a figure's noun phrase before a possessive could belong to it ("two guards outside Ali's house")
_PHRASE_END = frozenset({"of", "and", "or", "in", "at", "on", "near", "outside", "inside", "from", "with", "to", "by",
                         "for", "who", "that", "which", "were", "was"})


def _owner_spans(sentence: str, num: re.Pattern[str], value: Callable[[str], int | None]) -> list[tuple[int, int]]:
    """Figures above one whose noun phrase (the figure, at most one modifier, the noun) ends in a possessive that
    owns one person ("the two women's father"); a possessive that classifies a plural ("two women's rights
    activists") leaves the figure counting them."""
    out: list[tuple[int, int]] = []
    for m in _POSSESSOR.finditer(sentence):
        if num.fullmatch(m.group("n")) is None or (m.group("mid") or "").lower() in _PHRASE_END \
                or (value(m.group("n")) or 0) < 2:
            continue
        owned = next((w for w in m.group("owned").split() if is_person_noun(w)), None)
        if owned is not None and owned.lower() in person_nouns() and not _plural_form(owned.lower()):
            out.append(m.span("n"))
    return out


def _plural_form(word: str) -> bool:
    """A person noun written in the plural although the lexicon holds it too ("people" style rows)."""
    return word.endswith("s") and word[:-1] in person_nouns()


# a figure, an optional modifier, a noun with a possessive ending ("women's", "hostages'"), and the two words it owns
_POSSESSOR = re.compile(r"\b(?P<n>[\w-]+)(?=\s+(?:(?P<mid>[\w-]+)\s+)?[\w-]+(?:['’]s|s['’])(?!\w)"
                        r"(?P<owned>(?:\s+[\w-]+){1,2}))")


def blank_naming_figures(sentence: str, num: re.Pattern[str], value: Callable[[str], int | None]) -> str:
    """The sentence with figures that name a formation or count a possessive's owners turned into spaces (offsets
    kept); `num` is the toll's figure expression and `value` its reader."""
    if not any(map(str.isdigit, sentence)) and "'" not in sentence and "’" not in sentence:
        return sentence
    spans = [m.span("n") for m in _UNIT_NUMBER.finditer(sentence) if m.group("noun").lower() in formation_nouns()]
    if "'" in sentence or "’" in sentence:
        spans += _owner_spans(sentence, num, value)
    return blank_spans(sentence, spans)
