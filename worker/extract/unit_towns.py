"""A town's name followed by a comma and the unit it lies in ("Paris, Texas", "Salem, Oregon", "Hyderabad, India",
"Lebanon, Pennsylvania"): the way news the world over tells which of several namesakes it means. The town is the
namesake in that unit (a first-level unit or a country), not the best-known one the gazetteer gives the bare name,
nor the country a US town may be named after. Pure."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from worker.extract.gazetteer import DEMONYMS, Place, data_rows, places
from worker.extract.geonames import fold, index
from worker.extract.place_words import DAY_WORDS, same_province
from worker.extract.alternation import literal
from worker.extract.compass_words import QUALIFIER
from worker.extract.unit_words import DISTRICT_WORDS, PROVINCE_WORDS

# "Texas", "Rio Grande do Sul", "Mass.", "N. Dak.": capitalised words (with the linking words of provinces' names)
_UNIT_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:do|da|de|del|and|of\s+the|of)\s+)?[A-Z][\w'’.-]*){0,3})"
# ", Texas": the unit after a comma; " in Texas", " in northern Lebanon": the unit a town is said to lie in
_UNIT_AFTER = re.compile(r",\s+(?!" + DAY_WORDS + r")" + _UNIT_NAME)  # "Kaduna, March 3 —" is a date
_UNIT_IN = re.compile(r"\s+in\s+" + QUALIFIER + "?" + _UNIT_NAME)
_WORD_END = re.compile(r"[\w'’.-]+")
# more names after it: a list of towns or provinces ("Aleppo, Idlib and Hama", "Kabul, Kandahar, Herat"), no address
_LIST_GOES_ON = re.compile(r"\s*,\s*[A-Z]|\s+(?:and|or|&)\s")


def units_after(text: str, end: int) -> tuple[Place, ...]:
    """The first-level unit or the country named right after a comma at `end` ("..., Texas, police said", "...,
    India"), also written short ("..., Mass.", "..., WA": an abbreviation may stand for units of several countries),
    the longest name that is one; none when none is, or when the name opens a list of more names."""
    return _units_named(text, _UNIT_AFTER.match(text, end), abbreviated=True)[0]


def units_in_after(text: str, end: int) -> tuple[Place, ...]:
    """The unit or the country said with "in" right after `end` ("Paris in Texas", "Tripoli in northern Lebanon"),
    by its full name; none as for units_after."""
    return _units_named(text, _UNIT_IN.match(text, end))[0]


def _units_named(text: str, m: re.Match[str] | None, abbreviated: bool = False) -> tuple[tuple[Place, ...], int]:
    """The units of the longest leading part of `m`'s name that names some, and where that part ends."""
    if m is None:
        return (), -1
    for stop in reversed([w.end() for w in _WORD_END.finditer(text, m.start("name"), m.end())]):
        units = _units(text[m.start("name"):stop], abbreviated)
        if units:
            if _LIST_GOES_ON.match(text, stop) or _acronym_of_another(text, m.start("name"), stop) \
                    or _demonym_of_a_noun(text, m.start("name"), stop):
                return (), stop
            return units, stop
    return (), -1


# what ends an address's unit: punctuation, the text's end, or a word that goes on with the sentence
_ADDRESS_ENDS = re.compile(r"\s*(?:[,.;:!?)\]\"'’(—–-]|$)|\s+(?:on|in|at|near|last|early|late|this|yesterday|today|"
                           r"tonight|overnight|after|before|when|where|while|and|or|was|were|is|are|has|had|have)\b")


def _acronym_of_another(text: str, start: int, stop: int) -> bool:
    """A unit's short form in capitals followed by a noun is an acronym that names something else ("Bethlehem, PA
    security officials said": the Palestinian Authority, not Pennsylvania; "..., SA coalition said"); a short form
    with its full stop ("Mass.", "N.S.") or one that ends the address ("Paris, TX, police said") is the unit."""
    short = text[start:stop]
    return short.isupper() and "." not in short and short in abbreviations() and _ADDRESS_ENDS.match(text, stop) is None


# "Somali region", "Kurdistan region": a unit's kind word after its name ends the address too
_KIND_AFTER = re.compile(r"\s+(?:" + literal(PROVINCE_WORDS + DISTRICT_WORDS + ("department", "oblast")) + r")\b", re.I)


def _demonym_of_a_noun(text: str, start: int, stop: int) -> bool:
    """A people's word after the comma that goes on with a noun qualifies it ("in Mogadishu, Somali officials said":
    officials, not Ethiopia's Somali region); one that ends the address ("Jijiga, Somali, on Monday") is the unit."""
    return text[start:stop] in DEMONYMS and _ADDRESS_ENDS.match(text, stop) is None \
        and _KIND_AFTER.match(text, stop) is None


def _written_out(text: str, end: int) -> bool:
    """Whether the unit after the comma at `end` is named in full: a short form ("SA": South Australia, or South
    Africa to many writers) places a namesake the gazetteer has there, never a town it does not know."""
    return bool(_units_named(text, _UNIT_AFTER.match(text, end))[0])


def _units(name: str, abbreviated: bool = False) -> tuple[Place, ...]:
    """The first-level units or the country called `name` (or, `abbreviated`, written short: "TX", "Mass.",
    "N.S."), the gazetteer's first, then the namesake units of other countries; a name of both ("Georgia") is the unit here, as a town's own country is seldom named after it with a
    comma while its state is (and the town decides: see town_in_unit)."""
    short = abbreviations().get(name, ()) or abbreviations().get(name[:-1], ()) if abbreviated and name.endswith(".") \
        else abbreviations().get(name, ()) if abbreviated else ()  # "Paris, TX." ends its sentence
    if short:
        return short
    unit = places().province(name)
    if unit is not None and unit.kind == "admin1":
        # "Bweyogerere, Central": Uganda's Central as well as the gazetteer's first (Botswana's): the town decides
        others = {s.country for s in index().subdivisions_named(name, level=1)} - {unit.country}
        return (unit, *(u for c in sorted(others) if (u := places().province_in(name, c)) is not None))
    known = places().get(name.lower())
    return (known,) if known is not None and known.kind == "country" else ()


@cache
def abbreviations() -> dict[str, tuple[Place, ...]]:
    """The short forms of first-level units news writes after a town (data/unit_abbreviations.csv, built by
    scripts/build_unit_abbreviations.py from ISO 3166-2, AP, GPO, Canadian Press and Australian usage) -> the units
    they stand for, as the gazetteer names them ("WA": Washington and Western Australia)."""
    out: dict[str, list[Place]] = {}
    for row in data_rows("unit_abbreviations.csv"):
        unit = places().province_in(row["unit"], row["country"])
        if unit is not None and unit not in out.setdefault(row["abbreviation"], []):
            out[row["abbreviation"]].append(unit)
    return {k: tuple(v) for k, v in out.items() if v}


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


# "the Texas town of ", "Ontario's ": a first-level unit named right before a town, as what holds it
_UNIT_BEFORE = re.compile(r"(?:\bthe\s+(?P<unit>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:[a-z]+\s+)?"
                          r"(?:town|city|village|community|township|borough|suburb|county seat)\s+of|"
                          r"(?<![\w'’.-])(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?)\s+$")


def unit_before(text: str, start: int) -> Place | None:
    """The first-level unit the text names as holding the town at `start` ("the Texas town of Paris", "Ontario's
    London"), by its full name; None when none is named so."""
    m = _UNIT_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    words = (m.group("unit") or m.group("owner")).split()
    # the last words that name a unit ("In Tennessee's": Tennessee)
    return next((u for i in range(len(words)) for u in _units(" ".join(words[i:])) if u.kind == "admin1"), None)


def namesake_in_country(known: Place, text: str, start: int, end: int) -> Place:
    """The province or town of that name in the country named right before it ("India's Punjab": India's, where
    the gazetteer's row is Pakistan's), or the town of that name in the first-level unit named so ("the Texas town of
    Paris"); `known` when none is named or it has no namesake there."""
    country = country_before(text, start) if known.kind in ("admin1", "city") else None
    if country is None and known.kind in ("city", "country"):  # "the Ohio town of Athens", "Tennessee's Lebanon"
        unit = unit_before(text, start)
        there = None if unit is None or _holds(unit, known) else next(
            (p for p in places().candidates(text[start:end]) if _holds(unit, p)), None)
        return known if there is None else replace(there, name=text[start:end])
    if country is None or country == known.country:
        return known
    name = text[start:end]
    if known.kind == "admin1":
        return places().province_in(name, country) or known
    return in_country(name, country) or known


def in_country(name: str, country: str) -> Place | None:
    """What `name` names in `country` ("Colombia's Córdoba"): the first-level unit of that name when no town of the
    name lies in it (the department, whose capital is another town, not a small namesake town of another
    department), else the biggest town of the name there ("Nigeria's Kano", a state and its capital town, is the
    town, left to the words around it); None when the country has neither."""
    province = places().province_in(name, country)
    towns = [p for p in places().candidates(name) if p.country == country]
    if province is not None and not any(same_province(p.admin1, province.admin1) and fold(p.name) == fold(name)
                                        for p in towns):  # "Los Córdobas" of Córdoba, called so too, is no twin
        return province
    return replace(towns[0], name=name) if towns else None


def town_in_unit(known: Place, text: str, start: int, end: int) -> Place:
    """The namesake of the town (or of the country: "Lebanon, Pennsylvania") at [start, end) in the unit the text
    names after it ("Paris, Texas", "Paris, TX", "Paris in Texas"), in the text's spelling; `known` when no unit
    follows or when `known` lies in it already; after a comma, a town of that unit without coordinates when the
    gazetteer has no namesake there (the unit, not a namesake abroad). "In" is read only for a town or a country's
    name, and only when the unit has a namesake ("Gaza in Israel's war" stays Gaza)."""
    if known.kind not in ("city", "country", "admin1"):
        return known
    units = units_after(text, end)
    said_in = not units
    if said_in and known.kind != "admin1":
        units = units_in_after(text, end)
    if not units or any(_holds(unit, known) for unit in units):
        return known
    unit = units[0]
    if known.kind != "city" and not said_in and (unit.kind == "country" or unit.country == known.country):
        # "Syria, Iraq": two countries; "Ukraine, Crimea": a country and its own province; "Punjab, India": that
        # country's province; "Donetsk, Luhansk": two provinces
        there = places().province_in(text[start:end], unit.country) if known.kind == "admin1" else None
        return known if there is None or unit.country == known.country else there
    name = text[start:end]
    there = next((p for u in units for p in places().candidates(name) if _holds(u, p)), None)
    if there is None and known.kind != "country" and not said_in and len(units) == 1 and not _also_country(unit) \
            and _written_out(text, end) and not _goes_on(text, end):
        # "Nueva Esperanza, Petén": a town of the unit the gazetteer lacks ("Mogadishu, Somalia" is the country's)
        return Place(name, "city", unit.country, unit.admin1 if unit.kind == "admin1" else None, None, None)
    return known if there is None else replace(there, name=name)


_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def _goes_on(text: str, end: int) -> bool:
    """The unit named after the comma at `end` is the first word of a longer name ("In Borno, Boko Haram
    fighters": no Latvian Boko; "Gololcha, Bale Zone")."""
    stop = _units_named(text, _UNIT_AFTER.match(text, end), abbreviated=True)[1]
    return stop >= 0 and _NAME_GOES_ON.match(text, stop) is not None


def unknown_in_unit(name: str, text: str, end: int) -> Place | None:
    """A name the gazetteer gives no town for, followed by the unit it lies in ("Bar, Montenegro", "Opportunity,
    Washington": small towns called by a plain word, which the gazetteer keeps as the word): the text says it is a
    town of that unit, so its namesake there, else a town of the unit without coordinates; None when no single unit
    follows, or one that is also a country's name ("Georgia"), or a unit's name that goes on with more capitalised
    words ("Gololcha, Bale Zone" names a zone, not the province Bale; "..., Sumy Mayor Artem Kobzar said")."""
    m = _UNIT_AFTER.match(text, end)
    units, stop = _units_named(text, m, abbreviated=True)
    if len(units) != 1 or _also_country(units[0]) or _NAME_GOES_ON.match(text, stop) \
            or _shared_unit_name(text[m.start("name"):stop]):  # type: ignore[union-attr]
        return None
    unit = units[0]
    there = next((p for p in places().candidates(name, words=True) if _holds(unit, p)), None)
    if there is not None:
        return replace(there, name=name)
    if not _written_out(text, end):
        return None
    # a town of a country whose first-level unit bears its name ("Bar" of Montenegro's Bar municipality) lies in it
    own = places().province_in(name, unit.country) if unit.kind == "country" else None
    return Place(name, "city", unit.country, (own or unit).admin1, None, None)


def _shared_unit_name(name: str) -> bool:
    """First-level units of several countries bear the name ("Nord": Burkina Faso's, Cameroon's, Haiti's; "Punjab"):
    the gazetteer's pick may be another country's than the text's."""
    return len({s.country for s in index().subdivisions_named(name, level=1)}) > 1


def _holds(unit: Place, place: Place) -> bool:
    """Whether the unit (a country or a first-level unit) holds the place."""
    return place.country == unit.country and (unit.kind == "country" or same_province(place.admin1, unit.admin1))


def placed_by_unit(place: Place | None, text: str, end: int) -> bool:
    """Whether the unit named after a comma or "in" at `end` holds the town `place` ("Columbus, Georgia" and the
    Georgia town): the text has placed the town itself, so later choices among namesakes by the article's country
    keep it."""
    if place is None or place.kind != "city":
        return False
    return any(_holds(unit, place) for unit in units_after(text, end) or units_in_after(text, end))
