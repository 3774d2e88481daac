"""A lead that dates only a statement ("..., officials said Monday") takes the day of the next sentence that sets
the scene and tells the attack in a "when" clause ("were driving to a school on Saturday afternoon when armed men
stopped their car"); a "when" clause of no violence dates nothing. Texts written for these tests."""
from __future__ import annotations

import pytest

from datetime import date

from worker.extract import extract_incidents, scene_days
from worker.extract.dates import find

PUBLISHED = "2024-03-12"  # a Tuesday: "said Monday" is 2024-03-11, "on Saturday" 2024-03-09
LEAD = ("Gunmen abducted four teachers and killed their driver on a highway in Nigeria's Kaduna state, police and a "
        "local union said Monday. ")


@pytest.mark.parametrize("scene", [
    "The teachers were driving to a school in Kajuru on Saturday afternoon when armed men stopped their car near "
    "Maro, a police spokesman said.",
    "The teachers, who work at a primary school in Kajuru, were travelling in a bus to an exam centre on Saturday "
    "morning when armed men blocked the road with a burning lorry, according to the school's head.",
    "The teachers were on their way home from Kajuru on Saturday when militants stopped their bus at a checkpoint.",
])
def test_the_scene_sentence_dates_a_lead_with_only_a_statement_day(scene: str) -> None:
    found = extract_incidents(LEAD + scene, None, PUBLISHED)
    assert found[0].date == "2024-03-09"


@pytest.mark.parametrize("sentence, dated", [
    ("The teachers were driving to a school on Saturday afternoon when armed men stopped their car.", True),
    ("The villagers were asleep on Sunday night when gunmen stormed the village.", True),
    ("The minister was in Kaduna on Sunday, when he met the governor.", False),  # no violence in the clause
    ("Police said on Sunday when asked that bandits had fled.", False),  # a statement's day
    ("The teachers were driving to a school on Saturday afternoon.", False),  # no "when" clause
])
def test_scene_day(sentence: str, dated: bool) -> None:
    assert (scene_days.scene_day(sentence, find(sentence, date(2024, 3, 12))) is not None) is dated


# the review of the rule: the "when" clause must tell a violent act, the main clause not an earlier (pluperfect)
# event, the day not come after the lead's statement, and the draft be the lead's
@pytest.mark.parametrize("scene", [
    "The pupils were back in class on Friday when the army said bandits had fled the area.",  # armed noun, no act
    "The teachers had been threatened on Saturday when bandits sent them a message.",  # pluperfect: an earlier event
    "The teachers were driving to Kajuru on Tuesday morning when armed men stopped their car.",  # after the statement
])
def test_the_scene_sentence_does_not_date_the_lead(scene: str) -> None:
    assert extract_incidents(LEAD + scene, None, PUBLISHED)[0].date == "2024-03-11"


def test_the_scene_sentence_dates_only_the_lead() -> None:
    text = ("Gunmen killed six herders in Nigeria's Benue state, residents said Monday. Bandits also kidnapped nine "
            "traders in Zamfara state, police said Monday. The herders were grazing their cattle near Agatu on "
            "Saturday evening when armed men surrounded them.")
    assert [x.date for x in extract_incidents(text, None, PUBLISHED)] == ["2024-03-11", "2024-03-11"]


@pytest.mark.parametrize("clause, violent", [
    ("gunmen stormed the village", True),
    ("armed men blocked the road", True),
    ("the militants announced a ceasefire", False),
    ("the army stopped at a checkpoint", False),
])
def test_violent_act(clause: str, violent: bool) -> None:
    assert scene_days.violent_act(clause) is violent


@pytest.mark.parametrize("scene", [
    "The teachers were on their way to Zonkwa on March 9 when armed men blocked their bus.",  # calendar day
    "On Saturday evening, the teachers were on their way to Zonkwa when armed men blocked their bus.",  # fronted
])
def test_an_explicit_or_fronted_scene_day_dates_the_lead(scene: str) -> None:
    assert extract_incidents(LEAD + scene, None, PUBLISHED)[0].date == "2024-03-09"


def test_a_joined_sentence_whose_day_times_a_visit_does_not_date_the_lead() -> None:
    scene = "The deputy governor was in Kajuru on Saturday when he visited the wounded at a clinic."
    assert extract_incidents(LEAD + scene, None, PUBLISHED)[0].date == "2024-03-11"
