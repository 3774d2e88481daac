"""A list of people closed by animals ("a farmer, his wife and two cows were killed") counts every person before the
animals: the commas there join a list, since its last item is joined by "and"; only an apposition's closing comma
("Musa Ali, a farmer, and his cattle") leaves one person. Active objects read the same way. Fresh sentences written
for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, extract_incidents


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("A farmer, his wife and two cows were killed when raiders stormed the homestead.", 2),
    ("A herder, his two sons and 40 cattle were killed in the raid.", 3),
    ("A widow, her daughter, and their goats were shot dead by the bandits.", 2),
    ("Musa Ali, his nephew and a donkey were killed on the road.", 2),
    ("Gunmen killed a trader, his wife and three sheep in the attack.", 2),
    ("The raiders shot dead a pastor, his driver and two dogs at the gate.", 2),
])
def test_people_listed_before_animals_all_count(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    ("Musa Ali, a farmer, and his cattle were killed in the raid.", 1),
    ("Three men and a donkey were killed in the ambush.", 3),
    ("Two children and their goats were killed by the blast.", 2),
])
def test_an_apposition_or_a_plain_subject_is_unchanged(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_the_report_keeps_its_toll() -> None:
    text = "A farmer, his wife and two cows were killed when gunmen stormed a homestead near Kaduna on Friday."
    found = extract_incidents(text, None, "2024-05-01")
    assert [i.killed for i in found] == [2]
