"""The compass words of place names ("northern Mali", "Lower Shabelle", "North-East", "Centre-Nord"), one copy for
every place finder that reads them.

The finders differ on purpose in which words they take, so each set is named here: the four points and "central"
(the qualifier before a region: "in northern Mali", "in central Mali"), the points between ("north-east"), the
parts of a valley or a country ("Upper", "Lower", "Middle", "Far"), the French points of West African provinces'
names ("Nord", "Sud", "Est", "Ouest") and the words a compass-named province is written with ("Northern",
"Centre"). A finder joins the words it reads with `alternation.literal`; BETWEEN and QUALIFIER are patterns.
"""
from __future__ import annotations

import re
from functools import cache

# the four points, and with the centre: "in northern Mali", "in central Mali", "South Kivu"
CARDINALS = ("north", "south", "east", "west")
POINTS = CARDINALS + ("central",)
# the points between, written in one word or with a hyphen
BETWEEN = r"north-?east|north-?west|south-?east|south-?west"
# the parts of a valley, a river's course or a country: "Lower Shabelle", "Upper Nile", "Far North"
PARTS = ("upper", "lower", "middle", "far")
# Burkina Faso's Centre-Nord, Cameroon's Sud-Ouest: the French points
FRENCH_POINTS = ("nord", "sud", "est", "ouest")
# every word a province named for its place in the country is written with ("Eastern", "Centre", "Far North")
NAME_WORDS = POINTS + ("centre", "northern", "southern", "eastern", "western") + PARTS
# "northern ", "central ", "southeastern ": a compass word and its ending, one word, before the name it places
QUALIFIER = r"(?:(?:" + "|".join(POINTS) + r")\w*\s+)"


@cache
def _compass_name() -> re.Pattern[str]:
    words = NAME_WORDS + FRENCH_POINTS + ("center",)
    return re.compile(r"(?:(?:" + BETWEEN + r")(?:ern)?|" + "|".join(words) + r")(?:[\s-]+(?:(?:" + BETWEEN
                      + r")(?:ern)?|" + "|".join(words) + r"))*", re.I)


def compass_named(name: str) -> bool:
    """Whether `name` is only compass or position words ("North East", "Far North", "Centre-Nord", "South-South"):
    the name of a part of a country, which is no town's, whichever country's province the gazetteer knows by it."""
    return _compass_name().fullmatch(name) is not None


@cache
def _adjective() -> re.Pattern[str]:
    return re.compile(r"(?:(?:" + BETWEEN + "|" + "|".join(CARDINALS) + r")ern|central)", re.I)


def compass_adjective(name: str) -> bool:
    """Whether `name` is one compass adjective ("Northern", "Central", "Southeastern"): before a country's name it
    tells a part of the country ("Northern Uganda"), though a province bears the word (Uganda's Northern Region)."""
    return _adjective().fullmatch(name) is not None
