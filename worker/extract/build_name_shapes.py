"""Builds data/name_shapes.tsv.gz: how often each letter sequence occurs in the place names of each country, for
name_shapes to tell the country whose spelling an unknown village's name has ("Anguwan Aku", "Khwaja Omari").

Source: the project's gazetteer (data/geonames.tsv.gz: every GeoNames cities500 place and every district, GeoNames
CC BY 4.0), primary names folded to ASCII. Each name is read as its 2-, 3- and 4-letter sequences with its start and
end marked ("^ang", "aku$"); a sequence kept is seen MIN_TOTAL times or more, and a country's count of it is kept
from MIN_COUNT up (rarer counts are noise the model smooths anyway).
Run: python -m worker.extract.build_name_shapes (after build_gazetteer).
"""
from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from pathlib import Path

from worker.extract import geonames

OUT = Path(__file__).with_name("data") / "name_shapes.tsv.gz"
MIN_TOTAL, MIN_COUNT = 5, 2


def grams(key: str) -> list[str]:
    """The 2-, 3- and 4-letter sequences of a folded name, its start and end marked, spaces as "_"."""
    w = "^" + key.replace(" ", "_").replace("-", "_") + "$"
    return [w[i:i + k] for k in (2, 3, 4) for i in range(len(w) - k + 1)]


def training_names() -> list[tuple[str, str]]:
    """(folded primary name, country) of every gazetteer town and district."""
    ix = geonames.index()
    out = [(geonames.fold(c.name), c.country) for c in ix.big_cities(0)]
    out += [(geonames.fold(s.name), s.country) for s in ix.subdivisions.values() if s.level == 2]
    return [(n, c) for n, c in out if n]


def counts(names: list[tuple[str, str]]) -> tuple[dict[str, Counter[str]], Counter[str]]:
    """Sequence -> country -> count, and each country's count of all its sequences."""
    by_gram: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for name, country in names:
        for g in grams(name):
            by_gram[g][country] += 1
            totals[country] += 1
    return by_gram, totals


def main() -> None:
    by_gram, totals = counts(training_names())
    lines = ["#total\t" + "|".join(f"{c}={n}" for c, n in sorted(totals.items()))]
    for g in sorted(by_gram):
        kept = {c: n for c, n in by_gram[g].items() if n >= MIN_COUNT}
        if sum(by_gram[g].values()) >= MIN_TOTAL and kept:
            lines.append(g + "\t" + "|".join(f"{c}={n}" for c, n in sorted(kept.items())))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(lines) + "\n")
    print(f"{OUT}: {len(lines) - 1} sequences, {len(totals)} countries")


if __name__ == "__main__":
    main()
