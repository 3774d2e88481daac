"""A village whose name is a plain English word ("Karma", "Hope", "Victory") is the scene when the text names it as
a village ("the village of X", "X village"); a plain word the text gives no kind to ("at the Coast") stays no
place. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.name_readings import is_name


@pytest.mark.parametrize("text, city", [
    ("Soldiers killed 20 civilians in the village of Karma, near Ouahigouya in the Nord region, on Thursday.",
     "Karma"),
    ("Gunmen killed six farmers in Hope village, near Jos, Plateau State, on Sunday.", "Hope"),
    ("Gunmen attacked the village of Victory in Sinoe County, killing three people.", "Victory"),
    ("Gunmen killed five people at the Coast on Friday, police said.", None),
])
def test_a_village_named_by_a_plain_word(text: str, city: str | None) -> None:
    assert where(text)[2] == city


def test_is_name_of_a_village() -> None:
    assert not is_name("Karma") and is_name("Karma", village=True)
    assert not is_name("Six", village=True)  # a number word stays no name


@pytest.mark.parametrize("text, city", [
    # a plain word that opens a sentence before "village" is capitalised by the sentence, no village's name
    ("Several village elders fled after gunmen killed nine people in Sokoto State on Monday.", None),
    ("Bandits killed seven people in Niger State on Friday. Many village traders said they had paid ransom.", None),
])
def test_a_sentence_opening_word_is_no_village(text: str, city: str | None) -> None:
    assert where(text)[2] == city
