"""A town the gazetteer knows as the object of a verb of assault on a place ("jihadists overran X", "militants
stormed X"), where NER tags nothing, is the scene, as one right after "in"/"at" is. Fresh sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Jihadists overran Tessit on Thursday, killing 12 soldiers, the army said.", ("Mali", "Gao", "Tessit")),
    ("Militants stormed Mangina on Thursday, killing nine civilians, local officials said.",
     ("Democratic Republic of the Congo", "North Kivu", "Mangina")),
])
def test_the_assaulted_town(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    # a seat GeoNames gives no population for, as the assault's object after a group's name (NER: a person)
    ("Jamaat-ul-Ahrar fighters attacked Alpurai on Monday, killing six villagers, residents said.",
     ("Pakistan", "Khyber Pakhtunkhwa", "Alpurai")),
    ("Ansarul Islam fighters attacked Nagreongo on Monday, killing six villagers.",
     ("Burkina Faso", "Plateau-Central", "Nagreongo")),
])
def test_the_assaulted_seat_of_unknown_size(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, city", [
    # a denied or merely tried assault places nothing
    ("Insurgents failed to overrun Tessit on Thursday but ambushed a patrol near Gao, killing seven soldiers.", "Gao"),
    # an assault of another year is no scene of today's event
    ("Insurgents stormed Tessit in 2021, and on Thursday they ambushed a patrol near Menaka, killing seven soldiers.",
     "Menaka"),
])
def test_no_scene_of_a_denied_or_old_assault(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("name", ["Musa", "Samir", "Ibrahim", "Halima"])
def test_a_given_name_after_attacked_is_no_seat_abroad(name: str) -> None:
    # a seat without population matches given names the world over; the story's country (Kano) does not hold it
    country, _, city = where(f"Gunmen attacked {name} on Monday night, killing him and his wife, Kano police said.")
    assert city != name and country in (None, "Nigeria")
