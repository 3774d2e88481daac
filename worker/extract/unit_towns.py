"""A town's name followed by a comma and the unit it lies in ("Paris, Texas", "Salem, Oregon", "Hyderabad, India",
"Lebanon, Pennsylvania"): the way news the world over tells which of several namesakes it means. The town is the
namesake in that unit (a first-level unit or a country), not the best-known one the gazetteer gives the bare name,
nor the country a US town may be named after. Pure."""
from __future__ import annotations

import re
from dataclasses import replace

from worker.extract.gazetteer import Place, places
from worker.extract.place_words import same_province

# ", Texas", ", Rio Grande do Sul": capitalised words (with the linking words of provinces' names) after a comma
_UNIT_AFTER = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+(?:(?:do|da|de|del|and|of\s+the|of)\s+)?[A-Z][\w'’.-]*){0,3}")
_WORD_END = re.compile(r"[\w'’.-]+")
# more names after it: a list of towns or provinces ("Aleppo, Idlib and Hama", "Kabul, Kandahar, Herat"), no address
_LIST_GOES_ON = re.compile(r"\s*,\s*[A-Z]|\s+(?:and|or|&)\s")


def unit_after(text: str, end: int) -> Place | None:
    """The first-level unit or the country named right after a comma at `end` ("..., Texas, police said", "...,
    India"), the longest name that is one; None when none is, or when the name opens a list of more names."""
    m = _UNIT_AFTER.match(text, end)
    if m is None:
        return None
    ends = [w.end() for w in _WORD_END.finditer(text, m.start() + 1, m.end())]
    for stop in reversed(ends):
        name = text[m.start() + 1:stop].strip()
        unit = _unit(name) if name[:1].isupper() else None
        if unit is not None:
            return None if _LIST_GOES_ON.match(text, stop) else unit
    return None


def _unit(name: str) -> Place | None:
    """The first-level unit or the country called `name`; a name of both ("Georgia") is the unit here, as a town's
    own country is seldom named after it with a comma while its state is (and the town decides: see town_in_unit)."""
    unit = places().province(name)
    if unit is not None and unit.kind == "admin1":
        return unit
    known = places().get(name.lower())
    return known if known is not None and known.kind == "country" else None


def town_in_unit(known: Place, text: str, start: int, end: int) -> Place:
    """The namesake of the town (or of the country: "Lebanon, Pennsylvania") at [start, end) in the unit the text
    names after it, in the text's spelling; `known` when no unit follows, when `known` lies in it already, or when
    the gazetteer has no namesake there."""
    if known.kind not in ("city", "country"):
        return known
    unit = unit_after(text, end)
    if unit is None or unit.country == known.country and (unit.kind == "country" or same_province(known.admin1,
                                                                                               unit.admin1)):
        return known
    if known.kind == "country" and (unit.kind == "country" or unit.country == known.country):
        return known  # "Syria, Iraq": two countries; "Ukraine, Crimea": a country and its own province
    name = text[start:end]
    there = next((p for p in places().candidates(name) if p.country == unit.country
                  and (unit.kind == "country" or same_province(p.admin1, unit.admin1))), None)
    return known if there is None else replace(there, name=name)
