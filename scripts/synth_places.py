#!/usr/bin/env python3
"""A synthetic check of place extraction drawn from the gazetteer itself: random (town, province, country)
triples of countries with conflict news, written into a handful of fresh news templates; the extractor's
(country, admin1, city) of the first incident is compared with the triple, and accuracy is tabulated by template
and by country. It finds world-wide causes (gazetteer gaps, a province reported otherwise than as written, the
wrong one of two towns a text names) that the few hundred read articles cannot show.

The expected admin1 is the province as the template writes it; in templates that write no province, the town's
own province in the gazetteer's plain form. A second town of the same province, named later as where the wounded
were taken, must not become the city.

Usage: python scripts/synth_places.py [--n 300] [--seed 7] [--misses 40] [--template NAME] [--country NAME]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import defaultdict
from typing import NamedTuple

from worker.config import load
from worker.evaluation import _norm
from worker.extract import extract_incidents
from worker.extract.gazetteer import places
from worker.extract.geonames import City, fold, index, plain_words
from worker.extract.toponyms import plain_province
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
        if not _clean(name) or ix.subdivisions_named(name) or len(ix.cities(name)) > 1 and \
                sum(c.country == country for c in ix.cities(name)) > 1:
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


def _accents_off(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--misses", type=int, default=40, help="misses to print")
    ap.add_argument("--template", choices=sorted(TEMPLATES))
    ap.add_argument("--country")
    args = ap.parse_args()
    nlp = load_nlp(load(env={}).spacy_model)
    todo = [c for c in cases(args.n, args.seed, args.template) if not args.country or c.country == args.country]
    fields = ("country", "admin1", "city")
    by: dict[str, dict[str, list[int]]] = {"template": defaultdict(lambda: [0, 0, 0, 0]),
                                           "country": defaultdict(lambda: [0, 0, 0, 0])}
    misses: list[tuple[Case, tuple[str | None, ...]]] = []
    for c in todo:
        incs = extract_incidents(c.text, nlp(c.text), "2031-03-03")
        got = (incs[0].country, incs[0].admin1, incs[0].city) if incs else (None, None, None)
        ok = [_norm(g) == _norm(w) for g, w in zip(got, (c.country, c.admin1, c.city))]
        for key, row in (("template", c.template), ("country", c.country)):
            t = by[key][row]
            t[0] += 1
            for j, good in enumerate(ok):
                t[j + 1] += good
        if not all(ok):
            misses.append((c, got))
    for key, rows in by.items():
        print(f"\n{key:<34}{'n':>5}" + "".join(f"{f:>9}" for f in fields))
        for row, t in sorted(rows.items()):
            print(f"{row:<34}{t[0]:>5}" + "".join(f"{t[j + 1] / t[0]:>9.3f}" for j in range(3)))
    total = [sum(t[j] for t in by["template"].values()) for j in range(4)]
    print(f"{'all':<34}{total[0]:>5}" + "".join(f"{total[j + 1] / max(total[0], 1):>9.3f}" for j in range(3)))
    for c, got in misses[:args.misses]:
        print(f"\n[{c.template}] want {(c.country, c.admin1, c.city)} got {got}\n  {c.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
