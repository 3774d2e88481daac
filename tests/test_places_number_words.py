"""A count that opens a sentence is capitalised ("Six villagers were killed"): a number word is no village's name.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.name_readings import is_name


@pytest.mark.parametrize("text, want", [
    ("Six villagers were killed in an air strike on a village in Kachin State on Monday.", ("Myanmar", "Kachin", None)),
    ("Twelve villagers died when gunmen raided a hamlet in Zamfara State on Friday, residents said.",
     ("Nigeria", "Zamfara", None)),
])
def test_a_counted_subject_is_no_town(text: str, want: tuple[str, str, None]) -> None:
    assert where(text) == want


def test_a_village_named_before_its_villagers_is_still_read() -> None:
    assert where("Gunmen killed 14 Gidan Dawa villagers in Zamfara State on Friday, police said.")[2] == "Gidan Dawa"


@pytest.mark.parametrize("name, want", [("Six", False), ("Seventy", False), ("Kuriga", True), ("Sabon Gida", True)])
def test_number_words_are_no_names(name: str, want: bool) -> None:
    assert is_name(name) is want
