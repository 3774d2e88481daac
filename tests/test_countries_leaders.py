"""A leader the text names by full name, or by title and surname, is a weak clue of the country they lead
(leader_names, data/leaders.csv); the place the text names still outweighs a leader who speaks of it from abroad.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country, rows_name_known_countries
from worker.extract.leader_names import leaders


@pytest.mark.parametrize("text, want", [
    ("Gunmen killed nine villagers in Tudun Biri on Sunday, Governor Babagana Zulum said.", "Nigeria"),
    ("Armed men killed six people at a market on Tuesday, President Tinubu's office said.", "Nigeria"),
    ("Prime Minister Abiy said the militants who killed 20 farmers would be hunted down.", "Ethiopia"),
    ("Captain Traore visited the wounded after jihadists killed 12 soldiers at an outpost.", "Burkina Faso"),
    ("President Kiir ordered an inquiry after cattle raiders killed 30 people in a cattle camp.", "South Sudan"),
    ("Supporters of Gustavo Petro were shot at a rally on Sunday; two died.", "Colombia"),
])
def test_a_leader_names_the_country(text: str, want: str, nlp) -> None:
    assert country(text, nlp) == want


@pytest.mark.parametrize("text, want", [
    # the leader speaks of an attack abroad: the town decides
    ("President Tshisekedi condemned the car bomb that killed six people in Kigali, Rwanda.", "Rwanda"),
    ("President Ruto condemned the attack in Mogadishu that killed 15 people.", "Somalia"),
])
def test_a_named_place_outweighs_a_leader_abroad(text: str, want: str, nlp) -> None:
    assert country(text, nlp) == want


def test_a_surname_counts_only_after_a_title() -> None:
    assert leaders("Mr Abiy said") == []
    assert [c for _, c in leaders("Prime Minister Abiy said")] == ["Ethiopia"]
    assert [c for _, c in leaders("Prime Minister Sharif said")] == ["Pakistan"]  # two leaders, one country
    assert leaders("Imran Khan's party said")[0][1] == "Pakistan"
    assert leaders("Khan said") == [] and leaders("General Khan said") == []  # a surname too common


def test_the_file_names_known_countries() -> None:
    rows_name_known_countries("leaders.csv", "name")
