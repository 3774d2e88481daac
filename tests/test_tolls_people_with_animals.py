"""A passive's subject that joins animals to its people ("a trader and his three goats were killed") counts the
people only: animals are never a toll's victims, and the people keep their toll, so the relevance gate, which needs a
toll or a strong trigger, keeps the report. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, companions, extract_incidents, toll_phrases


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("A trader and his three goats were killed by raiders near Gusau.", 1),
    ("A shepherd and his flock of sheep were shot dead by rustlers.", 1),
    ("Three fishermen and their donkeys were killed in the ambush.", 3),
    ("A widow and her son along with four pigs were killed by the gunmen.", 2),
])
def test_people_joined_with_animals_count_only_the_people(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_animals_alone_or_people_alone_are_unchanged() -> None:
    assert _killed("Six goats and a donkey were killed in the raid.") is None
    assert _killed("A trader and his nephew were killed by raiders.") == 2


def test_the_people_end_before_the_animals() -> None:
    subject = "A trader and his three goats"
    assert companions.people_before_animals(subject, toll_phrases.is_animal_noun) == len("A trader")
    assert companions.people_before_animals("A trader and his nephew", toll_phrases.is_animal_noun) is None


def test_the_report_stands() -> None:
    text = "A trader and his three goats were killed by bandits in Katsina on Monday."
    found = extract_incidents(text, None, "2024-05-01")
    assert [(i.event_type, i.killed) for i in found] == [("attack", 1)]
