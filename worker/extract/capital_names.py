"""A bare name that is both a province and its capital town ("Gombe", "Kano", "Herat"): which of the two the
text means, read from the words around it. News names the state with its type word or its villages ("Gombe State",
"a village in Kano", "Kano's Bichi LGA") and the town with a town's word or a street-level setting ("Gombe town",
"Kano, the state capital", "a market in Herat"); with neither, the gazetteer's entry stands. Pure."""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Literal

from worker.extract import geonames
from worker.extract.alternation import literal
from worker.extract.build_gazetteer import bare
from worker.extract.gazetteer import Place, data_rows, places
from worker.extract.last_text import last_text_at
from worker.extract.town_parts import town_of_part
from worker.extract.unit_towns import namesake_in_country, town_in_unit
from worker.extract.unit_words import PROVINCE_WORDS

Reading = Literal["town", "province"]
_CAPITAL_SIZE = 50_000  # people: a town of the province's name this big is its capital, not a village namesake

_TOWN_AFTER = re.compile(r"\s+(?:town|city|metropolis|township|municipality)\b|,\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:capital|city)\b|['’]s?\s+(?:streets?|outskirts|suburbs?|downtown|city cent(?:re|er)|"
                         r"old city)\b", re.I)
_TOWN_BEFORE = re.compile(r"\b(?:city|town|capital|metropolis|outskirts|streets|suburbs?|heart|cent(?:re|er)|"
                          r"downtown) of\s+(?:the\s+)?$|\b(?:state|provincial|regional) capital,?\s+$", re.I)
# "Kano, the northern state", "Kano's Bichi local government area": the state (not "Kabul's Dashti-Barchi district":
# a city has districts too)
_PROVINCE_WORD = "(?:" + literal(PROVINCE_WORDS) + ")"
_PROVINCE_AFTER = re.compile(r"\s+" + _PROVINCE_WORD + r"\b|,\s+(?:the\s+|a\s+)(?:[\w-]+\s+){0,2}?"
                             + _PROVINCE_WORD + r"\b(?!\s+capital)|['’]s?\s+(?:[A-Z][\w'’-]+\s+){1,3}"
                             r"(?:local government|LGA|area council|emirate)", re.I)


@cache
def _nouns() -> tuple[re.Pattern[str], dict[str, Reading]]:
    """Nouns of a setting that lies in a town ("a market in X") or in a province ("a village in X"), from
    data/place_levels.csv, as one pattern that ends at the preposition before the name."""
    table: dict[str, Reading] = {r["noun"].lower(): r["reading"] for r in data_rows("place_levels.csv")}  # type: ignore[misc]
    alternation = literal(table)
    return re.compile(r"\b(" + alternation + r")\s+(?:in|of|at|near)\s+(?:the\s+)?$", re.I), table


@cache
def _facility_after() -> re.Pattern[str]:
    """A facility named after the place ("Bauchi Main Mosque", "the Gombe Central Market"): the nouns of
    data/place_levels.csv marked as naming a facility of their level (a market, a mosque: not a road, named after
    where it leads, nor a university, which a state may set anywhere in it), after up to two capitalised words that
    are no province's type word ("Kano State Hospital" is the state's)."""
    nouns = [r["noun"] for r in data_rows("place_levels.csv") if r["names_facility"] == "yes" and r["reading"] == "town"]
    return re.compile(r"\s+(?:(?!(?:State|Province|Region|Governorate)\b)[A-Z][\w'’-]*\s+){0,2}(?i:"
                      + literal(nouns) + r")\b")


# "killed five people in Dankuraba in Kano": a place right before "in X" that the gazetteer does not know is a village
# of the province; a district of the town would be one it knows or one the text calls a quarter (a country's
# capital is read as the city: _national_capital). A metropolis this big is named with its quarters instead ("in
# Rijiyar Lemo in Kano", "in Ungwan Rimi in Kaduna": the fresh set's convention codes them as the city) unless the
# sentence gives a rural setting (data/rural_words.csv: "herders", "villagers", "community")
METROPOLIS = 500_000  # people
_UNSEEN_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),?\s+in\s+$")


@cache
def _rural_words() -> re.Pattern[str]:
    """Words of a rural setting (data/rural_words.csv), as one pattern."""
    return re.compile(r"\b(?:" + literal([r["word"] for r in data_rows("rural_words.csv")]) + r")\b", re.I)


@cache
def _months() -> frozenset[str]:
    """The Gregorian months' names, lower-cased: "in May in Kano" is a time."""
    import calendar
    return frozenset(m.lower() for m in calendar.month_name if m)


def _no_name(name: str) -> bool:
    """A name that is no village: a feast or month (data/non_place_names.csv, "Ramadan"), a Gregorian month, or one
    with a frequent English word ("Emir's Palace", "Central Market": a landmark of the town)."""
    if geonames.fold(name) in geonames.non_place_names():
        return True
    words = [re.sub(r"['’]s?$", "", w).lower() for w in name.split()]
    return any(w in _months() or w in geonames.plain_words() for w in words)


def _unseen_before(before: str) -> bool:
    """The words before the name end "in <a name no place of the gazetteer bears> in", the name none that is no
    place."""
    m = _UNSEEN_BEFORE.search(before)
    if m is None:
        return False
    name = m.group("name")
    return places().get(name.lower()) is None and places().get(geonames.fold(name)) is None \
        and not places().candidates(name) and not geonames.index().subdivisions_named(name) and not _no_name(name)


def _metropolis(name: str, text: str, start: int, end: int) -> bool:
    """The town of the name is a metropolis and the sentence around it gives no rural setting."""
    size = max((p.population or 0 for p in places().candidates(name) if p.kind == "city"), default=0)
    if size < METROPOLIS:
        return False
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return _rural_words().search(text, left, right) is None


def _national_capital(name: str) -> bool:
    """A country's capital ("Kabul", "Baghdad"): the quarters of its districts news names beside it ("in
    Qala-e-Fatullah in Kabul") are the city's, where a province's capital ("Kano") lies amid villages of its state."""
    from worker.extract.countries import capitals  # countries reads places, which reads this module
    return geonames.fold(name) in capitals()


@last_text_at
def reading(text: str, start: int, end: int) -> Reading | None:
    """Which one the words around the name at [start, end) mean; None when they do not say."""
    before = text[max(0, start - 60):start]
    if _TOWN_AFTER.match(text, end) or _TOWN_BEFORE.search(before) or _facility_after().match(text, end) \
            or town_of_part(text, start):  # "the Sheikh Othman district of Aden": the town
        return "town"
    if _PROVINCE_AFTER.match(text, end):
        return "province"
    pattern, table = _nouns()
    noun = pattern.search(before)
    if noun is None and _unseen_before(before) and not _national_capital(text[start:end]) \
            and not _metropolis(text[start:end], text, start, end):
        return "province"
    return table.get(noun.group(1).lower()) if noun else None


@lru_cache(maxsize=4096)
def twin(name: str, country: str) -> tuple[Place, Place] | None:
    """The province and the capital town that share `name` in `country` (the town in the text's spelling); None
    when the name is not both."""
    province = places().province(name)
    if province is None or province.country != country:
        return None
    key = geonames.fold(bare(province.admin1 or province.name))
    town = next((p for p in places().candidates(name) if p.country == country and p.admin1
                 and geonames.fold(bare(p.admin1)) == key and (p.population or 0) >= _CAPITAL_SIZE), None)
    if town is None:
        return None
    own = places().get(name.lower())
    if own is not None and own.kind == "city" and own.country == country:
        town = own  # the project's row of the town (its coordinates and spelling)
    return province, town if town.name == name else Place(name, "city", town.country, town.admin1, town.lat,
                                                           town.lon, town.population, town.admin2, town.source)


def as_read(known: Place, text: str, start: int, end: int) -> Place:
    """The province or the town of a name that is both, as the words around it read; the namesake in the unit named
    after a comma ("Paris, Texas") or of the country before it ("India's Punjab": `unit_towns`); `known` otherwise."""
    known = namesake_in_country(town_in_unit(known, text, start, end), text, start, end)
    if known.kind not in ("admin1", "city"):
        return known
    said = reading(text, start, end)
    if said is None or (said == "town") == (known.kind == "city"):
        return known
    pair = twin(text[start:end], known.country)
    if pair is None:
        # "a residential district of Pljevlja": the words say town, and a small town of the province's name lies
        # in it (a municipality named after its seat); the twin rule's size bar is for a bare name
        bare_name = geonames.fold(text[start:end]) == geonames.fold(known.name)  # not "Gombe State"
        return (_seat_town(known) or known) if said == "town" and known.kind == "admin1" and bare_name else known
    return pair[1] if said == "town" else pair[0]


def _seat_town(province: Place) -> Place | None:
    """The town of the province's own name inside it, of any size, if the gazetteer knows one."""
    key = geonames.fold(bare(province.admin1 or province.name))
    return next((p for p in places().candidates(province.name) if p.kind == "city" and p.country == province.country
                 and p.admin1 and geonames.fold(bare(p.admin1)) == key), None)
