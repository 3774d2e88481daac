"""The sole flier of data/air_powers.csv names an unattributed strike only when the whole of its date lies in the
flier's period: a year or a month that runs past the period's end may fall when others flew too. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from worker.extract.actors import air_power, day_span, state_forces

_STRIKE = "An air strike hit a cattle market in El Fasher, killing eleven traders."


@pytest.mark.parametrize("day", ["2023", "2023-04"])  # Sudan's sole flier until 2023-04-14
def test_a_date_that_runs_past_the_period_names_no_flier(day: str) -> None:
    assert state_forces([_STRIKE], "air_strike", "Sudan", None, day) == []


@pytest.mark.parametrize("day", ["2022", "2023-03", "2023-04-14"])
def test_a_date_inside_the_period_names_the_flier(day: str) -> None:
    assert air_power("Sudan", day) == "Sudanese Armed Forces"


def test_a_date_before_the_period_names_no_flier() -> None:
    assert air_power("Yemen", "2015") is None  # the coalition flew from 2015-03-26


def test_day_span_covers_a_year_a_month_and_a_day() -> None:
    assert day_span("2019") == ("2019-01-01", "2019-12-31")
    assert day_span("2019-06")[0] == "2019-06-01" and day_span("2019-06")[1] >= "2019-06-30"
    assert day_span("2019-06-07") == ("2019-06-07", "2019-06-07")
