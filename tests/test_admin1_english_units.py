"""First-level units GeoNames keeps in a transliteration news never writes ("Kurskaya oblast'") are found and
reported by their English name (data/english_units.csv: "Kursk Oblast"), as Bryansk Oblast and Ukraine's oblasts
are. Sentences written for these tests."""
from __future__ import annotations

import csv
from importlib import resources

import pytest

from tests.place_cases import where
from worker.extract import geonames


def test_every_row_names_a_unit_of_the_gazetteer() -> None:
    with resources.files("worker.extract").joinpath("data", "english_units.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for r in rows:
        subs = [s for s in geonames.index().subdivisions_named(r["english"], level=1) if s.country == r["country"]]
        assert subs and subs[0].name == r["english"], r


@pytest.mark.parametrize("text, expected", [
    ("Drones set fire to a fuel depot in the Smolensk region on Sunday, killing two workers, the governor said.",
     ("Russia", "Smolensk Oblast")),
    ("A missile strike killed three people in Rostov Oblast on Sunday, officials said.", ("Russia", "Rostov Oblast")),
    ("Shelling killed two people in Belgorod on Sunday, the governor said.", ("Russia", "Belgorod Oblast")),
    # a unit with no namesake town of its own: its English name keeps the type word under every name
    ("A drone struck an oil terminal in the Leningrad region on Sunday, killing two workers, officials said.",
     ("Russia", "Leningrad Oblast")),
    ("A gunman shot dead three people at a school in the Kamchatka region on Sunday, police said.",
     ("Russia", "Kamchatka Krai")),
    # the republics GeoNames keeps as "Dagestan, Respublika": their English names
    ("Militants shot dead two traffic policemen in Dagestan on Sunday, officials said.", ("Russia", "Dagestan")),
    ("A drone hit a chemical plant in Tatarstan on Sunday, killing two workers, officials said.",
     ("Russia", "Tatarstan")),
])
def test_the_english_name_is_found_and_reported(text: str, expected: tuple[str, str]) -> None:
    got = where(text)
    assert (got[0], got[1]) == expected
