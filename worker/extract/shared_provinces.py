"""A province name several countries bear ("Central": Uganda's, Ghana's, Botswana's...; "Littoral": Cameroon's and
Benin's; "Nord-Ouest": Cameroon's and Haiti's), read as the one that holds a town the text names beside it
("Bweyogerere, Central", "in Fundong, in the Nord-Ouest region"): the text's own hierarchy tells the country, which
the gazetteer's first namesake of the bare name does not.

Pure: from the mentions of one stretch of text and the GeoNames first-level units, no order of the text assumed.
"""
from __future__ import annotations

from dataclasses import replace

from worker.extract import geonames
from worker.extract.gazetteer import Place, places
from worker.extract.place_mention import PlaceMention
from worker.extract.place_words import same_province


def _town_places(m: PlaceMention) -> list[Place]:
    """The towns a mention may be: its own place and, for a name the gazetteer resolved on its own, every namesake."""
    if m.place is None or m.place.kind not in ("city", "district") or m.route:
        return []
    return [m.place] if m.placed else [m.place, *places().candidates(m.text)]


def _holding_countries(name: str, towns: list[Place]) -> set[str]:
    """The countries whose first-level unit called `name` holds one of `towns` (by any of the unit's names, or the
    project's spelling of it)."""
    out = set()
    for s in geonames.index().subdivisions_named(name, level=1):
        unit = places().province_in(name, s.country)
        names = (s.name, *s.names, *((unit.admin1,) if unit is not None and unit.admin1 else ()))
        if any(t.country == s.country and any(same_province(t.admin1, n) for n in names) for t in towns):
            out.add(s.country)
    return out


def by_towns(found: list[PlaceMention]) -> list[PlaceMention]:
    """`found` with each province mention whose name first-level units of several countries bear re-read as the
    unit of the one country among them that holds a town named beside it (when exactly one does), marked `placed`:
    its country is told, no longer shared."""
    towns = [p for m in found for p in _town_places(m)]
    if not towns:
        return found
    out = []
    for m in found:
        p = m.place
        if p is not None and p.kind == "admin1" and not m.route:
            # the unit's own name where the text's is none ("Northwest" for "North-West")
            name = m.text if geonames.index().subdivisions_named(m.text, level=1) else p.name
            countries = {s.country for s in geonames.index().subdivisions_named(name, level=1)}
            if len(countries) > 1:
                holding = _holding_countries(name, towns)
                if len(holding) == 1:
                    unit = p if p.country in holding else places().province_in(name, holding.pop())
                    if unit is not None:
                        m = replace(m, place=unit, placed=True)
        out.append(m)
    return out
