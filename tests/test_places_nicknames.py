"""A state's nickname ("the Golden State") names its province by the province's own name, never by the nickname's
first word; a country's name that begins a landform's ("the Niger Delta") places nothing in that country and is
no town. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import toponyms
from worker.extract.gazetteer import nicknames, places


@pytest.mark.parametrize("text, want", [
    ("A gunman opened fire at a shopping mall in the Golden State on Saturday, killing three people, police said.",
     ("United States", "California", None)),
    ("A gunman killed two deputies during a traffic stop in the Lone Star State on Friday, officials said.",
     ("United States", "Texas", None)),
    # the province's own name still wins where the text writes it
    ("A gunman killed four people at a bar in Fresno, California, on Sunday, police said.",
     ("United States", "California", "Fresno")),
])
def test_a_nickname_names_its_province(text: str, want: tuple[str, str, str | None]) -> None:
    assert where(text) == want


def test_the_gazetteer_knows_no_province_by_a_nickname_word() -> None:
    assert places().province("Golden") is None
    assert places().get("golden state").name == "California"  # type: ignore[union-attr]
    assert all(places().get(n) is not None and places().get(n).kind == "admin1" for n in nicknames())  # type: ignore[union-attr]


def test_a_province_is_never_written_as_its_nickname() -> None:
    text = "Wildfires and a shooting in the Golden State left five people dead on Monday."
    assert toponyms.as_written("California", "United States", text) == "California"


@pytest.mark.parametrize("text", [
    "Militants blew up an oil pipeline in the Niger Delta on Tuesday, killing four soldiers, the army said.",
    "Pirates attacked a cargo ship off the Niger Delta on Sunday, killing two crew members.",
])
def test_a_landform_named_after_a_country_is_not_the_country(text: str) -> None:
    country, admin1, city = where(text)
    assert country != "Niger" and admin1 is None and city is None


def test_the_country_before_other_words_is_still_the_country() -> None:
    assert where("Gunmen killed seven villagers in western Niger on Tuesday, the army said.")[0] == "Niger"


@pytest.mark.parametrize("text, want", [
    ("Gunmen killed three tea farmers in the Kenya Highlands on Saturday, police said.", "Kenya"),
    ("Raiders killed four herders on the Ethiopia Plateau on Sunday.", "Ethiopia"),
])
def test_uplands_named_after_a_country_lie_in_it(text: str, want: str) -> None:
    # only a river's landforms (delta, basin, valley) spread past the country that shares the river's name
    assert where(text)[0] == want
