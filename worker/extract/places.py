"""Places of a sentence: spaCy GPE/LOC/FAC entities and the project's own place names, looked up offline."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, Iterator

from worker.extract.assaulted_names import spoken_of_as_person, titled_or_post, vouched_seat
from worker.extract import (aside_places, body_names, capital_names, city_quarters, geonames, place_ranking, province_lists,
                            shared_provinces, toponyms, town_parts)
from worker.extract.unit_towns import abbreviations, in_country, namesake_in_country, placed_by_unit, unknown_in_unit
from worker.extract.alternation import literal
from worker.extract import gazetteer, violent_doers
from worker.extract.gazetteer import DEMONYMS, Place, km, place_stopwords, places
from worker.extract.named_countries import countries_named, is_country_name
from worker.extract.police_forces import force_spans
from worker.extract.near_towns import near_towns
from worker.extract.landforms import begins_landform, in_water, water_spans
from worker.extract.toll_phrases import is_person_noun, person_nouns
from worker.extract.whole_names import whole_name
from worker.extract.region_cores import country_of_region
from worker.extract.build_gazetteer import bare as bare_province
from worker.extract.name_readings import (CAPITALISED_BEFORE, IN_DISTRICT_AFTER, after_place_verb, building_name,
                                          saint_patron, saint_patron_name, saint_tail, saint_unit_town, street_landmark,
                                          street_name, names_street,
                                          ends_in_time, ents_between, hometown_person, in_actor_name, is_name,
                                          longer_name, misdated, mislabelled_place, name_begun_by_town, names_a_day,
                                          names_a_time_or_feast, not_a_name,
                                          people_name, people_word, wider_name)
from worker.extract.place_mention import PlaceMention
from worker.extract.place_roles import COMPOUND_AFTER, actor, cared_in, event_there, landmark, ministry_seat, route
from worker.extract.place_words import (ASSAULT_BEFORE, BARE_NAME_BEFORE, DAY_WORDS, DISTRICT_WORD, IN_AT, KIND, NAME,
                                        OF_UNIT, POSSESSIVE,
                                        own_names, same_province)
from worker.extract.own_name_scan import own_name_matches
from worker.extract.scene_choice import localize
from worker.extract.speaker_seats import speaker_place
# what other modules and the place tests read from this module, which held all of these before it was split
from worker.extract.name_readings import _actor_spans, is_name as _is_name  # noqa: F401
from worker.extract.name_readings import mislabelled_place as _mislabelled_place  # noqa: F401
from worker.extract.name_readings import people_modifier as _people_modifier  # noqa: F401
from worker.extract.place_mention import Location  # noqa: F401
from worker.extract.place_roles import route as _route  # noqa: F401
from worker.extract.place_words import POSSESSIVE as _POSSESSIVE, province_key  # noqa: F401
from worker.extract.scene_choice import (RANK, _province_as_named, _within_province, cue,  # noqa: F401
                                         named_province_namesake, provinces_named, resolve)
from worker.extract.unknown_provinces import unknown_province as _unknown_province  # noqa: F401
from worker.extract.unit_words import FIRST_LEVEL_WORDS, PROVINCE_OF_WORDS, PROVINCE_WORDS
from worker.extract.compass_words import BETWEEN, CARDINALS, POINTS, QUALIFIER, compass_adjective, compass_named


# "in Yajalon, a town in ...", "in Bagega village", "Gurara Local Government Area": news names small places this way
# "the Zaki Biyam farming community", "Tal Afar border town": a word saying what kind of town between name and kind
_WHAT_KIND = r"(?-i:[a-z]+ing|border|market|remote|rural|coastal|frontier|oasis|desert|mountain|hilltop|riverside|farm)"
_NAMED_PLACE = re.compile(r"\b(?:in|at|near|of|from|outside)\s+(?:the\s+)?(?P<a>" + NAME + r"),\s+(?:a|the)\s+(?:\w+\s+){0,2}?"
                          r"(?P<ka>" + KIND + r")\b|\b(?P<b>" + NAME + r")\s+(?:" + _WHAT_KIND + r"\s+)?(?P<kb>" + KIND + r")\b|"
                          r"\b(?P<kc>" + KIND + r") of\s+(?P<c>" + NAME + r")", re.I)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_PROVINCE_WORD = "(?:" + literal(FIRST_LEVEL_WORDS) + ")"
# "the region of X" is as often a town's surroundings as a province: only "X region" counts
# ("Somali Regional State", "Oromia Regional State": Ethiopia's regions by their official style)
_PROVINCE_NAMED = re.compile(r"(?P<a>" + NAME + r")(?<!\sRegional)\s+(?:Regional\s+)?(?i:" + _PROVINCE_WORD
                             + r")\b|\b(?i:" + literal(PROVINCE_OF_WORDS) + r")\s+of\s+(?P<b>" + NAME + r")")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _province_phrases(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """_PROVINCE_NAMED matches; in "the Mexico state of Guerrero" the first name is the country's word and the
    province is the one after "of"."""
    at = start
    while (m := _PROVINCE_NAMED.search(text, at, end)) is not None:
        after = _PROVINCE_NAMED.match(text, m.end("a") + 1, end) if m.group("a") and _OF_NAME.match(text, m.end()) \
            else None  # "state of Guerrero"; not "Kaduna State of Nigeria"
        if after is not None and after.group("b") and places().province(after.group("b")) is not None \
                and not is_country_name(after.group("b")):  # "the Northwestern province of Zambia": the country
            m = after
        yield m
        at = max(m.end(), at + 1)
# "the Punjab province of India", "the Kurdistan region of Iraq": the country the province is said to lie in
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def _province_by_words(known: Place, name: str, text: str, s0: int, word_end: int | None) -> tuple[Place, str]:
    """The province of "X region" as the text names it: the one whose own name holds the type word ("Kurdistan
    Region", Iraq's, not Iran's Kurdistan province), else X's namesake in the country named after it ("the Punjab
    province of India"); `known` and `name` otherwise."""
    whole = text[s0:word_end] if word_end is not None else name
    named = places().get(whole.lower()) if whole != name else None  # its own name: no near spelling ("Saada province")
    if named is not None and named.kind == "admin1" and named.country != known.country:
        known, name = named, whole
    after = _OF_COUNTRY.match(text, s0 + len(whole)) or _COUNTRY_OWNS.search(text, max(0, s0 - 40), s0)
    country = places().get(after.group("country").lower()) if after else None
    if country is not None and country.kind == "country" and country.country != known.country:
        there = places().province_in(name, country.country) or places().province_in(bare_province(name),
                                                                                    country.country)
        known = there if there is not None else known
    return known, name


# "Ghana's Western Region": the country the province is said to lie in, before it
_COUNTRY_OWNS = re.compile(r"(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+(?:(?:" + literal(POINTS) + "|"
                           + BETWEEN + r")\w*\s+)?$")


_PROVINCE_HINT = re.compile(_PROVINCE_WORD, re.I)


def _named_places(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """_NAMED_PLACE matches, and for "the Aleppo town of Azaz" (whose "Aleppo town" took the words) the town too."""
    for m in _NAMED_PLACE.finditer(text, start, end):
        yield m
        if m.group("b"):
            k = _KIND_OF.match(text, m.start("kb"), end)
            if k:
                yield k


def _without_fronted_preposition(text: str, name: str, s0: int) -> tuple[str, int]:
    """The name without a capitalised preposition that opens its sentence ("In Mariga LGA, gunmen ...": Mariga):
    the sentence's capital, no part of the name. Only at a sentence's start (mid-sentence "In" is a headline's or
    a name's), not when the whole is a place the gazetteer knows ("In Salah"), and only when the gazetteer knows the
    rest by its own name (`_named_in_gazetteer`): "In Gall", "In Tillit", "In Amenas" are Sahel towns the gazetteer
    lacks, whose "In" is their own."""
    lead = _FRONT_PREPOSITION.match(name)
    if lead is None or not _OPENS_SENTENCE.search(text, max(0, s0 - 4), s0) or _named_in_gazetteer(name) \
            or not _named_in_gazetteer(name[lead.end():]):
        return name, s0
    return name[lead.end():], s0 + lead.end()


def _named_in_gazetteer(name: str) -> bool:
    """Whether a place or subdivision of the gazetteer bears `name` as its own name, letter for letter ("Mariga",
    "Rafi": Niger's LGAs; "In Salah"), not only as another row's alternate ("Gall" for Hull, Iowa) or with an
    article the lookups drop ("At Kabul" finds Kabul), which is no evidence the text meant it."""
    key = name.lower()
    known = places().get(key)
    return (known is not None and known.name.lower() == key) \
        or any(s.name.lower() == key for s in geonames.index().subdivisions_named(name)) \
        or any(p.name.lower() == key for p in places().candidates(name))


def _appositive(text: str, s0: int, kind_end: int) -> bool:
    """Whether "X, a town" at `s0` is an appositive that calls X a town ("in Gwada, a community in Shiroro LGA"), not a
    fronted locative and the sentence's subject ("In Swaziland, a town was hit"), where X stays the country."""
    lo = max(0, s0 - 80)
    if _FRONTED_IN.search(text[lo:s0] if lo else "\n" + text[:s0]):
        # "In Gwada, a community in Shiroro LGA, gunmen ...": a fronted appositive closes with a comma before its clause
        return _FRONTED_APPOSITIVE.match(text, kind_end) is not None
    return _APPOSITIVE_CLOSES.match(text, kind_end) is not None


def _peoples_kind(doc: Any | None, text: str, s0: int, name: str, kind: str) -> bool:
    """"the Fulani village", "a Tiv settlement": a people's town, not a town's name. NER reads the peoples it knows
    (NORP); the peoples' tables know those it misses, read so before a kind word in lower case only ("Hazara Town"
    names a place)."""
    return people_word(doc, s0, s0 + len(name)) or (kind.islower() and people_name(name))


def _holding_unit(name: str, exact: bool = False) -> Place | None:
    """The province or country `name` names when the gazetteer knows it as such and as no town: after "the Salem
    District of", the unit the district lies in, not a district itself; `exact`: by one of the province's own names,
    not a spelling like it ("Kuriga town of" is no Khouribga)."""
    known = places().get(name.lower())
    unit = places().province(name) or (known if known is not None and known.kind == "country" else None)
    if unit is not None and exact and unit.kind == "admin1" \
            and not geonames.index().subdivisions_named(name, level=1):
        return None
    return None if unit is None or any(p.kind == "city" for p in places().candidates(name)) else unit


# "the Northwest region": a compass in one word, where gazetteers write "North-West" or "North West"
_ONE_WORD_COMPASS = re.compile(r"(North|South)(east|west)(ern)?")


_TYPE_WORD_AFTER = re.compile(r"\s+(?i:" + _PROVINCE_WORD + r")\b")


def _compass_province(name: str, near: str | None = None, text: str = "") -> Place | None:
    """The province whose name is `name`'s compass in two words ("Northwest" -> Cameroon's "North-West", which
    shared_provinces re-reads as another country's by a town beside it): the one of a country `text` names (by name
    or demonym), else of a country with a town called `near`, else the first; None when `name` is no such compass,
    no province bears the two-word name, or the text names countries and none has one ("the Northwest region of
    Nigeria": Nigeria's north-west is no province)."""
    m = _ONE_WORD_COMPASS.fullmatch(name)
    if m is None:
        return None
    units: list[Place] = []
    for split in (f"{m.group(1)}-{m.group(2).capitalize()}{m.group(3) or ''}",
                  f"{m.group(1)} {m.group(2).capitalize()}{m.group(3) or ''}"):
        known = places().province(split)
        if known is not None:
            units += [known] + [unit for s in geonames.index().subdivisions_named(split, level=1)
                                if (unit := places().province_in(split, s.country)) is not None]
    if not units:
        return None
    named = countries_named(text)
    if named:
        return next((unit for unit in units if unit.country in named), None)
    held = {p.country for p in places().candidates(near)} if near is not None else set()
    # "Maun in the Northwest region": Botswana's, which holds Maun
    return next((unit for unit in units if unit.country in held), units[0])


def _province_of_town_after(name: str, text: str, kind_at: int) -> Place | None:
    """"the Zou town of Ouinhi": the first-level unit of `name` (by one of its own names) of the country whose town
    named after "town of" lies in it, though a bigger town elsewhere bears the unit's name (Ivory Coast's Zou); the
    text ties the two, so the unit is meant; one of the town's country by that name though the gazetteer puts the town
    in another. None when no town after "of" has a unit of that name in its country."""
    after = _KIND_OF.match(text, kind_at)
    if after is None or not _TOWN_KIND.fullmatch(after.group("kc").lower()):
        return None
    towns = places().candidates(after.group("c"))
    units = [(town, unit) for town in towns if (unit := places().province_in(name, town.country)) is not None
             and unit.kind == "admin1"]
    # the unit its town lies in, else one of the town's country by its own name, as a reform or a namesake leaves
    # the gazetteer's province otherwise ("the Kirkuk town of Tuz Khurmatu", GeoNames' Salah ad Din)
    held = next((unit for town, unit in units if same_province(town.admin1, unit.admin1)), None)
    return held or next((unit for _, unit in units if geonames.index().subdivisions_named(name, level=1)), None)


def _owning_province(text: str, s0: int, length: int, name: str, out: "_Taken", settled: bool = False) -> str | None:
    """"Madhesh's Lahan district": the owner before a district or town is its province when it is a first-level
    unit by its own name that no town bears (NER often reads it as an organisation) and holds a place called
    `name`; the province is taken as a mention of its own and its name (the text's) returned, for the town's
    `within`. A name the gazetteer does not know at all ("Tigray's Togoga village") is taken as the province's too:
    the text's own words are all that places it, and nothing puts it elsewhere. None otherwise."""
    owner = text[s0:s0 + length]
    unit = _holding_unit(owner, exact=True)
    candidates = places().candidates(name)
    if not candidates and (unit is None or unit.kind == "admin1"):
        unit = _unknown_owner(owner, unit, name, text, out, settled)
    if unit is None or unit.kind != "admin1" or (candidates and not any(
            p.country == unit.country and same_province(p.admin1, unit.admin1) for p in candidates)):
        return None
    if not out.overlapping(s0, s0 + length):
        out[(s0, s0 + length)] = PlaceMention(unit, owner, s0, s0 + length)
    return owner


def _unknown_owner(owner: str, unit: Place | None, name: str, text: str, out: "_Taken",
                   settled: bool = False) -> Place | None:
    """The province `owner` names (`unit`: the gazetteer's first of the name, None when a town bears it too) before
    a name the gazetteer lacks ("Tigray's Togoga village"), which only the text's words place: none when the owned
    name is a people's, a faith's or a community's ("Plateau's Muslim community": people_name); for a province name
    several countries' units bear ("Western", "Eastern") the one of the single country the text otherwise names or
    places a mention in, else none: the gazetteer's first such unit (Sri Lanka's, Saudi Arabia's) is a guess that
    would outvote the text's own country ("Kenyan police"); a province a town also bears ("Tillaberi's Tchoma
    Bangou village") when no town of the name lies abroad or the text agrees on the province's country, or when
    the owned name is a village or community's (`settled`: "Delta's Okuama community") and the text names no
    country at all (a town's or a firm's possessive, "Delta's", owns no village)."""
    if any(people_name(word) for word in name.split()):
        return None
    sharing = {s.country for s in geonames.index().subdivisions_named(owner, level=1)}
    agreeing = (countries_named(text) | {m.place.country for m in out.values() if m.place is not None}) & sharing
    if unit is None:
        unit = places().province(owner) if sharing else None
        abroad = unit is not None and any(p.kind == "city" and p.country != unit.country
                                          for p in places().candidates(owner))
        return None if unit is None or unit.kind != "admin1" or len(sharing) > 1 \
            or abroad and unit.country not in agreeing and not (settled and not _countries_pointed(text)) else unit
    if len(sharing) <= 1:
        return unit
    return places().province_in(owner, next(iter(agreeing))) if len(agreeing) == 1 else None


@lru_cache(maxsize=64)
def _countries_pointed(text: str) -> frozenset[str]:
    """The countries the text names or points to by a demonym, a one-country force, body or office ("RCMP",
    "Canadian police"): any of them is a reason not to read a bare possessive as another country's province (kept
    per text: asked of the whole article for each possessive)."""
    from worker.extract import countries  # late: countries reads this module
    clues = [*countries.demonym_clues(text), *countries.institution_clues(text), *countries.body_clues(text),
             *countries.office_clues(text)]
    return countries_named(text) | {c.country for c in clues}


def _district_moved(text: str, m: re.Match[str], out: "_Taken") -> PlaceMention | None:
    """"Guera's Ati district": the town of the district in the province the text gives it by the province's own
    name, where the gazetteer puts the country's only town of the name in another province (a reform, a district
    moved, a province split); None when the text's province holds it, or names no first-level unit."""
    s0, name, owner = m.start("name"), m.group("name"), m.group("owner")
    if not _DISTRICT_AFTER.match(text, m.end("name")) or not geonames.index().subdivisions_named(owner, level=1) \
            or is_country_name(owner):  # "Djibouti's Obock district": the country's, not its namesake region's
        return None
    held = [out[span] for span in out.overlapping(s0, s0 + len(name))]
    if held and not (len(held) == 1 and held[0].start == s0 and held[0].end == s0 + len(name)
                     and held[0].place is not None and held[0].place.kind == "city"):
        return None
    towns = [p for p in places().candidates(name) if p.kind == "city"]
    for country in dict.fromkeys(p.country for p in towns):
        unit = places().province_in(owner, country)
        there = [p for p in towns if p.country == country]
        if unit is None or len(there) != 1:
            continue
        if same_province(there[0].admin1, unit.admin1) or _region_holds(unit, there[0].admin1):
            return None
        if not out.overlapping(m.start("owner"), m.end("owner")):
            out[(m.start("owner"), m.end("owner"))] = PlaceMention(unit, owner, m.start("owner"), m.end("owner"))
        return PlaceMention(replace(there[0], name=name, admin1=unit.admin1), name, s0, s0 + len(name), placed=True,
                            within=owner)
    return None


def _known_inside(out: "_Taken", start: int, end: int) -> list[tuple[int, int]]:
    """The spans of known places that lie inside [start, end), shorter than it, when every mention overlapping it
    does so and none is named with its kind ("Nasir County": the county Nasir, which `localize` places); else []."""
    inside = out.overlapping(start, end)
    if inside and all(start <= a and b < end and out[(a, b)].place is not None and not out[(a, b)].named_kind
                      for a, b in inside):
        return inside
    return []


def _drop_foreign_head(out: "_Taken", start: int, end: int, country: str) -> None:
    """Drops the mentions of a town abroad that only begin a longer name the text places in `country` ("Baga Sola,
    Lac province": Chad's Baga Sola, not Nigeria's Baga), so that the whole name is read as one (by NER)."""
    inside = _known_inside(out, start, end)
    if all(out[span].place.country != country for span in inside):  # type: ignore[union-attr]
        for span in inside:
            del out[span]


def _province_holding(town: str, province: str) -> Place | None:
    """The one first-level unit called `province` (of any country) that holds a town called `town`; None when no
    unit or several do."""
    units = {p.country: p for p in places().candidates(town) if p.kind == "city" and same_province(p.admin1, province)}
    return places().province_in(province, next(iter(units))) if len(units) == 1 else None


def _region_holds(owner: Place, admin1: str | None) -> bool:
    """A region the text names by the word its provinces share ("Darfur's El Geneina": El Geneina lies in West
    Darfur; "Kivu's Beni" in North Kivu) holds a town of any of those provinces."""
    if owner.kind != "admin1" or not admin1:
        return False
    return re.search(r"(?<![\w-])" + re.escape(geonames.fold(owner.name)) + r"(?![\w-])", geonames.fold(admin1)) is not None


_KIND_OF = re.compile(r"\b(?P<kc>" + KIND + r") of\s+(?P<c>" + NAME + r")", re.I)
_DEMONYM_PLACE = re.compile(r"\b(?P<dem>" + literal(DEMONYMS) + r")\s+(?:\w+\s+)?(?:town|village|city|district|port|"
                            r"province|region|state) of\s+(?P<name>" + NAME + r")")
# "in Mali", "in central Mali", ", in the central state of Puebla", ", Maine"
_IN_REGION = r"(?:,? in (?:the )?(?:neighbou?ring )?(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s )?" \
    r"(?:(?:" + literal(POINTS) + "|" + BETWEEN + r")\w*\s+)?" \
    r"(?:(?:" + literal(PROVINCE_WORDS + ("department",)) + ") of )?|, |" r"\s*\[" + QUALIFIER + "?)" \
    r"(?!" + DAY_WORDS + r")(?P<where>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
# "in Diafarabe in central Mali", "at Gidan Bakuso, in Gada LGA", "in Kulbiyow in Somalia's Lower Jubba region": a
# town (known or not) and its region; "attacked Dapchi [Yobe State]": a monitoring service's bracket places it too
_COUNTRY_POSSESSIVE = re.compile(r"\b(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?:(?:second|third|largest|biggest|main|"
                                 r"capital|port|commercial) )*(?:city |town |capital )?(?P<name>" + NAME + r")")
# "Bajaur's Khar", "Cauca department's Suarez municipality": a town of the district or province named before it
_PLACE_POSSESSIVE = re.compile(r"(?<![\w'’-])(?P<owner>" + NAME + r")(?:\s+(?i:province|state|region|department|"
                               r"governorate|district))?['’]s (?P<name>" + NAME + r")")
_TOWN_AFTER = re.compile(r"\s+(?:town|city|village)\b", re.I)


def _owner_locates(out: "_Taken", m: re.Match[str], text: str) -> None:
    """"Kurram's Parachinar town", "Kangpokpi district's Thingkangphai village": a district the text names as the
    owner of a town it names as one (known or not) is a landmark for that town (the smaller place, the scene), not a
    place of its own rank; a city's quarter is the city's ("Karachi's Orangi Town"), so only a district owner gives
    way."""
    owned = next((out[(a, b)] for a, b in out.overlapping(m.start("name"), m.start("name") + 1)
                  if a == m.start("name")), None)
    # the owner's spans: NER's may hold the "'s"
    for owner in [out[(a, b)] for a, b in out.overlapping(m.start("owner"), m.start("owner") + 1)
                  if a == m.start("owner") and out[(a, b)].place is not None]:
        if owned is None or owner.place.kind != "district" or not _TOWN_AFTER.match(text, owned.end) \
                or (owned.place is not None and owned.place.kind not in ("city", "district")):
            continue
        out[(owner.start, owner.end)] = replace(owner, reference=True)


_AREA_AFTER = re.compile(r"\s+(?:region|division|zone|belt|area|forest|district|county|province|state|valley|"
                         r"mountains?|hills?)\b", re.I)
# "Malam Fatori, a town in Borno", "X, a remote village near Y": a name the text says is a town, whatever comes
# before it (the kind word must end its phrase: not "Musa Bello, a village head")
_APPOSITIVE_TOWN = re.compile(r"(?<![\w'’-])(?P<name>" + NAME + r"),\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|"
                              r"community|settlement|locality|hamlet)(?=\s+(?:in|of|near|on|located|about|some|close|"
                              r"north|south|east|west)\b|\s+\d|\s*[,.;])")  # "Tawilah, a village 15 km east of Kutum"
# "In Gwada, a community ...": the preposition that opens a sentence, capitalised as a name's first word would be
_FRONT_PREPOSITION = re.compile(r"(?:In|At|On|Near|Outside) (?=[A-Z])")
# "14 Gidan Dawa villagers": the people of a village, named by it (not "Fulani villagers": NER calls those a people)
_VILLAGERS = re.compile(r"(?<![\w'’-])(?P<name>" + NAME + r")\s+(?:villagers|townspeople|townsfolk)\b")
# "Kasumbalesa, about 9 km from Lubumbashi", "Dumay, 80 kilometres west of Lasanod": a place the text locates by
# its distance from a landmark
_DISTANCE_FROM = re.compile(r"(?<![\w'’-])(?P<name>" + NAME + r"),?\s+(?:(?:about|some|around|nearly|roughly|"
                            r"approximately|just|only|over|less than|more than)\s+)?\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s?|"
                            r"miles?)\s+(?:\([^)]{0,20}\)\s+)?(?:(?:" + literal(CARDINALS) + "|" + BETWEEN
                            + r")(?:ern)?\s+)?(?:of|from|outside)\b")
_NEIGHBOURING = re.compile(r"\bneighbou?ring\b")
_PLACED_IN = re.compile(r"\b(?P<lead>in|at|near|around) (?P<name>" + NAME + r")" + _IN_REGION)
# "struck Kryvyi Rih in Dnipropetrovsk Oblast", "Lisbon, Maine": a known town of that region
_TOWN_IN_REGION = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’]+(?:[- ][A-Z][\w'’]+){0,2})" + _IN_REGION)
_TOWN_KIND = re.compile(r"town|village|city|locality|settlement|community|township|suburb|neighbou?rhood|hamlet")
# the kinds of a countryside place: a village beside a big city named like its province is a village of the province
_VILLAGE_KIND = re.compile(r"village|villagers|hamlet|community|settlement", re.I)
# a city's quarter ("stormed Eastleigh suburb in Nairobi"): the city the text places it in is the city
_QUARTER_KIND = re.compile(r"township|suburb|neighbou?rhood", re.I)
# "at Gwalo forest": a natural feature's name, not a town's
_FEATURE_AFTER = re.compile(r"\s+(?:forest|river|mountains?|hills?|park|reserve|valley|lake|desert)\b", re.I)
_DISTRICT_AFTER = re.compile(r"\s+(?:" + DISTRICT_WORD.pattern + r")\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "St. Louis", "Saint Paul", "Ste. Marie": a saint's title right before a name begins a longer name
_SAINT_ABBREVIATION_BEFORE = re.compile(r"\b(?:St|Ste|Saint|Sainte)\.?\s+$")
# the start of a text or a sentence right before a name (its capital says nothing of a plain word)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n)$")
# "In Burma, a village was bombed", "On Friday in Swaziland, a town in Manzini ...": a locative the sentence opens
# with, and its subject after the comma, no appositive
_FRONTED_IN = re.compile(r"(?:[.!?][\"”’)]?\s+|\n)(?:In|(?:On|At|Early|Late|Last|Overnight)\b[^,.;!?\n]{0,40}?\bin)"
                         r"\s+(?:the\s+)?$")
# "In Gwada, a community in Shiroro LGA, gunmen ...": the fronted appositive ends at a comma, not at the verb
_FRONTED_APPOSITIVE = re.compile(r"(?:\s+(?:in|near|of|outside|on)\b(?:(?!\b(?:was|were|is|are|has|have|had|been)\b)"
                                 r"[^.;,]){0,60})?,\s")
# "Gwada, a community in Shiroro LGA", "Gwada, a village, ...": the kind word places the name or closes the appositive
_APPOSITIVE_CLOSES = re.compile(r"\s+(?:in|near|of|outside|on)\b|\s*[,.;:)]")
# a unit named after a town that it holds ("the municipality of Tibu", "the commune of Bosso"): the town's own unit,
# never one that holds a named province ("the Salem District of Tamil Nadu")
_TOWN_UNIT = re.compile(r"municipality|commune|cercle", re.I)
# "... tehsil of Dera Bugti district": the district-level unit (not a province) a named unit lies in
_OF_DISTRICT = re.compile(r"\s+of\s+(?:the\s+)?(?P<where>" + NAME + r")\s+(?i:district|county|LGA|local government area)\b")
# "Dera Bugti district's ...": a district (named with its type word) owning the unit named next
_DISTRICT_OWNS = re.compile(r"(?P<where>" + NAME + r")\s+(?i:district|county|LGA|local government area)['’]s\s+$")
# a place named right before the middle unit of three ("in Kapedo in Turkana East sub-county of Turkana county",
# "in Mamund, in Salarzai tehsil"): that place is the inner one, the unit stays a district; no day or month
_PLACE_HELD_BEFORE = re.compile(r"(?<![\w'’-])(?!" + DAY_WORDS + r")[A-Z][\w'’-]*(?:,\s+(?:in\s+)?|\s+in\s+)(?:the\s+)?$")
# a place it lies in or by right after a village's kind word ("raided Garsale village outside Jowhar"; the verb of
# assault before it: place_words.ASSAULT_BEFORE)
_IN_PLACE_AFTER = re.compile(r"\s*(?:,\s*|\s+in\s+|\s+(?:near|outside|close\s+to)\s+)(?:the\s+)?[A-Z]")
# "near Kolpara village in Malkangiri district", "near X village in Chhattisgarh's Bijapur district": a village
# near which it happened, placed in its unit, is the site (the nearest place the text names), the unit only its unit;
# not "around Tuntiko village, Mokwa LGA" (a sound heard around it, no unit joined by "in")
NEAR_BEFORE = re.compile(r"\b(?:near|outside|close\s+to)\s+(?:the\s+)?$", re.I)
_IN_UNIT_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?:" + NAME + r"['’]s\s+)?(?P<where>" + NAME + r")\s+(?i:"
                            + DISTRICT_WORD.pattern + r")\b")
_LOCATIVE = re.compile(r"\b(?:in|at|near|(?:town|village|city|district) of)\s+(?:the\s+)?$", re.I)
# "near Katari": a name right after the preposition, no article ("in the Amazon" names a region)
_BARE_LOCATIVE = re.compile(r"\b(?:in|at|near|(?:town|village|city|district) of)\s+$", re.I)


def warm() -> None:
    """Loads the gazetteer and compiles its search pattern now (about 2 s), not inside the first article's budget,
    and the place ranker's weights, so that a missing or corrupt weights file stops the service at start."""
    places()
    own_names()
    place_ranking.read_weights(place_ranking.WEIGHTS)


class _Taken(dict[tuple[int, int], PlaceMention]):
    """The mentions found so far by span, with their spans sorted by start: which ones overlap a new mention is
    asked of the few that start within the longest span's length before it, not of every one (a long article
    names thousands of places; asking all of them each time made place finding quadratic). The spans are also
    indexed by their mention's start, with the order each was first set in, for `starting_at`."""

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int]] = []
        self._longest = 0
        self._order: dict[tuple[int, int], int] = {}  # a span's rank in the dict's own (insertion) order
        self._rank = 0
        self._starts: dict[int, set[tuple[int, int]]] = {}  # a mention's start -> the spans that hold it

    def __setitem__(self, span: tuple[int, int], mention: PlaceMention) -> None:
        if span not in self:
            bisect.insort(self._spans, span)
            self._longest = max(self._longest, span[1] - span[0])
            self._order[span] = self._rank = self._rank + 1
        else:
            self._starts[self[span].start].discard(span)
        self._starts.setdefault(mention.start, set()).add(span)
        super().__setitem__(span, mention)

    def __delitem__(self, span: tuple[int, int]) -> None:
        self._starts[self[span].start].discard(span)
        del self._order[span]
        super().__delitem__(span)
        del self._spans[bisect.bisect_left(self._spans, span)]

    def starting_at(self, at: int) -> PlaceMention | None:
        """The first mention (in the order set) that starts at `at`: `next(m for m in self.values() if m.start ==
        at)` without reading them all, which made every "Bajaur's Khar" of a long list cost the whole list."""
        spans = self._starts.get(at)
        return self[min(spans, key=self._order.__getitem__)] if spans else None

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that share a character with [start, end)."""
        lo = bisect.bisect_right(self._spans, (start - self._longest, float("inf")))
        hi = bisect.bisect_left(self._spans, (end,))
        return [(a, b) for a, b in self._spans[lo:hi] if start < b]

    def holds(self, at: int) -> bool:
        """Whether a span holds the character at `at`."""
        return bool(self.overlapping(at, at + 1))


_RESIDENTIAL_BEFORE = re.compile(r"\bresidential\s+$", re.I)
_TOWN_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s+$")


def _province_town(province: Place) -> Place | None:
    """The town of the province's own name inside it (a province often bears its seat's name), if the gazetteer
    knows one."""
    return next((p for p in places().candidates(province.name) if p.kind == "city" and p.country == province.country
                 and p.admin1 in (None, province.admin1, province.name)), None)


# "the New Jersey Turnpike", "the Pennsylvania Turnpike": a highway named after a province runs in it (not a street,
# "Pennsylvania Avenue" lies in Washington)
_PROVINCE_ROAD = re.compile(r"(?<![\w'’-])(?P<name>" + NAME + r")\s+(?:Turnpike|Thruway|Tollway|Expressway|Highway)\b")


def _province_roads(text: str, start: int, end: int) -> list[tuple[int, int, Place]]:
    """Spans of province names that begin a highway's name, with the province (no town of the name is likelier)."""
    out = []
    for m in _PROVINCE_ROAD.finditer(text, start, end):
        words = m.group("name").split(" ")
        for i in range(len(words)):  # "on Sunday the New Jersey Turnpike": the province is the last words
            name = " ".join(words[i:])
            known = places().province(name)
            if known is not None and getattr(places().get(name.lower()), "kind", None) != "city":
                out.append((m.end("name") - len(name), m.end("name"), known))
                break
    return out


def find(text: str, start: int, end: int, doc: Any | None) -> list[PlaceMention]:
    """Place mentions between text offsets [start, end)."""
    out = _Taken()
    table = places()
    provinces = _province_phrases(text, start, end) if _PROVINCE_HINT.search(text, start, end) else ()
    for m in provinces:  # "Hajjah province", "the state of Puebla": a province
        g = "a" if m.group("a") else "b"
        words = m.group(g).split(" ")
        for i in range(len(words)):  # "Libya's Surt region": the province is the last words
            name = " ".join(words[i:])
            s0 = m.end(g) - len(name)
            known = table.province(name) or _compass_province(name, text=text[start:end])
            if known is not None:
                known, name = _province_by_words(known, name, text, s0, m.end() if g == "a" else None)
                if not in_actor_name(text, s0, s0 + len(name)):
                    out[(s0, s0 + len(name))] = PlaceMention(known, name, s0, s0 + len(name))
                break
    for name, s0, s1 in province_lists.listed_provinces(text, start, end):  # "Benue and Nasarawa states"
        known = table.province(name)
        if known is not None and not out.overlapping(s0, s1) and not in_actor_name(text, s0, s1):
            out[(s0, s1)] = PlaceMention(known, name, s0, s1, route=route(text, s0, s1))
    for s0, s1, known in _province_roads(text, start, end):  # "on the New Jersey Turnpike": the road's state
        if not out.overlapping(s0, s1):
            out[(s0, s1)] = PlaceMention(known, text[s0:s1], s0, s1, route=route(text, s0, s1))
    for m in own_name_matches(text, start, end):
        if out.overlapping(m.start(), m.end()):  # a province's span (the names found here do not overlap)
            continue
        word = m.group()
        # case-insensitive matching also pairs letters whose lower case differs ("Diyarbakir" with "diyarbakır")
        known = table.get(word.lower()) or table.get(geonames.fold(word))
        if known is None or (word[0].islower() and (not word.split()[-1][0].isupper() or known.kind == "country")) \
                or in_actor_name(text, m.start(), m.end()) or speaker_place(text, m.start(), m.end()) \
                or saint_patron(text, m.start(), m.end()) or saint_patron_name(text, m.start(), word) \
                or actor(text, m.end()) or (known.kind == "country" and (COMPOUND_AFTER.match(text, m.end())
                                                         or begins_landform(text, m.end()))):
            continue
        if known.kind == "city" and street_name(text, m.start(), m.end()) == "address":
            # "the 4800 block of West Chicago Avenue": the street's town is unnamed, but lies in the province of
            # the town the street is named after as a rule: the province stays, as a landmark
            province = table.province(known.admin1) if known.admin1 else None
            if province is not None and province.country == known.country:
                out[(m.start(), m.end())] = PlaceMention(province, word, m.start(), m.end(), reference=True)
            continue
        if known.kind in ("city", "district") and name_begun_by_town(doc, text, m.start(), m.end()):
            continue  # "Paris Hilton condemned the attack": a person or a firm named after the town
        a, b = whole_name(text, m.start(), m.end()) if known.kind == "city" else (m.start(), m.end())
        a = _without_fronted_preposition(text, text[a:b], a)[1]  # "At Kabul airport, ...": Kabul, not "At Kabul"
        if (a, b) != (m.start(), m.end()) and not out.overlapping(a, b) and not _DISTRICT_AFTER.match(text, b):
            # "Mocimboa da Praia", not Praia; "Gamboru Ngala LGA" is left to the district finder
            name = text[a:b]
            out[(a, b)] = PlaceMention(table.get(name.lower()) or table.get(geonames.fold(name)), name, a, b,
                                       reference=landmark(text, a, b), route=route(text, a, b))
            continue
        known = capital_names.as_read(known, text, m.start(), m.end())  # "Gombe town", "a village in Kano"
        longer = longer_name(doc, text, m.start(), m.end()) if known.kind in ("city", "district") else None
        if longer is not None:  # "in Kwanar Dutse": a village whose name ends in a town's, not the town
            if IN_AT.search(text, max(0, longer.start_char - 20), longer.start_char):
                out[(longer.start_char, longer.end_char)] = PlaceMention(None, longer.text, longer.start_char,
                                                                         longer.end_char, locative=True, at=True)
            continue
        # "on Mombasa Road in Nairobi": the street's town is a landmark of the place named after it
        street = known.kind == "city" and street_name(text, m.start(), m.end()) == "street" \
            and street_landmark(text, m.end(), known)
        out[(m.start(), m.end())] = PlaceMention(known, word, m.start(), m.end(),
                                                 reference=street or landmark(text, m.start(), m.end()),
                                                 route=route(text, m.start(), m.end()),
                                                 placed=placed_by_unit(known, text, m.end()))
    for m in _COUNTRY_POSSESSIVE.finditer(text, start, end):  # "northern Syria's Tal Abyad": a known town there
        country = table.get(m.group("country").lower())
        s0, name = m.start("name"), m.group("name")
        if country is None or country.kind != "country" or out.overlapping(s0, s0 + len(name)):
            continue
        there = in_country(name, country.country)  # a town there, or the country's province of the name
        if there is None and compass_named(name):
            # "Nigeria's North East": a part of the country no province of it is called, not another country's
            # province or town of the name (Botswana's North East, a Pennsylvania town)
            there = replace(country, name=name)
        if there is not None:
            out[(s0, s0 + len(name))] = PlaceMention(there, name, s0, s0 + len(name), placed=True)
    for m in _PLACE_POSSESSIVE.finditer(text, start, end):  # "Bajaur's Khar": a town of that district or province
        s0, name = m.start("name"), m.group("name")
        owner = table.get(m.group("owner").lower())
        moved = _district_moved(text, m, out)
        if moved is not None:
            out[(s0, s0 + len(name))] = moved
            continue
        _owner_locates(out, m, text)
        if owner is None or owner.kind == "country" or not owner.admin1 or out.holds(s0) \
                or _AREA_AFTER.match(text, m.end("name")):
            continue  # "Chhattisgarh's Bastar region": a region of the province, not its namesake town
        there = next((p for p in table.candidates(name) if p.kind == "city" and p.country == owner.country
                      and (same_province(p.admin1, owner.admin1) or _region_holds(owner, p.admin1))), None)
        if there is not None:
            out[(s0, s0 + len(name))] = PlaceMention(replace(there, name=name), name, s0, s0 + len(name), placed=True,
                                                     within=m.group("owner") if owner.kind != "city" else None)
    for m in _DEMONYM_PLACE.finditer(text, start, end):  # "the Syrian town of Qusayr": a town, and its country
        s0, name = m.start("name"), m.group("name")
        if out.holds(s0) or name.split()[0] in ("The", "A", "An"):
            continue
        country = DEMONYMS[m.group("dem")]
        known = table.get(name.lower())
        if not known or known.country != country:  # the namesake in the country the text gives, if any
            known = next((p for p in table.candidates(name) if p.country == country), None)
        place = known or Place(name, "city", country, None, None, None)
        out[(s0, s0 + len(name))] = PlaceMention(place, name, s0, s0 + len(name), named_kind=True, locative=True)
    for m in _named_places(text, start, end):
        g = "a" if m.groupdict().get("a") else ("b" if m.groupdict().get("b") else "c")  # "Yajalon, a town", "Bagega village", "city of Kharkiv"
        if g == "a" and (after := _WORD_AFTER.match(text, m.end())) and after.group(1) in person_nouns():
            continue  # "near Musa Ali, a village head": the kind word qualifies a person, who is no place
        name, s0 = _without_fronted_preposition(text, m.group(g), m.start(g))
        owner = re.match(r".+?['’]s ", name)  # "Diyarbakir's Dicle district": the district is Dicle
        owned = None
        if owner:
            owned = _owning_province(text, s0, owner.end() - 3, name[owner.end():], out,
                                     _VILLAGE_KIND.fullmatch(m.group("k" + g)) is not None)
            name, s0 = name[owner.end():], s0 + owner.end()
        kind = m.group("k" + g).lower()
        if g == "b" and _SAINT_ABBREVIATION_BEFORE.search(text, max(0, s0 - 7), s0):
            continue  # "St. Louis City Hall": the name is the rest of a saint's town's name, no "Louis" town
        if g == "b" and _whole_name_with_kind(name, m.group("kb")) and not _placed_after(text, m.end("kb")):
            # "in Little Village", "Old Town": a plain word and a capitalised kind word are one name, a city's quarter
            whole = text[s0:m.end("kb")]
            out[(s0, s0 + len(whole))] = PlaceMention(None, whole, s0, s0 + len(whole), quarter=True)
            continue
        district = bool(DISTRICT_WORD.fullmatch(kind))
        if g == "c" and district and _RESIDENTIAL_BEFORE.search(text, max(0, m.start("kc") - 20), m.start("kc")):
            continue  # "a residential district of Pljevlja": a quarter of the town, no district named X
        held = out.get((s0, s0 + len(name)))
        if held is not None and district and g == "b" and held.place is not None and held.place.kind != "country":
            # "Chikun Local Government Area": a name the gazetteer pass took is still named as a district here
            out[(s0, s0 + len(name))] = replace(held, named_kind=True, district=True)
            continue
        if held is not None and g == "a" and held.place is not None and held.place.kind == "country" \
                and _TOWN_KIND.fullmatch(kind) and not place_ranking.same_name(held.place.name, name) \
                and _appositive(text, s0, m.end()):
            # "in Gwada, a community in Shiroro LGA": a country's other name ("Gwada", Guadeloupe's) that the text
            # gives as a town is the town
            del out[(s0, s0 + len(name))]
        # "the Salem District of Tamil Nadu": a district's province; "the village of Kuriga" names the village itself;
        # "the Ohio town of Lebanon": the unit that holds the town named after "of"
        unit = _holding_unit(name) if g == "c" and district and not _TOWN_UNIT.fullmatch(kind) else _holding_unit(name, exact=True) if g == "b" \
            and _KIND_OF.match(text, m.start("kb")) and _THE_BEFORE.search(text, max(0, s0 - 5), s0) else None
        if unit is None and g == "b" and _THE_BEFORE.search(text, max(0, s0 - 5), s0):
            unit = _province_of_town_after(name, text, m.start("kb"))  # "the Zou town of Ouinhi": Benin's Zou
            if unit is not None:
                for span in out.overlapping(s0, s0 + len(name)):  # the namesake town the gazetteer pass took
                    if out[span].place is None or out[span].place.kind == "city":
                        del out[span]
        if unit is not None and not out.holds(s0):
            out[(s0, s0 + len(name))] = PlaceMention(unit, name, s0, s0 + len(name))
            continue
        if out.holds(s0) or name.split()[0] in ("The", "A", "An", "This", "That") \
                or (g == "b" and _peoples_kind(doc, text, s0, name, m.group("kb"))
                    and not ((BARE_NAME_BEFORE.search(text, max(0, s0 - 20), s0) or not people_name(name))
                             and IN_DISTRICT_AFTER.match(text, m.end()))
                    # "targeted Toumour village": no article, and no people the tables know: NER misread a name
                    and not (BARE_NAME_BEFORE.search(text, max(0, s0 - 20), s0) and not people_name(name))
                    # "the Maiko area of Ebonyi state": a unit with its type word holds it; no people the tables know
                    and not (not people_name(name) and OF_UNIT.match(text, m.end()))
                    and not (district and _district_of_named_province(name, text, m.end()))
                    and owned is None) \
                or in_actor_name(text, s0, s0 + len(name)) or name in DEMONYMS \
                or speaker_place(text, s0, s0 + len(name)):
            continue
        # "Pai Khan, a village", "the town of Mamoond", "in Tumba village", "the Tumba village in Giwa LGA" (the text
        # places it in its district); not "around Tuntiko village", "Esham area"
        town_kind = _TOWN_KIND.fullmatch(kind) is not None  # not an "area": an area of a district stays the district
        # "attacked X village in Y, Z province": the object of a verb of assault, a village the text places, is the site
        # "in Bokkos district's Mushere town": a town the district before it owns is the site, the district its unit
        own = _DISTRICT_OWNS.search(text, max(0, s0 - 60), s0) if g == "b" and town_kind and owned is None else None
        town = town_kind and (g != "b" or bool(IN_AT.search(text, max(0, s0 - 20), s0)) or own is not None
                                                            or bool(_THE_BEFORE.search(text, max(0, s0 - 5), s0)
                                                                    and IN_DISTRICT_AFTER.match(text, m.end()))
                              or bool(NEAR_BEFORE.search(text, max(0, s0 - 20), s0)
                                      and _IN_UNIT_AFTER.match(text, m.end()) and _act_near(text, s0))
                              or bool(ASSAULT_BEFORE.search(text, max(0, s0 - 20), s0)
                                      and not _QUARTER_KIND.fullmatch(kind)  # a quarter stays its city's
                                      and _IN_PLACE_AFTER.match(text, m.end())))
        if g == "b" and district and not _PLACE_HELD_BEFORE.search(text, max(0, s0 - 40), s0) \
                and ((nest := _OF_DISTRICT.match(text, m.end())) is not None
                     or (nest := _DISTRICT_OWNS.search(text, max(0, s0 - 60), s0)) is not None):
            # "Rajo tehsil of Dera Bugti district", "Dera Bugti district's Pir Koh tehsil": a unit the text places
            # inside a district is the level below it, the site as a village is
            district, town, owned = False, True, nest.group("where")
        elif g == "a" and district and (unit := _other_unit_after(text, m.end(), kind)) is not None:
            district, town, owned = False, True, unit  # "Kouri, a commune ... in the Douentza district": below it
        known = _in_named_country(name, text, s0, m.end())
        if g == "a" and town_kind and known is not None and known.kind == "country" and _appositive(text, s0, m.end()):
            known = None  # "Gwada, a community": a town the gazetteer lacks, not the country of that other name
        if town_kind and known is not None and known.kind == "admin1":
            known = _province_town(known) or known  # "the town of Batken": the province's namesake town, its seat
        if known is None and _OPENS_SENTENCE.search(text, max(0, s0 - 4), s0) and not is_name(name):
            continue  # "Entire village populations fled": a plain word is capitalised by the sentence, no name
        out[(s0, s0 + len(name))] = PlaceMention(known, name, s0, s0 + len(name),
                                                 named_kind=True, district=district, reference=landmark(text, s0),
                                                 town=town, village=_VILLAGE_KIND.fullmatch(kind) is not None,
                                                 within=_unit_of(text, m.end(), end) or (_unit_in(text, m.end(), end) if town else None)
                                                 or (own.group("where") if own is not None else None) if g == "b"
                                                 and town_kind else owned or (_province_of_unit(text, m.end()) if g == "b"
                                                                and district and _unit_named(text, s0, kind) else None),
                                                 route=route(text, s0, s0 + len(name)))  # "shifted to X District Hospital"
    for m in [*_PLACED_IN.finditer(text, start, end), *_chained(_TOWN_IN_REGION, text, start, end)]:
        said = text[m.end("name"):m.start("where")]  # "in the central state of Puebla": the state, not its capital
        if _NEIGHBOURING.search(said) and not is_country_name(m.group("where")):
            continue  # "in neighbouring Cameroon" places the town in that country; a neighbouring district ("at Muna
            # Garage, in the neighbouring Jere LGA") is left to the other readings, as without the adjective
        region = table.province(m.group("where")) if said.endswith(" of ") else table.get(m.group("where").lower())
        if region is not None and region.kind == "city":  # "in Qamseh in Tartus": the province its words read
            region = capital_names.as_read(region, text, m.start("where"), m.end("where"))
        if region is None and _TYPE_WORD_AFTER.match(text, m.end("where")):  # "in the Northwest region"
            region = _compass_province(m.group("where"), m.group("name"), text[start:end])
        if (region is None or region.kind == "city") and _TYPE_WORD_AFTER.match(text, m.end("where")) \
                and (unit := table.province(m.group("where"))) is not None \
                and not any(out[span].place is not None and out[span].place.country == unit.country  # type: ignore[union-attr]
                            for span in out.overlapping(m.start("name"), m.end("name"))):
            region = unit  # "Baga Sola, Lac province": Chad's Lac, not Albania's town Laç, for a name not yet placed there
        s0, name = m.start("name"), m.group("name")
        if _TYPE_WORD_AFTER.match(text, m.end("where")) or said.endswith(" of "):
            # "Zacatecoluca, in La Paz department": El Salvador's La Paz, the one of the provinces so called that
            # holds a town of the name, not Bolivia's city or department
            region = _province_holding(name, m.group("where")) or region
        district_at = _district_at(out, m.start("where"))
        if district_at is not None and (m.groupdict().get("lead") or _AFTER_WORD.search(text, max(0, s0 - 30), s0)
                                        or _ADDRESS_BEFORE.search(text, max(0, s0 - 30), s0)) \
                and not out.holds(s0) and name not in DEMONYMS and is_name(name) \
                and not in_actor_name(text, s0, s0 + len(name)) and not people_word(doc, s0, s0 + len(name)) \
                and not not_a_name(doc, s0, s0 + len(name)) and not _person_by_unit(text, s0, m.end("where")):
            # "in Gaambe-Tiev in Logo Local Council", "invaded Gidan Bakuso in the Gada local government area": a
            # place in a district the text names (as a district) is a village of it
            out[(s0, s0 + len(name))] = PlaceMention(places().get(name.lower()), name, s0, s0 + len(name),
                                                     named_kind=True, locative=True, town=True,
                                                     within=district_at.text, route=route(text, s0, s0 + len(name)))
            continue
        if region is None or region.kind not in ("country", "admin1", "district") or name in DEMONYMS \
                or in_actor_name(text, s0, s0 + len(name)):
            continue
        taken = out.get((s0, s0 + len(name)))
        if taken is None and region.kind in ("country", "admin1"):
            _drop_foreign_head(out, s0, s0 + len(name), region.country)
        if (taken is None and out.holds(s0)) or (taken is not None and taken.place is None):
            continue
        known = table.get(name.lower())
        # "in Illela, in neighbouring Niger": the text puts a town of the project's file in another country, in words
        # ("in", not a list's comma: "Mogadishu, Kenya and Ethiopia"), where a namesake of it lies
        abroad = known is not None and region.kind == "country" and known.country != region.country \
            and " in " in text[m.end("name"):m.start("where")]
        if known is not None and (known.source != "geonames" or known.kind != "city") and not abroad:
            continue  # a place of the project's file: the other passes find it
        namesakes = [p for p in table.candidates(name) if p.country == region.country]
        if not namesakes and region.kind == "country":  # "Athens in Georgia": the US state, if the country has none
            namesakes, region = _namesakes_in_province(name, m.group("where"), region)
        # a district's or a province's town lies in its province: "Tudun Wada in Zaria LGA" is no Tudun Wada of Kano
        same = next((p for p in namesakes if region.kind == "country" or not region.admin1
                     or same_province(p.admin1, region.admin1)), None)
        if same is not None:  # "around Gudumbali in Guzamala", "Lisbon, Maine": the town of that region
            if taken is None or (taken.place != same and (taken.place.kind == "city" or abroad)):  # not "the
                # province of X"
                out[(s0, s0 + len(name))] = PlaceMention(replace(same, name=name), name, s0, s0 + len(name),
                                                         named_kind=True, locative=bool(m.groupdict().get("lead")),
                                                         placed=True, within=_region_name(region, m),  # the text's spelling
                                                         reference=landmark(text, s0))  # "Karida village near Tari in Hela"
            continue
        # "gunmen attacked Ezzakoko in Ebonyi province": the object of an assault, placed in a region, no people's name
        # (not a person's title or a post's name, "attacked Governor Zulum in Borno state", nor one the clause goes
        # on to speak of as a person, "attacked Bello Turji in Zamfara state, killing four of his men")
        assaulted = bool(ASSAULT_BEFORE.search(text, max(0, s0 - 20), s0)) and not people_name(name) \
            and not is_person_noun(name) and not titled_or_post(name) \
            and not spoken_of_as_person(text, s0 + len(name))
        if not (m.groupdict().get("lead") or namesakes or after_place_verb(text, s0) or assaulted) \
                or " in " not in text[m.end("name"):m.start("where")] or building_name(name):
            continue  # an unknown name is a town only as "in X in Y", "stormed X in Y" (or a namesake's: "of X in Y")
        # unknown, or known only as a namesake abroad ("at Kain in northern Burkina Faso"): a town of that region
        out[(s0, s0 + len(name))] = PlaceMention(None, name, s0, s0 + len(name), named_kind=True, locative=True,
                                                 town=region.kind == "district",  # "at Gidan Bakuso in Gada LGA"
                                                 within=_region_name(region, m),
                                                 route=route(text, s0, s0 + len(name)))  # "between X and Y in Z"
    for m in [*_APPOSITIVE_TOWN.finditer(text, start, end), *_VILLAGERS.finditer(text, start, end)]:
        # "militants attacked Malam Fatori, a town in Borno", "bandits killed 14 Gidan Dawa villagers"
        s0, name = m.start("name"), m.group("name")
        if (lead := _FRONT_PREPOSITION.match(name)) is not None:
            # "In Burma, a village in Sagaing was bombed": the sentence's capitalised preposition is no part of a name
            name, s0 = name[lead.end():], s0 + lead.end()
            if (known := places().get(name.lower())) is not None and known.kind == "country":
                continue  # a fronted country, then the sentence's subject: no town of that name
        prior = out.get((s0, s0 + len(name)))
        if m.re is _APPOSITIVE_TOWN and prior is not None and prior.place is not None \
                and prior.place.kind == "district" and not prior.town:
            # "in Moreh, a border town near Myanmar in X district": the text's town, though the gazetteer's row of
            # the name is a district's (a subdivision named after its seat)
            out[(s0, s0 + len(name))] = replace(prior, named_kind=True, town=True)
            continue
        if out.holds(s0) or people_name(name) or not is_name(name) or name.split()[0] in ("The", "A", "An") \
                or in_actor_name(text, s0, s0 + len(name)) or people_word(doc, s0, s0 + len(name)) \
                or not_a_name(doc, s0, s0 + len(name)):
            continue
        out[(s0, s0 + len(name))] = PlaceMention(places().get(name.lower()), name, s0, s0 + len(name), named_kind=True,
                                                 town=True, reference=landmark(text, s0),
                                                 village=_VILLAGE_KIND.search(text, m.end("name"), m.end()) is not None,
                                                 route=route(text, s0, s0 + len(name)))  # "taken to X, a town 90 km"
    for m in _DISTANCE_FROM.finditer(text, start, end):  # "Kasumbalesa, about 9 km from Lubumbashi": a place
        s0, name = m.start("name"), m.group("name")
        prior = out.get((s0, s0 + len(name)))
        if prior is not None and prior.place is not None and prior.place.kind == "city":
            # "in Springfield, 40 miles from Dayton": found already, its namesake the landmark settles
            if _landmark_place(text, m.end()) is not None \
                    and (nearer := _near_landmark(name, text, m.end(), _stated_km(m.group()))) is not None \
                    and nearer.country == prior.place.country:
                out[(s0, s0 + len(name))] = replace(prior, place=nearer, placed=True)
            continue
        if out.holds(s0) or name in DEMONYMS or not is_name(name) or in_actor_name(text, s0, s0 + len(name)) \
                or CAPITALISED_BEFORE.search(text, max(0, s0 - 30), s0) or people_word(doc, s0, s0 + len(name)) \
                or not_a_name(doc, s0, s0 + len(name)):
            continue
        nearer = _near_landmark(name, text, m.end(), _stated_km(m.group()))
        out[(s0, s0 + len(name))] = PlaceMention(nearer, name, s0, s0 + len(name), named_kind=True, town=True,
                                                 placed=nearer is not None and _landmark_place(text, m.end()) is not None)
    for s0, name, at in near_towns(text, start, end, doc):  # "in Ouatagouna, near Ansongo": a village by its landmark
        if out.holds(s0) or name in DEMONYMS or not is_name(name) or people_name(name) or is_person_noun(name) \
                or titled_or_post(name) or in_actor_name(text, s0, s0 + len(name)) \
                or people_word(doc, s0, s0 + len(name)) or not_a_name(doc, s0, s0 + len(name)):
            continue
        nearer = _near_landmark(name, text, at)
        out[(s0, s0 + len(name))] = PlaceMention(nearer, name, s0, s0 + len(name), named_kind=True, locative=True,
                                                 town=True, at=True, route=route(text, s0, s0 + len(name)),
                                                 placed=nearer is not None and _landmark_place(text, at) is not None)
    for m in _FACILITY_OF.finditer(text, start, end):  # "Zabid market", "Jimma University": the town of the facility
        name, s0 = _without_fronted_preposition(text, m.group("name"), m.start("name"))  # "At Kabul airport, ...": Kabul
        if out.holds(s0) or name in DEMONYMS or name.split()[0] in ("The", "A", "An") \
                or in_actor_name(text, s0, s0 + len(name)) or people_word(doc, s0, s0 + len(name)) \
                or CAPITALISED_BEFORE.search(text, max(0, s0 - 30), s0) or not_a_name(doc, s0, s0 + len(name)) \
                or saint_patron(text, s0, s0 + len(name)):
            continue  # "Christian school" names a people, "Christmas market" a day; "Berlin Christmas market": no town
        known = _facility_place(table, name)
        if known is None and table.get(name.lower()) is None and name.split()[-1].lower() in _FACILITY_QUALIFIERS:
            # "Jos Main Market": Jos's ("Lagos State Hospital" is the state's, no town's)
            name = name.rsplit(" ", 1)[0]
            known = _facility_place(table, name)
        if known is not None and _facility_town(name, known):
            out[(s0, s0 + len(name))] = PlaceMention(replace(known, name=name), name, s0, s0 + len(name),
                                                     locative=bool(_LOCATIVE.search(text[max(0, s0 - 40):s0])),
                                                     facility=True)
    if doc is not None:
        for ent in ents_between(doc, start, end):
            if (ent.label_ not in ("GPE", "LOC", "FAC") and not mislabelled_place(text, ent)) \
                    or ent.start_char < start or ent.end_char > end:
                continue
            name = _ent_name(ent.text)
            s0, e0 = ent.start_char, ent.end_char
            s0 += max(ent.text.find(name), 0)  # "the United States": the name's own span begins after its article
            if (at := _town_after_building(ent.text)) is not None:  # "St. Anthony's Shrine in Colombo": the town's
                s0, name = ent.start_char + at, _ent_name(ent.text[at:])
            if name == ent.text:  # NER's "Tal" of "Tal Abyad", "Mar" of "Mar del Plata": the whole name
                a, b = whole_name(text, s0, e0)
                a = _without_fronted_preposition(text, text[a:b], a)[1]  # "At Kabul airport, ...": Kabul
                if table.get(name.lower()) is not None or (a, b) != (s0, e0):
                    s0, e0, name = (s0, e0, name) if _DISTRICT_AFTER.match(text, b) else (a, b, text[a:b])
            if (head := _building_head(text, name, e0)) is not None:
                name, e0 = head, s0 + len(head)  # "St. Louis City Hall": NER's "St. Louis City" is St. Louis's
            if table.get(name.lower()) is None and names_street(name):
                continue  # "West Chicago Ave", "Lagos Road in Ikorodu": NER's place is a street; its town's are read
            inside = out.overlapping(s0, e0)
            if name in DEMONYMS or (inside and not wider_name(inside, s0, e0, name)):
                continue
            for span in inside:  # "Northern Ireland" over its "Ireland"
                del out[span]
            if in_actor_name(text, s0, e0) or speaker_place(text, s0, e0) \
                    or actor(text, e0) or COMPOUND_AFTER.match(text, e0) \
                    or hometown_person(text, s0, name):
                continue
            known = table.get(name.lower())  # "Columbus, Georgia", "India's Punjab": read as the names above
            if (known is None and building_name(name)) or saint_patron_name(text, s0, name):
                continue  # "treated at St. Mary's Medical Center": NER's place is a hospital, no town
            if known is None and name in abbreviations() and _TOWN_COMMA_BEFORE.search(text, max(0, s0 - 40), s0):
                continue  # "MADISON, Wis. —": the state's short form after its town, which the town's reading holds
            if known is None and toponyms.is_demonym(name):
                continue  # "Kyrgyz officials said": a people's word of data/demonyms.csv NER took for a place
            if known is None and _building_by_article(text, s0, e0, name):
                continue  # "near the Capitol", "outside the Parthenon": a building or monument, no town
            if known is None and " " not in name and is_person_noun(name) \
                    and not _BARE_LOCATIVE.search(text, max(0, s0 - 20), s0):
                continue  # "KANO, Nigeria — Gunmen killed ...": NER's place at a line's start is the people who act
                # (not "near Katari": WordNet's rare person nouns are names of towns after "in"/"near")
            known = capital_names.as_read(known, text, s0, s0 + len(name)) if known is not None \
                else None if names_a_day(name) else unknown_in_unit(name, text, s0 + len(name))  # "Bar, Montenegro"
            if (known is None or known.lat is None) and names_a_time_or_feast(name):
                continue  # "in Feb, Kaduna State police said": a month or feast, no town the comma rule may make of it
            # "gunmen attacked Dankuraba": a name the gazetteer lacks as the object of an assault is where it was, as
            # the towns it knows there are (_unseen_towns)
            assaulted = known is None and bool(ASSAULT_BEFORE.search(text, max(0, s0 - 20), s0))
            out[(s0, e0)] = PlaceMention(known, name, s0, s0 + len(name), placed=placed_by_unit(known, text, e0),
                                         reference=landmark(text, s0, e0),
                                         locative=assaulted or bool(_LOCATIVE.search(text[max(0, s0 - 40):s0])),
                                         at=(assaulted or bool(IN_AT.search(text, max(0, s0 - 20), s0)))
                                         and not _FEATURE_AFTER.match(text, e0),
                                         route=route(text, s0, s0 + len(name)))
    _provinces_before_countries(out, text, start)
    _provinces_owning_parts(out, text, start, end)
    if doc is not None:
        _unseen_towns(out, text, start, end, doc)
    for m in _PLACE_POSSESSIVE.finditer(text, start, end):  # the owned town a later pass found ("Kangpokpi
        _owner_locates(out, m, text)  # district's Thingkangphai village")
    # "the Juarez neighbourhood of Tijuana", "Toronto's Danforth neighbourhood": a part of the town named with it,
    # not a namesake town elsewhere
    # ("the Ikotun area of Lagos", "Abu Shouk camp on the northern edge of El Fasher": town_parts)
    found = [m for m in out.values() if not (_NEIGHBOURHOOD_OF.match(text, m.end)
                                             and not town_parts.town_before_part(text, m.start, m.end))
             and town_parts.part_of_town(text, m.end) is None
             and not town_parts.part_after_town(text, m.start, m.end)
             and not (_NEIGHBOURHOOD.match(text, m.end) and _OWNER_BEFORE.search(text, max(0, m.start - 4), m.start))
             and not (m.place is not None and _facility_in_town(text, m.end, m.place))]
    # "in Englewood on the South Side", "the Roseland neighborhood": a quarter of the page's city, no namesake town
    found = [replace(m, place=None, quarter=True, sided=m.place if city_quarters.sided(text, m.end) else None)
             if city_quarters.is_quarter(text, m.start, m.end) else m
             for m in found if not city_quarters.is_side(m.text)]
    # "in St. Mary district", "St. James parish": a saint's name is whole, and before a unit's word the unit's
    found = [m for m in found if not saint_tail(text, m.start)
             and not saint_unit_town(text, m.start, m.end, m.place)]
    found = [replace(m, aside=True) if aside_places.aside(text, m.start, m.end) else m for m in found
             if not (m.place is not None and m.place.kind in ("city", "district") and ministry_seat(text, m.end))]
    found = [replace(m, cared=True) if m.route and cared_in(text, m.start, m.end) else m for m in found]
    if waters := [(a + start, b + start) for a, b in water_spans(text[start:end])]:
        found = [m for m in found if not in_water(waters, m.start, m.end)]  # "the Gulf of Guinea", "Lake Chad"
    found = shared_provinces.by_towns(found)  # "Bweyogerere, Central": Uganda's Central, not Botswana's
    if bodies := body_names.spans(text, start, end):  # "the Lok Sabha", "the Bundeswehr": a body's name, no place
        found = [m for m in found if not body_names.inside(bodies, m.start, m.end)]
    if forces := [(a, b) for a, b, _ in force_spans(text, start, end)]:  # "Avon and Somerset Constabulary"
        found = [m for m in found if not body_names.inside(forces, m.start, m.end)]
    if roads := roads_in_towns(text, start, end):  # "the Kashmir Highway in Islamabad": the road's name, no place
        found = [m for m in found if not any(a <= m.start and m.end <= b for a, b in roads)]
    return _beside_units(_placed_in_next(_outermost(sorted((_owner_province(m, text) for m in found),
                                                           key=lambda p: p.start)), text), text)


# "in Birnin Gwari, bordering Zamfara State", "Kagara, adjacent (to) Kebbi State", "Jibia adjoining Zamfara", "a town
# that borders Niger": the unit lies beside the place, which is not in it. The participle only right after the place's
# comma or name: not the adjective after an article or a preposition ("in the bordering state", "crossed into
# adjoining Katsina State": the scene is in it), nor a site beside a building named after the unit ("a market
# adjoining the Kajuru LGA secretariat", which lies in the LGA).
_BESIDE_BEFORE = re.compile(r"(?:,\s*|\b[A-Z][\w'’-]*\s+)(?:bordering|adjoining|abutting|adjacent(?:\s+to)?)\s+(?:the\s+)?$|"
                            r"\b(?:which|that)\s+borders?\s+(?:the\s+)?$")
# "fled to Dansadau, in the neighbouring Zamfara State", "fleeing to Dansadau, Zamfara State": a unit that places the
# town right before it
_UNIT_OF_TOWN = re.compile(r",?\s+in\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?|,\s+(?:the\s+)?")
# the words before a town people fled to ("before fleeing to", "escaped into"): not a hospital or morgue the wounded
# were taken to, whose town's province is the scene's as a rule (the wounded are cared for near where they fell)
# Who flees: the attackers, as the finite verb not in a relative ("and escaped into", not "villagers who fled into
# X were attacked", "refugees who had fled to X were ambushed") or the participle after a time word ("before fleeing
# to"); not a participle that describes the victims ("attacked villagers fleeing into Konduga LGA": the scene)
# a relative pronoun, with or without its auxiliary ("who fled", "who had fled"): fixed-width look-behinds, one each
_NOT_RELATIVE = "".join(f"(?<!\\b{pron} {aux})" for pron in ("who", "that", "which") for aux in ("", "had ", "have ", "has "))
_FLED_TO = re.compile(r"(?:" + _NOT_RELATIVE + r"\b(?:fled|flees?|escaped)|\b(?:before|after|upon|then)\s+"
                      r"(?:fleeing|escaping))\s+(?:back\s+)?(?:to|into)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)


def _beside_units(found: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The mentions, with a province or district that only borders the place named before it (`_BESIDE_BEFORE`),
    that people fled to ("before fleeing to Zamfara State", `_FLED_TO`) or that places a town people fled to
    (`_UNIT_OF_TOWN` right after a route end `_FLED_TO` introduces) read as a route end itself (`beside`): it is
    no unit of the scene, so it neither stands for the scene's province nor overrides the gazetteer's province of
    the scene's town. Only units (first-level provinces and districts): a town
    or a country after such words keeps its reading; a hospital's town ("taken to a hospital in Gusau, Zamfara
    State") keeps its province's, and so does any other route end; a state people fled to where the sentence tells
    the violence ("fled to Zamfara State, where bandits killed six") stays a scene."""
    out = list(found)
    for k, m in enumerate(out):
        if m.place is None or m.place.kind not in ("admin1", "district"):
            continue
        prev = out[k - 1] if k else None
        if (_FLED_TO.search(text, max(0, m.start - 40), m.start) and not event_there(text, m.end)) \
                or _BESIDE_BEFORE.search(text, max(0, m.start - 30), m.start) or (
                prev is not None and prev.route and m.start - prev.end <= 30
                and _UNIT_OF_TOWN.fullmatch(text, prev.end, m.start)
                and _FLED_TO.search(text, max(0, prev.start - 30), prev.start)):
            out[k] = replace(m, route=True, beside=True)
    return out


# "the Kashmir Highway in Islamabad", "the Punjab Expressway near Lahore": a highway's name the text then places in
# the town it runs through ("in March" is a month, though March is an English town)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ROAD_WORDS = r"Turnpike|Thruway|Tollway|Expressway|Highway|Motorway"
_ROAD_IN_TOWN = re.compile(r"(?<![\w'’-])(?P<road>" + NAME + r")\s+(?:" + _ROAD_WORDS + r")"
                           r"(?=\s+(?:in|near|through|outside)\s+(?!" + _MONTHS + r"\b)(?P<town>" + NAME + r"))")

_ROAD_WORD = re.compile(_ROAD_WORDS)  # looked for first: _ROAD_IN_TOWN's name pattern is slow


def roads_in_towns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of highways named after a province that the text places in a known town lying outside that province
    ("the Kashmir Highway in Islamabad"): the name is the road's, which the town it runs through locates, not its
    province's namesake (an Indian state with a Pakistani capital). A road named after towns ("the Kaduna-Abuja
    Highway near Katari"), one placed in a month or a country ("in February"), and one whose province holds a
    namesake of the town ("the Texas Highway near Paris") keep their place."""
    out: list[tuple[int, int]] = []
    if not _ROAD_WORD.search(text, start, end):
        return out  # each mention's window asks: one plain search before the name pattern, which is slow
    for m in _ROAD_IN_TOWN.finditer(text, start, end):
        province = places().province(m.group("road"))
        town = _known_town(m.group("town"))
        if province is not None and town is not None and not _namesake_in(town, province):
            out.append((m.start(), m.end()))
    return out


def _known_town(name: str) -> str | None:
    """The town the name (or its first word: "Islamabad Expressway") is in the town table; None otherwise."""
    for n in (name, name.split()[0]):
        known = places().get(n.lower())
        if known is not None and known.kind == "city":
            return n
    return None


def _namesake_in(town: str, province: Place) -> bool:
    """A town of that very name (not an alias: Anantnag's "Islamabad") lies in the province ("Paris" of Texas)."""
    key, unit = geonames.fold(town), geonames.fold(province.admin1 or province.name)
    return any(geonames.fold(c.name) == key and c.country == province.country and c.admin1 is not None
               and unit in {geonames.fold(n) for n in c.admin1.names} for c in geonames.index().cities(town))


# "in Far North Cameroon": up to three capitalised words right before a country's name, no comma between
_WORDS_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’]*[ -]){1,3})$")


# what may stand before "Province Country" for it to be a site: a place preposition or a dateline's line start
_SITE_BEFORE = re.compile(r"(?:\b(?:in|at|near|across|around)\s+(?:the\s+)?|(?:^|\n)\s*)$", re.I)


def _provinces_before_countries(out: _Taken, text: str, start: int) -> None:
    """"in Far North Cameroon", "Upper Nile South Sudan": a province written right before its country's name, as
    datelines and captions write them, is that country's province (the gazetteer scan reads only the country when
    NER takes the words together or leaves the province out); not one compass adjective ("Northern Uganda": the
    country's north, whatever its Northern Region), and a compass-named part ("North East Nigeria") is the country's
    part, no town; only after a place preposition or at a line's start, where it gives a site: "Kano Nigeria
    traders closed their shops" says where people live, not where the incident was."""
    for m in [m for m in out.values() if m.place is not None and m.place.kind == "country"]:
        before = _WORDS_BEFORE.search(text, max(start, m.start - 40), m.start)
        if before is None:
            continue
        words = re.split(r"(?<=[ -])", before.group(1).rstrip(" -"))
        for i in range(len(words)):  # the longest name first
            name = "".join(words[i:]).strip()
            s0 = m.start - len(before.group(1)) + len("".join(words[:i]))
            unit = places().province_in(name, m.place.country) if not compass_adjective(name) else None
            if unit is None and compass_named(name):  # "in North East Nigeria": a part of it, no town
                unit = replace(m.place, name=name)
                held = out.get((s0, s0 + len(name)))
                if held is not None and (held.place is None or held.place.kind == "city"
                                         or held.place.country != m.place.country):
                    del out[(s0, s0 + len(name))]
            if unit is not None:
                if not out.overlapping(s0, s0 + len(name)) and not in_actor_name(text, s0, s0 + len(name)) \
                        and _SITE_BEFORE.search(text, max(0, s0 - 20), s0):
                    out[(s0, s0 + len(name))] = PlaceMention(unit, name, s0, s0 + len(name), placed=True,
                                                             at=bool(IN_AT.search(text, max(0, s0 - 20), s0)))
                break


# "Nasarawa's southern zone", "Kaduna's northern senatorial district": a compass part of a province, which no town
# has (not a "district", "part", "half" or "belt": "Kabul's western district", "Aleppo's eastern half" are the city's)
_OWNS_COMPASS_PART = re.compile(r"(?P<owner>" + NAME + r")['’]s\s+(?:" + QUALIFIER + r"|(?:" + BETWEEN
                                + r")(?:ern)?\s+)(?:senatorial\s+district|zone|region|axis|flank)\b")


def _provinces_owning_parts(out: _Taken, text: str, start: int, end: int) -> None:
    """"in Awe LGA of Nasarawa's southern zone": a name of both a province and its namesake town that owns a compass
    part ("southern zone", "northern senatorial district") is the province, whose part it is (a town has quarters,
    not zones)."""
    for m in _OWNS_COMPASS_PART.finditer(text, start, end):
        span = (m.start("owner"), m.end("owner"))
        held = out.get(span)
        if held is None or held.place is None or held.place.kind != "city" or not held.place.admin1:
            continue
        unit = places().province_in(m.group("owner"), held.place.country)
        if unit is not None and same_province(unit.admin1, held.place.admin1):
            out[span] = replace(held, place=unit)


# "Awe LGA of Nasarawa's southern zone", "Guma county of Benue State": the province a district is said to be of
_OF_PROVINCE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<where>" + NAME + r")(?=['’]s\s|\s+(?i:" + _PROVINCE_WORD
                                + r")\b|[\s,.;]|$)")


# the kinds of a unit whose name is a name whatever its words ("Awe LGA"): not "district", which follows a
# description too ("the Business district of Lagos", "the Industrial district of Kano")
_NAMED_UNIT_KIND = re.compile(r"LGA|local government area|local (?:government )?council|tehsil|taluka|woreda", re.I)


def _unit_named(text: str, s0: int, kind: str) -> bool:
    """Whether the unit before its kind word at `s0` is named, not described: no "the" before it, or a kind word
    only a named unit bears ("the Awe LGA")."""
    return not _THE_BEFORE.search(text, max(0, s0 - 5), s0) or _NAMED_UNIT_KIND.fullmatch(kind) is not None


def _province_of_unit(text: str, end: int) -> str | None:
    """The province (in the text's words) a district named with its kind word is said to be of, right after the kind
    word ("Awe LGA of Nasarawa"): the district's `within`; None when no first-level unit's name follows."""
    m = _OF_PROVINCE_AFTER.match(text, end)
    return m.group("where") if m is not None and places().province(m.group("where")) is not None else None


def _whole_name_with_kind(name: str, kind: str) -> bool:
    """Whether a plain English word and the capitalised kind word after it are one name ("Little Village", "Old
    Town", "Great Island"): the word alone names no town the gazetteer knows, and the kind word is written as part
    of a name, so "Little" is no village (a Chicago quarter; the gold codes its city)."""
    return kind[:1].isupper() and kind.lower() in _QUARTER_NAME_KINDS and " " not in name \
        and name.lower() in geonames.plain_words() and places().get(name.lower()) is None


def _placed_after(text: str, end: int) -> bool:
    """Whether a province or country the gazetteer knows follows the name and a comma ("New Town, North Dakota",
    "Bay Village, Ohio"): a town of its own, not a city's quarter."""
    m = _PLACED_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group("name").split()
    return any((p := places().get(" ".join(words[:n]).lower())) is not None and p.kind in ("admin1", "country")
               for n in range(len(words), 0, -1))


_PLACED_AFTER = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_QUARTER_NAME_KINDS = ("village", "town")  # "Little Village", "Old Town"; not a council's or district's ("Logo Local
# Council" is Logo's)


def _ent_name(ent_text: str) -> str:
    """NER's place name without its article and possessive, unless the possessive is the name's own ("St. John's"
    is Newfoundland's capital, "St. John" a parish of Jersey)."""
    whole = ent_text.strip().removeprefix("the ").strip()
    own = places().get(whole.lower())
    return whole if own is not None and own.kind == "city" and POSSESSIVE.search(whole) else POSSESSIVE.sub("", whole)


# "St. Anthony's Shrine in Colombo": NER's one name of a building and the town it stands in
_BUILDING_IN = re.compile(r"(?P<building>.+?)\s+in\s+(?=[A-Z])")


def _town_after_building(ent_text: str) -> int | None:
    """Where the town begins in NER's name of a building "in" a town ("St. Anthony's Shrine in Colombo"): the town
    is the place, the building's name no namesake town of its own; None when the name holds no building so."""
    m = _BUILDING_IN.match(ent_text)
    return m.end() if m is not None and building_name(POSSESSIVE.sub("", m.group("building"))) else None


# the capitalised word right after a name: "Hall" of "St. Louis City Hall"
_NEXT_CAPITALISED = re.compile(r"\s+([A-Z][\w-]*)\b")


def _building_head(text: str, name: str, end: int) -> str | None:
    """The known place that begins NER's name when its last word opens a building's name with the next word ("St.
    Louis City Hall": "City Hall" is a building, St. Louis the town); None otherwise."""
    words = name.split()
    if _is_town(name):
        return None  # "Jersey City" before "Hall": "City" is the town's own name
    if len(words) >= 3 and building_name(" ".join(words[-2:])) and _is_town(" ".join(words[:-1])):
        return " ".join(words[:-1])  # "Kansas City Hall" taken whole: the town whose name ends in "City"
    nxt = _NEXT_CAPITALISED.match(text, end)
    if len(words) >= 2 and nxt is not None and building_name(f"{words[-1]} {nxt.group(1)}"):
        head = " ".join(words[:-1])
        return head if places().get(head.lower()) is not None else None
    # "St. Paul City Hall" taken whole: a big town's building, the town is the place
    if len(words) >= 3 and building_name(" ".join(words[-2:])) and not building_name(" ".join(words[:-2])):
        town = places().get(" ".join(words[:-2]).lower())
        if town is not None and town.kind == "city" and (town.population or 0) >= BIG_TOWN_BUILDING:
            return " ".join(words[:-2])
    return None


def _is_town(name: str) -> bool:
    """The town table holds the whole name as a town ("Jersey City", "Kansas City")."""
    known = places().get(name.lower())
    return known is not None and known.kind == "city"


BIG_TOWN_BUILDING = 100_000  # people: a town this big before a building's two-word name ("City Hall") is the place


def _building_by_article(text: str, start: int, end: int, name: str) -> bool:
    """A one-word name the gazetteer lacks, right after "the", that no region's table knows and no area or kind word
    follows ("near the Capitol", "outside the Parthenon"): news writes towns bare, a building or monument with the
    article ("in the Sinai" is a region's, "the Tonj area" a town's country, "the Haut-Uele" a province's)."""
    return " " not in name and bool(_THE_BEFORE.search(text, max(0, start - 4), start)) \
        and not _AREA_OR_KIND_AFTER.match(text, end) and country_of_region(name) is None \
        and places().province(name) is None  # "in the Haut-Uele": a province known by another spelling ("Haut-Uélé")


# "the Tonj area", "the Kurram district", "the Swat valley": the article goes with the kind, not the name
_AREA_OR_KIND_AFTER = re.compile(r"\s+(?:area|region|valley|belt|corridor|" + DISTRICT_WORD.pattern + r")\b", re.I)


def _outermost(found: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions (sorted by start) but those inside a longer one: "attacked Kafin Koro town" names the village
    Kafin Koro, not the town Koro its name ends in (the gazetteer pass reads the known last word, the kind-word pass
    the whole name)."""
    out: list[PlaceMention] = []
    for m in found:
        if any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in out[-3:]):
            continue
        while out and m.start <= out[-1].start and out[-1].end <= m.end and m.end - m.start > out[-1].end - out[-1].start:
            out.pop()  # a longer mention at the same start came second
        out.append(m)
    return out


# "Kirkuk's Hawija district", "Herat's Shindand district": the owner of a district is its province
_OWNS_DISTRICT = re.compile(r"['’]s\s+(?P<district>" + NAME + r")\s+(?:" + DISTRICT_WORD.pattern + r")\b")


def _owner_province(m: PlaceMention, text: str) -> PlaceMention:
    """A town's name owning a district the gazetteer knows as a second-level subdivision ("Kirkuk's Hawija
    district") stands for the province of that name: such a district lies in a province, not in a town (a city's
    own districts, "Kabul's Dasht-e-Barchi district", are no subdivision of the country)."""
    owned = _OWNS_DISTRICT.match(text, m.end) if m.place is not None and m.place.kind == "city" else None
    if owned is None:
        return m
    province = places().province(m.text)
    if province is None or province.country != m.place.country or not any(
            s.country == province.country for s in geonames.index().subdivisions_named(owned.group("district"), level=2)):
        return m
    return replace(m, place=province)


_NEIGHBOURHOOD = re.compile(r"\s+(?:neighbou?rhood|quarter|sector|barrio|colonia)\b", re.I)
_NEIGHBOURHOOD_OF = re.compile(_NEIGHBOURHOOD.pattern + r"\s+of\s+(?:the\s+)?[A-Z]", re.I)
_OWNER_BEFORE = re.compile(r"\w['’]s\s+$")


# "killed 11 soldiers near Tessit": a capitalised name right after a locative preposition
_AFTER_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around)\s+(?P<name>[A-Z][a-zà-ÿ'’-]+(?:[- ][A-Z][a-zà-ÿ'’-]+){0,2})"
                             r"(?![\w'’-])")
# "at the entrance of Batibo", "on the outskirts of Gusau": a part of a town before its name, a place's slot (NER's
# person or firm there may be the town)
_AFTER_TOWN_PART = re.compile(r"\b(?:at|near|on|in|to)\s+the\s+(?:(?:main|northern|southern|eastern|western)\s+)?"
                              r"(?:entrance|gates?|edge|outskirts|heart|cent(?:re|er)|entry|exit)\s+(?:of|to)\s+"
                              r"(?P<name>[A-Z][a-zà-ÿ'’-]+(?:[- ][A-Z][a-zà-ÿ'’-]+){0,2})(?![\w'’-])")
# "In Bilozerka, a woman was killed": a roundup's paragraph opens with its town and a comma (the capitalised "In"
# the pattern above leaves out; NER often misses an unfamiliar name at a sentence's start)
_IN_OPENING = re.compile(r"\bIn\s+(?P<name>[A-Z][a-zà-ÿ'’-]+(?:[- ][A-Z][a-zà-ÿ'’-]+){0,2}),\s")
# "gunmen attacked Niafunke", "militants stormed Kipamba": a town as the object of a verb of assault on a place
_AFTER_ASSAULT = re.compile(r"\b(?:attacked|stormed|raided|overran|overrun|invaded|besieged|shelled|bombed|"
                            r"ransacked|torched)\s+(?P<name>[A-Z][a-zà-ÿ'’-]+(?:[- ][A-Z][a-zà-ÿ'’-]+){0,2})(?![\w'’-])")
# "gunmen who came from Goundam": where the attackers came from, a town of the story's ground (an aside: the scene
# only when the incident names no other town)
_AFTER_CAME_FROM = re.compile(r"\b(?:came|come|comes|coming|arrived|arriving|crossed|crossing)\s+(?:in\s+)?from\s+"
                              r"(?P<name>[A-Z][a-zà-ÿ'’-]+(?:[- ][A-Z][a-zà-ÿ'’-]+){0,2})(?![\w'’-])")
# NER's labels for an unfamiliar town it reads as a person or a firm: in a place's slot (the object of an assault,
# after "came from") a name the gazetteer knows as a town is read as the town
_TOWN_MISREAD_AS = ("PERSON", "ORG")
_OPENING_MISREAD_AS = _TOWN_MISREAD_AS + ("NORP",)  # "In Beryslav, ...": no people's name opens so
# "did not overrun Tessit", "failed to storm X": a denied or attempted assault's object is no scene
_DENIED_BEFORE = re.compile(r"\b(?:not|never|n['’]t|failed\s+to|tried\s+to|attempted\s+to|threatened\s+to)\s+"
                            r"(?:\w+\s+)?$", re.I)
# "overran Tessit in 2022", "stormed X two years ago": an assault of another year, the clause running on to its time
_OTHER_YEAR_AFTER = re.compile(r"[^.;:,]{0,40}?\b(?:(?:in|since|during)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b|"
                               r"last\s+year\b|years?\s+ago\b|years?\s+earlier\b)", re.I)
# "at Mile 12", "in Phase 2": a name numbered by a figure is a locality of its own, not the town of the first word
_FIGURE_AFTER = re.compile(r"\s+\d")
_SMALLEST_UNSEEN = 1_000  # people: below it a name after "in" is as often a word as a village
_PLACED_WINDOW = 150  # characters either side of a small town in which its province must be written


def _small_town_placed(name: str, text: str, start: int, end: int) -> list[Place]:
    """A village under `_SMALLEST_UNSEEN` people after "in"/"at" whose own province the text writes beside it ("in
    Puyca in Arequipa", "In Phatthalung state, ... in Pa Bon"): the gazetteer's hierarchy confirms what a bare
    name after "in" cannot, that it is the village and not a word. Only a name no other town of the gazetteer
    bears in another province written there, so the province picks one village."""
    near = text[start:end]
    towns = [p for p in places().candidates(name) if p.kind == "city" and p.admin1
             and toponyms.is_written(p.admin1, p.country, near)]
    return towns if len({(p.country, p.admin1) for p in towns}) == 1 else []


def _assault_told(text: str, m: re.Match[str]) -> bool:
    """The assault on the object town is told as done, and in the story's time: not denied or merely tried ("did
    not overrun Tessit") nor dated to another year ("overran Tessit in 2022, and on Sunday ...")."""
    return _DENIED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None \
        and _OTHER_YEAR_AFTER.match(text, m.end("name")) is None


def _unseen_towns(out: _Taken, text: str, start: int, end: int, doc: Any) -> None:
    """A town the gazetteer knows right after "in"/"at"/"near", or as the object of a verb of assault ("gunmen
    attacked Niafunke"), where NER tagged nothing at all (small models miss unfamiliar names): the words give it as
    a place, the gazetteer as a town."""
    small: list[re.Match[str]] = []  # names of villages alone, placed by another town's province (below)
    unsized: list[re.Match[str]] = []  # names of towns of unknown size in an assault's slot, vouched for below
    for m in [*_AFTER_LOCATIVE.finditer(text, start, end), *_IN_OPENING.finditer(text, start, end),
              *_AFTER_ASSAULT.finditer(text, start, end), *_AFTER_CAME_FROM.finditer(text, start, end),
              *_AFTER_TOWN_PART.finditer(text, start, end)]:
        s0, name = m.start("name"), m.group("name")
        slot = m.re not in (_AFTER_LOCATIVE, _IN_OPENING)  # a place's slot by the verb: NER's person or firm there may be the town
        if out.holds(s0) or (slot and (is_person_noun(name) or people_name(name)
                                       or (m.re is _AFTER_ASSAULT and not _assault_told(text, m)))) \
                or any(e.end_char > s0 and not (e.start_char == s0 and (ends_in_time(text, m.end("name"), e)
                                                                        or misdated(e)
                                                                        or (slot and e.end_char == m.end("name")
                                                                            and e.label_ in _TOWN_MISREAD_AS)
                                                                        or (m.re is _IN_OPENING
                                                                            and e.end_char == m.end("name")
                                                                            and e.label_ in _OPENING_MISREAD_AS)))
                       for e in ents_between(doc, s0 - 40, m.end("name"))) \
                or _FIGURE_AFTER.match(text, m.end("name")) or name in DEMONYMS \
                or name.lower() in place_stopwords() or not is_name(name) \
                or speaker_place(text, s0, m.end("name")) or in_actor_name(text, s0, m.end("name")):
            continue
        towns = [p for p in places().candidates(name) if p.kind == "city" and (p.population or 0) >= _SMALLEST_UNSEEN] \
            or _small_town_placed(name, text, max(start, s0 - _PLACED_WINDOW),
                                  min(end, m.end("name") + _PLACED_WINDOW))
        if towns:  # "in Columbus, Georgia": the namesake in the unit after the comma, as for the names found above
            _put_unseen(out, m, towns, text, doc)
        elif (unit := places().get(name.lower())) is not None and unit.kind == "admin1":
            # "in Amhara": a first-level unit the gazetteer knows by its bare name, which NER missed or read as a day
            out[(s0, m.end("name"))] = PlaceMention(unit, name, s0, m.end("name"), locative=True,
                                                    route=route(text, s0, m.end("name")))
        elif slot and not spoken_of_as_person(text, m.end("name")):
            unsized.append(m)
        else:
            small.append(m)
    story = _story_countries(out, text, doc) if unsized else set()
    for m in unsized:
        # a town GeoNames gives no population for (a seat, or a place of unknown size: an eighth of cities500) is
        # read in the slot of a verb of assault ("Ansarul Islam fighters attacked Nagreongo"), not after "in", when
        # more vouches for it (assaulted_names.vouched_seat: "attacked Musa" matches seats the world over); the
        # story's countries read once every other town is found ("who came from Katabi attacked Kanoni"); after
        # "came from" (no person's slot) the seat is taken as it is
        s0, name = m.start("name"), m.group("name")
        towns = [p for p in places().candidates(name) if p.kind == "city" and not p.population
                 and (m.re is _AFTER_CAME_FROM or vouched_seat(p, text, s0, m.end("name"), doc, story))]
        if towns and not out.holds(s0):
            _put_unseen(out, m, towns, text, doc)
        else:
            small.append(m)
    for m in small:  # "Gunmen who came from Butigui attacked Sabangan": a village of the province of a town named by it
        s0, name = m.start("name"), m.group("name")
        beside = {(q.place.country, q.place.admin1) for q in out.values()
                  if q.place is not None and q.place.kind in ("city", "district") and q.place.admin1
                  and abs(q.start - s0) <= _PLACED_WINDOW}
        towns = [p for p in places().candidates(name) if p.kind == "city" and (p.country, p.admin1) in beside]
        if towns and not out.holds(s0) and len({(p.country, p.admin1) for p in towns}) == 1:
            _put_unseen(out, m, towns, text, doc)


def _story_countries(out: _Taken, text: str, doc: Any) -> set[str]:
    """The countries of the places found so far, of the names NER calls places that the gazetteer knows ("who came
    from Katabi", an origin the finder leaves out) and of the armed groups the text names (one country each)."""
    from worker.extract import countries  # countries reads this module's mentions: imported when first asked
    named = (places().get(e.text.lower()) for e in doc.ents if e.label_ in ("GPE", "LOC"))
    return {q.place.country for q in out.values() if q.place is not None} | {p.country for p in named if p is not None} \
        | {c.country for c in countries.group_clues(text)}


def _put_unseen(out: _Taken, m: re.Match[str], towns: list[Place], text: str, doc: Any) -> None:
    """The first of `towns` as the place of `_unseen_towns`' match `m`."""
    s0, name = m.start("name"), m.group("name")
    town = capital_names.as_read(towns[0], text, s0, m.end("name"))
    out[(s0, m.end("name"))] = PlaceMention(town, name, s0, m.end("name"), locative=True,
                                            placed=placed_by_unit(town, text, m.end("name")),
                                            at=not _FEATURE_AFTER.match(text, m.end("name")),
                                            reference=landmark(text, s0), route=route(text, s0, m.end("name")),
                                            aside=m.re is _AFTER_CAME_FROM,
                                            misread=any(e.start_char == s0 and e.label_ in _TOWN_MISREAD_AS
                                                        for e in ents_between(doc, s0, m.end("name"))))


# "Anguwan Aku village, Kajuru LGA", "Tumba, in Botkyrka district", "Khar in Bajaur district", "X, a village in Y
# district", "X village in southern Kaduna": what joins a town to the district or province right after it
_JOINS_REGION = re.compile(r"(?:\s+" + KIND + r")?\s*(?:,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+)"
                           r"{0,2}?" + KIND + r"\s+(?:in|of)\s+|in\s+|of\s+)?|\s+(?:in|of)\s+)(?:the\s+)?"
                           r"(?:(?:" + literal(POINTS) + "|" + BETWEEN + r")(?:ern)?\s+)?$",
                           re.I)


_ALTERNATE = re.compile(r"\s*\((?P<alt>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\)")


def _alternate_named(m: PlaceMention, text: str) -> PlaceMention:
    """An unknown name with another spelling in brackets that the gazetteer knows as a town ("the oasis town of Houn
    (Hun)") is that town, in the text's first spelling."""
    alt = _ALTERNATE.match(text, m.end) if m.place is None else None
    known = places().get(alt.group("alt").lower()) if alt else None
    if known is None or known.kind != "city":
        return m
    return replace(m, place=replace(known, name=m.text), placed=True)


_VAGUE_AFTER = re.compile(r"\s+(?:area|region|zone|belt|axis|front)\b", re.I)


def _placed_in_next(found: list[PlaceMention], text: str) -> list[PlaceMention]:
    """A town (a name given as a town after "in"/"at", or a known town) followed at once by a district or province
    the text names lies in it: the text's own hierarchy, kept as `within` for the ranker's last step. Unknown names
    with a known spelling in brackets are resolved first (`_alternate_named`)."""
    out = [_alternate_named(m, text) for m in found]
    for k, (m, nxt) in enumerate(zip(out, out[1:])):
        # a district the gazetteer knows as one ("Kwatas village in Bokkos, Plateau State": Bokkos LGA) by its bare name
        region = nxt.district or (nxt.place is not None and (nxt.place.kind in ("admin1", "district") or (
            nxt.place.kind in ("city", "district") and nxt.place.admin1 is not None
            and _named_as_province(nxt))))
        # "around Tuntiko village, Mokwa LGA" or "a raid on X village in Y district" locate no site in the village;
        # "in Watalinga Chieftaincy, Beni Territory" does (a unit below the district), "in X area of Y" does not
        # a district the gazetteer knows by its bare name ("near Kajuru in Kaduna": an LGA named after its town)
        town = (m.town or (m.place is None and m.at) or (m.place is not None and (m.place.kind == "city" or (m.place.kind == "district"
                                                                               and not m.named_kind)))
                or (m.named_kind and bool(IN_AT.search(text, max(0, m.start - 20), m.start)
                                          or BARE_NAME_BEFORE.search(text, max(0, m.start - 20), m.start))))
        if m.within is None and region and town and not m.district and nxt.start - m.end <= 30 \
                and not _VAGUE_AFTER.match(text, m.end) \
                and _JOINS_REGION.fullmatch(text, m.end, nxt.start):
            out[k] = replace(m, within=nxt.text)
    return out


def _named_as_province(m: PlaceMention) -> bool:
    """A town the text names by its province's name: the gazetteer's town or the name written is the province's
    ("in Basra": GeoNames' "Basrah" of Basra; "Gedaref", its "Al Qadarif"), so after a town it is where that town
    lies ("near Al Qurnah in Basra")."""
    assert m.place is not None
    return same_province(m.place.name, m.place.admin1) or same_province(m.text, m.place.admin1)


# a facility named after its town: the town is where it stands (NER often tags such names as ORG or PRODUCT)
_FACILITY_QUALIFIERS = ("central", "main", "military", "police", "general", "teaching", "district", "regional",
                        "state", "federal", "city")
_FACILITY_OF = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?)\s+(?i:(?:"
                          + "|".join(_FACILITY_QUALIFIERS) + r")\s+)?(?i:market|bazaar|"
                          r"university|hospital|airport|mosque|church|prison|jail|barracks|garrison|airbase|air base|"
                          r"school|stadium|bus station|bus terminal|police station|checkpoint|outpost)\b")
# "Insein prison in Yangon": the facility's own town named after it
_IN_TOWN_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?:city\s+of\s+)?(?P<town>" + NAME + r")")
_FACILITY_WORD_AFTER = re.compile(r"\s+(?i:(?:" + "|".join(_FACILITY_QUALIFIERS) + r")\s+)?(?i:market|bazaar|university|"
                                  r"hospital|mosque|church|prison|jail|stadium|bus station|police station)\b")
_PART_OF_TOWN_KM = 25.0  # a facility named for a place this near the town it is said to be in: a part of that town


def _facility_in_town(text: str, at: int, named: Place) -> bool:
    """A facility named after a place that the text puts in a bigger town close by ("Insein prison in Yangon",
    "Evin prison in Tehran"): the place is a part of the town, the town is the scene (the fresh set's convention
    codes a neighbourhood as its city)."""
    kind = _FACILITY_WORD_AFTER.match(text, at)
    m = _IN_TOWN_AFTER.match(text, kind.end()) if kind is not None else None
    town = places().get(m.group("town").lower()) if m is not None else None
    return town is not None and town.kind == "city" and town.country == named.country \
        and (town.population or 0) > (named.population or 0) and named.lat is not None and town.lat is not None \
        and km(named, town) <= _PART_OF_TOWN_KM
_FACILITY_TOWN_MIN = 10_000  # people: a hospital or market bearing a village's other name is rather a saint's or a word's


def _facility_place(table: Any, name: str) -> Place | None:
    """The town a facility's name may name: the table's town of the name, else its first namesake; None for a
    province's or a country's name."""
    known = table.get(name.lower())
    if known is None or known.kind != "city":
        known = next(iter(table.candidates(name)), None) if known is None else None
    return known


def _facility_town(name: str, known: Place) -> bool:
    """Whether the facility's name names `known`: by the town's own name, or by another of its names unless the town
    is known to be tiny ("Mercy Hospital" is no hamlet of France that GeoNames also calls "Mercy"; GeoNames gives
    many towns no population, "Khokha market" of Al Khawkhah among them)."""
    return place_ranking.same_name(known.name, name) or not known.population or known.population >= _FACILITY_TOWN_MIN


# "the LEA Primary School, Kuriga in Chikun LGA": a facility's address names its village
_ADDRESS_BEFORE = re.compile(r"\b(?:school|college|academy|university|hospital|clinic|market|church|mosque|camp|station|"
                            r"barracks|base|prison|seminary)\s*,\s+$", re.I)


def _chained(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`pattern`'s matches, each search resuming at the region it named, so that a region that is also the next
    town is seen ("Junior Secondary School, Kuriga in Chikun": "School" places the school in "Kuriga", and "Kuriga"
    is placed in "Chikun")."""
    at = start
    while (m := pattern.search(text, at, end)) is not None:
        yield m
        at = max(m.start("where"), m.start() + 1)


# people: a village the country lacks is rather the gazetteer's gap than a namesake of its namesake province
# ("in X in Niger": a Hausa village name of Nigeria's Niger State may be the country's too)
_NAMED_ABROAD_MIN = 50_000


def _namesakes_in_province(name: str, where: str, country: Place) -> tuple[list[Place], Place]:
    """The towns called `name` in the first-level unit that shares its name with `country` ("Athens in Georgia": the
    US state), with that unit, when it has sizeable ones; none and the country otherwise."""
    unit = places().province(where)
    towns = [p for p in places().candidates(name) if unit is not None and unit.kind == "admin1"
             and p.country == unit.country and same_province(p.admin1, unit.admin1)
             and (p.population or 0) >= _NAMED_ABROAD_MIN]
    return (towns, unit) if towns and unit is not None else ([], country)


def _unit_of(text: str, at: int, end: int) -> str | None:
    """The district or province the text says the place whose kind word ends at `at` lies in ("X area of Y
    district"), as the text names it."""
    m = OF_UNIT.match(text, at, end)
    return m.group("where") if m else None


# the rest of an appositive's clause placing the unit it names in a unit of another kind ("X, a commune on the Niger
# River in the Y district of Z"): no sentence's or clause's end between
_UNIT_IN_CLAUSE = re.compile(r"[^.;,]{0,40}?\bin\s+(?:the\s+)?(?P<where>" + NAME + r")\s+(?P<kind>(?i:"
                             + DISTRICT_WORD.pattern + r"))\b")


def _other_unit_after(text: str, at: int, kind: str) -> str | None:
    """The unit of another kind that the appositive whose kind word ends at `at` places its unit in ("Kouri, a
    commune in the Douentza district"): the named unit is the level below that one, a locality the gazetteer may
    lack, and the site (not "X, a district in Y district")."""
    m = _UNIT_IN_CLAUSE.match(text, at)
    return m.group("where") if m is not None and m.group("kind").lower() != kind.lower() else None


# "had camped near", "were hiding near": where the doers stayed, not where the act was
_STAY_BEFORE = re.compile(r"\b(?:camp(?:ed|ing)?|hid|hiding|hidden|based|stationed|spotted|seen|sighted|lived|living|"
                          r"settled|fled|fleeing|retreated|regrouped|gathered|sheltered|sheltering|stayed|staying)\b", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+|\n")


@lru_cache(maxsize=1)
def _doer_word() -> re.Pattern[str]:
    return re.compile(r"(?:" + violent_doers.doer_nouns() + r")", re.I)


def _act_near(text: str, s0: int) -> bool:
    """The sentence tells a violent act (a trigger that is no doer's noun: "were killed in a clash with militants")
    before "near X village" at `s0`, and no stay of the doers since ("the attackers had camped near"): the village is
    the act's site."""
    lo = max(0, s0 - 200)
    lo = max([b.end() for b in _SENTENCE_BREAK.finditer(text, lo, s0)], default=lo)
    acts = [t for t in gazetteer.any_trigger().finditer(text, lo, s0) if not _doer_word().fullmatch(t.group())]
    return bool(acts) and not _STAY_BEFORE.search(text, acts[-1].end(), s0)


def _unit_in(text: str, at: int, end: int) -> str | None:
    """The district the text puts the place whose kind word ends at `at` in ("X village in Chhattisgarh's Sukma
    district"): the unit the province's possessive owns, not the province, which the next mention would give."""
    m = _IN_UNIT_AFTER.match(text, at, end)
    return m.group("where") if m else None


def _region_name(region: Place, m: re.Match[str]) -> str | None:
    """The district or province a town is placed in, as the text names it; None for a country."""
    return m.group("where") if region.kind in ("admin1", "district") else None


def _district_at(found: _Taken, start: int) -> PlaceMention | None:
    """The mention named as a district ("Logo Local Council", "Mokwa LGA") that starts at `start`, if any."""
    return next((found[span] for span in found.overlapping(start, start + 1)
                 if span[0] == start and found[span].district), None)


# "invaded Gidan Bakuso in ...": a lower-case word (a verb, a preposition) right before the name, so the name does
# not open a sentence ("Police in Gada LGA said") or continue a longer capitalised name; not "of" ("the traditional
# ruler of X, in Y LGA" tells whose ruler, not where)
_AFTER_WORD = re.compile(r"(?<![A-Z])\b(?!of\s)[a-z]+\s+$")
# the unit's kind word, then its possessive or the next word ("Guapi municipality councillor", "Tumaco
# municipality's officer"), and the word before a name ("social leader Maria Lopez")
_UNIT_THEN = re.compile(r"\s+(?i:" + DISTRICT_WORD.pattern + r")(?P<own>['’]s)?(?:\s+(?P<next>[a-z][\w-]*))?")
_WORD_BEFORE_NAME = re.compile(r"\b(?P<word>[a-z][\w-]*)\s+$")


def _person_by_unit(text: str, start: int, unit_end: int) -> bool:
    """The name before ", Y municipality" is a person's: the unit qualifies a post ("killed Jose Perez, Guapi
    municipality councillor", "Djibo commune's mayor") or a person's noun comes before the name ("social leader
    Maria Lopez, Suarez municipality"), so the unit is no address of a town named before it."""
    unit = _UNIT_THEN.match(text, unit_end)
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 30), start)
    return (unit is not None and (unit.group("own") is not None
                                  or (unit.group("next") is not None and is_person_noun(unit.group("next"))))) \
        or (before is not None and is_person_noun(before.group("word")))


_LANDMARK_NAME = re.compile(r"\s+(?:the\s+)?(?:(?:city|town|capital) of\s+)?(?P<name>" + NAME + r")")


_STATED = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>km|kilomet(?:er|re)s?|miles?)\b", re.I)


def _stated_km(phrase: str) -> float | None:
    """The distance a phrase states, in kilometres ("40 miles": 64.4)."""
    m = _STATED.search(phrase)
    return None if m is None else float(m.group("n")) * (1.609 if m.group("unit").lower().startswith("mile") else 1.0)


def _landmark_place(text: str, at: int) -> Place | None:
    """The known place a distance is counted from, named at `at` ("from Dayton", "west of the town of Jos")."""
    landmark = _LANDMARK_NAME.match(text, at)
    return places().get(landmark.group("name").lower()) if landmark else None


def _near_landmark(name: str, text: str, at: int, stated: float | None = None) -> Place | None:
    """The place "X, about 9 km from Y" names: X's namesake in Y's country, the largest at about the `stated`
    distance from Y (else the one nearest it) when the country has several ("Springfield, 40 miles from Dayton" is
    Ohio's, not Missouri's); a name known only abroad is an unknown place there (a few kilometres from Lagos is no town of
    China)."""
    near = _landmark_place(text, at)
    known = places().get(name.lower())
    if near is None or near.country is None:
        return known
    there = [p for p in places().candidates(name) if p.country == near.country]
    if known is not None and known.country == near.country and (known.lat is None or near.lat is None
                                                                or len(there) < 2):
        return known
    placed = [p for p in there if p.lat is not None] if near.lat is not None else []
    if stated is not None:  # the largest namesake at about the distance stated (by road: up to half as far again)
        about = [p for p in placed if stated / 2 - 25 <= km(p, near) <= stated * 1.5 + 25]
        placed = [max(about, key=lambda p: p.population or 0)] if about else placed
    return min(placed, key=lambda p: abs(km(p, near) - (stated or 0.0))) if placed else known if known is not None and \
        known.country == near.country else next(iter(there), None)


_OF_PROVINCE = re.compile(r"\s*(?:,|\s(?:of|in))\s+(?:the\s+)?" + QUALIFIER + "?(?P<where>" + NAME + r")")


def _in_named_country(name: str, text: str, start: int, end: int) -> Place | None:
    """The place a name given with its kind names: the gazetteer's, unless the text places it in another country
    right after ("the Ifo area of northeastern Kenya" is no Ifo of Nigeria): then its namesake there, or an unknown
    place (None); or in a unit or country before it ("the Georgia city of Rome", "Pakistan's Hyderabad"): its
    namesake there."""
    known = places().get(name.lower())
    after = _OF_PROVINCE.match(text, end) if known is not None else None
    region = places().get(after.group("where").lower()) if after else None
    if region is None or region.kind != "country" or known.country == region.country:  # type: ignore[union-attr]
        return known if known is None else namesake_in_country(known, text, start, start + len(name))
    return next((p for p in places().candidates(name) if p.country == region.country), None)


def _district_of_named_province(name: str, text: str, end: int) -> bool:
    """A name before a district word that the gazetteer knows as a district or town of the province named right
    after it ("the Sirwah district of Marib province"): the text's hierarchy, whatever NER calls the name (its
    "people" reading holds for "the Shiite district", which no gazetteer knows as a district)."""
    after = _OF_PROVINCE.match(text, end)
    region = places().province(after.group("where")) if after else None
    if region is None:
        return False
    return any(p.country == region.country and same_province(p.admin1, region.admin1) for p in places().candidates(name)) \
        or any(s.country == region.country for s in geonames.index().subdivisions_named(name, level=2))


# "in Kuriga village in Chikun LGA", "attacked Kuriga village in Chikun LGA": a name with no article right after
# "in"/"at" or a verb, placed in a district, is the village's own name whatever NER calls it ("the Shiite village",
# "an ethnic Fulani village", "attacked Christian village leaders" name its people)
# "... village in Chikun LGA", "... village, Kauru LGA": the text places it in a district, as one places a village


def headline_place(title: str | None, doc: Any | None = None) -> PlaceMention | None:
    """The town a headline names ("Covenant School mass shooting, Nashville"), for a story whose lead places its
    main event nowhere below the country (as a dateline does); None when it names no town or several. A headline
    capitalises every word, so a name counts as a town when the gazetteer's patterns find it in the headline or
    NER tags it a place in the story (`doc`) too."""
    if not title:
        return None
    found = [m for m in find(title, 0, len(title), None) if m.place is not None]
    table = places()
    for ent in doc.ents if doc is not None else ():
        name = POSSESSIVE.sub("", ent.text.strip()).removeprefix("the ").strip()
        if ent.label_ in ("GPE", "LOC") and name.lower() in table \
                and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", title):
            found.append(PlaceMention(table[name.lower()], name, ent.start_char, ent.start_char + len(name)))
    towns = [m for m in localize(found, None) if m.place is not None and m.place.kind in ("city", "district")
             and not m.route and not m.reference]
    return towns[0] if len({m.place.name for m in towns if m.place is not None}) == 1 else None


def dateline_place(name: str, region: str | None) -> tuple[Place | None, bool]:
    """The dateline's town ("KABUL (Reuters) -"): the gazetteer's place of the name, or, when the dateline writes
    a country or province after it ("KUTA, Nigeria —", "BANGOR, Maine (AP) —"), the town's namesake there (the
    most populous Kuta is Bali's, Bangor Northern Ireland's); and whether the dateline so placed it (no other
    namesake is to be chosen for it then)."""
    table = places()
    known = table.get(name.lower())
    unit = (table.get(region.lower()) or table.province(region)) if region and region[:1].isupper() else None
    if unit is None or unit.kind not in ("country", "admin1"):
        return known, False
    if known is not None and _in_unit(known, unit):
        return known, True
    there = next((c for c in table.candidates(name) if _in_unit(c, unit)), None)
    return (replace(there, name=name), True) if there is not None else (known, False)


def _in_unit(p: Place, unit: Place) -> bool:
    """`p` lies in `unit`, a country or a province (compared by its province key: "Maine", "Kherson Oblast")."""
    if unit.kind == "country":
        return p.country == unit.country
    return p.country == unit.country and p.admin1 is not None \
        and province_key(p.admin1) == province_key(unit.admin1 or unit.name)
