"""A killing a state force is accused of ("police in Kenya were accused of killing four men", "rights groups accused the
army of killing 12 civilians") is a reported killing, the force its doer; a person accused of a crime is a charge.
Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import state_accusations


@pytest.mark.parametrize("text,killed,admin1", [
    ("Police in Kenya were accused of killing four men whose bodies were dumped in a river in Machakos county.", 4,
     "Machakos"),
    ("Rights groups accused the army of killing 12 civilians in a village near Mopti on Sunday.", 12, "Mopti"),
    ("Soldiers were accused of killing three herders in Tillaberi region on Friday.", 3, "Tillaberi"),
    ("Human Rights Watch accused Ethiopian troops of killing at least 30 civilians in Amhara region in March.", 30,
     "Amhara"),
    ("Security forces in Pakistan stand accused of killing two students in Quetta on Tuesday.", 2, "Balochistan"),
    ("Troops were said to have killed five villagers near Sittwe, residents told reporters.", 5, "Rakhine"),
    ("Police allegedly shot dead two students in Kampala on Wednesday.", 2, "Central"),
])
def test_a_killing_a_state_force_is_accused_of_is_reported(nlp: Any, text: str, killed: int, admin1: str) -> None:
    found = run(nlp, text)
    assert [(f["event_type"], f["killed"], f["admin1"]) for f in found] == [("attack", killed, admin1)]


@pytest.mark.parametrize("sentence,accused", [
    ("Police in Kenya were accused of killing four men.", True),
    ("Activists accused security forces of shooting dead three protesters.", True),
    ("Soldiers have been accused of the killings of 20 villagers.", True),
    ("A soldier was accused of killing his commander.", False),  # one man charged
    ("Police were accused of corruption.", False),
    ("The rebels accused the army of shelling the town.", False),  # no killing named
])
def test_a_state_force_accused_of_a_killing(sentence: str, accused: bool) -> None:
    at = sentence.lower().find("accus")
    assert state_accusations.accused_force(sentence, at) == accused


@pytest.mark.parametrize("text,perpetrators", [
    ("Police in Kenya were accused of killing four men whose bodies were dumped in a river in Machakos county.",
     ["police"]),
    ("Soldiers were accused of killing three villagers in Tillaberi region on Friday.", ["military"]),
    ("Security forces were said to have shot dead three protesters in Zahedan, Iran, on Friday.",
     ["security forces"]),
])
def test_the_force_accused_or_said_to_have_killed_is_the_doer(nlp: Any, text: str, perpetrators: list[str]) -> None:
    assert [f["perpetrators"] for f in run(nlp, text)] == [perpetrators]


def test_the_accusations_day_may_stand_between_its_verb_and_the_deed(nlp: Any) -> None:
    found = run(nlp, "NAIROBI, Kenya (AP) — Police in Kenya were accused on Tuesday of killing four men whose bodies "
                     "were dumped in a river in Machakos county.")
    assert [(f["event_type"], f["killed"], f["perpetrators"]) for f in found if f["primary"]] == \
        [("attack", 4, ["police"])]
