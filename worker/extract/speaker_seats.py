"""Places named as where a speaker sits or people come from ("a security official in Mogadishu", "Kaduna police
said"): the seat of who speaks, not the scene; one state's seat still tells the incident's province."""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from worker.extract import geonames, place_ranking
from worker.extract.gazetteer import data_rows, groups, places
from worker.extract.last_text import last_text_at
from worker.extract.place_roles import event_there, sentence_rest
from worker.extract.place_words import NAME
from worker.extract.police_forces import force_at, force_seat


_SPEAKER = re.compile(r"\b(?:officials?|spokes(?:man|woman|person)|sources?|correspondent|reporters?|commanders?|officers?|"
                      r"police chief|minister|ministry|"
                      r"(?P<verb>told [\w.]+|said|[Ss]peaking|(?:press|news) conference|briefing|interview))\s+(?:\w+\s+)?(?:in|from|based in)\s+"
                      r"(?:the\s+)?$", re.I)


_ORIGIN = re.compile(r"\b(?:troops|soldiers|forces|peacekeepers|fighters|contingents?|nationals|citizens|workers|"
                     r"migrants|refugees|pilgrims|tourists)\s+from\s+(?:the\s+)?$", re.I)


# "Nainital district magistrate Jane Doe", "the Kano police chief": the office's seat, which speaks, not the scene
_OFFICE_AFTER = re.compile(r"['’]?s?\s+(?:district\s+|city\s+|provincial\s+|state\s+)?(?:magistrate|police chief|"
                           r"superintendent|deputy commissioner|collector|governor|mayor|administrator|spokes(?:man|woman|person)|"
                           # "Kaduna police said", "the Borno State Police Command": the force that speaks, by its seat
                           r"(?:police|gendarmerie)\s+(?:(?:command|commissioner|spokes(?:man|woman|person)|chief)\b|"
                           r"(?:said|says|told|confirmed|stated|reported)\b))",
                           re.I)


@last_text_at
def speaker_place(text: str, start: int, end: int | None = None) -> bool:
    """"a security official in Mogadishu told dpa", "50 AU troops from Uganda", "Nainital district magistrate":
    where the speaker sits or people come from, not where the event happened."""
    before = text[max(0, start - 50):start]
    speaker = _SPEAKER.search(before)
    if not speaker and end is not None and _FORCE_BEFORE.search(before) and _STATES_NEXT.match(text, end):
        return True  # "Police in Makurdi blamed herdsmen for the attack in Guma": the force speaks from its seat
    if speaker and not speaker.group("verb") and end is not None and not _SPEECH_AFTER.match(text, end, end + 100):
        speaker = None  # "killed three customs officers in Kwara State": the victims' place, nobody speaks from it
    if speaker and end is not None and event_there(text, end):
        speaker = None  # "Speaking in Zaria, where gunmen killed 5": the speaker stands at the scene
    return bool(speaker or _ORIGIN.search(before) or (end is not None and _OFFICE_AFTER.match(text, end, end + 40)
                                                      and not _TOWN_REFERRED_BACK.search(sentence_rest(text, end))))


# "Kaduna police said gunmen attacked the city's main market": the sentence points back to the town the office's
# seat names ("the city", not "the city of X"), so the seat is the scene as well
_TOWN_REFERRED_BACK = re.compile(r"\bthe (?:city|town)(?:['’]s\b|\b(?!\s+of\b))", re.I)


_SPEECH_AFTER = re.compile(r"[^.,;!?]*?\b(?:said|says|say|told|tells|stated|confirmed|added|reported|according)\b")
# police or authorities of a town whose own verb, right after it, states or charges ("Police in X said", "Police in X
# blamed herdsmen for the attack in Y"; not "police in X shot dead a militant accused of ...", nor "Police in X
# arrested ... and said")
_FORCE_BEFORE = re.compile(r"\b(?:police|authorities)\s+(?:in|from|based in)\s+(?:the\s+)?$", re.I)
_STATES_NEXT = re.compile(r"(?:\s+[A-Z]\w+)?\s+(?:(?:on\s+)?\w+day\s+|have\s+|has\s+|had\s+)?(?:said|say|says|told|"
                          r"confirmed|stated|blamed|blame|blames|accused|accuse|accuses|announced|announce|announces)\b")


def seat_province(where: place_ranking.Cue, country: str | None) -> str | None:
    """The one province of `country` that the incident's sentences name only as the seat of an office that speaks
    ("Kaduna police said", "the Borno State Police Command"): a state's command or governor speaks for its state,
    so the scene lies in it, though not in the namesake town. None when no or several provinces are so named."""
    if country is None:
        return None
    text, found = where.text, set()
    for a, b in where.sentences:
        for m in _NAME.finditer(text, a, b):
            words = m.group().split(" ")
            if (force := force_at(text, m.start())) is not None and force.country == country and force.admin1:
                found.add(force.admin1)  # "Kent Police said": the force of its county, in that country's province
                continue
            if _force_seat(text, m.start(), m.end()) and (province := _province_in(m.group(), country)) is not None:
                found.add(province)  # "Police in Isfahan said": the force of that province speaks
                continue
            for k in range(len(words), 0, -1):  # "Kaduna Police Command": the seat is the words before the office
                name = " ".join(words[:k])
                if _OFFICE_AFTER.match(text, m.start() + len(name), m.start() + len(name) + 40) \
                        and (province := _province_in(name, country)) is not None:
                    found.add(province)
                    break
    return next(iter(found)) if len(found) == 1 else None


_NAME = re.compile(r"(?<![\w'’-])" + NAME)


# a town's own force or office, right after its name: "Tampa police said", "the Denver mayor" (not a province's command)
_TOWN_OFFICE_AFTER = re.compile(r"['’]?s?\s+(?:city\s+)?(?:police|mayor|fire department|sheriff)\b", re.I)


@cache
def _force_words() -> frozenset[str]:
    """Words that name a force's kind or reach before "police", not a town ("Metro police", "State police",
    "Capitol Police"; data/force_words.csv)."""
    return frozenset(r["word"] for r in data_rows("force_words.csv"))


def _force_word(name: str) -> bool:
    """Whether a word of the name is a force's kind or a plain word, or the name an armed group's ("Hamas police"):
    no town's own police."""
    return any(w.lower() in _force_words() or w.lower() in geonames.plain_words() for w in name.split()) \
        or armed_group(name)


SEAT_TOWN_PEOPLE = 100_000  # a town whose own force speaks is read without a country from this size on


def seat_town(where: place_ranking.Cue, country: str | None) -> Any | None:
    """The one town of `country` whose own police or mayor speaks in the incident's sentences ("..., Tampa police
    said") when the text names no scene: a town's force speaks of what happened in its town. None when no or
    several towns are so named. With no country known, only a town of SEAT_TOWN_PEOPLE that is the name's first
    reading ("..., Peshawar police said"): a big town's force is known by its town alone; a village's namesakes are
    many."""
    text, found = where.text, {}
    for a, b in where.sentences:
        for m in _NAME.finditer(text, a, b):
            if not _TOWN_OFFICE_AFTER.match(text, m.end()):
                continue
            name = m.group()
            if _force_word(name):
                continue  # "Metro police", "Capitol Police": a force's kind
            town = places().get(name.lower())
            if town is not None and (force_at(text, m.start()) or (force_seat(name) and town.country != country)):
                continue  # "Kent Police", "Durham police": a county's force, or maybe it, not clearly the namesake's
            if town is not None and _province_of_its_country(name, town.country):
                continue  # "Kaduna police": the state's command (not "Oakland police": New Zealand's alias only)
            if town is not None and town.kind == "city" and town.admin1 and (
                    town.country == country
                    or (country is None and town.country and (town.population or 0) >= SEAT_TOWN_PEOPLE)) \
                    and _clearly_the_namesake(town, country):
                found[(town.name, town.admin1)] = town
    return next(iter(found.values())) if len(found) == 1 else None


NAMESAKE_MARGIN = 3  # times: a town this much bigger than its next big namesake is the one a bare name means


def _clearly_the_namesake(town: Any, country: str | None) -> bool:
    """The town is the biggest of its namesakes (in `country` when known) by NAMESAKE_MARGIN over any other of
    SEAT_TOWN_PEOPLE: "Valencia police" may be Spain's or Venezuela's, "Pasadena police" California's or Texas's,
    and the force's name alone does not say which."""
    key = geonames.fold(town.name)
    sizes = sorted((c.population for c in geonames.index().cities(town.name)
                    if geonames.fold(c.name) == key and country in (None, c.country)), reverse=True)
    if town.population in sizes:
        sizes.remove(town.population)  # the town's own entry
    rival = max(sizes, default=0)
    return rival < SEAT_TOWN_PEOPLE or (town.population or 0) >= NAMESAKE_MARGIN * rival


def armed_group(name: str) -> bool:
    """The name is an armed group's of data/groups.csv ("Hamas"): a force it runs is no town's."""
    group = groups()[1].get(name.lower())
    return group is not None and group.kind == "group"


def _province_of_its_country(name: str, country: str | None) -> bool:
    """A province of the town's own country bears the name ("Kaduna"): its force may be the province's command."""
    province = places().province(name)
    return province is not None and province.country == country


def _force_seat(text: str, start: int, end: int) -> bool:
    """The name is the seat of a force that speaks: "Police in X said", "authorities in X blamed" (as speaker_place
    reads it), the word order news uses beside "X police said"."""
    return _FORCE_BEFORE.search(text, max(0, start - 30), start) is not None and _STATES_NEXT.match(text, end) is not None


def _province_in(name: str, country: str) -> str | None:
    """The first-level province of `country` called `name`: the gazetteer's province of the name, else the GeoNames
    subdivision of that country ("Florida" is also a municipality of Puerto Rico, the gazetteer's first reading)."""
    province = places().province(name)
    if province is not None and province.country == country:
        return province.admin1 or province.name
    return next((s.name for s in geonames.index().subdivisions_named(name, level=1) if s.country == country), None)
