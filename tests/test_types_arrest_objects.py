"""An arrest told with its people before the crime ("detained four suspected cultists over the murder of ...") is an
arrest that follows the earlier event: the crime after the people arrested is recalled, so it gives the arrest no
toll and no type of its own. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents


def _incidents(text: str) -> list[tuple[str, int | None]]:
    return [(i.event_type, i.killed) for i in extract_incidents(text, None, "2024-05-01")]


@pytest.mark.parametrize("text", [
    "Detectives on Tuesday paraded four suspected cultists over the stabbing of a student in Benin City.",
    "Police on Tuesday paraded four suspected cultists over the killing of three students in Benin City.",
    "Soldiers on Tuesday arrested nine alleged herders for the massacre of 30 worshippers in Owo.",
    "Police on Tuesday detained two young men in Mombasa over the stabbing of a taxi driver.",
])
def test_people_arrested_before_the_crime_they_are_held_for(text: str) -> None:
    assert _incidents(text) == [("arrest", None)]


def test_an_arrest_with_no_crime_named_after_it_stays_a_plain_arrest_sentence() -> None:
    text = "Gunmen killed four farmers in Kuje on Sunday, and police later arrested two suspects in the area."
    assert _incidents(text) == [("attack", 4)]
