#!/usr/bin/env python3
"""A synthetic check of place extraction drawn from the gazetteer itself: random (town, province, country)
triples of countries with conflict news, written into a handful of fresh news templates; the extractor's
(country, admin1, city) of the first incident is compared with the triple, and accuracy is tabulated by template
and by country. It finds world-wide causes (gazetteer gaps, a province reported otherwise than as written, the
wrong one of two towns a text names) that the few hundred read articles cannot show.

The expected admin1 is the province as the template writes it; in templates that write no province, the town's
own province in the gazetteer's plain form. A second town of the same province, named later as where the wounded
were taken, must not become the city.

The wide set (--set wide) adds the other countries with conflict news, towns drawn across population sizes
(villages under 2,000 people, small towns, towns) and templates written the way reports name places: a province
before the town, a town with its district, a dateline in another city, the victims' home town beside the scene,
a village near the province's capital, the country's side, and the town in another spelling (its accents, the
Arabic article written otherwise). The classic set (the first 20 countries and 14 templates, --set classic) is
kept as it was, so its figures stay comparable.

The named set (--set named, not part of "both") probes the province the text itself names: each town's province
written by one of the gazetteer's own names for it (another spelling or language where GeoNames has one:
"Ninawa" for Nineveh, "Lower Shabeelle" for Shabeellaha Hoose, "Sud-Kivu"), in the forms reports give it ("in the
northern province of X", "X's Y district", "Y district, X", "X state's Y local government area", "X governorate").
The expected admin1 is the province as written.

The shapes set (--set shapes, not part of "both") probes the shapes of held-out place misses (issue #13): an
unknown village beside a province named like its capital, "the <province> town of X" where a bigger town abroad
bears the province's name, compass-named provinces with their type word (and written as one word, "Northwest"),
namesakes tied to their province, assaulted villages, and a town the text ties to a neighbouring province (the
text's province expected).

Usage: python scripts/synth_places.py [--set classic|wide|both|named|shapes] [--n 300] [--seed 7] [--misses 40]
       [--template NAME] [--country NAME]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import defaultdict
from typing import Any, Callable, Iterator, NamedTuple, Sequence

from worker.config import load
from worker.extract import extract_incidents
from worker.extract.capital_names import METROPOLIS
from worker.extract.countries import capitals
from worker.extract.gazetteer import places
from worker.extract.geonames import City, fold, index, plain_words
from worker.extract.toponyms import plain_province, reported_provinces
from worker.nlp import load as load_nlp

COUNTRIES = ("Nigeria", "Pakistan", "Afghanistan", "Iraq", "Syria", "Yemen", "Somalia",
             "Democratic Republic of the Congo", "Mali", "Burkina Faso", "Mexico", "Colombia", "India", "Philippines",
             "Myanmar", "Ukraine", "Sudan", "Cameroon", "Kenya", "Ethiopia")
# how news names a country whose gazetteer name is long
WRITTEN_COUNTRY = {"Democratic Republic of the Congo": "Congo"}
# the side of the country a town lies in, from its position against the country's middle
_SIDES = ("northern", "southern", "eastern", "western")

# {town}: the event's town; {other}: another town of the same province, named as where the wounded were taken;
# {province}: its province as news writes it; {country}: the country; upper-case {TOWN} for datelines
TEMPLATES = {
    "village_in_province": "Gunmen killed five villagers in {town}, a village in {province} province, on Monday, "
                           "police said. The wounded were taken to a hospital in {other}.",
    "dateline": "{TOWN}, {country} — A bomb exploded at a crowded market on Monday, killing seven people and "
                "wounding 12 others, officials said.",
    "province_possessive": "Militants attacked a police checkpoint in {province}'s {town} district on Monday, "
                           "killing four officers, a spokesman said.",
    "side_of_country": "Suspected insurgents killed three farmers in {town} in {side} {country} on Monday, a local "
                       "official said. The injured were later taken to {other} for treatment.",
    "province_town_of": "A roadside bomb killed two soldiers on Monday in the {province} town of {town}, officials "
                        "said, adding that six others were wounded.",
    "near_town_in": "Gunmen opened fire on a bus near {town} in {province} on Monday, killing six passengers, "
                    "police said. Survivors were flown to {other}.",
    # two towns of one province in one sentence: the event's and another's (a speaker's, a distance's, a hospital's)
    "speaker_town": "Officials in {other} said gunmen killed five villagers in {town} on Monday.",
    "distance_from": "Gunmen killed five people in {town}, about 30 kilometres from {other}, on Monday, police said.",
    "bodies_taken": "The bodies of six farmers killed in {town} on Monday were taken to the morgue in {other}, "
                    "residents said.",
    "troops_from": "Soldiers based in {other} were ambushed near {town} on Monday, leaving four of them dead, the "
                   "army said.",
    "village_near": "Gunmen on motorcycles stormed {town}, a village near {other}, on Monday, killing five people, "
                    "residents said.",
    "victim_from": "A trader from {other} was among seven people shot dead in {town} on Monday, police said.",
    "came_after": "Gunmen killed four worshippers at a mosque in {town} on Monday. The attack came two days after "
                  "bandits killed three people in {other}.",
    "gunmen_from": "Gunmen who came from {other} attacked {town} on Monday, killing eight villagers, a local "
                   "leader said.",
}

# the wide set: the classic countries and the others with conflict news the gazetteer covers
WIDE_COUNTRIES = COUNTRIES + ("Brazil", "Honduras", "Guatemala", "Haiti", "Venezuela", "Ecuador", "Libya",
                              "South Sudan", "Central African Republic", "Niger", "Chad", "Mozambique", "Uganda",
                              "Burundi", "Benin", "Thailand", "Bangladesh", "Israel", "Palestine", "Lebanon", "Iran",
                              "Turkey", "Egypt", "Algeria", "Indonesia", "Nepal", "Russia", "Azerbaijan", "Peru")
# countries whose towns' Arabic article news writes several ways ("al-Bab", "Al Bab", "El-Bab")
ARABIC = {"Iraq", "Syria", "Yemen", "Libya", "Sudan", "Egypt", "Lebanon", "Palestine", "Algeria", "Somalia"}
# population bands a town is drawn from, in turn: villages, small towns, towns
BANDS = ((0, 2000), (2000, 20000), (20000, 10**9))
_SIDE_NOUNS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}

# {village}: the event's town; {other}: another town of its province; {province}; {admin2}: the town's district;
# {capital}: the province's largest town; {dateline}: the country's largest town (not of the province);
# {spelled}: the town in another spelling; {side_noun}: "north"...
WIDE_TEMPLATES = {
    "province_first": "In {province} province, gunmen killed six people in the village of {town} on Monday, "
                      "police said.",
    "province_comma_town": "Security forces said on Monday that militants killed three soldiers in {province}, "
                           "in the town of {town}.",
    "district_of_province": "Gunmen killed four people in {town} in the {admin2} district of {province} province "
                            "on Monday, officials said.",
    "town_with_district": "Unknown attackers killed five people in {town}, {admin2} district, on Monday, police "
                          "said.",
    "dateline_elsewhere": "{DATELINE}, {country} — Gunmen killed nine villagers in {town}, in {province} province, "
                          "on Monday, officials said.",
    "dateline_elsewhere_no_province": "{DATELINE}, {country} — A roadside bomb killed four soldiers near {town} on "
                                      "Monday, the army said.",
    "home_and_scene": "Five traders from {other} were killed on Monday when gunmen attacked their bus in {town}, "
                      "police said.",
    "residents_of": "The victims, all residents of {other}, were shot dead in {town} on Monday, a police spokesman "
                    "said.",
    "village_near_capital": "Gunmen killed six people in {town}, a village some 40 kilometres from {capital}, on "
                            "Monday, residents said.",
    "village_of_near": "Fighters stormed the village of {town} near {capital} on Monday, killing seven people.",
    "country_side": "Gunmen killed seven people in {town} in the country's {side_noun} on Monday, officials said.",
    "other_spelling": "Militants killed four policemen in {spelled} on Monday, a security official said.",
    "other_spelling_province": "A bomb killed three people in {spelled}, {province} province, on Monday.",
    "police_of_province": "Police in {province} said gunmen killed eight people in {town} on Monday.",
}
# templates that name the province (a town's name may then be shared by towns of other provinces)
_NAMES_PROVINCE = {"village_in_province", "province_possessive", "province_town_of", "near_town_in",
                   "province_first", "province_comma_town", "district_of_province", "dateline_elsewhere",
                   "other_spelling_province", "police_of_province"}


# the named set: {alt} is the town's province by one of its own names, {side} the side of the country it lies in
NAMED_TEMPLATES = {
    "named_comma": "Gunmen killed five people in {town}, {alt}, on Monday, police said.",
    "named_side_province_of": "Gunmen killed five people on Monday in {town} in the {side} province of {alt}, "
                              "officials said.",
    "named_possessive_district": "Militants attacked a police post in {alt}'s {town} district on Monday, killing "
                                 "four officers.",
    "named_town_district_comma": "Gunmen killed six people in {town} district, {alt}, on Monday, residents said.",
    "named_state_lga": "Gunmen killed six people in {alt} state's {town} local government area on Monday, police "
                       "said.",
    "named_governorate": "An air strike killed eight civilians in {town} in {alt} governorate on Monday, residents "
                         "said.",
    "named_region": "Fighters attacked {town} in the {alt} region on Monday, killing seven people.",
    "named_first": "In {alt}, gunmen killed six people in the village of {town} on Monday, police said.",
    "named_town_of": "A roadside bomb killed two soldiers on Monday in the {alt} town of {town}, officials said.",
}
# words of a subdivision's other names that are no part of the name news writes ("Mkoa wa Tshuapa", "Gobolka X")
_ALT_TYPE_WORDS = re.compile(r"\b(?:province|state|region|governorate|district|department|oblast|prefecture|kilil|"
                         r"gobolka|mkoa|wa|ya|provincia|estado|regione?|wilaya|muhafazat|the|of|county)\b", re.I)
# a position word alone ("Central", "Northern") names provinces of many countries: no probe of a province's name
_POSITION_NAME = re.compile(r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|"
                            r"middle|far)[ -]?)+", re.I)


_KEPT_TYPE = re.compile(r"\s(?:Oblast|Krai|Kray)$")


def _province_names(sub, country: str) -> list[str]:
    """The names of a first-level unit news may write for it: Latin, one to three words, no type word, naming no
    other province of the country."""
    ix = index()
    out = []
    for n in sub.names:
        plain = _accents_off(n)
        if not re.fullmatch(r"[A-Z][a-z']+(?:[ -][A-Z][a-z']+){0,2}", plain) or _ALT_TYPE_WORDS.search(plain) \
                or _POSITION_NAME.fullmatch(plain) or fold(plain) == fold(country):
            continue
        if any(o.id != sub.id and o.country == country for o in ix.subdivisions_named(plain, level=1)):
            continue
        if fold(plain) not in {fold(o) for o in out}:
            out.append(plain)
    return out


def named_cases(n: int, seed: int, only: str | None = None) -> list[Case]:
    """`n` cases of the named set: towns of the wide set's countries across population bands, each written with its
    province by one of the province's own names, another spelling than the plain one where the gazetteer has one."""
    rng = random.Random(seed)
    ix = index()
    names = [only] if only else list(NAMED_TEMPLATES)
    per_country = max(1, n // len(WIDE_COUNTRIES))
    out: list[Case] = []
    for ci, country in enumerate(WIDE_COUNTRIES):
        draw = BandedDraw(_wide_rows(country), rng, per_country)
        for r in draw:
            name = _accents_off(ix._name[r])
            town = ix.city(r)
            if not _plain_town(name, town, country):
                continue
            alts = _province_names(town.admin1, country)
            plain = _province(town, country)
            if fold(plain) not in {fold(_accents_off(a)) for a in town.admin1.names} \
                    or (country, places().city(town).admin1) in reported_provinces():
                continue  # reported as the region above it (Burkina Faso's provinces, Palestine's governorates)
            other = [a for a in alts if fold(a) != fold(plain)]
            alt = rng.choice(other) if other and rng.random() < 0.7 else plain
            if fold(name) in fold(alt) or fold(alt) in fold(name):
                continue
            # "the Volyn region": an oblast is reported by its English name with its type word ("Volyn Oblast")
            want = plain if fold(_KEPT_TYPE.sub("", plain)) == fold(alt) else alt
            template = names[(draw.made + ci) % len(names)]
            out.append(Case(template, NAMED_TEMPLATES[template].format(town=name, alt=alt, side=_side(town, country)),
                            country, want, name))
            draw.made += 1
    return out


# the city templates (--set wide, named city_*): the causes of city misses on unread text. A village under 1,000
# people; a name the gazetteer lacks that the text marks as a village, district, area or local government area
# ({fake}: made of the halves of two real names of the country, absent from the gazetteer); a district named with
# its province and no town ({admin2}); a province named like its capital, written without a type word beside the
# village of the event ({province}). Drawn with their own random stream, so the other templates' cases stay as
# they were. The expected city is {town}, {fake} or {admin2} as the template says (CITY_EXPECTS).
CITY_TEMPLATES = {
    "city_small_village_of": "Gunmen killed five people in the village of {town} in {province} province on Monday, "
                             "police said.",
    "city_small_village_district": "Bandits attacked {town} village in {admin2} district, {province} province, on "
                                   "Monday, killing four residents.",
    "city_unknown_village_of": "Gunmen killed six people in the village of {fake} in {province} province on Monday, "
                               "a local official said.",
    "city_unknown_x_village": "Armed men raided {fake} village in {province} province on Monday, killing three "
                              "farmers, residents said.",
    "city_unknown_x_district": "Militants killed four soldiers in {fake} district of {province} province on Monday, "
                               "the army said.",
    "city_unknown_lga": "Gunmen killed seven villagers in {fake} local government area of {province} state on "
                        "Monday, police said.",
    "city_unknown_area": "Two people were killed when a bomb exploded in the {fake} area of {province} province on "
                         "Monday.",
    "city_unknown_near_village": "A roadside bomb exploded near {fake}, a village in {province} province, on Monday, "
                                 "killing two policemen.",
    "city_unknown_village_in_admin2": "Gunmen attacked {fake} village in {admin2}, {province} province, on Monday, "
                                      "killing nine people.",
    # the victims' home beside a village the gazetteer lacks, assaulted
    "city_home_pronoun": "Seven people, most of them from {other}, were killed when gunmen attacked {fake} in "
                         "{province} province on Monday.",
    "city_home_assaulted": "Traders from {other} were among six people killed when gunmen attacked {fake} in "
                           "{province} province on Monday, police said.",
    "city_district_only": "Militants killed three soldiers in {admin2} district of {province} province on Monday, "
                          "officials said.",
    "city_village_of_district": "Gunmen killed five people in the village of {town} in the {admin2} district on "
                                "Monday, police said.",
    "city_capital_province_bare": "Gunmen killed six people in {town} in {province} on Monday, officials said.",
    "city_capital_province_first": "In {province} state, gunmen killed five villagers in {town} on Monday, police "
                                   "said.",
    "city_capital_province_town_of": "Gunmen stormed the village of {town} in {province} on Monday, killing eight "
                                     "people.",
}
# what each city template expects as the city: the field of the draw
CITY_EXPECTS = {name: ("admin2" if "{admin2}" in text and "{town}" not in text and "{fake}" not in text
                       else "fake" if "{fake}" in text else "town") for name, text in CITY_TEMPLATES.items()}


class Case(NamedTuple):
    template: str
    text: str
    country: str
    admin1: str
    city: str


def _clean(name: str) -> bool:
    """A name news writes as it stands: Latin letters, one to three words, no plain English word."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", name):
        return False
    return fold(name) not in plain_words()


def _plain_town(name: str, town: City, country: str) -> bool:
    """A town every probe can write and grade: in a province, its name (`name`, as written) plain (`_clean`), no
    province's name and no other town's of its country (the extractor cannot tell those apart unaided)."""
    ix = index()
    return town.admin1 is not None and _clean(name) and not ix.subdivisions_named(name) \
        and sum(c.country == country for c in ix.cities(name)) <= 1


def _towns(country: str, rng: random.Random, k: int) -> list[tuple[City, City]]:
    """`k` random (town, another town of its province) pairs of `country`: towns of 2,000+ people whose name is
    no province's and names no other town of the country (the extractor cannot tell those apart unaided)."""
    ix = index()
    rows = [r for r in range(len(ix._name)) if ix._cc[r] == country and ix._pop[r] >= 2000 and ix._a1[r]]
    by_province: dict[int, list[int]] = defaultdict(list)
    for r in rows:
        by_province[ix._a1[r]].append(r)
    rng.shuffle(rows)
    out: list[tuple[City, City]] = []
    for r in rows:
        if len(out) >= k:
            break
        name = _accents_off(ix._name[r])
        if not _plain_town(name, ix.city(r), country):
            continue
        others = [o for o in by_province[ix._a1[r]] if o != r and _clean(_accents_off(ix._name[o]))
                  and not ix.subdivisions_named(ix._name[o]) and fold(ix._name[o]) != fold(name)]
        if not others:
            continue
        out.append((ix.city(r), ix.city(rng.choice(others[:50]))))
    return out


def _side(town: City, country: str) -> str:
    """The side of its country a town lies in, from the mean position of the country's provinces."""
    ix = index()
    pts = [ix.province_point[s.id] for s in ix.admin1(country) if s.id in ix.province_point]
    lat = sum(p[0] for p in pts) / len(pts)
    lon = sum(p[1] for p in pts) / len(pts)
    if abs(town.lat - lat) >= abs(town.lon - lon):
        return _SIDES[0] if town.lat > lat else _SIDES[1]
    return _SIDES[2] if town.lon > lon else _SIDES[3]


def _province(town: City, country: str) -> str:
    """The town's province as news writes it: the project's spelling (its region where the project reports
    regions, as for Burkina Faso's provinces), else GeoNames' English name, without type words or accents."""
    return _accents_off(plain_province(places().city(town).admin1 or "", country))


# letters NFKD does not take apart, and the marks of ayn and hamza news leaves out ("Bil‘īn" -> "Bilin")
_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "đ": "d",
                          "ß": "ss", "‘": "", "’": "", "ʼ": "", "ʿ": "", "ʾ": "", "'": ""})


def _accents_off(name: str) -> str:
    return unicodedata.normalize("NFKD", name.translate(_LETTERS)).encode("ascii", "ignore").decode()


def cases(n: int, seed: int, only: str | None = None) -> list[Case]:
    """`n` cases spread over the countries and templates."""
    rng = random.Random(seed)
    names = [only] if only else list(TEMPLATES)
    per_country = max(1, n // len(COUNTRIES))
    out: list[Case] = []
    for country in COUNTRIES:
        for i, (town, other) in enumerate(_towns(country, rng, per_country)):
            if town.admin1 is None:
                continue
            name = names[(i + COUNTRIES.index(country)) % len(names)]
            province = _province(town, country)
            written = WRITTEN_COUNTRY.get(country, country)
            written_town = _accents_off(town.name)
            text = TEMPLATES[name].format(town=written_town, TOWN=written_town.upper(), other=_accents_off(other.name), province=province,
                                          country=written, side=_side(town, country))
            out.append(Case(name, text, country, province, written_town))
    return out


def _largest(rows: list[int], but: int) -> int | None:
    """The most populous of `rows` (the gazetteer lists rows by population) other than `but`."""
    return next((r for r in sorted(rows) if r != but), None)


def _spellings(name: str, arabic: bool) -> list[str]:
    """Other ways news spells a town: the gazetteer's accents kept ("Sébha" for "Sebha"), the Arabic article
    written otherwise ("al-Bab" for "Al Bab", "Al Bab" for "al-Bab", "El-" for "Al-")."""
    out = []
    if _accents_off(name) != name:
        out.append(name)
    m = re.match(r"(?i)(al|el)([ -])(\S.*)", name)
    if m and arabic:
        art = m.group(1).lower() if m.group(2) == " " else m.group(1).capitalize()
        out.append(f"{art}{'-' if m.group(2) == ' ' else ' '}{m.group(3)}")
        out.append(f"{'El' if m.group(1).lower() == 'al' else 'Al'}-{m.group(3)}")
    return [o if o == name else _accents_off(o) for o in out]


def _wide_rows(country: str) -> list[int]:
    ix = index()
    return [r for r in range(len(ix._name)) if ix._cc[r] == country and ix._a1[r]]


class BandedDraw:
    """A country's towns in random order (`rows` shuffled in place by `rng`), each offered only while it falls in the
    population band of the next case: the bands are taken in turn as the caller makes cases (`made`), until
    `per_country` are made or `limit` rows were looked at. One draw for every banded set, so their cases stay
    comparable."""

    def __init__(self, rows: list[int], rng: random.Random, per_country: int, limit: int = 4000,
                 bands: tuple[tuple[int, int], ...] = BANDS) -> None:
        rng.shuffle(rows)
        self.rows, self.per_country, self.limit, self.bands, self.made = rows, per_country, limit, bands, 0

    @property
    def band(self) -> int:
        """The index in `bands` of the band the next case is drawn from."""
        return self.made % len(self.bands)

    def __iter__(self) -> Iterator[int]:
        pop = index()._pop
        for k, r in enumerate(self.rows):
            if self.made >= self.per_country or k > self.limit:
                return
            lo, hi = self.bands[self.band]
            if lo <= pop[r] < hi:
                yield r



def wide_cases(n: int, seed: int, only: str | None = None) -> list[Case]:
    """`n` cases of the wide set: each country's towns drawn in turn from the population bands, each written into
    the next template that can be written for it (a district, another spelling, a second town it needs)."""
    rng = random.Random(seed)
    ix = index()
    names = [only] if only else list(TEMPLATES) + list(WIDE_TEMPLATES)
    every = TEMPLATES | WIDE_TEMPLATES
    per_country = max(1, n // len(WIDE_COUNTRIES))
    out: list[Case] = []
    for ci, country in enumerate(WIDE_COUNTRIES):
        rows = _wide_rows(country)
        by_province: dict[int, list[int]] = defaultdict(list)
        for r in rows:
            by_province[ix._a1[r]].append(r)
        top = _largest(rows, -1)
        draw = BandedDraw(rows, rng, per_country)
        for r in draw:
            raw = ix._name[r]
            name = _accents_off(raw)
            if not _clean(name) and not re.fullmatch(r"(?:Al|El|al|el)[ -][A-Z][a-z]+", name):
                continue
            if ix.subdivisions_named(name):
                continue
            same = [c for c in ix.cities(name) if c.country == country]
            town = ix.city(r)
            if town.admin1 is None:
                continue
            # the template in turn, else one other drawn at random, that can be written for this town
            for template in (names[(draw.made + ci) % len(names)], rng.choice(names)):
                if len(same) > 1 and (template not in _NAMES_PROVINCE
                                      or sum(c.admin1 == town.admin1 for c in same) > 1):
                    continue
                text = every[template]
                if "{admin2}" in text and not (town.admin2 and _clean(town.admin2.name)
                                               and fold(town.admin2.name) not in (fold(name),)
                                               and not ix.subdivisions_named(town.admin2.name, level=1)):
                    continue
                if "{spelled}" in text and not _spellings(raw, country in ARABIC):
                    continue
                break
            else:
                continue
            others = [o for o in by_province[ix._a1[r]] if o != r and _clean(_accents_off(ix._name[o]))
                      and not ix.subdivisions_named(ix._name[o]) and fold(name) not in fold(ix._name[o])
                      and fold(ix._name[o]) not in fold(name)]
            capital = _largest(by_province[ix._a1[r]], r)
            if not others or capital is None or ix._pop[capital] <= ix._pop[r]:
                continue
            dateline = top if top is not None and ix._a1[top] != ix._a1[r] else None
            if "{DATELINE}" in text and dateline is None:
                continue
            province = _province(town, country)
            spelled = rng.choice(_spellings(raw, country in ARABIC)) if "{spelled}" in text else name
            out.append(Case(template, text.format(
                town=name, TOWN=name.upper(), other=_accents_off(ix._name[rng.choice(others[:50])]),
                province=province, country=WRITTEN_COUNTRY.get(country, country), side=_side(town, country),
                side_noun=_SIDE_NOUNS[_side(town, country)], admin2=town.admin2.name if town.admin2 else "",
                capital=_accents_off(ix._name[capital]),
                DATELINE=_accents_off(ix._name[dateline]).upper() if dateline is not None else "",
                spelled=spelled), country, province, _accents_off(spelled)))
            draw.made += 1
    return out


_UNIT_TYPE_WORDS = re.compile(r"(?i)\b(?:district|county|municipality|department|province|region|division|"
                         r"territory|prefecture|city|municipio|rayon|raion|tehsil|sub-?district|area|zone)\b")
_PROVINCE_TYPE = re.compile(r"(?i)\b(?:oblast|krai|kray|governorate|republic|okrug)\b")
_VOWELS = "aeiou"


def _halves(name: str) -> tuple[str, str] | None:
    """A name cut after its first syllable ("Kafanchan" -> "Ka", "fanchan"), or None when it has none."""
    low = name.lower()
    for i in range(1, len(low) - 2):
        if low[i] in _VOWELS and low[i + 1] not in _VOWELS and i >= 1:
            return low[:i + 1], low[i + 1:]
    return None


def _fake_name(pool: list[str], rng: random.Random) -> str | None:
    """A name that looks like the country's but no place of the gazetteer has: the first syllable of one real name
    and the rest of another ("Ka" + "ruwa"), 5 to 10 letters."""
    ix = index()
    for _ in range(40):
        a, b = _halves(rng.choice(pool)), _halves(rng.choice(pool))
        if a is None or b is None:
            continue
        fake = (a[0] + b[1]).capitalize()
        if not 5 <= len(fake) <= 10 or not re.fullmatch(r"[A-Z][a-z]+", fake) or fold(fake) in plain_words() \
                or ix.cities(fake) or ix.subdivisions_named(fake) or places().get(fake.lower()) is not None \
                or places().candidates(fake):
            continue
        return fake
    return None


def _usable_admin2(town: City, name: str) -> bool:
    a2 = town.admin2
    return a2 is not None and _clean(a2.name) and not _UNIT_TYPE_WORDS.search(a2.name) and fold(a2.name) != fold(name) \
        and not index().subdivisions_named(a2.name, level=1) and len(index().cities(a2.name)) == 0


def city_cases(n: int, seed: int, only: str | None = None) -> list[Case]:
    """`n` cases of the city templates over the wide countries: villages under 1,000 people (the gazetteer's
    smallest), made-up names in a village's, district's or area's slot, a district with no town, and villages of
    provinces named like their capital, written with the bare province name."""
    rng = random.Random(seed * 1000 + 13)
    ix = index()
    names = [only] if only else list(CITY_TEMPLATES)
    per_country = max(1, n // len(WIDE_COUNTRIES))
    out: list[Case] = []
    for ci, country in enumerate(WIDE_COUNTRIES):
        rows = _wide_rows(country)
        pool = [_accents_off(ix._name[r]) for r in rows if _clean(_accents_off(ix._name[r]))]
        # provinces named like a town of their own (Kano, Kandahar): their villages, for the capital templates
        capital_named = {ix._a1[r] for r in rows
                         if fold(_province(ix.city(r), country)) == fold(_accents_off(ix._name[r]))}
        by_province: dict[int, list[int]] = defaultdict(list)
        for r in rows:
            by_province[ix._a1[r]].append(r)
        rng.shuffle(rows)
        made, tried = 0, 0
        for r in rows:
            if made >= per_country or tried > 6000:
                break
            tried += 1
            template = names[(made + ci) % len(names)]
            text, expects = CITY_TEMPLATES[template], CITY_EXPECTS[template]
            raw = ix._name[r]
            name = _accents_off(raw)
            town = ix.city(r)
            if not _plain_town(name, town, country):
                continue
            if "small" in template or "village_of" in template:
                if ix._pop[r] >= 1000:
                    continue
            if "capital_province" in template:
                if ix._a1[r] not in capital_named or ix._pop[r] >= 20000 or len(ix.cities(name)) > 1:
                    continue
            if "{admin2}" in text and not _usable_admin2(town, name):
                continue
            province = _province(town, country)
            if not _clean(province) or _PROVINCE_TYPE.search(province) or fold(province) == fold(name):
                continue
            fake = _fake_name(pool, rng) if "{fake}" in text else ""
            if fake is None:
                continue
            admin2 = town.admin2.name if town.admin2 else ""
            other = ""
            if "{other}" in text:  # another town of the province, 2,000 people or more
                others = [o for o in by_province[ix._a1[r]] if o != r and ix._pop[o] >= 2000
                          and _clean(_accents_off(ix._name[o])) and not ix.subdivisions_named(ix._name[o])]
                if not others:
                    continue
                other = _accents_off(ix._name[rng.choice(others[:50])])
            want = {"town": name, "fake": fake, "admin2": admin2}[expects]
            out.append(Case(template, text.format(town=name, fake=fake, admin2=admin2, province=province,
                                                  other=other), country, province, want))
            made += 1
    return out


# the shapes set (--set shapes, not part of "both"): the shapes of held-out place misses (issue #13), each drawn
# from the gazetteer over the wide countries with a random stream of its own. An unknown village beside a province
# named like its capital ("in Dankuraba in Kano"); the province qualifying a town where a bigger town abroad bears
# the province's name ("the Zou town of Ouinhi"); a province whose own name is a compass word, with its type word
# ("the Western region": reported "Western"); a town whose name towns of other provinces share, tied by the text to
# its own province; a village the gazetteer knows as the object of an assault, in its state.
SHAPE_TEMPLATES = {
    "shape_unknown_in_capital": "Gunmen killed five people in {fake} in {province} on Monday, police said.",
    "shape_province_town_of_namesake": "Gunmen killed four people on Monday in the {province} town of {town}, "
                                       "officials said.",
    "shape_compass_region": "Fighters attacked {town} in the {province} region on Monday, killing seven people.",
    "shape_namesake_in_province": "Gunmen killed five people in {town}, in {province} province, on Monday, police "
                                  "said.",
    "shape_attacked_village": "Gunmen attacked {town} in {province} State on Monday, killing seven villagers, "
                              "residents said.",
    # a two-word compass province written as one word ("the Northwest region" for Cameroon's North-West)
    "shape_one_word_compass": "Separatists attacked {town} in the {province} region on Monday, killing six people.",
    # the text ties the town to a neighbouring province (a reform, a promoted district): reported as the text says
    "shape_tied_comma": "Gunmen killed five people in {town}, in {province} province, on Monday, police said.",
    "shape_tied_town_of": "A bomb killed four people in the {province} town of {town} on Monday, officials said.",
    "shape_tied_possessive": "Militants attacked a police post in {province}'s {town} district on Monday, killing "
                             "four officers.",
}
# the shapes whose {province} is the nearest other province of the town's country, not its own
_TIED = {"shape_tied_comma", "shape_tied_town_of", "shape_tied_possessive"}
# countries whose first-level units news calls states (elsewhere "X State" is written "X province")
_STATES = {"Nigeria", "India", "Mexico", "Sudan", "South Sudan", "Myanmar", "Brazil", "Venezuela"}
_COMPASS_NAME = re.compile(r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|"
                           r"Middle|Far)(?:[ -](?:North|South|East|West|Central|Northern|Southern|Eastern|Western))?")


def _shape_fits(template: str, r: int, country: str, capital_named: set[int], namesaked: set[int]) -> bool:
    """Whether the town of row `r` can be written into `template` as its shape needs."""
    ix = index()
    town = ix.city(r)
    name = _accents_off(ix._name[r])
    province = _province(town, country)
    shared = sum(c.country == country for c in ix.cities(name))
    if template == "shape_unknown_in_capital":  # a country's capital or a metropolis beside a quarter is the city
        return ix._a1[r] in capital_named and fold(province) not in capitals() and max(
            (p.population or 0 for p in places().candidates(province) if p.kind == "city"), default=0) < METROPOLIS
    if template == "shape_province_town_of_namesake":
        return ix._a1[r] in namesaked and shared == 1
    if template == "shape_one_word_compass":
        return re.fullmatch(r"(?:North|South)[ -](?:East|West)(?:ern)?", province) is not None and shared == 1
    if template == "shape_compass_region":
        return _COMPASS_NAME.fullmatch(province) is not None and shared == 1
    if template == "shape_namesake_in_province":
        return shared > 1 and sum(c.country == country and c.admin1 == town.admin1 for c in ix.cities(name)) == 1 \
            and all(c.population <= town.population or c.admin1 == town.admin1
                    for c in ix.cities(name) if c.country == country) is False
    if template in _TIED:
        return shared == 1
    return ix._pop[r] < 2000 and shared == 1


def _neighbour(town: City, country: str) -> str | None:
    """The province of `country` nearest the town (by the provinces' mean points) other than its own, as news
    writes it; None when it is not a plain name."""
    ix = index()
    own = fold(_province(town, country))
    best = None
    for sub in ix.admin1(country):
        point = ix.province_point.get(sub.id)
        plain = _accents_off(plain_province(places().province_in(sub.name, country).admin1 or sub.name, country))
        if point is None or fold(plain) == own or not _clean(plain) or _PROVINCE_TYPE.search(plain) \
                or _COMPASS_NAME.fullmatch(plain):
            continue
        d = (point[0] - town.lat) ** 2 + (point[1] - town.lon) ** 2
        if best is None or d < best[0]:
            best = (d, plain)
    return best[1] if best else None


def shape_cases(n: int, seed: int, only: str | None = None) -> list[Case]:
    """`n` cases of the shapes set, the templates in turn over the wide countries and, for the two shapes few of
    them have (compass-named provinces, provinces named like a town abroad), every country of the gazetteer."""
    rng = random.Random(seed * 1000 + 24)
    ix = index()
    names = [only] if only else list(SHAPE_TEMPLATES)
    countries = sorted({c for c in ix._cc if c})
    per_template = max(30, n // len(names))
    out: list[Case] = []
    for template in names:
        made = 0
        pool_countries = list(WIDE_COUNTRIES) if template in ("shape_unknown_in_capital", "shape_attacked_village",
                                                             "shape_namesake_in_province", *_TIED) else countries
        rng.shuffle(pool_countries)
        per_country = max(1, -(-per_template // len(pool_countries)))
        if template in ("shape_compass_region", "shape_province_town_of_namesake"):
            per_country = 3
        if template == "shape_one_word_compass":
            per_country = 8
        for country in pool_countries:
            if made >= per_template:
                break
            rows = _wide_rows(country)
            capital_named = {ix._a1[r] for r in rows if fold(_province(ix.city(r), country)) == fold(_accents_off(ix._name[r]))}
            namesaked = set()
            if template == "shape_province_town_of_namesake":
                for sub in ix.admin1(country):
                    plain = _accents_off(plain_province(sub.name, country))
                    far = [c for c in ix.cities(plain) if c.country != country]
                    if _clean(plain) and far and not _COMPASS_NAME.fullmatch(plain) \
                            and not any(c.country == country for c in ix.cities(plain)):
                        namesaked.add(sub.id)
            pool = [_accents_off(ix._name[r]) for r in rows if _clean(_accents_off(ix._name[r]))]
            rng.shuffle(rows)
            got = 0
            for r in rows[:6000]:
                if got >= per_country or made >= per_template:
                    break
                name = _accents_off(ix._name[r])
                town = ix.city(r)
                if town.admin1 is None or not _clean(name) or ix.subdivisions_named(name):
                    continue
                province = _province(town, country)
                if not _clean(province) or _PROVINCE_TYPE.search(province) or fold(province) in fold(name) \
                        or (country, places().city(town).admin1) in reported_provinces():
                    continue
                if not _shape_fits(template, r, country, capital_named, namesaked):
                    continue
                if template in _TIED:
                    province = _neighbour(town, country)
                    if province is None or fold(province) in fold(name):
                        continue
                fake = _fake_name(pool, rng) if "{fake}" in SHAPE_TEMPLATES[template] else ""
                if fake is None:
                    continue
                text = SHAPE_TEMPLATES[template].format(town=name, fake=fake, province=province)
                if template == "shape_one_word_compass":  # "North-West" written "Northwest", reported as named
                    text = text.replace(province, re.sub(r"[ -]", "", province[:6]) + province[6:].lower())
                if country not in _STATES:
                    text = text.replace(f"{province} State", f"{province} province")
                out.append(Case(template, text, country, province, fake or name))
                got += 1
                made += 1
    return out


def _same(got: str | None, want: str) -> bool:
    """The same name but for accents, dotless i and the marks of ayn and hamza ("M'sila" is "Msila")."""
    return got is not None and _accents_off(got).lower().strip() == _accents_off(want).lower().strip()


Got = tuple[str | None, str | None, str | None]


def tally(nlp: Any, todo: Sequence[Any], keys: tuple[str, ...], rows_of: Callable[[Any], tuple[str, ...]],
          same: Callable[[str | None, str], bool] = _same) -> tuple[dict[str, dict[str, list[int]]],
                                                                    list[tuple[Any, Got, list[bool]]]]:
    """Every probe's scoring (this one's and synth_nocountry's): each case's first incident against its (country,
    admin1, city), counted as [cases, country right, admin1 right, city right] in the row `rows_of` gives it under
    each of `keys`; returns the counts and each case with what it got and which fields `same` found right."""
    by: dict[str, dict[str, list[int]]] = {k: defaultdict(lambda: [0, 0, 0, 0]) for k in keys}
    scored: list[tuple[Any, Got, list[bool]]] = []
    for c in todo:
        incs = extract_incidents(c.text, nlp(c.text), "2031-03-03")
        got: Got = (incs[0].country, incs[0].admin1, incs[0].city) if incs else (None, None, None)
        ok = [same(g, w) for g, w in zip(got, (c.country, c.admin1, c.city))]
        for key, row in zip(keys, rows_of(c)):
            t = by[key][row]
            t[0] += 1
            for j, good in enumerate(ok):
                t[j + 1] += good
        scored.append((c, got, ok))
    return by, scored


def print_tables(by: dict[str, dict[str, list[int]]], total_label: str) -> None:
    """The accuracy tables of `tally`'s counts, one a key, and the line of all cases (counted under the first key)."""
    fields = ("country", "admin1", "city")
    for key, rows in by.items():
        print(f"\n{key:<34}{'n':>5}" + "".join(f"{f:>9}" for f in fields))
        for row, t in sorted(rows.items()):
            print(f"{row:<34}{t[0]:>5}" + "".join(f"{t[j + 1] / t[0]:>9.3f}" for j in range(3)))
    total = [sum(t[j] for t in next(iter(by.values())).values()) for j in range(4)]
    print(f"{total_label:<34}{total[0]:>5}" + "".join(f"{total[j + 1] / max(total[0], 1):>9.3f}" for j in range(3)))


def _run(nlp: Any, todo: list[Case], misses_shown: int, label: str) -> None:
    """Tabulates country/admin1/city accuracy of `todo` by template and country, and prints the first misses."""
    by, scored = tally(nlp, todo, ("template", "country"), lambda c: (c.template, c.country))
    misses = [(c, got) for c, got, ok in scored if not all(ok)]
    print(f"\n===== {label} set")
    print_tables(by, label + " all")
    for c, got in misses[:misses_shown]:
        print(f"\n[{c.template}] want {(c.country, c.admin1, c.city)} got {got}\n  {c.text}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=("classic", "wide", "both", "named", "shapes"), default="both")
    ap.add_argument("--n", type=int, default=300, help="classic cases; the wide set draws three times as many")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--misses", type=int, default=40, help="misses to print")
    ap.add_argument("--template", choices=sorted(TEMPLATES | WIDE_TEMPLATES | CITY_TEMPLATES | NAMED_TEMPLATES
                                                  | SHAPE_TEMPLATES))
    ap.add_argument("--country")
    args = ap.parse_args()
    nlp = load_nlp(load(env={}).spacy_model)
    if args.set in ("classic", "both") and (args.template is None or args.template in TEMPLATES):
        todo = [c for c in cases(args.n, args.seed, args.template) if not args.country or c.country == args.country]
        _run(nlp, todo, args.misses, "classic")
    if args.set in ("wide", "both"):
        todo = [c for c in (wide_cases(3 * args.n, args.seed, args.template)
                            if args.template is None or args.template not in CITY_TEMPLATES else [])
                + (city_cases(2 * args.n, args.seed, args.template)
                   if args.template is None or args.template in CITY_TEMPLATES else [])
                if not args.country or c.country == args.country]
        _run(nlp, todo, args.misses, "wide")
    if args.set == "named" and (args.template is None or args.template in NAMED_TEMPLATES):
        todo = [c for c in named_cases(2 * args.n, args.seed, args.template)
                if not args.country or c.country == args.country]
        _run(nlp, todo, args.misses, "named")
    if args.set == "shapes" and (args.template is None or args.template in SHAPE_TEMPLATES):
        todo = [c for c in shape_cases(len(SHAPE_TEMPLATES) * 40, args.seed, args.template)
                if not args.country or c.country == args.country]
        _run(nlp, todo, args.misses, "shapes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
