"""An event told at an evening hour or in the night, whose only day is a statement's ("killed four at 10 p.m.,
police said on Monday"), happened the evening before the statement, as an undated one told at night happened the
evening before the article. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_dates_followups import primary_date

TUESDAY = "2026-03-17"


@pytest.mark.parametrize("text", [
    "Bandits killed four traders on the road to Gusau at about 10 p.m., police said on Monday.",
    "Bandits killed four traders on the road to Gusau overnight, a police spokesman said on Monday.",
])
def test_an_evening_event_told_only_by_a_statements_day_is_the_day_before_it(text: str) -> None:
    assert primary_date(text, TUESDAY) == "2026-03-15"


@pytest.mark.parametrize("text,day", [
    ("Bandits killed four traders on the road to Gusau at about 10 a.m., police said on Monday.", "2026-03-16"),
    ("Bandits killed four traders on the road to Gusau on Sunday night, police said on Monday.", "2026-03-15"),
    ("Bandits killed four traders on the road to Gusau, police said on Monday.", "2026-03-16"),
])
def test_a_daytime_or_dated_event_keeps_its_day(text: str, day: str) -> None:
    assert primary_date(text, TUESDAY) == day
