"""A term that runs to a stated day ("remanded for 2 months 10 days, that is, until June 20, 2025") began that long
before it: the day the court ordered it. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from worker.extract import dates

PUBLISHED = date(2025, 4, 14)


def _values(sentence: str) -> list[str | None]:
    return [x.value for x in dates.find(sentence, None)]


def test_months_and_days_count_back_from_the_terms_end() -> None:
    s = "The court remanded the three men in custody for 2 months 10 days, that is, until June 20, 2025."
    assert "2025-04-10" in _values(s)


def test_a_term_in_words_and_weeks() -> None:
    s = "A judge ordered the suspect held for two weeks until 14 March 2025 while police search his flat."
    assert "2025-02-28" in _values(s)


def test_a_weekday_end_counts_back_to_nothing() -> None:
    s = "The road to the camp was closed for two days until Monday, police said."
    assert len([x for x in dates.find(s, PUBLISHED) if x.value]) == 1


def test_without_a_term_the_end_stands_alone() -> None:
    s = "The men were remanded in custody until June 20, 2025."
    assert _values(s) == ["2025-06-20"]


def test_a_term_over_before_the_article_counts_back_to_nothing() -> None:
    s = "The court remanded the three men in custody for 2 months 10 days, that is, until June 20, 2025."
    assert "2025-04-10" in [x.value for x in dates.find(s, date(2025, 5, 2))]
    assert "2025-04-10" not in [x.value for x in dates.find(s, date(2025, 7, 1))]


def test_a_planned_span_that_is_no_custody_counts_back_to_nothing() -> None:
    s = "The governor said police would patrol the highway for two months, to August 30, 2025, after bandits struck."
    assert "2025-06-30" not in _values(s)
    s = "A judge ordered the two men held for two months, to August 30, 2025, after the raid on the depot."
    assert "2025-06-30" in _values(s)
