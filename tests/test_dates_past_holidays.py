"""A holiday a past-tense report of violence names is the last one, even when the next is a month or less ahead
(the coming-one reading is for plans); a holiday with "last year" or "this year" is that year's."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates


@pytest.mark.parametrize("sentence,published,day", [
    ("Bandits abducted and killed a priest in Enugu on Good Friday, the diocese said.", date(2025, 4, 10),
     "2024-03-29"),
    ("A bomb tore through a market in Maiduguri on Christmas Eve and wounded nine traders.", date(2025, 12, 15),
     "2024-12-24"),
    ("Militiamen shot dead two pilgrims near Goma on Palm Sunday.", date(2025, 3, 25), "2024-03-24"),
    ("Rebels torched 40 homes near Beni over the Easter weekend.", date(2025, 4, 10), "2024-03-30"),
])
def test_a_past_killing_on_a_holiday_just_ahead_is_last_years(sentence: str, published: date, day: str) -> None:
    assert [m.value for m in dates.find(sentence, published)][0] == day


@pytest.mark.parametrize("sentence,published", [
    ("Churches in Enugu will double their guards on Good Friday after bandits killed a priest.", date(2025, 4, 10)),
    ("Police deployed extra officers ahead of Christmas Eve after a bomb wounded nine traders.", date(2025, 12, 15)),
])
def test_a_plan_for_a_holiday_just_ahead_stays_the_coming_one(sentence: str, published: date) -> None:
    holiday = [m for m in dates.find(sentence, published) if "christmas" in m.key or "good" in m.key]
    assert [m.value for m in holiday] == [None]


@pytest.mark.parametrize("sentence,published,day", [
    ("Gunmen stormed a chapel in Kafanchan on Palm Sunday last year, killing three.", date(2025, 6, 2), "2024-03-24"),
    ("A grenade hit a crowd in Kampala on Boxing Day last year.", date(2025, 12, 30), "2024-12-26"),
    ("Raiders killed six villagers on Easter Monday this year, officials said.", date(2025, 9, 1), "2025-04-21"),
])
def test_a_holiday_with_a_counted_year_is_that_years(sentence: str, published: date, day: str) -> None:
    assert [m.value for m in dates.find(sentence, published)] == [day]
