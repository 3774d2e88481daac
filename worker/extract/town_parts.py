"""A part of a named town: "the Ikotun area of Lagos", "the Hodan district of Mogadishu", "Abu Shouk camp on the
northern edge of El Fasher". The gold convention (tests/eval/fresh/README.md `city`) codes the town, not its quarter
or camp, and the quarter's name often has a namesake village elsewhere in the gazetteer: the part is no place of its
own when the name after "of" is a big town the gazetteer knows, written without a province's type word ("the Barmal
district of Paktika province" stays a district). A "district" of a town that also names a province ("the Hawija
district of Kirkuk") is the province's unless the town is a country's capital or the gazetteer puts the part beside
it ("the Sheikh Othman district of Aden"). A part that is a big town of its own ("the Omdurman area of Khartoum")
stays itself. Pure."""
from __future__ import annotations

import re

from worker.extract import geonames
from worker.extract.gazetteer import Place, km, places
from worker.extract.place_words import NAME
from worker.extract.alternation import literal
from worker.extract.unit_words import DISTRICT_WORDS, FIRST_LEVEL_WORDS

TOWN_SIZE = 100_000  # people: a town this big has quarters, camps and suburbs news names it by
BESIDE_KM = 15  # a namesake of the part this near the town is the town's own quarter
_KINDS = r"(?P<kind>area|district|camp|suburb|township|estate|neighbou?rhood|quarter|sector)"
# "a suburb of the capital Kampala", "of the city of Kano": the town after its kind word
_OF = r"(?:of|on\s+the\s+(?:[a-z]+\s+)?(?:edge|outskirts)\s+of)\s+(?:the\s+)?(?:(?:capital|city|town)(?:\s+city)?(?:,?\s+|\s+of\s+))?"
# "the Ikotun area of Lagos", "Ntinda, a suburb on the eastern outskirts of Kampala": the part's kind right after its
# name, or in an appositive after a comma (up to two words of its own: "a sprawling northern suburb of")
_APPOSITIVE = r"(?:,\s+an?\s+(?:[\w-]+\s+){0,2}?|\s+)"  # "a predominantly Somali suburb of Nairobi" too
_PART_OF = re.compile(_APPOSITIVE + _KINDS + r"\s+" + _OF + r"(?P<town>" + NAME + r")(?![\w'’-])"
                      r"(?!\s+(?i:" + literal(FIRST_LEVEL_WORDS + DISTRICT_WORDS + ("division", "territory")) + r")\b)")
_NAME_AT_END = re.compile(NAME + r"$")
# "Ntinda, a Kampala suburb": the town named before the part's kind, in the appositive
_TOWN_KIND_AFTER = re.compile(r",\s+an?\s+(?:[a-z-]+\s+){0,2}?(?P<town>" + NAME + r")\s+" + _KINDS + r"\b(?!\s+of\b)")
# "the Nairobi suburb of Eastleigh": the town, its part's kind, then the part (not "area"/"district": "the Omdurman
# area of Khartoum" names the part first)
_TOWN_KIND_BEFORE = re.compile(r"\bthe\s+(?P<town>" + NAME + r")\s+(?:suburbs?|township|estate|neighbou?rhood|quarter)"
                               r"\s+of\s+$")
_PART_BEFORE = re.compile(r"(?P<part>" + NAME + r")" + _APPOSITIVE + _KINDS + r"\s+" + _OF + r"$")


def part_of_town(text: str, end: int) -> str | None:
    """The big town whose part the name ending at `end` is, as the text writes it; None when the words after the name
    do not make it one."""
    m = _PART_OF.match(text, end) or _TOWN_KIND_AFTER.match(text, end)
    if m is None:
        return None
    town = places().get(m.group("town").lower())
    if town is None or town.kind != "city" or (town.population or 0) < TOWN_SIZE:
        return None
    if m.group("kind") == "district" and not _capital(town.name) and not _beside(text, end, town):
        return None
    if _big_town(text, end, town):
        return None  # "the Omdurman area of Khartoum": a part that is a big town of its own stays the town
    if not m.group().startswith(",") and _bigger_town(text, end, town):
        return None  # "the Nairobi suburb of Eastleigh": the name before is the bigger town, the part comes after (not
        # "Kingston, a suburb of Canberra": the appositive names the part first, whatever namesake abroad is bigger)
    return m.group("town")


def part_after_town(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a part the text names after its big town ("the Nairobi suburb of
    |Eastleigh|"), not a big town itself: the town is the place, no namesake of the part elsewhere."""
    m = _TOWN_KIND_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return False
    town = places().get(m.group("town").lower())
    return town is not None and town.kind == "city" and (town.population or 0) >= TOWN_SIZE \
        and not _big_town(text, end, town)


# "the Karachi neighbourhood of Lyari": a big town, its part's kind, then the part's name
_KIND_OF_PART = re.compile(r"\s+(?:suburbs?|township|estate|neighbou?rhood|quarter)\s+of\s+(?P<part>" + NAME + r")")
_THE_BEFORE = re.compile(r"\bthe\s+$")


def town_before_part(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a big town the text names before its part ("the |Karachi| neighbourhood
    of Lyari"): the town is the place (part_after_town drops the part), though a quarter's kind follows it."""
    if not _THE_BEFORE.search(text, max(0, start - 5), start) or (m := _KIND_OF_PART.match(text, end)) is None:
        return False
    town = places().get(text[start:end].lower())
    return town is not None and town.kind == "city" and (town.population or 0) >= TOWN_SIZE \
        and not _big_town(text, m.end(), town)


def town_of_part(text: str, start: int) -> bool:
    """Whether the name at `start` is the town a part named before it belongs to ("the Ikotun area of |Lagos")."""
    m = _PART_BEFORE.search(text, max(0, start - 80), start)
    return m is not None and part_of_town(text, m.end("part")) is not None


def _capital(name: str) -> bool:
    """Whether the town is a country's capital, whose districts are its own quarters ("the Hodan district of
    Mogadishu")."""
    from worker.extract.countries import capitals  # countries reads places, which reads this module
    return geonames.fold(name) in capitals()


def _big_town(text: str, end: int, town: Place) -> bool:
    """Whether the name ending at `end` is itself a big town (TOWN_SIZE) of the town's country ("Omdurman",
    "Ikorodu"): a city news names by its metropolis, which the gold codes as the city it is."""
    m = _NAME_AT_END.search(text, max(0, end - 60), end)
    return m is not None and any(p.kind == "city" and p.country == town.country and (p.population or 0) >= TOWN_SIZE
                                 for p in places().candidates(m.group()))


def _bigger_town(text: str, end: int, town: Place) -> bool:
    """Whether the name ending at `end` is a town bigger than `town`, of any country: the big town owns the part."""
    m = _NAME_AT_END.search(text, max(0, end - 60), end)
    return m is not None and any(p.kind == "city" and (p.population or 0) > (town.population or 0)
                                 for p in places().candidates(m.group()))


def _beside(text: str, end: int, town: Place) -> bool:
    """Whether a namesake of the name ending at `end` lies beside the town."""
    m = _NAME_AT_END.search(text, max(0, end - 60), end)
    return m is not None and any(km(p, town) <= BESIDE_KM for p in places().candidates(m.group()))
