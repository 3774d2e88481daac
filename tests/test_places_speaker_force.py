"""The seat of a police force that speaks ("Kaduna police said") is not the scene the text names."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text,city", [
    ("Gunmen shot dead four traders in Kufana on Monday, Kaduna police said.", "Kufana"),
    ("Bandits killed six farmers in Gora village on Tuesday, a Zamfara police spokesman said.", "Gora"),
])
def test_the_speaking_force_seat_is_not_the_scene(text: str, city: str) -> None:
    assert where(text)[2] == city


def test_a_scene_that_is_the_force_seat_stays() -> None:
    assert where("Gunmen killed three people in Kaduna on Monday, police said.")[2] == "Kaduna"


def test_an_attack_on_a_police_headquarters_is_there() -> None:
    text = "Gunmen stormed the Lokoja police headquarters on Monday, killing two officers."
    assert where(text)[2] == "Lokoja"
