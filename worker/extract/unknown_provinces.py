"""Provinces written with their type word that the gazetteer lacks ("in Gok State"), and cities that are only a
province's or a region's name."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from worker.extract import geonames, place_ranking
from worker.extract.gazetteer import DEMONYMS, places
from worker.extract.name_readings import in_actor_name, people_name
from worker.extract.place_mention import Location, PlaceMention
from worker.extract.place_words import NAME
from worker.extract.region_cores import cores
from worker.extract.spelling_variants import variants
from worker.extract.alternation import literal
from worker.extract.compass_words import NAME_WORDS, QUALIFIER
from worker.extract.unit_words import PROVINCE_OF_WORDS


def no_province_city(loc: Location) -> Location:
    """A city named with a province's type word that the gazetteer knows as no town ("the Ruweng State", an
    epithet's "the Sunshine State") is a province or a nickname, never the town: no city."""
    city = loc.city
    known = places().get(city.lower()) if city is not None else None
    if city is None or not _PROVINCE_WORD_AFTER.search(city) or (known is not None and known.kind == "city"):
        return loc
    return replace(loc, city=None, place=None if loc.place == city else loc.place)


def no_region_city(loc: Location) -> Location:
    """A town the gazetteer lacks in the country, named as its subdivisions' shared word ("Waziristan", "Kordofan", "Sinai":
    region_cores), is a region, not a town: no city."""
    city = loc.city
    if city is None or geonames.fold(city) not in cores() \
            or any(p.kind == "city" and loc.country in (p.country, None) for p in places().candidates(city)):
        return loc  # "Sinai" of Egypt is no Sinai town of Ecuador
    return replace(loc, city=None, place=None if loc.place == city else loc.place)


def spelled_province_city(loc: Location, mentions: Sequence[PlaceMention] = ()) -> Location:
    """A town the gazetteer lacks in the country whose name is another romanisation of one of the country's
    first-level units ("in Ninewa", GeoNames' Ninawa; "Jawzjan" for Jowzjan; "Deir Ezzor"), when no province is
    known: the province, not a town. Near spellings count only among the country's own units (spelling_variants,
    or one near spelling a province of that country alone has: geonames.spelled_like). Reported in the text's
    spelling, as the gold does. Not a name the text gives as a town ("the village of Kuriga" is no Khouribga)."""
    city, country = loc.city, loc.country
    if loc.admin1 is not None or city is None or country is None or loc.lat is not None \
            or any(p.country == country for p in places().candidates(city)) \
            or any(m.text == city and (m.town or m.village or m.named_kind) for m in mentions):
        return loc
    key = geonames.fold(city)
    ix = geonames.index()
    subs = [s for v in (key, *variants(key)) for s in ix.subdivisions_named(v, level=1) if s.country == country] \
        or [s for s in ix.spelled_like(city) if s.country == country]
    if len({s.id for s in subs}) != 1:
        return loc
    unit = places().province_in(subs[0].name, country)
    if unit is None or not unit.admin1:
        return loc
    # reported as the text spells it ("Jawzjan"), as the gold does
    return replace(loc, admin1=city, city=None, place=None if loc.place == city else loc.place)


def unknown_province(where: place_ranking.Cue) -> str | None:
    """The one province the incident's sentences give as a location with its type word ("in Gok State", "South
    Sudan's Tonj State") that the gazetteer knows by no tail of the name: states are split and renamed faster than
    gazetteers follow."""
    found: set[str] = set()
    text = where.text
    for a, b in where.sentences:
        for m in _UNKNOWN_PROVINCE.finditer(text, a, b):
            name = re.split(r"['’]s ", m.group("name"))[-1]  # "in South Sudan's Gok State"
            s0 = m.end("name") - len(name)
            words = name.split(" ")
            if any(places().province(" ".join(words[i:])) is not None for i in range(len(words))) \
                    or name in DEMONYMS or (name.lower() in places() and places()[name.lower()].kind == "country") \
                    or _GENERIC_NAME.fullmatch(name) or in_actor_name(text, s0, s0 + len(name)) \
                    or _epithet(m, name) or not _owner_is_place(text, s0):
                continue
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _epithet(m: re.Match[str], name: str) -> bool:
    """A name after an article is an epithet ("the Sunshine State"), unless it is a people's, whose state it names
    ("the Karenni State", "the Shan State"), or the province is a former one ("the former Tonj State"): no
    epithet is said to be former."""
    return bool(m.group("article")) and not m.group("former") and not people_name(name)


def _owner_is_place(text: str, start: int) -> bool:
    """The name at `start` has no possessor, or a place for one ("South Sudan's Tonj State"): a province some
    other owner has ("Islamic State's Khorasan Province", a group's "province") is a name of that owner's."""
    m = _POSSESSOR.search(text, max(0, start - 60), start)
    return m is None or m.group("owner").lower() in places()


def without_province_word(name: str) -> str:
    """`name` less a province type word after it ("Tonj State" -> "Tonj")."""
    return _PROVINCE_WORD_AFTER.sub("", name)


# the type words an unknown province is read by: the "province of X" words but "department"
_PROVINCE_WORD = literal(w for w in PROVINCE_OF_WORDS if w != "department")
# "in Gok State", "South Sudan's Tonj State": a province given as where something is, its name not part of a longer
# name ("the Empire State Building"); a name after an article is an epithet, not the province's name ("the Sunshine
# State", "the Lone Star State": a province's own name takes no article)
_UNKNOWN_PROVINCE = re.compile(r"(?:\b(?:in|of|across|at|from|near)\s+(?P<article>the\s+)?|['’]s\s+)"
                               r"(?P<former>(?:former|erstwhile|defunct|now-defunct)\s+)?" + QUALIFIER + "?"
                               r"(?P<name>" + NAME + r")\s+(?i:" + _PROVINCE_WORD + r")\b(?!\s+[A-Z])")
_PROVINCE_WORD_AFTER = re.compile(r"\s+(?i:" + _PROVINCE_WORD + ")$")
# "Islamic State's " before a name: its possessor
_POSSESSOR = re.compile(r"(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})['’]s\s+" + QUALIFIER + "?$")
# "the Islamic State", "Northern Province": words no province is called by alone
_GENERIC_NAME = re.compile(r"(?:(?:" + literal(w for w in NAME_WORDS if w != "centre") + "|"
                           r"Islamic|Federal|Member|Nation|Union|Police|Sovereign|Independent)\s*)+", re.I)
