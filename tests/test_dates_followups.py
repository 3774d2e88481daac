"""A follow-up (an arrest, a suspect found dead) is dated by the words that tell it, not by the event it recalls.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates, extract_incidents, followup_days, types

THURSDAY = date(2025, 6, 12)


def _own(sentence: str, published: date = THURSDAY) -> list[str | None]:
    tm = types.classify(sentence)
    assert tm is not None and tm.followup
    return [m.value for m in followup_days.own(sentence, dates.find(sentence, published), (tm.start, tm.end))]


@pytest.mark.parametrize("sentence,days", [
    # the recalled event's day sits in the phrase that names it (a relative clause, "the attack on ...")
    ("The man suspected in the bombing that took place in Kano on Monday was found dead on Wednesday.",
     ["2025-06-11"]),
    ("Police have arrested a woman suspected of stabbing two guards in an attack on Monday.", []),
    # a day that owns the event's noun
    ("Detectives arrested a teenager accused of planning Sunday's bombing of the bus depot.", []),
    ("Police on Wednesday arrested a man suspected of Monday night's shooting at the market.", ["2025-06-11"]),
    # the follow-up's own day, before or right after its verb
    ("Police on Tuesday arrested two men suspected of the shooting.", ["2025-06-10"]),
    ("A man suspected of the arson was detained on Tuesday.", ["2025-06-10"]),
    # an opening phrase that recalls the event ends at its comma: the main clause's day is the arrest's
    ("Following the attack on Monday, police arrested three suspects on Tuesday.", ["2025-06-10"]),
])
def test_a_followup_sentence_keeps_only_its_own_day(sentence: str, days: list[str]) -> None:
    assert _own(sentence) == days


def test_retelling_repeats_the_followups_verb() -> None:
    assert followup_days.retells("The suspect was discovered by deputies on Wednesday.", "discovered dead")
    assert followup_days.retells("They were arrested at a checkpoint on Wednesday.", "arrested")
    assert followup_days.retells("He was taken into custody on Wednesday.", "in custody")
    assert not followup_days.retells("Deputies searched the farm on Wednesday.", "found dead")
    assert not followup_days.retells("Deputies found his car near a lake on Wednesday.", "found dead")
    assert followup_days.retells("His body was found near a lake on Wednesday.", "found dead")
    assert not followup_days.retells("The suspect was discovered on Wednesday.", "arrested")


def primary_date(text: str, published: str = "2025-06-12") -> str | None:
    """The day of the article's first primary incident (shared by the other test_dates_* files)."""
    primary = [i for i in extract_incidents(text, None, published) if i.primary]
    assert primary
    return primary[0].date


def test_a_suspect_found_dead_is_dated_by_the_sentence_that_retells_the_discovery() -> None:
    text = ("The gunman suspected in the shooting that killed six people at a Denver mall on Monday has been found "
            "dead, officials said.\n\nThe suspect was discovered by sheriff's deputies in a barn on Wednesday "
            "afternoon.\n\nHe had fled the mall in a stolen car.")
    assert primary_date(text) == "2025-06-11"


def test_an_arrest_its_text_leaves_undated_takes_the_article_day_not_the_attacks() -> None:
    """The sentences that tell the recalled attack date the attack, not the arrest told without a day."""
    text = ("Police in Bremen have arrested a 31-year-old man suspected of the knife attack that killed two people.\n\n"
            "The man confessed to stabbing two people in a knife attack outside a railway station on Monday evening.")
    assert primary_date(text) == "2025-06-12"


def test_an_attack_keeps_the_day_of_its_own_sentences() -> None:
    text = "Gunmen killed four farmers in a village near Jos on Monday, police said."
    assert primary_date(text) == "2025-06-09"


def test_the_end_of_a_term_is_no_day_of_the_followup() -> None:
    assert _own("The court remanded the two suspects of the bombing in custody until July 30.") == []
    text = ("A court in Kano has detained three men suspected of the bombing of a bus station.\n\n"
            "The judge ordered their detention for two months, until August 14, 2025, the court said.")
    assert primary_date(text, "2025-09-01") == "2025-09-01"
    # no reference date: the term's end is still no day of the follow-up, but the term counts back to the day it
    # was ordered (tests/test_dates_term_start.py)
    assert primary_date(text, None) == "2025-06-14"


def test_a_long_followup_sentence_is_read_in_linear_time() -> None:
    import time
    sentence = "The man suspected of the attack on Monday and the bombing on Tuesday " * 400 + "was arrested on Wednesday."
    tm = types.classify(sentence)
    assert tm is not None and tm.followup
    started = time.process_time()
    found = followup_days.own(sentence, dates.find(sentence, THURSDAY), (tm.start, tm.end))
    assert time.process_time() - started < 1.0
    assert [m.value for m in found] == ["2025-06-11"]


def test_a_followup_dated_only_through_the_event_it_recalls_is_still_reported() -> None:
    """The recalled day anchors the report (it is concrete), though it is not the arrest's day."""
    assert primary_date("Police arrested a man suspected of Monday's bombing of a church.") == "2025-06-12"
    assert not extract_incidents("Police arrested a man suspected of the bombing of a church.", None, "2025-06-12")
