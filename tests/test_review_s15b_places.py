"""Review s15b (places): a town the sentence points back to ("the city's market") after its police speak is the
scene; a real province after an article (a people's state, a former state) is the province, never a city."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text,city", [
    ("Kano police said on Friday that armed men had stormed the city's central mosque, killing three worshippers.",
     "Kano"),
    ("Sokoto police said robbers shot dead two guards at a bank in the town on Sunday.", "Sokoto"),
])
def test_the_speaking_force_seat_the_sentence_points_back_to_is_the_scene(text: str, city: str) -> None:
    assert where(text)[2] == city


def test_the_city_of_another_town_does_not_make_the_seat_the_scene() -> None:
    text = "Kaduna police said bandits killed seven farmers near the city of Zaria on Sunday."
    assert where(text)[2] == "Zaria"


@pytest.mark.parametrize("text,admin1", [
    ("Army shelling killed nine villagers in the Karenni State on Friday.", "Karenni"),
    ("Raiders killed 15 herders in the former Gok State on Friday.", "Gok"),
])
def test_a_real_province_after_an_article_is_the_province_not_a_city(text: str, admin1: str) -> None:
    _, got_admin1, city = where(text)
    assert (got_admin1, city) == (admin1, None)


@pytest.mark.parametrize("text", [
    "Raiders killed 11 cattle keepers in the Twic State on Monday, officials in Juba said.",
    "Gunmen killed 11 people in the Ruweng State on Monday.",
])
def test_a_name_with_a_province_word_that_no_town_has_is_never_the_city(text: str) -> None:
    assert where(text)[2] is None
