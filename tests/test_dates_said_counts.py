"""A day a statement's sentence counts ("police said on Tuesday that ... the day before", "two days earlier") counts
from the statement's day, as reported speech shifts "yesterday"; with no statement day it counts from the last
event day told. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_dates_followups import primary_date

WEDNESDAY = "2024-05-01"


@pytest.mark.parametrize("text, day", [
    ("Officials said on Tuesday that raiders had killed six farmers in Bokkos, Plateau State, the day before.", "2024-04-29"),
    ("Raiders killed six farmers in Bokkos, Plateau State, the previous day, officials said on Tuesday.", "2024-04-29"),
    ("Officials said on Monday that raiders killed six farmers in Bokkos, Plateau State, two days earlier.", "2024-04-27"),
])
def test_counted_from_the_statement(text: str, day: str) -> None:
    assert primary_date(text, WEDNESDAY) == day


def test_counted_from_the_last_event_day_without_a_statement() -> None:
    text = ("Raiders killed six farmers in Bokkos, Plateau State, on Monday. "
            "The day before, gunmen abducted 20 travellers in Zamfara State.")
    from worker.extract import extract_incidents
    assert [i.date for i in extract_incidents(text, None, WEDNESDAY)] == ["2024-04-29", "2024-04-28"]


@pytest.mark.parametrize("text, day", [
    ("Officials said on Tuesday that raiders killed six farmers in Bokkos, Plateau State, the previous night.",
     "2024-04-29"),
    ("Officials said on Tuesday that raiders killed six farmers in Bokkos, Plateau State, the night before.",
     "2024-04-29"),
])
def test_a_night_counted_back_began_the_day_before(text: str, day: str) -> None:
    assert primary_date(text, WEDNESDAY) == day


@pytest.mark.parametrize("text", [
    "Officials said on Monday that herders killed three farmers near Jos and that a fourth body was found the next day.",
    "The governor said on Monday that raiders burnt a market in Bauchi State and looted shops two days later.",
])
def test_a_day_counted_forward_is_not_counted_from_the_statement(text: str) -> None:
    # the statement's Monday is 2024-04-29: what it reports as done cannot be later
    assert primary_date(text, WEDNESDAY) == "2024-04-29"


def test_a_day_counted_from_the_sentence_s_own_day() -> None:
    text = ("Raiders killed six farmers in Bokkos, Plateau State, on Monday. "
            "Gunmen abducted 20 travellers in Zamfara State on Friday and freed them two days later.")
    from worker.extract import dates
    told = dates.find(text.split(". ")[1], dates.parse_published(WEDNESDAY), dates.date(2024, 4, 29))
    assert [x.value for x in told] == ["2024-04-26", "2024-04-28"]
