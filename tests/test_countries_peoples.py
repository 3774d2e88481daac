"""A people that lives nearly all in one country names it like a demonym, weakly (data/peoples.csv, world facts);
it is no state's demonym, so it names no state force. Sentences written for these tests."""
from __future__ import annotations

import csv
from importlib import resources

import pytest

from worker.extract import countries, places
from worker.extract.geonames import country_names


def country(text: str, nlp=None) -> str | None:
    doc = nlp(text) if nlp is not None else None
    return countries.country_of(text, places.find(text, 0, len(text), doc), doc)


@pytest.mark.parametrize("text, expected", [
    ("Suspected herders killed 12 Tiv farmers in an overnight raid on their village, residents said.", "Nigeria"),
    ("Tigrayan forces shelled a market town, killing seven civilians, officials said.", "Ethiopia"),
    ("Armed Murle youths raided a Dinka cattle camp at dawn, killing 20 people.", "South Sudan"),
    ("Lendu militiamen attacked a Hema village with machetes, killing 14 people.", "Democratic Republic of the Congo"),
    ("Gunmen killed four Yazidis herding sheep near their village on Tuesday.", "Iraq"),
])
def test_a_people_of_one_country_names_it(text: str, expected: str) -> None:
    assert country(text) == expected


def test_a_named_place_outweighs_a_people(nlp) -> None:
    text = "Two Dinka traders were stabbed to death in a market in Omdurman on Friday, police said."
    assert country(text, nlp) == "Sudan"


def test_peoples_are_not_demonyms_of_states() -> None:
    assert "Tigrayan" not in countries.demonyms() and countries.peoples()["Tigrayan"] == "Ethiopia"


def test_every_people_row_names_a_known_country_and_says_why() -> None:
    text = resources.files("worker.extract").joinpath("data", "peoples.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) > 40 and all(r["country"] in set(country_names().values()) and r["note"] for r in rows)
