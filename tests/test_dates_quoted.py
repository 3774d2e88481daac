"""A relative day inside a quotation counts from the statement's day the sentence names, not from the article's.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates

THURSDAY = date(2024, 12, 12)


def _event_days(sentence: str, published: date | None = THURSDAY) -> list[str | None]:
    return [m.value for m in dates.find(sentence, published) if not m.reporting]


@pytest.mark.parametrize("sentence,day", [
    ('"Armed men burned six houses in the village last night," the district chief said on Tuesday.', "2024-12-09"),
    ("The district chief said on Tuesday: “Armed men burned six houses in the village yesterday.”", "2024-12-09"),
    ("‘Armed men burned six houses this morning,’ the district chief told reporters on Monday.", "2024-12-09"),
    ('"Armed men burned six houses on Wednesday," the district chief said on Tuesday.', "2024-12-04"),
])
def test_a_quoted_relative_day_counts_from_the_speakers_day(sentence: str, day: str) -> None:
    assert _event_days(sentence) == [day]


def test_without_a_statement_day_or_outside_the_quotation_the_article_counts() -> None:
    assert _event_days('"Armed men burned six houses last night," the district chief said.') == ["2024-12-11"]
    assert _event_days("Armed men burned six houses last night, the district chief said on Tuesday.") == ["2024-12-11"]
    # the statement's day is the article's: nothing to count again
    assert _event_days('"Armed men burned six houses last night," the chief said on Thursday.') == ["2024-12-11"]


def test_an_apostrophe_closes_no_quotation() -> None:
    sentence = "The village’s chief said on Tuesday that armed men burned six houses last night."
    assert _event_days(sentence) == ["2024-12-11"]
