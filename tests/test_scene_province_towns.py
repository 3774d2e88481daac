"""A province's name stands for a town only when a town of that very name lies in that province (its capital
"Ghazni"), not when the only town of the name lies in another province or carries the name as an alternate.
Fresh names and sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.gazetteer import places
from worker.extract.scene_choice import province_town


@pytest.mark.parametrize("province, want", [
    ("Ghazni", True),  # its capital bears its name
    ("Kano", True),
    ("Zamfara", False),  # no town of the name
    ("Bengo", False),  # Angola's only Bengo town lies in Uige province
    ("Tocantins", False),  # Brazil's Tocantins town lies in Minas Gerais
])
def test_town_of_the_province_name(province: str, want: bool) -> None:
    p = places().province(province)
    assert p is not None and p.kind == "admin1"
    assert province_town(p, province) is want


def test_province_without_its_town_gives_no_city() -> None:
    assert where("Gunmen killed four traders in Zamfara on Monday, police said.")[1:] == ("Zamfara", None)


def test_capital_named_like_its_province_stays_the_city() -> None:
    assert where("Two policemen were shot dead in Ghazni on Monday, officials said.")[1:] == ("Ghazni", "Ghazni")


@pytest.mark.parametrize("text, town", [
    ("Gunmen killed five people in Kaduna on Monday. The attackers stormed the village of Dankande at dawn, "
     "residents said.", "Dankande"),
    ("Gunmen killed six farmers in Kano on Sunday. The attackers stormed Tudun Biri village at dawn, residents "
     "said.", "Tudun Biri"),
    ("Gunmen on Monday killed 10 worshippers in Kaduna. The attack took place in Ungwan Gora, a community in the "
     "state, police said.", "Ungwan Gora"),
])
def test_village_beside_a_big_namesake_of_its_province(text: str, town: str) -> None:
    """A big city named like its province ("Kaduna") beside a village the text names: the village is the site (no
    city's quarter is a village)."""
    assert where(text)[2] == town


@pytest.mark.parametrize("text", [
    "A bomb killed nine people in Kabul on Monday. The blast hit the Dasht-e-Barchi neighbourhood, police said.",
    "A bomb killed nine people in Kabul on Monday. The blast hit Qala-e-Fatullah, a neighbourhood in the west of "
    "the city.",
])
def test_quarter_of_a_big_city_stays_the_city(text: str) -> None:
    assert where(text)[2] == "Kabul"


def test_place_the_text_puts_the_event_in_beside_a_namesake_town() -> None:
    """"in Ghazni ... the attack happened in Deh Yak": a name given as where the event was (after "in"), beside a
    town named like its province, is the site, though the text gives no kind word for it."""
    assert where("Gunmen killed seven people in Ghazni. The attack happened in Deh Yak, officials said.")[2] == "Deh Yak"


def test_unknown_place_beside_a_big_namesake_city_is_a_quarter() -> None:
    assert where("Gunmen killed seven people in Kano on Monday. The attack happened in Sabon Gari, police "
                 "said.")[2] == "Kano"
