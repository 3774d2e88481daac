"""Victims named in a list after an active killing verb ("killed Musa Ali, Ibrahim Sule and their driver"): each name
is one, and a person joined after the names (`companions`) one more. Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _total(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("Bandits killed Sani Garba, Umaru Bello and their guide near Tsafe on Tuesday.", 3),
    ("Gunmen shot dead Chidi Okafor and Emeka Nwosu outside a bar in Awka.", 2),
    ("Militiamen killed Jean Baptiste Mukendi, Pascal Ilunga and Marie Kabeya in Djugu.", 3),
    ("Gunmen killed Chidi Okafor and his brother in Awka.", 2),
])
def test_each_named_victim_counts(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_a_group_after_a_name_is_no_named_victim() -> None:
    assert _total("Troops killed Abu Dawud and Boko Haram fighters in Gwoza.") != 2


def test_a_place_set_off_after_a_name_is_no_second_victim() -> None:
    assert _total("Gunmen killed Bala Usman, Zamfara State, on Monday night.") == 1


def test_a_list_cut_back_before_a_place_keeps_its_names() -> None:
    assert _total("Bandits killed Sani Garba, Umaru Bello and Lawal Dikko, Sokoto State, on Friday.") == 3


def test_the_speakers_after_a_victim_are_no_victims() -> None:
    assert _total("Soldiers killed Ahmed Nur, Amnesty International and Human Rights Watch said on Friday.") == 1
