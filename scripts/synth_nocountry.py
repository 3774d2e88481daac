#!/usr/bin/env python3
"""A synthetic probe of the country of texts that never name it (issue #13): short wire leads that name only a
town, a province, or both, some with an armed group (data/group_countries.csv) or a force's demonym ("Afghan
troops"), drawn from the gazetteer over the countries with conflict news (synth_places.WIDE_COUNTRIES) and four
population bands. The held-out misses are all of this kind, and the read articles hold too few of them to show
which clue fails: this probe tabulates country (and admin1, city) accuracy by template, band, and whether the town's
name is also a town abroad (a namesake: then the town alone should not be enough, and a province or a group
should settle it).

A second set (--clues) writes the other clues a text tells its country by, each drawn from its data file (a
one-country force or agency, an office's title, a unit word, a currency, a people, a group, a legislature or party):
alone ("clue_only": the clue must carry the country), beside a town of the clue's country ("clue_town": it must
settle a namesake), and a neighbour's group or force beside a town ("clue_abroad": al-Shabaab in Kenya's Mandera is Kenya;
the town must win).

Usage: python scripts/synth_nocountry.py [--n 600] [--seed 7] [--misses 40] [--template NAME] [--country NAME]
       [--clues] [--kind NAME]
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import defaultdict
from importlib import resources
from typing import Any, NamedTuple

from synth_places import (WIDE_COUNTRIES, BandedDraw, _accents_off, _plain_town, _province, _same, _wide_rows,
                          print_tables, tally)
from worker.config import load
from worker.extract.countries import neighbours
from worker.extract.geonames import fold, index
from worker.nlp import load as load_nlp

# {town}: the event's town; {province}: its province as news writes it; {Demonym}: the country's demonym;
# {group}: an armed group fighting in the country only. No template names the country.
TEMPLATES = {
    "town_only": "Gunmen killed five people in {town} on Monday, police said.",
    "town_market": "A suicide bomber struck a crowded market in {town} on Tuesday, killing nine people and wounding "
                   "20 others, officials said.",
    "village_of": "Armed men raided the village of {town} overnight, killing seven residents, a local official "
                  "said.",
    "town_province": "Gunmen killed four people in {town} in {province} province on Monday, officials said.",
    "town_comma_province": "A roadside bomb killed three soldiers near {town}, {province}, on Tuesday.",
    "province_only": "Attackers killed six civilians in {province} on Monday, a security official said.",
    "province_troops": "Troops killed 14 militants in an operation in {province} province, the army said on "
                       "Sunday.",
    "force_demonym": "{Demonym} troops killed 12 militants near {town} on Monday, the army said.",
    "police_demonym": "{Demonym} police said gunmen shot dead four people in {town} on Monday.",
    "group_town": "{group} fighters attacked {town} on Monday, killing six villagers, residents said.",
    "group_province": "{group} militants killed eight soldiers in an attack in {province} on Tuesday, security "
                      "sources said.",
}
# a province named by a compass word alone ("Central", "Western" of Uganda): news writes its type word too, which
# the templates cannot know
_COMPASS = re.compile(r"(?:North|South|East|West|Central|Centre|Northern|Southern|Eastern|Western)")
_NEEDS_TOWN = {k for k, v in TEMPLATES.items() if "{town}" in v}
BANDS = ((0, 2000), (2000, 20_000), (20_000, 200_000), (200_000, 10**9))
_BAND_NAMES = ("<2k", "2k-20k", "20k-200k", ">200k")


class Case(NamedTuple):
    template: str
    text: str
    country: str
    admin1: str
    city: str  # "" when the template names no town
    band: str
    namesake: bool  # the town's name is also a town of another country


def _column(file: str, key: str, value: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    with resources.files("worker.extract.data").joinpath(file).open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[row[value]].append(row[key])
    return out


def cases(n: int, seed: int, only: str | None = None) -> list[Case]:
    """`n` cases: each country's towns drawn in turn from the bands, each written into the next template that can
    be written for it (a group template needs a group of that country)."""
    rng = random.Random(seed)
    ix = index()
    demonyms = _column("demonyms.csv", "demonym", "country")
    groups = _column("group_countries.csv", "canonical", "country")
    names = [only] if only else list(TEMPLATES)
    per_country = max(1, n // len(WIDE_COUNTRIES))
    out: list[Case] = []
    for ci, country in enumerate(WIDE_COUNTRIES):
        draw = BandedDraw(_wide_rows(country), rng, per_country, limit=6000, bands=BANDS)
        for r in draw:
            band = draw.band
            name = _accents_off(ix._name[r])
            town = ix.city(r)
            if not _plain_town(name, town, country):
                continue
            found = ix.cities(name)
            province = _province(town, country)
            if not province or _COMPASS.fullmatch(province):
                continue
            template = names[(draw.made + ci) % len(names)]
            if "{group}" in TEMPLATES[template] and not groups.get(country):
                template = "town_only" if template == "group_town" else "province_only"
            if "{Demonym}" in TEMPLATES[template] and not demonyms.get(country):
                continue
            text = TEMPLATES[template].format(
                town=name, province=province, Demonym=(demonyms.get(country) or [""])[0],
                group=rng.choice(groups[country]) if groups.get(country) else "")
            namesake = any(c.country != country and fold(c.name) == fold(name) for c in found)
            out.append(Case(template, text, country, province, name if template in _NEEDS_TOWN else "",
                            _BAND_NAMES[band] if template in _NEEDS_TOWN else "province", namesake))
            draw.made += 1
    return out


# a clue's kind -> (data file, its key column, the clue written as a phrase, a text that holds it and no place)
CLUE_KINDS = {
    "institution": ("institutions.csv", "name", "the {x}",
                    "Gunmen killed five people in a remote village on Monday, the {x} said."),
    "office": ("office_titles.csv", "title", "a {x}",
               "Gunmen killed five people in a remote village on Monday, a {x} said."),
    "unit": ("unit_words.csv", "word", "",
             "Gunmen killed five people in a remote {x} on Monday, police said."),
    "currency": ("currencies.csv", "noun", "",
                 "Gunmen who abducted four traders on Monday demanded a ransom of 5 million {x}, police said."),
    "people": ("peoples.csv", "people", "",
               "Gunmen killed five {x} villagers on Monday, police said."),
    "group": ("group_countries.csv", "canonical", "{x} fighters",
              "{x} fighters killed five soldiers in an ambush on Monday, the army said."),
    "body": ("bodies.csv", "name", "the {x}",
             "A member of the {x} was shot dead by gunmen on Monday, police said."),
}
CLUE_TOWN = "Gunmen killed five people in {town} on Monday, {clue} said."
# a group's raid as news writes it: the town as the object of the attack, or in place after it
CLUE_GROUP_TOWNS = ("{clue} attacked {town} on Monday, killing six villagers, residents said.",
                    "{clue} killed six villagers in an attack in {town} on Monday, residents said.")
_PLURAL_ROW = re.compile(r"plural or variant|written before the name")


def _clue_rows(kind: str) -> list[tuple[str, str]]:
    """(clue, country) of the kind's data file: the words that name one country only (a unit word or a currency
    several countries use, or one most of whose users live elsewhere, tells none alone), one spelling each."""
    file, key, _, _ = CLUE_KINDS[kind]
    try:
        text = resources.files("worker.extract.data").joinpath(file).read_text("utf-8")
    except FileNotFoundError:
        return []
    rows = list(csv.DictReader(text.splitlines()))
    countries: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        countries[r[key]].add(r["country"])
    return sorted({(r[key], r["country"]) for r in rows if len(countries[r[key]]) == 1
                   and not _PLURAL_ROW.search(r.get("note") or "") and float(r.get("share") or 1) >= 0.9})


def clue_cases(seed: int, only: str | None = None, towns_per_country: int = 4) -> list[Case]:
    """Every one-country clue of the data alone ("clue_only"), then for each conflict country a few of its towns
    with a clue of its own ("clue_town") and with a neighbour's armed group or force ("clue_abroad")."""
    rng = random.Random(seed + 1)
    ix = index()
    kinds = [only] if only else list(CLUE_KINDS)
    rows = {k: _clue_rows(k) for k in kinds}
    out: list[Case] = []
    for k in kinds:
        for clue, country in rows[k]:
            out.append(Case("clue_only:" + k, CLUE_KINDS[k][3].format(x=clue), country, "", "", "clue", False))
    phrased = [(k, clue, country) for k in kinds if CLUE_KINDS[k][2] for clue, country in rows[k]]
    near = neighbours()
    for country in WIDE_COUNTRIES:
        mine = [p for p in phrased if p[2] == country]
        # a force or a group that crosses the border: a neighbour's (a speaker abroad names no town of a far land)
        others = [p for p in phrased if p[2] in near.get(country, ()) and p[0] in ("group", "institution")]
        town_rows = _wide_rows(country)
        rng.shuffle(town_rows)
        made = 0
        for r in town_rows[:3000]:
            if made >= towns_per_country:
                break
            name = _accents_off(ix._name[r])
            if ix._pop[r] < 2000 or not _plain_town(name, ix.city(r), country):
                continue
            found = ix.cities(name)
            namesake = any(c.country != country and fold(c.name) == fold(name) for c in found)
            province = _province(ix.city(r), country)
            for template, pool in (("clue_town", mine), ("clue_abroad", others)):
                if not pool:
                    continue
                k, clue, _ = rng.choice(pool)
                phrase = CLUE_KINDS[k][2].format(x=clue)
                text = (CLUE_GROUP_TOWNS[made % 2] if k == "group" else CLUE_TOWN).format(town=name, clue=phrase)
                text = text[0].upper() + text[1:]
                out.append(Case(template + ":" + k, text, country, province, name, "town", namesake))
            made += 1
    return out


def _ok(got: str | None, want: str) -> bool:
    return not got if not want else _same(got, want)


def run(nlp: Any, todo: list[Case], misses_shown: int) -> None:
    """Tabulates country/admin1/city accuracy by template, band, namesake and country; prints the first misses."""
    by, scored = tally(nlp, todo, ("template", "band", "namesake", "country"),
                       lambda c: (c.template, c.band, "namesake" if c.namesake else "unique", c.country), _ok)
    misses = [(c, got) for c, got, ok in scored if not ok[0]]
    print_tables(by, "nocountry all")
    for family in ("clue_only", "clue_town", "clue_abroad"):
        rows = [t for name, t in by["template"].items() if name.startswith(family + ":")]
        if rows:
            n = sum(t[0] for t in rows)
            print(f"{family + ' all':<34}{n:>5}{sum(t[1] for t in rows) / n:>9.3f}")
    print(f"\ncountry misses: {len(misses)}")
    for c, got in misses[:misses_shown]:
        print(f"\n[{c.template} {c.band}{' namesake' if c.namesake else ''}] want {(c.country, c.admin1, c.city)} "
              f"got {got}\n  {c.text}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--misses", type=int, default=40, help="country misses to print")
    ap.add_argument("--template", choices=sorted(TEMPLATES))
    ap.add_argument("--country")
    ap.add_argument("--clues", action="store_true", help="the clue set instead of the town and province set")
    ap.add_argument("--kind", choices=sorted(CLUE_KINDS), help="with --clues: one kind of clue")
    args = ap.parse_args()
    nlp = load_nlp(load(env={}).spacy_model)
    made = clue_cases(args.seed, args.kind) if args.clues else cases(args.n, args.seed, args.template)
    todo = [c for c in made if not args.country or c.country == args.country]
    run(nlp, todo, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
