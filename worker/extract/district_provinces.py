"""The province of a district the text names as the incident's place when no town is known ("in Hawija district",
"in Nuh district"): GeoNames keeps second-level units (districts, counties, departments) by their
English name only, with no parent; the towns listed in a unit tell which first-level unit holds it. News places
such events by the district alone, and the gold reports the district as the city ("city: locality, else
district") in its province. A town or district the text spells another way ("Bossasso", GeoNames' "Bosaso") gives
its province too, when its spellings point to one."""
from __future__ import annotations

from functools import cache

from worker.extract import geonames
from worker.extract.gazetteer import places
from worker.extract.spelling_variants import variants


@cache
def _parents() -> dict[int, int]:
    """Second-level unit id -> the first-level unit id of the towns GeoNames lists in it (the one most of them name)."""
    votes: dict[int, dict[int, int]] = {}
    for a1, a2 in geonames.index().town_units():  # one pass over 200,000 towns, once
        if a1 and a2:
            seen = votes.setdefault(a2, {})
            seen[a1] = seen.get(a1, 0) + 1
    return {a2: max(seen, key=seen.__getitem__) for a2, seen in votes.items()}


def district_province(name: str, country: str | None) -> str | None:
    """The province (in the project's spelling) of the one second-level unit of `country` called `name`; None when
    the country has none or several in different provinces."""
    if country is None:
        return None
    found = {p for s in geonames.index().subdivisions_named(name, level=2) if s.country == country
             and (p := _province_of(s.id, country)) is not None}
    return found.pop() if len(found) == 1 else None


def spelled_province(name: str, country: str | None) -> str | None:
    """The province (in the project's spelling) of the towns and districts of `country` whose names are another
    romanisation of `name` (spelling_variants: "Bossasso" for GeoNames' Bosaso and Bossaso district, Bari), when
    they all lie in one; None when the gazetteer knows `name` as written in the country, or when none or several."""
    if country is None:
        return None
    ix = geonames.index()
    if any(c.country == country for c in ix.cities(name)):
        return None
    found: set[str] = set()
    for v in variants(geonames.fold(name)):
        found |= {places().city(c).admin1 or "" for c in ix.cities(v) if c.country == country}
        found |= {p for s in ix.subdivisions_named(v, level=2) if s.country == country
                  and (p := _province_of(s.id, country)) is not None}
    found.discard("")
    return found.pop() if len(found) == 1 else None


def _province_of(district_id: int, country: str) -> str | None:
    """The province of a second-level unit (by its towns), in the project's spelling."""
    sub = geonames.index().subdivisions.get(_parents().get(district_id, 0))
    if sub is None or sub.level != 1:
        return None
    known = places().province_in(sub.name, country)
    return known.admin1 if known is not None else sub.name
