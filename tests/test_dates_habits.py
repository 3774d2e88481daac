"""A habit's period ("often raided villages in 2023") dates no event, even when the act told once stands in the next
clause or sentence; a text that tells only the habit keeps its period. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from worker.extract import dates, extract_incidents, habit_days

SATURDAY = "2025-03-08"


def _incidents(text: str) -> list[tuple[str | None, int | None]]:
    return [(i.date, i.killed) for i in extract_incidents(text, None, SATURDAY)]


def test_a_habit_before_a_semicolon_dates_nothing() -> None:
    text = "Raiders often attacked farms in Katsina State in 2023; on Thursday they killed 7 herders."
    assert _incidents(text) == [("2025-03-06", 7)]


def test_a_habit_in_the_sentence_before_dates_nothing() -> None:
    text = "Raiders often attacked farms in Katsina State in 2023. On Thursday they killed 7 herders near Funtua."
    assert _incidents(text) == [("2025-03-06", 7)]


def test_a_habit_alone_is_kept_as_no_event_day() -> None:
    sentence = "Raiders routinely attacked farms in Katsina State in 2023."
    [mention] = habit_days.without_habits(sentence, dates.find(sentence, date(2025, 3, 8)))
    assert (mention.value, mention.reporting) == ("2023", True)


def test_a_habit_after_the_event_leaves_its_day() -> None:
    text = ("Raiders killed 7 herders near Funtua in Katsina State on Thursday. "
            "Such gangs frequently attacked the area in 2023.")
    assert _incidents(text)[0] == ("2025-03-06", 7)
