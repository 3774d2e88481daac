"""People told as abducted or kidnapped imply their abductors: the abduction is a security incident though the
text names no kidnapper (data/cues.csv actors); a hostage metaphor names no one taken. Every text is written for
these tests."""
from __future__ import annotations

from worker.extract import extract_incidents


def _types(text: str) -> list[str]:
    return [i.event_type for i in extract_incidents(text, None, "2024-05-01")]


def test_people_abducted_with_no_kidnapper_named_are_an_abduction() -> None:
    assert _types("Seven farmers were kidnapped near Birnin Gwari on Tuesday, residents said.") == ["abduction"]
    assert _types("Three nurses abducted in Lokoja on Tuesday were released on Thursday.") == ["abduction"]


def test_a_hostage_metaphor_is_no_abduction() -> None:
    assert _types("The budget was held hostage by the opposition in Abuja on Tuesday.") == []
