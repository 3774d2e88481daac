"""Which side a count's victims are on, so that counts of disjoint groups add up into one toll.

Reports often give the dead or wounded of each side apart: "45 residents were wounded" and, two sentences on,
"seven soldiers were wounded"; "more than 32 civilians died" and "one soldier was killed"; "five attackers were
killed". Each is a part of the toll, not a rival figure for it. A count whose victims are "people", "others" or a
mix of sides is the umbrella figure. Lexicon: data/victim_groups.csv (noun -> civilians / forces / armed); a
plural of a people ("Palestinians", "Somalis") is civilians.
"""
from __future__ import annotations

import re
from functools import lru_cache

from worker.extract.gazetteer import data_rows

ANY = "any"  # people, others, victims, a mix of sides: the umbrella figure
_DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]{3,}(?:ans|ians|is)")  # "Palestinians", "Israelis", "Somalis"


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    return {r["noun"].strip().lower(): r["group"].strip() for r in data_rows("victim_groups.csv") if r["noun"].strip()}


def group_of(noun: str) -> str:
    """The side of one head noun ("soldiers" -> forces); ANY when the lexicon does not place it."""
    words = noun.strip("'’").rsplit(None, 1)  # a lone quote mark ("killed 3 ' people") leaves no word
    word = words[-1] if words else ""
    if _DEMONYM_PLURAL.fullmatch(word):
        return "civilians"
    return _lexicon().get(word.lower(), ANY)


def combined(groups: list[str]) -> str:
    """The side of a list of items: their common side, else ANY ("three soldiers and two civilians")."""
    return groups[0] if groups and all(g == groups[0] for g in groups) else ANY
