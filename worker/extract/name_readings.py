"""What NER and the tables say a capitalised name near a place word is: a people, a person or firm named after
a town, a building, a day, an armed group, or a town NER mislabelled."""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from spacy.lang.en.lex_attrs import like_num

from worker.extract.gazetteer import DEMONYMS, building_nouns, data_rows, communities, groups, named_groups, place_verbs, places
from worker.extract.geonames import fold, index, non_place_names, plain_words
from worker.extract.region_cores import named_regions
from worker.extract.last_text import last_text
from worker.extract.place_mention import PlaceMention
from worker.extract.place_words import DISTRICT_WORD, GENERIC_WORD, KIND, NAME, POSSESSIVE
from worker.extract.alternation import literal
from worker.extract.unit_words import PROVINCE_WORDS


def in_actor_name(text: str, start: int, end: int) -> bool:
    """A place word inside an armed group's name ("Pakistani Taliban", "Islamic State West Africa") is no place."""
    starts, ends = _actor_spans(text)
    i = bisect.bisect_right(starts, start) - 1  # group names do not overlap: only the last one starting before can hold it
    return i >= 0 and end <= ends[i]


@last_text
def _actor_spans(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the group names of an article, found once (every place mention of every sentence asks)."""
    found = named_groups(text)
    return [g.start for g in found], [g.end for g in found]


def not_a_name(doc: Any | None, start: int, end: int) -> bool:
    """NER reads the words as a day, a feast, a language or a law ("Christmas market", "Friday mosque")."""
    return doc is not None and any(e.label_ in ("DATE", "TIME", "EVENT", "LANGUAGE", "LAW", "ORDINAL")
                                   and e.start_char < end and start < e.end_char for e in ents_between(doc, start, end))


IN_DISTRICT_AFTER = re.compile(r"(?:\s*,\s*|\s+in\s+)(?:the\s+)?" + NAME + r"\s+(?i:" + DISTRICT_WORD.pattern + r")\b")
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
_IN_AT_ONLY = re.compile(r"\b(?:in|at|near|outside)\s+$")  # "near Gao": NER's person is the town


def mislabelled_place(text: str, ent: Any) -> bool:
    """A name NER calls a person, an organisation, a people or a thing that the gazetteer knows as a town, where the words
    around it give it as a place: right after "in"/"at" ("in Ciudad Juarez", "in Owo"), after "the town of" / "hometown of", as the
    object of a verb of striking or storming ("a missile struck Kryvyi Rih"), or an organisation's possessive
    before a thing ("Solingen's 650th-anniversary festival"). Small models often tag unfamiliar town names so; the
    last two need a sizeable town, as people and firms share names with villages."""
    if ent.label_ not in ("PERSON", "ORG", "NORP", *_THING_LABELS) or ent.text in DEMONYMS \
            or not ent.text[:1].isupper():
        return False
    name = POSSESSIVE.sub("", ent.text.strip())
    if names_a_thing(text, ent.end_char, name):
        return False
    before = text[max(0, ent.start_char - 30):ent.start_char]
    owner = bool(POSSESSIVE.search(ent.text)) or bool(re.match(r"['’]", text[ent.end_char:ent.end_char + 1]))
    if not owner and (_IN_AT_ONLY.search(before[-9:]) or _KIND_OF_BEFORE.search(before)):
        return bool(places().candidates(name)) or name.lower() in places()
    if not owner and _UNIT_COMMA_BEFORE.search(before):  # "in Wamena, Jayawijaya regency, Papua,": the address's
        return places().province(name) is not None  # next link is the province, when the gazetteer knows one so
    if ent.label_ == "NORP" or ent.label_ in _THING_LABELS:  # "a church in Owo" read as a people, "in Shashamane"
        return False  # as a product: only right after "in"/"at" or "the town of"
    verb = _WORD_BEFORE.search(before)
    if not owner and verb is not None and verb.group(1) in place_verbs():
        return _town_size(name) >= _SIZEABLE
    if owner and ent.label_ == "ORG":
        after = _NEXT_THING.match(text, ent.end_char + (0 if POSSESSIVE.search(ent.text) else 2))
        return after is not None and after.group(1).lower() not in _people_nouns() \
            and after.group(1).lower() not in owned_nouns() and _town_size(name) >= 2 * _SIZEABLE
    return False


def names_a_thing(text: str, end: int, name: str) -> bool:
    """A name whose sense in news is no place (data/non_place_names.csv) before a noun that is no place's kind ("in
    Batman costumes", "at Eid prayers"): the thing's name, even after "in"/"at" ("in Batman town", "in Batman on
    Monday" stay the town). The noun is read as the next lower-case word that is no function word or past verb."""
    if fold(name) not in non_place_names():
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1) not in _FUNCTION_WORDS and not nxt.group(1).endswith("ed") \
        and not re.fullmatch(KIND + "|" + literal(PROVINCE_WORDS), nxt.group(1), re.I)


_FUNCTION_WORDS = frozenset("in on at of and or but to from near by with for as is are was were has have had be been "
                            "said says where when while after before since until which who that this the a an "
                            "late early last next".split())


# labels of things a small model gives unfamiliar names as readily as a person's ("in Shashamane" as a PRODUCT,
# "in Tumaco" as an EVENT)
_THING_LABELS = ("PRODUCT", "EVENT", "WORK_OF_ART")
# "the town of X", and a part of a town before the town ("the Chamelecón sector of San Pedro Sula": NER's person)
_KIND_OF_BEFORE = re.compile(r"\b(?:home ?town|town|city|village|capital|outskirts|suburbs?|neighbou?rhoods?|quarter|"
                             r"sector|barrio|colonia|district|area) of\s+$", re.I)
_UNIT_COMMA_BEFORE = re.compile(r"\b(?:district|county|regency|department|municipality|prefecture|commune|zone|"
                                r"local government area|LGA)\s*,\s*$")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_NEXT_THING = re.compile(r"\s+([a-z0-9][\w-]*)")  # a lower-case word or a figure: a thing, not a title ("Mayor")
_SIZEABLE = 50_000  # people: a town this big is more often meant than a person or firm of its name


def after_place_verb(text: str, start: int) -> bool:
    """The name is the object of a verb whose object is a place ("jihadists stormed X", data/place_verbs.csv)."""
    verb = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return verb is not None and verb.group(1) in place_verbs()


# a care centre's name: "St. Mary's Medical Center" is a hospital
_CARE_CENTRE = re.compile(r"\b(?:medical|health|trauma)\s+cent(?:er|re)$", re.I)


def building_name(name: str) -> bool:
    """The name ends in a building's or an institution's kind ("Bacha Khan University", "Mercy Hospital"): what
    is stormed or struck there is a building, not a town; "St. Mary's Medical Center" is a hospital."""
    return name.rsplit(None, 1)[-1].lower() in building_nouns() or _CARE_CENTRE.search(name) is not None


# "St. Mary's Medical Center", "Saint Joseph's church": a saint's name owning an institution named after it
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint)\.?\s+$")
_OWNED_AFTER = re.compile(r"['’]s?\s+(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)")
# "St. Anthony Hospital": the saint's name before the institution's kind, no possessive
_NAMED_AFTER = re.compile(r"\s+(?P<words>(?:[A-Z][\w-]*\s+){0,2}[\w-]+)")


def saint_patron(text: str, start: int, end: int, owned: bool = False) -> bool:
    """The name is a saint's, owning an institution ("St. Mary's Medical Center", "St. Vincent's Hospital", "St.
    Anthony Hospital"): no town, though the gazetteer knows a Mary (Turkmenistan) and an Anthony (New Mexico). Not
    "St. Mary's County": a unit keeps its name. `owned`: only the possessive form counts (the saint's name is a
    town's whole, "St. Joseph": "St. Joseph Hospital" may be the town's hospital, "St. Joseph's hospital" is not)."""
    if (saint := _SAINT_BEFORE.search(text, max(0, start - 7), start)) is None:
        return False
    if (m := _OWNED_AFTER.match(text, end) or (None if owned else _NAMED_AFTER.match(text, end))) is None:
        return False
    if _big_saint_town(text[saint.start():end]):
        return False  # "St. Petersburg Airport", "St. Louis's City Hall": a big town's building, the town is the place
    words = m.group("words")
    return any(building_name(" ".join(words.split()[:k])) for k in (1, 2, 3))


SAINT_TOWN_SIZE = 100_000  # people: a saint's name this big a town is read as the town before an institution


def _big_saint_town(name: str) -> bool:
    """Whether the whole saint's name ("St. Petersburg", "St. Louis") is a big town in the gazetteer: its building
    ("St. Petersburg Airport") is the town's, while a small namesake ("St. Joseph's hospital") is the saint's."""
    full = re.sub(r"^(?:St|Saint)\.?\s+", "Saint ", name)
    return any(p.kind == "city" and (p.population or 0) >= SAINT_TOWN_SIZE
               for n in {name, full, full.replace("Saint ", "St. ", 1)} for p in places().candidates(n))


_SAINT_NAME = re.compile(r"(?:St|Ste|Saint)\.?\s+(?P<saint>[A-Z][\w-]*)")
# a unit's word after a saint's name: "St. Mary district", "St. James parish" (not "county": "St. Louis County"
# lies around its namesake town as a rule)
_UNIT_WORD_AFTER = re.compile(r"\s+(?:district|parish|municipality|province|region)\b", re.I)
_SAINT_START = re.compile(r"(?:St|Ste|Saint|Sainte)\.?\s")


def saint_tail(text: str, start: int) -> bool:
    """The name at `start` follows a saint's title ("St. Mary", "Saint Louis"): it is the rest of a saint's name,
    never the place its last words alone name (Turkmenistan's Mary for "St. Mary district")."""
    return _SAINT_BEFORE.search(text, max(0, start - 7), start) is not None


def saint_unit_town(text: str, start: int, end: int, place: Any) -> bool:
    """A town read from a saint's name right before a unit's word ("in St. James parish", "St. Catherine
    parish"): the unit is named after the saint, no namesake town of the name elsewhere (a Vietnamese or Egyptian
    town a gazetteer alias calls so); not a town whose own unit bears its name ("the St. Petersburg region")."""
    return place is not None and place.kind == "city" and saint_before_unit(text, start, end, place.country)


def saint_before_unit(text: str, start: int, end: int, country: str | None = None) -> bool:
    """The name at [start, end) is a saint's right before a unit's word ("St. James parish", "St. Mary district"),
    not a town's whose own province or district bears its name (`town_named_unit`)."""
    return _SAINT_START.match(text, start) is not None and _UNIT_WORD_AFTER.match(text, end) is not None \
        and not town_named_unit(text[start:end], country)


_SAINT_WORD = re.compile(r"^(?:st|ste|saint|sainte|sankt)\.?[\s-]+")


def _saint_key(name: str) -> str:
    """A saint's name folded, its title spelled one way ("St. Pölten", "Sankt Pölten" -> "saint polten")."""
    return _SAINT_WORD.sub("saint ", fold(name).replace("-", " "))


def town_named_unit(name: str, country: str | None = None) -> bool:
    """A town of the name (in `country`; without one, the most populous town) lies in a province or district of
    its name (Russia's federal city of Saint Petersburg, the City of St. Louis, Bezirk Sankt Pölten): the unit's
    word after it names the town's own unit ("the St. Louis region"), no saint's unit elsewhere."""
    key = _saint_key(name)
    towns = [c for c in index().cities(name) if country is None or c.country == country][:1]
    return any(re.search(r"\b" + re.escape(key) + r"\b", _saint_key(n)) is not None
               for c in towns for u in (c.admin1, c.admin2) if u is not None for n in u.names)


def saint_patron_name(text: str, start: int, name: str) -> bool:
    """A saint's name NER gives as a place, owning an institution ("St. Mary's Regional Medical Center", "St.
    Mary's hospital"): no town (saint_patron, read on the name's own span)."""
    m = _SAINT_NAME.fullmatch(name.removesuffix("'s").removesuffix("’s"))
    return m is not None and saint_patron(text, start + m.start("saint"), start + m.end("saint"), owned=True)


@cache
def _street_after() -> re.Pattern[str]:
    """A street's capitalised type word right after a name (data/street_words.csv), no capitalised word after it:
    "West Chicago Avenue" names a street, "the Kaduna Road Transport Workers Union" a union."""
    return re.compile(r"\s+(?:" + literal(r["word"] for r in data_rows("street_words.csv"))
                      + r")\b(?![\w'’-])(?!\s+[A-Z])")


# "the 4800 block of West Chicago Avenue", "at 1200 West Chicago Ave.": a street address, the town unnamed
_ADDRESS_BEFORE = re.compile(r"(?:\bblock\s+of|\b\d+[A-Za-z]?)\s+$", re.I)
# "on Haifa Street", "along the Nairobi Expressway": a street the text places the event on
_ON_STREET_BEFORE = re.compile(r"\b(?:on|along|off)\s+(?:the\s+)?$", re.I)


def street_name(text: str, start: int, end: int) -> str | None:
    """How the name at [start, end) begins a street's name the text marks as one: "address" after "the N block
    of"/a house number (the street's town stays unnamed there, only its province is implied), "street" after "on"/"along" (the street is often
    in the town named, "on the Nairobi Expressway", or elsewhere, "on Haifa Street in Baghdad": a landmark);
    None when no street word follows or nothing marks a street ("the Lagos Street Traders Association")."""
    if _street_after().match(text, end) is None:
        return None
    before = text[max(0, start - 20):start]
    if _ADDRESS_BEFORE.search(before):
        return "address"
    return "street" if _ON_STREET_BEFORE.search(before) else None


@cache
def _street_word_in() -> re.Pattern[str]:
    """A street's type word after a capitalised word inside a name ("West Chicago Ave", "Lagos Road in Ikorodu")."""
    return re.compile(r"\b[A-Z][\w'’-]*\s+(?:" + literal(r["word"] for r in data_rows("street_words.csv"))
                      + r")\b(?![\w'’-])")


def names_street(name: str) -> bool:
    """Whether a name NER gives as a place holds a street's ("West Chicago Ave", "Lagos Road in Ikorodu"): a
    street, no town."""
    return _street_word_in().search(name) is not None


# what names the place a street lies in: "Haifa Street in Baghdad", "Lagos Road, Ikorodu"
_STREET_IN = re.compile(r"\.?(?:\s*,|\s+in)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def street_landmark(text: str, end: int, town: Any) -> bool:
    """Whether the street begun by `town`'s name at `end` lies in a place of another province the text names after
    it ("on Mombasa Road in Nairobi": Nairobi; "on Lagos Avenue in Ikoyi": Ikoyi is Lagos's, whose name stays the
    clue to its state) or in none named (the road in the town it is named after, "on the Nairobi Expressway")."""
    street = _street_after().match(text, end)
    where = _STREET_IN.match(text, street.end()) if street else None
    if where is None:
        return False
    names = where.group("name").split()
    near = [p for k in (len(names), 1) for p in places().candidates(" ".join(names[:k]))]
    return bool(near) and not any(p.country == town.country and p.admin1 == town.admin1 for p in near)


def _town_size(name: str) -> int:
    """The population of the biggest town the gazetteer calls `name` (0 if none)."""
    return max((p.population or 0 for p in places().candidates(name) if p.kind == "city"), default=0)


_NAME_WORDS = re.compile(r"(?:[A-Z][\w'’-]*\s+)+")
_QUALIFIER = re.compile(r"(?:North|South|East|West|Central|Greater|Old|New|Upper|Lower|Inner|Outer)\w*\s", re.I)


def longer_name(doc: Any | None, text: str, start: int, end: int) -> Any | None:
    """The NER entity (a person's or a place's) that holds a known town's name after capitalised words of its own
    ("Kwanar Dutse" over "Dutse") and that the gazetteer does not know: the town's name is only part of another
    name. Not "West Mosul" or "Greater Kano": a compass or size word qualifies the town."""
    if doc is None:
        return None
    ent = next((e for e in ents_between(doc, start - 40, start) if e.end_char >= end and e.label_ in
                ("PERSON", "GPE", "LOC", "FAC")), None)
    if ent is None or not _NAME_WORDS.fullmatch(text, ent.start_char, start) or _QUALIFIER.match(text, ent.start_char) \
            or ent.text.lower() in places() or places().candidates(ent.text) or ent.text in DEMONYMS \
            or _HOMETOWN_OF.search(text, max(0, ent.start_char - 60), ent.start_char):
        return None
    return ent


# "the hometown of Sunday Igboho", "the hometown of the late politician Aminu Kano": a hometown is a person's, so the
# name after it is a person's; a known town that ends it is where he comes from (people are named after their town)
_HOMETOWN_OF = re.compile(r"\b(?:[Hh]ome ?town) of\s+(?:[a-z][\w-]*\s+){0,4}$")


# "near Aisha Buhari's hometown", "outside Musa Ali's house": a person's own place after the possessive
_OWN_PLACE_AFTER = re.compile(r"['’]s?\s+(?:home ?town|home village|native (?:village|town)|birthplace|residence|"
                              r"(?:family )?(?:house|home)|compound|farm)\b", re.I)


# "Sani Bello, a district head,": an apposition whose head noun is a person's
_APPOSITION_HEAD = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?([a-z]+)(?=\s*[,.;]|\s+(?:of|in|from|who)\b)")


def hometown_person(text: str, start: int, name: str) -> bool:
    """A name the gazetteer does not know right after "the hometown of", before "'s hometown" (or house, home,
    residence) or before an apposition that calls it a person (", a district head,"): a person, not a place."""
    if name.lower() in places() or places().candidates(name):
        return False
    if _HOMETOWN_OF.search(text, max(0, start - 60), start) or _OWN_PLACE_AFTER.match(text, start + len(name)):
        return True
    from worker.extract.toll_phrases import person_nouns  # toll_phrases reads places' tables: imported late
    head = _APPOSITION_HEAD.match(text, start + len(name))
    return head is not None and head.group(1) in person_nouns()


# what may precede a name that stands for its town: an article ("the Kabul Bank" stands in Kabul) or a locative
_NAME_OF_A_SITE_BEFORE = re.compile(r"\b(?:the|in|at|near|outside|of)\s+$", re.I)


def name_begun_by_town(doc: Any | None, text: str, start: int, end: int) -> bool:
    """A person's or firm's name (NER PERSON or ORG) that begins with a known town's name and goes on with
    capitalised words of its own, unknown to the gazetteer and with no article or locative before it ("Paris
    Hilton", "Aminu Kano said"): the town is only part of a name, not a place the text mentions."""
    if doc is None or _NAME_OF_A_SITE_BEFORE.search(text, max(0, start - 12), start):
        return False
    ent = next((e for e in ents_between(doc, start, end) if e.start_char == start and e.end_char > end
                and e.label_ in ("PERSON", "ORG")), None)
    if ent is None or not re.fullmatch(r"(?:\s+[A-Z][\w'’-]*)+", text[end:ent.end_char]):
        return False
    return ent.text.lower() not in places() and not places().candidates(ent.text) \
        and not _GENERIC_AFTER.search(text, end, ent.end_char)


_GENERIC_AFTER = re.compile(r"\b" + GENERIC_WORD)


def wider_name(inside: list[tuple[int, int]], start: int, end: int, name: str) -> bool:
    """An entity that holds shorter mentions and is itself a known place ("Northern Ireland" over "Ireland")."""
    return all(start <= s and e <= end and e - s < end - start for s, e in inside) and name.lower() in places()


def people_name(name: str) -> bool:
    """`name` is a demonym, a people's name or a community's (faith, language: "Yazidi", "Druze", "Anglophone"), by
    the tables, which know the peoples NER misses: "Druze villagers" are no village's."""
    from worker.extract import countries  # countries reads this module's mentions: imported when first asked
    return name in DEMONYMS or name in communities() or name in countries.demonyms() or name in countries.peoples()


def people_word(doc: Any | None, start: int, end: int) -> bool:
    """"the Shiite village of X", "an ethnic Fulani village": NER reads a people (NORP), not a place's name (asked
    only of a name before its kind: NER also reads "the village of X" as a people now and then)."""
    return doc is not None and any(e.label_ == "NORP" and e.start_char <= start and end <= e.end_char
                                   for e in ents_between(doc, start - 30, end))


# what may stand between a name and the time phrase NER joined to it ("Jos late Sunday", "Jos on New Year's Day")
_TIME_LEAD = re.compile(r"\s*(?:[a-z]+\s+){0,3}")
_TIME_TAIL = re.compile(r"(?:\s*[a-z]+)*\W*")


def names_a_day(name: str) -> bool:
    """The words are a day or a time the date finder reads ("Palm Sunday", "Christmas Eve"), which NER may tag as a
    place: no town's name."""
    from worker.extract import dates  # dates is imported by modules this one serves: imported when first asked
    return bool(dates.find(name, None))


_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def names_a_time_or_feast(name: str) -> bool:
    """A month or its short form, a weekday or a season ("Feb", "Sept"), or a name whose sense in news is no place
    (data/non_place_names.csv: "Lent", "Mawlid"): before ", Kaduna State police said" no town of the state."""
    return name.lower() in _calendar_words() or fold(name) in non_place_names()


@cache
def _calendar_words() -> frozenset[str]:
    """Months (and their short forms), weekdays and seasons, lower case: words that name a time, never a town."""
    from worker.extract import dates  # dates is imported by modules this one serves: imported when first asked
    return frozenset(dates.MONTHS) | frozenset(dates.WEEKDAYS) | _SEASONS


def ends_in_time(text: str, end: int, ent: Any) -> bool:
    """An entity that holds a name ending at `end` and goes on with a time phrase only ("Jos late Sunday" as a DATE,
    "Jos on New Year's Day" as an ORG): NER joined the name to the day after it, so the name is read on its own.
    The time phrase is what the date finder (dates.find, its lexicon of days, holidays and periods) reads there."""
    from worker.extract import dates  # dates is imported by modules this one serves: imported when first asked
    name = text[ent.start_char:end].strip().lower()
    if ent.end_char <= end or name in _calendar_words():
        return False  # "in March last year", "in Spring 2019": the name opens the date, it is no town
    rest = text[end:ent.end_char]
    found = next(iter(dates.find(rest, None)), None)
    return found is not None and _TIME_LEAD.fullmatch(rest, 0, found.start) is not None \
        and _TIME_TAIL.fullmatch(rest, found.end) is not None


def misdated(ent: Any) -> bool:
    """NER calls a name a day or a time in which the date finder reads no day ("in Amhara" as a DATE): a small
    model's guess at an unfamiliar name, not a time."""
    if ent.label_ not in ("DATE", "TIME") or any(ch.isdigit() for ch in ent.text):
        return False
    from worker.extract import dates  # dates is imported by modules this one serves: imported when first asked
    if {w.strip(".,'’").lower() for w in ent.text.split()} & _calendar_words():
        return False  # "in May", "in Spring": a month, a day or a season with no day the finder reads is still one
    return not dates.find(ent.text, None)


_ents_cache: tuple[Any, list[Any], list[int]] = (None, [], [])  # the last doc, its entities and their offsets


def ents_between(doc: Any, start: int, end: int) -> list[Any]:
    """Entities of `doc` starting in [start, end). Every sentence of an article asks; scanning all entities each
    time made place finding quadratic in long articles, so the last doc's entities are indexed by offset (the
    cache holds the doc itself, so its id cannot be reused by another doc while cached; one tuple, read once, so
    threads never mix two docs)."""
    global _ents_cache
    cached = _ents_cache
    if cached[0] is not doc:
        ents = sorted((_town_of_address(doc, e) for e in doc.ents), key=lambda e: e.start_char)
        cached = _ents_cache = (doc, ents, [e.start_char for e in ents])
    _, ents, offsets = cached
    return ents[bisect.bisect_left(offsets, start):bisect.bisect_left(offsets, end)]


_ADDRESS_COMMA = re.compile(r",\s")


def _town_of_address(doc: Any, ent: Any) -> Any:
    """The town of an entity NER took with its unit as one name ("Bangor, Me" of "Bangor, Me., police said", whose
    full stop it left out; "Salem, Ore"), as an entity of its own label: the unit after the comma places the town
    (unit_towns.units_after), as when NER tags the town alone. The entity itself when it is no such address."""
    comma = _ADDRESS_COMMA.search(ent.text)
    if comma is None or not hasattr(doc, "char_span") or ent.text.lower() in places():
        return ent
    from worker.extract.unit_towns import units_after  # unit_towns reads the place tables this module serves
    end = ent.start_char + comma.start()
    if not units_after(doc.text, end) or ent.text[comma.end():].count(",") or ent.text[:comma.start()].lower() \
            not in places() and not index().cities(ent.text[:comma.start()]):
        return ent
    return doc.char_span(ent.start_char, end, label=ent.label_) or ent


_NOT_TOWN = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|River|Lake|Mountains?|Hills|Desert|Valley|Channel|Canal|Coast|"
                       r"Peninsula|Basin|Delta|Plateau|Highlands|Gorge|Estuary|Rift|Corridor|Front|Division|Command|"
                       r"Brigade|Headquarters|Road|Street|Highway|Avenue|Expressway|Bridge|"
                       r"Line|Line of (?:Actual )?Control)$|"  # a boundary ("the Durand Line", "the Line of Control")
                       r"^(?:Operation|Exercise)\s|"  # a named military undertaking ("Operation Safe Corridor")
                       r"^(?:Europe|Africa|Asia|Oceania|(?:North|South|Latin|Central) America|(?:the )?Middle East|Sahel|"
                       r"Balkans|Caucasus|Scandinavia|Eastern Europe|Western Europe|West Africa|East Africa|Horn of Africa)$")


def is_name(text: str, village: bool = False) -> bool:
    """An unknown name that can stand for a town: not an all-caps word, an armed group, a sea, a military unit or
    operation, nor a number word ("Six villagers were killed": a count that opens a sentence is capitalised), nor a feast, a
    month of a calendar or a character ("in Muharram", "at Eid": data/non_place_names.csv), nor plain words ("at the
    Coast", "in the Capital", NER's "Coast on": `_plain_words`) unless the text names a village by them (`village`:
    "the village of Karma", "Hope village"), nor a region's ("the Donbas": named_regions)."""
    return len(text) > 2 and text[0].isupper() and not text.isupper() and not groups()[0].fullmatch(text) \
        and not _NOT_TOWN.search(text) and not like_num(text.split()[0]) and fold(text) not in non_place_names() \
        and (village or not _plain_words(text)) and fold(text) not in named_regions()


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


_NAME_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|e|de|del|la|le|di|da|do|du|dos|das|ul|ur|bin|ibn|of|the|"
                            r"y|et|sur|en)")


def _plain_words(name: str) -> bool:
    """A capitalised phrase that is no name: each of its words a frequent English word that is no name ("Coast",
    "Capital", "Stadium": words capitalised as a place's epithet or at a sentence's start), or one ending in a
    lower-case word that is no particle of a name (NER's "Coast on" took the next word). A town big enough that
    the gazetteer keeps it under the word ("Reading", "Mobile": geonames.PLAIN_WORD_TOWN) is a name."""
    words = re.split(r"[\s-]+", name.strip())
    last = words[-1]
    return all(w.lower() in plain_words() for w in words) and not index().cities(name) \
        or (last[:1].islower() and len(words) > 1 and not _NAME_PARTICLE.fullmatch(last))


@cache
def owned_nouns() -> frozenset[str]:
    """A person's property or household after a possessive ("Bello's farm", "Garcia's wife": data/owned_nouns.csv):
    its owner is a person or a firm, whatever town bears the name."""
    return frozenset(r["noun"].lower() for r in data_rows("owned_nouns.csv"))


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns of people and armed groups (data/person_nouns.csv, group_nouns.csv, role_words.csv's armed nouns;
    victim_groups.csv is asked too)."""
    from worker.extract.group_names import group_nouns
    from worker.extract.syntax import word_lists
    from worker.extract.toll_phrases import person_nouns
    return person_nouns() | frozenset(group_nouns()) | frozenset(word_lists().get("armed_nouns", ()))


def people_modifier(m: PlaceMention, text: str) -> bool:
    """An unknown name the text does not give as a place (no "in", no kind word), right before a noun of people:
    "Kyrgyz troops", "Yoruba traders" name a people or an affiliation, not where the incident is."""
    if m.place is not None or m.locative or m.at or m.named_kind or m.town or m.district:
        return False
    after = _NEXT_WORD.match(text, m.end)
    if after is None:
        return False
    from worker.extract import victim_groups
    word, nouns = after.group(1), _people_nouns()
    return word in nouns or victim_groups.group_of(word) != victim_groups.ANY or any(word.endswith(p) and word[:-len(p)] + one in nouns
                                for p, one in (("men", "man"), ("ies", "y"), ("s", "")))
