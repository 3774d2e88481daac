"""An undated event told at an hour before midnight is the day before the article's: the report was written after
that evening (a night, spanning two days, is no such hour). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates


@pytest.mark.parametrize("sentence", [
    "The grenade exploded at 9:40 p.m. outside a bar.",
    "Gunmen opened fire on a wedding party late in the evening.",
    "The blast hit the checkpoint at 22:15 local time.",
    "Police said the bomb went off at 11 pm.",
])
def test_hours_before_midnight(sentence: str) -> None:
    assert dates.in_the_evening(sentence)


@pytest.mark.parametrize("sentence", [
    "Three fishermen were killed in an overnight raid on their camp.",  # a night spans two days
    "A bomb exploded at a crowded night market in the old town.",
    "The attack began at 3 p.m. near the stadium.",
    "The blast hit the checkpoint at 07:15 local time.",
    "Rebels attacked the convoy in the morning.",
])
def test_not_an_hour_before_midnight(sentence: str) -> None:
    assert not dates.in_the_evening(sentence)


SATURDAY = "2025-03-08"


def test_an_undated_attack_in_the_evening_is_the_day_before_the_article() -> None:
    text = ("A car bomb killed six people outside a hotel in Mogadishu, police said.\n\n"
            "The bomb went off at 10:05 p.m. as guests gathered for dinner.")
    assert primary_date(text, SATURDAY) == "2025-03-07"


def test_an_undated_attack_in_the_afternoon_is_the_article_day() -> None:
    text = ("A car bomb killed six people outside a hotel in Mogadishu, police said.\n\n"
            "The bomb went off at 2:05 p.m. as guests gathered for lunch.")
    assert primary_date(text, SATURDAY) == "2025-03-08"
    # an undated overnight event is the day before (dates.at_night, tests/test_dates_overnight.py)


def test_an_evening_with_its_day_keeps_that_day() -> None:
    text = "A car bomb killed six people outside a hotel in Mogadishu late on Wednesday evening, police said."
    assert primary_date(text, SATURDAY) == "2025-03-05"
