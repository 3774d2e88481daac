"""A follow-up matched across a noun phrase ("the body of the gunman behind Tuesday's shooting ... was found") keeps
the phrase's violence words: a day after them dates the recalled event, not the follow-up. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

from worker.extract import dates, extract_incidents, followup_days, types

FRIDAY = date(2025, 3, 7)


def _own_values(sentence: str) -> list[str | None]:
    tm = types.classify(sentence)
    assert tm is not None and tm.followup
    return [x.value for x in followup_days.own(sentence, dates.find(sentence, FRIDAY), (tm.start, tm.end))]


def test_a_day_inside_the_phrase_naming_the_recalled_event_is_not_the_followups() -> None:
    s = "The body of the gunman suspected in the shooting at a mall in Leeds on Tuesday was found in a river."
    assert "2025-03-04" not in _own_values(s)


def test_a_day_after_the_followup_verb_is_still_its_own() -> None:
    s = "The body of the gunman suspected in the shooting at a mall in Leeds was found in a river on Wednesday."
    assert "2025-03-05" in _own_values(s)


def test_a_short_followup_keeps_its_day() -> None:
    s = "The man suspected in the stabbing of a priest in Lyon was found dead on Wednesday."
    assert "2025-03-05" in _own_values(s)


def test_the_followup_incident_is_not_dated_by_the_recalled_shooting() -> None:
    text = ("The body of the gunman suspected in the shooting at a mall in Leeds on Tuesday was found in a river, "
            "police said Thursday.")
    primary = [i for i in extract_incidents(text, None, "2025-03-07") if i.primary]
    assert primary and primary[0].date != "2025-03-04"
