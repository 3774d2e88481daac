"""A lead whose opening words are set in capitals ("ON FRIDAY NIGHT, armed men ...", "ON JUNE 9, ...") still dates
the event by its weekday or its date. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates

THURSDAY = date(2025, 6, 12)


@pytest.mark.parametrize("sentence", [
    "ON MONDAY, armed men ambushed a convoy near the border and killed five guards.",
    "ON MONDAY NIGHT, armed men ambushed a convoy near the border and killed five guards.",
    "LATE MONDAY, armed men ambushed a convoy near the border and killed five guards.",
    "ON JUNE 9, armed men ambushed a convoy near the border and killed five guards.",
    "ON 9 JUNE, armed men ambushed a convoy near the border and killed five guards.",
    "MONDAY, ARMED MEN AMBUSHED A CONVOY NEAR THE BORDER AND KILLED FIVE GUARDS.",
    "MONDAY'S AMBUSH OF A CONVOY NEAR THE BORDER KILLED FIVE GUARDS.",
    "OVERNIGHT MONDAY, armed men ambushed a convoy near the border and killed five guards.",
    "IN THE EARLY HOURS OF MONDAY, armed men ambushed a convoy near the border and killed five guards.",
    "JUNE 9, 2025 — Armed men ambushed a convoy near the border and killed five guards.",
    "ARMED MEN KILLED FIVE GUARDS NEAR THE BORDER ON SATURDAY, JUNE 9, officials said.",
])
def test_a_weekday_in_capitals_is_read(sentence: str) -> None:
    assert [m.value for m in dates.find(sentence, THURSDAY)][:1] == ["2025-06-09"]


def test_the_offsets_of_a_capital_weekday_point_into_the_sentence() -> None:
    sentence = "ON TUESDAY armed men ambushed a convoy."
    m = dates.find(sentence, THURSDAY)[0]
    assert sentence[m.start:m.end].upper().endswith("TUESDAY")


def test_an_incident_led_by_a_capital_weekday_takes_that_day() -> None:
    assert primary_date("ON MONDAY, gunmen stormed a police post in Bannu district and killed four officers, "
                        "police said.") == "2025-06-09"


def test_a_month_in_capitals_without_a_day_is_no_date() -> None:
    """"MAY" or "MARCH" alone in capitals is as often a word ("THE MARCH WENT AHEAD")."""
    assert dates.find("THE MARCH WENT AHEAD and nobody was hurt.", THURSDAY) == []


@pytest.mark.parametrize("sentence", [
    "HUNDREDS JOINED THE MARCH 3 WEEKS AFTER the shooting at the school in Kano.",
    "AT LEAST 15 MAY HAVE DIED when the boat capsized near Lokoja, officials said.",
    "Armed men killed three traders in Onitsha, a police officer told THE SUNDAY TIMES.",
    "Armed men killed three traders in Onitsha, SATURDAY SUN reported.",
])
def test_a_capital_month_or_weekday_outside_a_time_phrase_is_no_date(sentence: str) -> None:
    assert dates.find(sentence, THURSDAY) == []


def test_a_capital_weekday_after_a_time_word_is_read_beside_a_newspaper() -> None:
    sentence = "LAST TUESDAY, armed men killed three traders in Onitsha, THE SUNDAY TIMES reported."
    assert [m.value for m in dates.find(sentence, THURSDAY)] == ["2025-06-10"]
