"""Peoples named by a language one country speaks (data/language_peoples.csv, built from CLDR by
build_language_peoples) name that country weakly, like the hand-kept peoples; a language another country makes
official, a gazetteer place's name and a demonym are left out. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country, data_rows
from worker.extract import countries


@pytest.mark.parametrize("text, expected", [
    ("Sukuma youths raided a cattle camp at dawn, killing eleven herders.", "Tanzania"),
    ("Gusii and Luyia youths clashed over grazing land; four men were killed.", "Kenya"),
    ("Gunmen shot dead two Acehnese fishermen as they returned to the harbour.", "Indonesia"),
])
def test_a_people_named_by_its_language_names_its_country(text: str, expected: str) -> None:
    assert country(text) == expected


def test_a_language_people_does_not_outvote_a_written_country() -> None:
    text = "Gunmen killed five Sukuma traders at a market in Kenya's Migori county on Tuesday."
    assert country(text) == "Kenya"


def test_the_built_table_leaves_out_shared_official_languages_places_and_demonyms() -> None:
    rows = {r["people"]: r["country"] for r in data_rows("language_peoples.csv")}
    assert rows["Wolof"] == "Senegal" and rows["Yoruba"] == "Nigeria"
    assert "Tamil" not in rows  # official in Sri Lanka as in India
    assert "Meru" not in rows  # a Kenyan town and county: a place, not a people, to the place finder
    assert "Thai" not in rows  # a demonym already
    assert all(r["note"].startswith("CLDR") for r in data_rows("language_peoples.csv"))


def test_the_hand_kept_peoples_win_over_the_built_ones() -> None:
    assert countries.peoples()["Dinka"] == "South Sudan"
