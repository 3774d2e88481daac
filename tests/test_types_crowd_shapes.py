"""Crowds told by what they demand or do rather than by the word "protest": people demanding wages, rallying
against a government or blocking a highway to denounce shortages, fired on by a force, are a protest (precedence.csv
attack->protest); fans who attack rivals and students who stone police or burn a bus are a riot (triggers.csv riot),
while armed men who burn buses or a police vehicle stay an attack (precedence.csv riot->attack). A shopkeeper killed
by thieves is a crime, not an assassination (role_words.csv crime_marks). Every text is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from worker.pipeline import incidents


def _type(nlp: Any, text: str) -> str:
    found = incidents([{"id": "t", "url": "u", "source": "s", "title": None, "published": "2025-03-04",
                        "text": text}], nlp)[0]
    assert found, text
    return found[0]["event_type"]


@pytest.mark.parametrize("text", [
    "Police opened fire on workers demanding unpaid wages at a garment factory in Gazipur on Wednesday, killing one.",
    "Troops shot dead four people in Bamako on Friday as thousands rallied against the transitional government.",
    "A man was killed when police fired on people blocking a highway in Cochabamba on Thursday to denounce fuel "
    "shortages.",
])
def test_a_crowd_told_by_its_demand_fired_on_is_a_protest(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "protest"


@pytest.mark.parametrize("text", [
    "Football fans attacked rival supporters with machetes outside the stadium in Kumasi on Saturday, killing one.",
    "Students stoned police and burned a bus in Dhaka on Tuesday after a classmate was killed by a speeding vehicle.",
])
def test_fans_and_stone_throwing_students_riot(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "riot"


@pytest.mark.parametrize("text", [
    "Gunmen burned three buses and killed five passengers on the Kaduna-Abuja highway on Sunday, police said.",
    "Suspected separatist fighters burned a police vehicle and killed two officers in Bamenda on Monday.",
    "Soldiers burned houses and shot dead six villagers in raids in Sagaing region on Friday.",
    "Police fired on a car that failed to stop at a checkpoint in Port Harcourt on Friday, killing the driver.",
])
def test_armed_men_who_burn_or_fire_on_a_car_attack(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "attack"


@pytest.mark.parametrize("text", [
    "A shopkeeper was shot dead by armed robbers who stormed his store in Lagos on Monday night, police said.",
    "A merchant was shot dead by thieves who snatched his bag in Nairobi on Wednesday.",
    "A trader was stabbed to death by a customer during an argument over change at a market in Accra on Tuesday.",
])
def test_a_trader_killed_in_a_theft_or_quarrel_stays_an_attack(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "attack"
