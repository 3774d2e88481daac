"""An animal named in a clause about the victims ("two men accused of stealing a cow") does not make them animals:
a participle after the figure's noun ends its phrase. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, n", [
    ("Villagers beat to death three youths suspected of stealing goats near Dhanbad.", 3),
    ("A crowd lynched two traders accused of smuggling cattle across the border.", 2),
    ("Rangers shot dead four poachers carrying elephant tusks in the park.", 4),
])
def test_people_with_a_clause_about_animals_count(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n


@pytest.mark.parametrize("sentence", [
    "Raiders shot dead six goats tethered behind the house.",
    "Gunmen killed 30 head of cattle grazing near the river.",
])
def test_animals_with_a_clause_stay_no_toll(sentence: str) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] is None
