"""A district of the province named beside a big city of the same name is the scene; a city quarter is not."""
from __future__ import annotations

from tests.place_cases import where
from worker.extract.place_ranking import _country_district


def test_country_district_by_romanisation() -> None:
    assert _country_district("Maiwand", "Afghanistan")
    assert not _country_district("Dasht-e-Barchi", "Afghanistan")


def test_a_district_of_the_province_beats_the_big_city() -> None:
    text = ("Insurgents stormed a checkpoint in Kandahar on Tuesday, killing six policemen. The assault hit an outpost "
            "in Maiwand district, a spokesman said.")
    assert where(text) == ("Afghanistan", "Kandahar", "Maiwand")


def test_a_quarter_of_the_big_city_stays_the_city() -> None:
    text = "A suicide bomber killed 15 worshippers in Kabul on Friday. The blast hit a mosque in the Qala-e-Noor area."
    assert where(text)[2] == "Kabul"
