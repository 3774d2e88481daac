"""An event told in the night without a day of its own, beside only a statement's day ("killed overnight,
officials said on Monday"), began the day before the statement, as it does before an undated article's day. Texts
written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

MONDAY = "2024-05-06"


def _primary(text: str, published: str = MONDAY) -> str | None:
    return next(i.date for i in extract_incidents(text, None, published) if i.primary)


@pytest.mark.parametrize("text,day", [
    ("Twelve people were killed in Zamfara overnight, officials said on Monday.", "2024-05-05"),
    ("Gunmen killed four herders near Wase in a pre-dawn raid, police said on Sunday.", "2024-05-04"),
    ("Gunmen stormed a bar in Jos at about 10 pm and shot dead six people, police said on Monday.", "2024-05-05"),
])
def test_a_night_beside_a_statement_is_the_day_before_it(text: str, day: str) -> None:
    assert _primary(text) == day


@pytest.mark.parametrize("text,day", [
    ("Twelve people were killed in Zamfara in the early hours of Monday, officials said.", "2024-05-06"),
    ("Twelve people were killed in Zamfara on Saturday night, officials said on Monday.", "2024-05-04"),
    ("Twelve people were killed in Zamfara, officials said on Monday.", "2024-05-06"),
])
def test_a_named_night_or_no_night_keeps_its_day(text: str, day: str) -> None:
    assert _primary(text) == day


@pytest.mark.parametrize("text,day", [
    # the review's text (published on a Monday here): an evening hour told that same night is that day's
    ("Gunmen stormed a hotel in Mogadishu at around 8 pm, killing 10 people, police said on Monday night.", MONDAY),
    ("Gunmen opened fire on a bus in Jos at about 9 pm and killed seven people, police said late on Monday.", MONDAY),
    ("A suicide bomber killed eleven people at a cafe in Kabul at 10 pm, officials said on Sunday evening.",
     "2024-05-05"),
])
def test_an_evening_hour_told_the_same_night_keeps_the_statements_day(text: str, day: str) -> None:
    assert _primary(text) == day
