"""Regions news names by the word their subdivisions share: "Kordofan" (North, South and West Kordofan), "Kivu"
(North and South Kivu), "Waziristan", "Sinai", "Shabelle" (Lower and Middle Shabelle), "Maguindanao" (del Norte and
del Sur). The gazetteer holds the subdivisions, not the region; a reader knows the region's country from them.

Derived from every subdivision of the GeoNames index: a name less a compass or position word before or after it
("North", "Upper", "del Sur", "Oriental", "-Est") is a core; a core whose subdivisions all lie in one country names
that country. Pure, built once on first use.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from worker.extract import geonames
from worker.extract.alternation import literal
from worker.extract.compass_words import FRENCH_POINTS, NAME_WORDS, POINTS

_BEFORE = re.compile(r"^(?:(?:" + literal(NAME_WORDS + ("greater", "inner", "outer")) + r")(?:[ -](?:"
                     + literal(POINTS + ("centre",)) + r"))?|"
                     r"north-?(?:east|west)|south-?(?:east|west))\s+", re.I)
_AFTER = re.compile(r"(?:\s+|-)(?:del (?:norte|sur)|de(?:l)? (?:este|oeste)|norte|sur|north|south|east|west|central|"
                    r"oriental|occidental|est|ouest|nord|sud|centre|center|orientale|occidentale)$", re.I)
MIN_LENGTH = 4  # "Nord", "Sud" and other two- or three-letter rests name nothing
# a core that is itself a compass or position word ("Centre" of Burkina Faso's Centre-Nord, Centre-Est...) is the
# name of provinces of several countries (Cameroon's and Haiti's Centre), no one country's region
_POSITION = re.compile(r"(?:" + literal(POINTS + ("centre", "center", "middle", "upper", "lower") + FRENCH_POINTS
                                         + ("norte", "sur", "oriental", "occidental")) + r")(?:ern)?", re.I)
# a core that names water or its shore ("Red Sea" of Eritrea's Northern and Southern Red Sea, "Caribbean Coast") is
# the sea itself in the news, and a sea borders several countries: "a ship struck in the Red Sea" is in none
_WATER = re.compile(r"\b(?:sea|ocean|gulf|bay|lake|lakes|river|strait|coast)\b", re.I)


@cache
def cores() -> dict[str, frozenset[str]]:
    """Folded core -> the countries of the subdivisions that bear it with a compass or position word, for a core
    two subdivisions or more share: one alone ("Upper Nile") names a river or a province, not a region."""
    out: dict[str, dict[int, str]] = {}
    for s in geonames.index().subdivisions.values():
        for name in s.names:
            core = _AFTER.sub("", _BEFORE.sub("", name)).strip()
            if core != name and len(core) >= MIN_LENGTH and not _WATER.search(core) and not _POSITION.fullmatch(core):
                out.setdefault(geonames.fold(core), {})[s.id] = s.country
    return {k: frozenset(v.values()) for k, v in out.items() if len(v) >= 2}


@cache
def named_regions() -> dict[str, str]:
    """Folded name -> country of the regions news names that are no subdivision and share no core with one
    ("Donbas": Ukraine, "Ogaden": Ethiopia; data/named_regions.csv)."""
    text = resources.files("worker.extract").joinpath("data", "named_regions.csv").read_text("utf-8")
    found = {geonames.fold(r["name"]): r["country"] for r in csv.DictReader(text.splitlines())}
    if not found:
        raise ValueError("named_regions.csv: no rows")
    return found


def country_of_region(name: str) -> str | None:
    """The one country of a named region (`named_regions`) or whose subdivisions share the core `name`
    ("Kordofan": Sudan); None for a core several countries' subdivisions share, or none."""
    if (named := named_regions().get(geonames.fold(name))) is not None:
        return named
    found = cores().get(geonames.fold(name), frozenset())
    return next(iter(found)) if len(found) == 1 else None


def region_holds(region: str, province: str) -> bool:
    """A region news names by the word its provinces share holds each of them ("Darfur" holds North Darfur, "Kivu"
    Nord-Kivu, by any of the province's names): a report that names the region and one that names its province tell
    of one place."""
    key = geonames.fold(region)
    if key not in cores():
        return False
    names = {province, *(n for s in geonames.index().subdivisions_named(province, level=1) for n in s.names)}
    return any(core != name and geonames.fold(core) == key
               for name in names for core in [_AFTER.sub("", _BEFORE.sub("", name)).strip()])
