"""A vehicle driven into people and told with a crash's or an accident's words is an attack when the story's own
words say it was deliberate or an attack ("police suspect a planned attack", "treating it as terrorism", "the
driver deliberately drove into pedestrians", "arrested on suspicion of murder": data/cues.csv intent); a real
accident ("a truck lost control") and a denied attack ("police ruled out terrorism") stay no incident. Texts written
for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import types


@pytest.mark.parametrize("text,killed,injured", [
    ("A car sped into shoppers at a street fair in Erfurt on Saturday evening, killing three people; police suspect "
     "a planned attack.", 3, None),
    ("A man drove into a crowd outside a stadium in Bochum on Sunday, injuring eleven; investigators are treating "
     "it as terrorism.", None, 11),
    ("Five people died in Linz on Tuesday after the driver, who was arrested, deliberately drove into pedestrians "
     "on the main square.", 5, None),
    # the intent is told sentences later, and the crash is called an accident
    ("Rostock: A van ploughed into a crowd of people at a harbour festival in Rostock on Friday night. The speeding "
     "van left three people dead. Police said about 40 people were hurt in the accident. Prosecutors said they "
     "suspect the driver acted intentionally.", 3, 40),
])
def test_a_deliberate_ramming_is_an_attack(nlp: Any, text: str, killed: int | None, injured: int | None) -> None:
    found = run(nlp, text)
    assert [(f["event_type"], f["killed"], f["injured"]) for f in found][:1] == [("attack", killed, injured)]


@pytest.mark.parametrize("text", [
    "A truck lost control and ploughed into a roadside market in Kaduna on Sunday, killing six people.",
    "A car ploughed into a crowd at a tram stop in Nantes on Monday, killing two; police ruled out terrorism.",
    "A minibus crashed into a crowd at a bus park in Nakuru on Tuesday, killing four; police said there was no "
    "sign the crash was deliberate.",
])
def test_an_accident_or_a_denied_attack_is_no_incident(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("The crash was deliberate, police said.", True),
    ("The driver was arrested on suspicion of attempted murder.", True),
    ("Police said the collision was a suspected attack.", True),
    ("Police ruled out terrorism.", False),
    ("Terrorism has been ruled out, a spokesman said.", False),
    ("There was no evidence the crash was intentional.", False),
    ("The bus skidded off a wet road.", False),
])
def test_told_deliberate(text: str, expected: bool) -> None:
    assert types.told_deliberate(text) is expected
