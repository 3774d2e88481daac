"""A conflict's or a period's sum set off by a spaced dash, a bracket or a relative with no comma is cut from the event
told beside it; a rate clause cut off by a comma leaves the event's own clause; a wire dateline with a lower-case
month is the filing day."""
import pytest

from worker.extract import dates, toll_phrases, types
from worker.pipeline import incidents


def _incidents(nlp, text: str, published: str = "2024-05-14") -> list[dict]:
    art = {"id": "t", "url": "", "title": None, "published": published, "text": text,
           "fetched_at": published + "T10:00:00Z"}
    return incidents([art], nlp)[0]


@pytest.mark.parametrize("text", [
    "Militants killed 8 herders near Dikwa on Saturday in an insurgency that has killed 30,000 people since 2010.",
    "Militants killed 8 herders near Dikwa on Saturday - the insurgency has killed 30,000 people since 2010.",
    "Militants killed 8 herders near Dikwa on Saturday (the insurgency has killed 30,000 people since 2010).",
])
def test_the_event_beside_a_conflict_total_stays(nlp, text: str) -> None:
    found = _incidents(nlp, text)
    assert [(m["event_type"], m["killed"], m["date"]) for m in found] == [("attack", 8, "2024-05-11")]


@pytest.mark.parametrize("sentence", [
    "The war in Tigray - which began in 2020 - has killed 600,000 people and displaced two million.",
    "The war in Tigray \u2014 which began in 2020 \u2014 has killed 600,000 people and displaced two million.",
    "The conflict in Benue (which began in 2018) has killed 3,000 people and abducted hundreds.",
])
def test_a_total_with_a_dashed_or_bracketed_relative_is_no_event(nlp, sentence: str) -> None:
    assert toll_phrases.aggregate_spans(sentence)
    assert _incidents(nlp, sentence) == []


@pytest.mark.parametrize("text, day", [
    ("The insurgency has killed 30,000 people since 2010 - on Thursday jihadists killed 9 soldiers near Bosso.",
     "2024-05-09"),
    ("The insurgency (which has killed 30,000 people since 2010) struck again on Sunday when jihadists killed 9 "
     "soldiers near Bosso.", "2024-05-12"),
])
def test_an_event_after_a_dashed_or_bracketed_sum_keeps_its_day(nlp, text: str, day: str) -> None:
    assert [(m["killed"], m["date"]) for m in _incidents(nlp, text)] == [(9, day)]


def test_a_trailing_rate_clause_leaves_the_event(nlp) -> None:
    text = "Bandits killed 7 farmers in Zurmi on Thursday, on average the third raid a week."
    assert types.classify(text) is not None
    assert [(m["event_type"], m["killed"]) for m in _incidents(nlp, text)] == [("attack", 7)]


def test_a_lower_case_dateline_month_is_the_filing_day(nlp) -> None:
    text = "Quito, 11 may (EFE).- Gunmen killed five people at a bar in Guayaquil on Thursday night, police said."
    assert str(dates.filed_day(text, dates.date(2024, 5, 20))) == "2024-05-11"
    assert [m["date"] for m in _incidents(nlp, text, "2024-05-20")] == ["2024-05-09"]
