"""A town's name followed by a comma and the unit it lies in ("Paris, Texas", "Salem, Oregon", "Hyderabad, India",
"Lebanon, Pennsylvania"): the way news the world over tells which of several namesakes it means. The town is the
namesake in that unit (a first-level unit or a country), not the best-known one the gazetteer gives the bare name,
nor the country a US town may be named after. Pure."""
from __future__ import annotations

import re
from dataclasses import replace

from worker.extract.gazetteer import DEMONYMS, Place, places
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


def _also_country(unit: Place) -> bool:
    """Whether the province's name is a country's too ("Somalia", "Georgia"): the text may mean the country."""
    known = places().get(unit.name.lower())
    return unit.kind == "admin1" and known is not None and known.kind == "country"


# "India's Punjab", "Indian Punjab", "Pakistan's Hyderabad": the country the name is given in, right before it
_COUNTRY_BEFORE = re.compile(r"(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s)?\s+$")


def country_before(text: str, start: int) -> str | None:
    """The country a possessive country name or a demonym right before `start` gives ("India's", "Indian")."""
    m = _COUNTRY_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    word = m.group("country")
    if DEMONYMS.get(word) is not None and not m.group().rstrip().endswith(("'s", "’s")):
        return DEMONYMS[word]
    known = places().get(word.lower())
    return known.country if known is not None and known.kind == "country" and m.group().rstrip()[-1] == "s" else None


def namesake_in_country(known: Place, text: str, start: int, end: int) -> Place:
    """The province or town of that name in the country named right before it ("India's Punjab": India's, where
    the gazetteer's row is Pakistan's); `known` when no country is named or it has no namesake there."""
    country = country_before(text, start) if known.kind in ("admin1", "city") else None
    if country is None or country == known.country:
        return known
    name = text[start:end]
    if known.kind == "admin1":
        return places().province_in(name, country) or known
    there = next((p for p in places().candidates(name) if p.country == country), None)
    return known if there is None else replace(there, name=name)


def town_in_unit(known: Place, text: str, start: int, end: int) -> Place:
    """The namesake of the town (or of the country: "Lebanon, Pennsylvania") at [start, end) in the unit the text
    names after it, in the text's spelling; `known` when no unit follows or when `known` lies in it already; a town
    of that unit without coordinates when the gazetteer has no namesake there (the unit, not a namesake abroad)."""
    if known.kind not in ("city", "country", "admin1"):
        return known
    unit = unit_after(text, end)
    if unit is None or unit.country == known.country and (unit.kind == "country" or same_province(known.admin1,
                                                                                               unit.admin1)):
        return known
    if known.kind != "city" and (unit.kind == "country" or unit.country == known.country):
        # "Syria, Iraq": two countries; "Ukraine, Crimea": a country and its own province; "Punjab, India": that
        # country's province; "Donetsk, Luhansk": two provinces
        there = places().province_in(text[start:end], unit.country) if known.kind == "admin1" else None
        return known if there is None or unit.country == known.country else there
    name = text[start:end]
    there = next((p for p in places().candidates(name) if p.country == unit.country
                  and (unit.kind == "country" or same_province(p.admin1, unit.admin1))), None)
    if there is None and known.kind != "country" and not _also_country(unit):
        # "Nueva Esperanza, Petén": a town of the unit the gazetteer lacks ("Mogadishu, Somalia" is the country's)
        return Place(name, "city", unit.country, unit.admin1 if unit.kind == "admin1" else None, None, None)
    return known if there is None else replace(there, name=name)


def placed_by_unit(place: Place | None, text: str, end: int) -> bool:
    """Whether the unit named after a comma at `end` holds the town `place` ("Columbus, Georgia" and the Georgia
    town): the text has placed the town itself, so later choices among namesakes by the article's country keep it."""
    unit = unit_after(text, end) if place is not None and place.kind == "city" else None
    return unit is not None and place.country == unit.country and (unit.kind == "country"
                                                                   or same_province(place.admin1, unit.admin1))
