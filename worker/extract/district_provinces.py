"""The province of a district the text names as the incident's place when no town is known ("in Hawija district",
"Cameroon's Mayo-Sava department"): GeoNames keeps second-level units (districts, counties, departments) by their
English name only, with no parent; the towns listed in a unit tell which first-level unit holds it. News places
such events by the district alone, and the gold reports the district as the city ("city: locality, else
district") in its province."""
from __future__ import annotations

from functools import cache

from worker.extract import geonames
from worker.extract.gazetteer import places


@cache
def _parents() -> dict[int, int]:
    """Second-level unit id -> the first-level unit id of the towns GeoNames lists in it (the one most of them name)."""
    ix = geonames.index()
    votes: dict[int, dict[int, int]] = {}
    for a1, a2 in zip(ix._a1, ix._a2):  # noqa: SLF001 (the index's own columns: one pass over 200,000 towns)
        if a1 and a2:
            seen = votes.setdefault(a2, {})
            seen[a1] = seen.get(a1, 0) + 1
    return {a2: max(seen, key=seen.__getitem__) for a2, seen in votes.items()}


def district_province(name: str, country: str | None) -> str | None:
    """The province (in the project's spelling) of the one second-level unit of `country` called `name`; None when
    the country has none or several in different provinces."""
    if country is None:
        return None
    ix = geonames.index()
    found = {_parents().get(s.id) for s in ix.subdivisions_named(name, level=2) if s.country == country}
    found.discard(None)
    if len(found) != 1:
        return None
    sub = ix.subdivisions.get(found.pop())  # type: ignore[arg-type]
    if sub is None or sub.level != 1:
        return None
    return places().province_in(sub.name, country).admin1 if places().province_in(sub.name, country) else sub.name
