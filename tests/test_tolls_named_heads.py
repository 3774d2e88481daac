"""A person's name heads a passive's subject with people joined to it ("Amina Bello and her son were killed": 2);
a group's name heads no victims. Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _total(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("Hauwa Sule and her two daughters were killed when gunmen stormed the village.", 3),
    ("Relatives said Tunde Bakare and his driver were shot dead near Ilorin.", 2),
])
def test_people_joined_to_a_named_victim_count(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_a_group_heads_no_victims() -> None:
    assert not _total("Islamic State and its affiliates were killed off as a brand, the analyst wrote.")
