"""A follow-up sentence that retells the article's killing in an "after" clause with the killing's day ("Soldiers
detained six men on Saturday after militants killed four traders on Thursday") is the follow-up on its own day: the
killing stays one incident (the retelling joins it) and the follow-up is kept. Fresh texts written for this test."""
from __future__ import annotations

from datetime import date

from worker.extract import dates, extract_incidents, followup_days, types

PUBLISHED = "2024-05-01"  # a Wednesday


def _found(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(i.event_type, i.date, i.killed) for i in extract_incidents(text, None, PUBLISHED)]


def test_a_retold_killing_stays_one_and_the_arrest_is_kept() -> None:
    text = ("Gunmen killed four traders in Kontagora on Thursday. Soldiers detained six men on Saturday after "
            "militants killed four traders on Thursday.")
    assert _found(text) == [("attack", "2024-04-25", 4), ("arrest", "2024-04-27", None)]


def test_the_followup_day_set_aside_for_the_recalled_event_is_its_own_again() -> None:
    sentence = "Police arrested two suspects on Wednesday after gunmen killed a cleric on Monday."
    tm = types.classify(sentence)
    found = dates.find(sentence, date(2024, 5, 1))
    assert tm is not None and tm.followup and next(x for x in found if x.key == "2024-05-01").reporting
    own = followup_days.own(sentence, found, (tm.start, tm.end))
    assert [(x.value, x.reporting) for x in own] == [("2024-05-01", False)]


def test_an_undated_followup_that_retells_the_killing_is_kept_apart() -> None:
    for text in ("Militants killed four traders in Kontagora on Thursday. Soldiers later detained six men after "
                 "militants killed four traders on Thursday.",
                 "Militants killed four traders in Kontagora on Thursday. Soldiers have detained six men after "
                 "militants killed four traders."):
        assert [(k, n) for k, _, n in _found(text)] == [("attack", 4), ("arrest", None)]
