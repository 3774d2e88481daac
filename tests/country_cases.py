"""Helpers of the tests of the article's country (tests/test_countries_*.py)."""
from __future__ import annotations

import csv
from importlib import resources

from worker.extract import countries, places


def country(text: str, nlp=None) -> str | None:
    """The article's country of `text`, parsed by `nlp` when given (NER finds the towns the place finder left)."""
    doc = nlp(text) if nlp is not None else None
    return countries.country_of(text, places.find(text, 0, len(text), doc), doc)


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of one of worker/extract/data's CSV files."""
    text = resources.files("worker.extract").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


def rows_name_known_countries(name: str, key: str) -> list[dict[str, str]]:
    """The rows of a country data file, checked: each names a known country and says why (its `note`)."""
    from worker.extract.geonames import country_names
    known = set(country_names().values())
    rows = data_rows(name)
    assert rows and all(r["country"] in known and r["note"] and r[key] for r in rows)
    return rows
