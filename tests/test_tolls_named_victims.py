"""Tolls with no figure to read: a victim told by name after an active killing verb ("gunmen killed Musa Ali and
his brother"), ages without commas ("two men aged 25 and 30"), and killings told by their manner with any object
shape ("beat the thief to death", "has beaten a thief to death"). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Bandits killed 32-year-old Halima Garba and her cousin near the river on Friday.", 2),  # the age is no toll
    ("Gunmen shot dead Amina Bello Yusuf outside her shop in the evening.", 1),
    ("Militiamen killed Pastor John Danjuma, his wife and their two daughters.", 4),
])
def test_a_named_victim_and_the_people_joined_to_him_are_counted(sentence: str, n: int) -> None:
    assert _toll(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    ("Three farmers aged 41, 52 and 60 were killed in the raid.", 3),
    ("Two women aged between 30 and 35 were shot dead at the market.", 2),
    ("A woman aged 30 and two children were killed.", 3),  # "two children" are victims, not an age
])
def test_ages_without_commas_count_no_one(sentence: str, n: int) -> None:
    assert _toll(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    ("Angry traders beat the suspected thief to death at the motor park.", 1),
    ("A crowd has beaten a pickpocket to death in the city centre.", 1),
    ("Youths beat to death a man accused of theft on Saturday.", 1),
    ("Residents beat up the two robbers to death.", 2),
    ("A mob beat Sani Lawal to death after a quarrel.", 1),
])
def test_killings_told_by_their_manner_count_their_victims(sentence: str, n: int) -> None:
    assert _toll(sentence) == n


@pytest.mark.parametrize("sentence", [
    "Troops killed Boko Haram in a dawn raid.",  # an armed group, not a person
    "The strike killed Afghan soldiers in their base.",  # a people before the noun
    "Police said the attack killed Sunday worshippers.",
])
def test_capitalised_words_that_name_no_person_give_no_toll(sentence: str) -> None:
    assert _toll(sentence) is None
