"""Deaths told with "died" / "lost their lives" / "succumbed" after or when a violent act ("after police fired live
ammunition at opposition supporters", "a day after gang members shot at a minibus") are that act's toll, one
incident; natural deaths, accidents and charges stay no incident.
Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import types


@pytest.mark.parametrize("text,killed,country", [
    ("Five people died in Lusaka on Monday after police fired live ammunition at opposition supporters, witnesses "
     "said.", 5, "Zambia"),
    ("Two men died in Harare on Saturday after soldiers fired on a crowd at a market.", 2, "Zimbabwe"),
    ("At least eight civilians died in Bamenda, Cameroon, after soldiers fired indiscriminately at homes on "
     "Saturday.", 8, "Cameroon"),
    ("Twelve worshippers lost their lives in Ouagadougou when gunmen opened fire inside a mosque on Friday evening.",
     12, "Burkina Faso"),
    ("Seven villagers lost their lives in Kasai province on Sunday after militiamen attacked their village with "
     "machetes.", 7, "Democratic Republic of the Congo"),
])
def test_deaths_after_a_violent_act_are_its_toll(nlp: Any, text: str, killed: int, country: str) -> None:
    found = run(nlp, text)
    assert [(f["event_type"], f["killed"], f["country"]) for f in found] == [("attack", killed, country)]


def test_a_death_days_after_a_shooting_is_the_shootings_toll_on_its_day(nlp: Any) -> None:
    found = run(nlp, "A teenager succumbed to his injuries in Port-au-Prince on Sunday, a day after gang members "
                     "shot at a minibus.", published="2024-03-12")
    assert [(f["event_type"], f["killed"], f["date"], f["city"]) for f in found] == \
        [("attack", 1, "2024-03-09", "Port-au-Prince")]


@pytest.mark.parametrize("text", [
    "Hundreds of people died of cholera in Malawi after floods hit the south of the country.",
    "Twenty people died of dengue fever in Dhaka this week after heavy rains.",
    "Two teenagers died after a police chase ended in a crash in Birmingham on Sunday.",
    "A man died after his car crashed into a tree during a police chase in Leeds on Saturday.",
    "The bodies of 20 migrants were found in the desert near the Libyan border, Niger officials said.",
    "The bodies of 11 fishermen were recovered from Lake Victoria after their boat capsized on Sunday.",
    "Rescuers found the bodies of three hikers in the Alps on Monday.",
    "A man in Ohio was accused of killing his wife and burying her in the backyard.",
    "A police officer was accused of killing a motorist during a traffic stop in Lagos.",
    "The businessman was accused of killing his partner in a dispute over land in Kampala.",
])
def test_natural_deaths_accidents_and_charges_are_no_incident(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


def test_a_domestic_killing_told_as_news_stays_an_incident(nlp: Any) -> None:
    found = run(nlp, "A man killed his wife in Dayton, Ohio, on Monday, police said.")
    assert [(f["event_type"], f["killed"], f["city"]) for f in found] == [("attack", 1, "Dayton")]


@pytest.mark.parametrize("sentence,typed", [
    ("Police fired live rounds at villagers in Conakry.", "attack"),
    ("Soldiers fired into a crowd of mourners.", "attack"),
    ("Gunmen shot at passengers on a bus.", "attack"),
    ("The company fired 200 workers in March.", None),
    ("The striker fired at goal twice.", None),
    ("The film was shot at a market in Lagos.", None),  # a camera's shot at a place: no people fired on
])
def test_firing_on_people_is_an_attack_word(sentence: str, typed: str | None) -> None:
    tm = types.classify(sentence)
    assert (tm.event_type if tm is not None and tm.strong else None) == typed


@pytest.mark.parametrize("text,killed,city", [
    ("Two detainees died in police custody in Karachi on Monday after being beaten by officers, their families "
     "said.", 2, "Karachi"),
    ("A prisoner died in hospital in Lagos after he was stabbed by another inmate on Friday.", 1, "Lagos"),
])
def test_a_death_after_being_beaten_or_stabbed_is_a_killing(nlp: Any, text: str, killed: int, city: str) -> None:
    found = run(nlp, text)
    assert [(f["event_type"], f["killed"], f["city"]) for f in found] == [("attack", killed, city)]


@pytest.mark.parametrize("text", [
    "A cyclist died in Leeds after being hit by a bus on Monday.",
    "An elderly man died in Nairobi after being bitten by a snake on Sunday.",
])
def test_a_death_after_an_accident_is_no_killing(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


def test_a_lead_that_only_counts_deaths_is_the_next_acts_toll(nlp: Any) -> None:
    found = run(nlp, "Five people died in Lusaka on Monday. Witnesses said police fired live ammunition at opposition "
                     "supporters who had gathered outside the party headquarters.", published="2024-03-12")
    assert [(f["event_type"], f["killed"], f["city"], f["date"]) for f in found] == \
        [("attack", 5, "Lusaka", "2024-03-11")]


@pytest.mark.parametrize("text", [
    "Five miners died in Kitwe on Monday when a shaft collapsed. Police fired tear gas at protesters demanding "
    "compensation in Kitwe on Tuesday.",
    "Four people died in floods in Lusaka on Monday. Gunmen attacked a village in Chipata on Monday.",
])
def test_deaths_of_another_cause_or_day_are_not_the_next_acts(nlp: Any, text: str) -> None:
    assert all(f["killed"] is None for f in run(nlp, text))
