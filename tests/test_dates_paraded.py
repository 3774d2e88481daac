"""Police parading suspects (Nigerian, Ghanaian, Indian press) is an arrest that follows an earlier event: its day
is the parade's, not the killing's it recalls, and the killing gives the parade no toll. Sentences written for
these tests."""
from __future__ import annotations

from worker.extract import extract_incidents


def _incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(i.event_type, i.date, i.killed) for i in extract_incidents(text, None, "2024-05-01")]


def test_suspects_paraded_over_an_earlier_killing_are_an_arrest_of_the_parade_day() -> None:
    text = "Police on Wednesday paraded three suspects over the killing of five villagers in Kaduna State on Sunday."
    assert _incidents(text)[0] == ("arrest", "2024-05-01", None)


def test_bodies_paraded_are_no_arrest() -> None:
    text = "Militants paraded the bodies of soldiers killed in the attack on the base in Borno."
    assert all(t != "arrest" for t, _, _ in _incidents(text))
