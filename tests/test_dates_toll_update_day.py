"""A story whose only day is the day of a toll update ("the toll has risen to 27, the governor said on Wednesday")
dates its event the day before: the toll rose over the hours after it was first counted. A day before the updated
figure or a possessive one ("the toll from Monday's attack has risen") is the event's own and stays, as does a plain
statement's day and an event that gives its own day. Sentences written for these tests."""
from __future__ import annotations

from worker.extract import dates, extract_incidents

THURSDAY = "2026-01-15"


def _first(text: str) -> tuple[str | None, int | None]:
    inc = extract_incidents(text, None, THURSDAY)[0]
    return inc.date, inc.killed


def test_an_update_day_alone_dates_the_event_the_day_before() -> None:
    text = ("The death toll from the bombing of a bus station in Gao has risen to 27, the regional governor said on "
            "Wednesday.")
    assert _first(text) == ("2026-01-13", 27)


def test_an_update_told_on_its_own_day_dates_the_event_the_day_before() -> None:
    text = "The number of people killed in the attack on the bus station in Gao rose to 27 on Wednesday."
    assert _first(text)[0] == "2026-01-13"


def test_a_possessive_day_before_the_figure_is_the_events() -> None:
    text = "The death toll from Monday's bombing of a bus station in Gao has risen to 27."
    assert _first(text) == ("2026-01-12", 27)


def test_a_plain_statement_day_stays() -> None:
    text = "A bomb killed 27 people at a bus station in Gao, the regional governor said on Wednesday."
    assert _first(text) == ("2026-01-14", 27)


def test_an_events_own_day_wins_over_the_update() -> None:
    text = ("A bomb killed 20 people at a bus station in Gao on Tuesday. The toll rose to 27 on Wednesday, the "
            "regional governor said.")
    assert _first(text)[0] == "2026-01-13"


def test_event_day_of_shifts_only_an_update() -> None:
    said = dates.DateMention("2026-01-14", "2026-01-14", 0, 9, False, reporting=True)
    assert dates.event_day_of(said, dates.date(2026, 1, 15)) == "2026-01-14"
    update = dates.DateMention("2026-01-14", "2026-01-14", 0, 9, False, reporting=True, update=True)
    assert dates.event_day_of(update, dates.date(2026, 1, 15)) == "2026-01-13"
    month = dates.DateMention("2026-01", "2026-01", 0, 9, False, reporting=True, update=True)
    assert dates.event_day_of(month, dates.date(2026, 1, 15)) == "2026-01"
