"""A follow-up whose lead gives only the day it was said ("police confirmed Saturday that the body ... was located")
takes the day of a later sentence that tells the finding again ("Officers discovered Hale's body Friday evening"),
and the statement's day stays a statement's. Texts written for these tests."""
from __future__ import annotations

from datetime import date

from worker.extract import dates, extract_incidents, followup_days

SATURDAY = "2024-05-04"


def _dates(text: str, published: str = SATURDAY) -> list[tuple[str, str | None]]:
    return [(i.event_type, i.date) for i in extract_incidents(text, None, published)]


def test_a_statement_day_after_a_followup_stays_a_statement() -> None:
    sentence = ("The body of the man believed to be responsible for a shooting in Fairview earlier this week was "
                "located at a farm near Fairview, police confirmed Saturday.")
    found = dates.find(sentence, date(2024, 5, 4))
    said = next(x for x in found if x.value == "2024-05-04")
    assert said.reporting and not said.followup


def test_the_finding_told_again_with_its_day_dates_the_followup() -> None:
    text = ("The body of the man believed to be responsible for a mass shooting in Fairview earlier this week was "
            "located at a farm near Fairview, police confirmed Saturday. Officers discovered Hale's body Friday "
            "evening in a barn outside Fairview, the state police chief told reporters on Saturday.")
    assert ("other", "2024-05-03") in _dates(text)


def test_the_retelling_may_come_after_captions() -> None:
    text = ("The body of the man believed to be behind a mass shooting in Fairview earlier this week was located "
            "at a farm, police confirmed Saturday. Photo by A. Smith. The body of the man believed to be behind a "
            "mass shooting in Fairview earlier this week was located at a farm, police confirmed Saturday. Photo "
            "by A. Smith. Police said that the search had lasted three days. Troopers found the gunman's body on "
            "Thursday night near a grain silo, the chief said on Saturday.")
    assert ("other", "2024-05-02") in _dates(text)


def test_an_active_finding_of_the_body_retells_but_not_of_a_thing() -> None:
    assert followup_days.retells("Officers discovered Hale's body Friday evening.", "found dead")
    assert followup_days.retells("Rescuers recovered the two bodies on Monday.", "bodies were found")
    assert not followup_days.retells("Officers discovered a rifle in his car on Friday.", "found dead")
