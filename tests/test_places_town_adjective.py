"""A town in an adjective of home or destination ("Kano-based traders", "Kabul-bound convoys") names where people
live or go, not the scene, when the sentence names another place. Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_the_destination_is_no_scene() -> None:
    assert where("Gunmen ambushed Kaduna-bound buses near Birnin Gwari on Monday, killing three passengers.")[2] \
        == "Birnin Gwari"


def test_the_home_is_no_scene() -> None:
    assert where("Gunmen shot dead six Abuja-based engineers in Kogi on Monday, police said.")[1] == "Kogi"
