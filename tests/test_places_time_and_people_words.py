"""A month's short form or a feast before ", X State" is no town (the comma rule would make one of it), nor is a
people's word that NER tags as a place and the gazetteer lacks ("Kyrgyz officials said"). Fresh sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.name_readings import names_a_time_or_feast


def test_months_short_forms_and_feasts_name_a_time() -> None:
    for name in ("Jan", "Sept", "Nov", "Lent", "Mawlid"):
        assert names_a_time_or_feast(name)
    for name in ("Kaduna", "Maiduguri", "Jos"):
        assert not names_a_time_or_feast(name)


@pytest.mark.parametrize("text", [
    "Bandits killed five farmers in Jan, Zamfara State police said.",
    "Gunmen abducted seven travellers in Feb, Niger State police said.",
    "Attackers killed two pilgrims at Mawlid, Sokoto State police said.",
    "Gunmen killed four villagers in Lent, Plateau State police said.",
])
def test_a_month_or_feast_before_a_typed_state_is_no_town(text: str) -> None:
    got = where(text)
    assert got is not None and got[0] == "Nigeria" and got[2] is None


@pytest.mark.parametrize("text, word", [
    ("Clashes killed three border guards near Isfara on Tuesday, Kyrgyz officials said.", "Kyrgyz"),
    ("A roadside bomb killed two soldiers near Kunduz on Friday, Afghan officials said.", "Afghan"),
])
def test_a_peoples_word_is_no_town(text: str, word: str) -> None:
    got = where(text)
    assert got is not None and got[2] != word
