"""A small town called by a plain English word, which the gazetteer keeps as the word ("Hope", "Liberty"), is a
town when the text names the unit it lies in right after it ("Hope, Arkansas"): the unit decides which town."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.unit_towns import unknown_in_unit


@pytest.mark.parametrize("text,expected", [
    ("A gunman shot dead two officers in Hope, Arkansas, on Friday.", ("United States", "Arkansas", "Hope")),
    ("A gunman shot dead two officers in Liberty, Missouri, on Friday.", ("United States", "Missouri", "Liberty")),
    ("A car bomb killed four soldiers in Mine, Japan, on Friday.", ("Japan", "Yamaguchi", "Mine")),
])
def test_a_plain_word_town_before_its_unit_is_that_town(text: str, expected: tuple[str, str | None, str]) -> None:
    assert where(text) == expected


def test_no_unit_or_a_unit_that_is_also_a_country_gives_no_town() -> None:
    assert unknown_in_unit("Hope", "in Hope of peace", 7) is None
    assert unknown_in_unit("Hope", "in Hope, Georgia, on Friday", 7) is None  # the state or the country
    town = unknown_in_unit("Hope", "in Hope, Arkansas, on Friday", 7)
    assert town is not None and (town.country, town.admin1, town.kind) == ("United States", "Arkansas", "city")


def test_a_unit_name_several_countries_share_places_no_unknown_town() -> None:
    # "Nord" is a first-level unit of Burkina Faso, Cameroon, Haiti and Rwanda: the gazetteer's pick may be wrong
    assert unknown_in_unit("Mbokou", "in Mbokou, Nord, on Friday", 9) is None
    town = unknown_in_unit("Mbokou", "in Mbokou, Ogooué-Lolo, on Friday", 9)
    assert town is not None and town.country == "Gabon"


def test_a_village_the_country_lacks_is_no_namesake_of_its_namesake_province() -> None:
    from worker.extract.gazetteer import places
    from worker.extract.places import _namesakes_in_province
    niger = places().get("niger")
    assert _namesakes_in_province("Kagara", "Niger", niger) == ([], niger)  # a village of Nigeria's Niger State
    towns, unit = _namesakes_in_province("Athens", "Georgia", places().get("georgia"))
    assert unit.country == "United States" and towns[0].admin1 == "Georgia"
