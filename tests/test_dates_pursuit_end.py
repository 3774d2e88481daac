"""A capture its own words leave undated is dated by the pursuit the text counts from the event it followed ("after
a 25-hour manhunt", "following a three-day search"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from worker.extract import extract_incidents, pursuit_days

THURSDAY = date(2025, 5, 1)


def test_hours_counted_from_an_evening_cross_into_the_next_day() -> None:
    assert pursuit_days.ended("After a 25-hour manhunt, he gave himself up.", THURSDAY, True) == date(2025, 5, 2)
    assert pursuit_days.ended("After a 10-hour manhunt, he gave himself up.", THURSDAY, False) == THURSDAY
    assert pursuit_days.ended("After a 10-hour man-hunt, he gave himself up.", THURSDAY, True) == date(2025, 5, 2)


def test_days_in_words_count_too() -> None:
    assert pursuit_days.ended("He was caught following a three-day search of the hills.", THURSDAY, False) == \
        date(2025, 5, 4)


def test_no_pursuit_no_day() -> None:
    assert pursuit_days.ended("He was caught after a three-day trip to the coast.", THURSDAY, False) is None


def test_the_capture_is_dated_from_the_attack_it_followed() -> None:
    text = ("Police arrested a 31-year-old man suspected of the shooting at a bar in Graz on Thursday evening.\n\n"
            "After a 25-hour manhunt, officers found the man hiding in a barn.")
    primary = [i for i in extract_incidents(text, None, "2025-05-04") if i.primary]
    assert primary and primary[0].event_type == "arrest" and primary[0].date == "2025-05-02"


def test_an_earlier_pursuit_the_text_recalls_is_not_the_captures() -> None:
    for text in ("Police arrested a 31-year-old man suspected of the shooting at a bar in Graz on Thursday evening.\n\n"
                 "In 2019 police caught a gunman after a three-day manhunt in the same town.\n\n"
                 "Officers found the suspect hiding in a barn after a 25-hour manhunt, police said.",
                 "Police arrested a 31-year-old man suspected of the shooting at a bar in Graz on Thursday evening "
                 "after a 25-hour manhunt, the second arrest there since a gunman was caught after a three-day "
                 "manhunt in 2019."):
        primary = [i for i in extract_incidents(text, None, "2025-05-04") if i.primary]
        assert primary and primary[0].event_type == "arrest" and primary[0].date == "2025-05-02"


def test_a_pursuit_dated_before_the_event_is_passed_over() -> None:
    text = "In 2019 police caught a gunman after a three-day manhunt. After a 25-hour manhunt, he gave himself up."
    assert pursuit_days.ended(text, THURSDAY, True) == date(2025, 5, 2)
    assert pursuit_days.counted(text) and not pursuit_days.counted("He gave himself up on Friday.")
