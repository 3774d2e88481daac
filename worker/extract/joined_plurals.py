"""People joined to a first victim with no exact figure of their own: "killed Musa Ali and his bodyguards" (a plural
noun: two or more) and "and several of his relatives" (a vague figure: a floor). `companions.read` counts such an
item as one person or as its nominal figure; a toll that joins it is at least that many, never exactly, so here a
plural item counts two and either makes the toll a lower bound. A noun that names a set number ("and his twins",
data/plural_nouns.csv) counts that number, exactly.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from worker.extract import companions
from worker.extract.joined_subjects import plural_nouns
from worker.extract.toll_phrases import person_nouns

_WORD = re.compile(r"[\w'’-]+")
_PLURAL_END = re.compile(r"[a-z]+(?:[^s]s|men|children|people|folk)")  # "guards", "kinsmen"; not "boss"


def read(sentence: str, pos: int, figure: re.Pattern[str], to_int: Callable[[str], int | None],
         is_person: Callable[[str], bool], vague: Callable[[str], bool]) -> companions.Companions:
    """`companions.read`, with each joined plural noun counted two or more and each vague figure a floor."""
    more = companions.read(sentence, pos, figure, to_int, is_person)
    if not more.n:
        return more
    extra, floor = 0, False
    # the items as `companions.read` joined them; the first piece is the end of the first victim's name
    items = companions._JOIN.split(sentence[pos:more.end])[1:]  # noqa: SLF001 (one grammar of joins)
    for item in (i.strip() for i in items if i and i.strip()):
        if (m := figure.match(item)) is not None:
            floor = floor or vague(m.group("n"))  # "several of his relatives"
            continue
        noun = next((w.group() for w in _WORD.finditer(item) if is_person(w.group())), "")
        if noun.lower() in plural_nouns():
            extra += plural_nouns()[noun.lower()] - 1  # "and his twins"
        elif _PLURAL_END.fullmatch(noun) and noun not in person_nouns():
            extra, floor = extra + 1, True  # "and his bodyguards": two at least
    return replace(more, n=more.n + extra, bounded=more.bounded or floor) if extra or floor else more
