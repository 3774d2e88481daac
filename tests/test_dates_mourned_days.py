"""Mourning is a follow-up ("hundreds gathered to mourn the victims", "a prayer service was held"): its day is its
own, never the attack's; the day it recalls the attack by ("Tuesday's attack", "the attack, which happened on
Tuesday night") dates a story that told the attack without one. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import types

FRIDAY = "2026-05-22"
LEAD = "Gunmen killed nine worshippers in an attack on a mosque in Zaria. "


@pytest.mark.parametrize("sentence", [
    "Hundreds gathered on Thursday to mourn the victims of the ambush.",
    "An interfaith prayer service was held on Thursday for the victims of the ambush.",
    "On Thursday villagers paid tribute to the victims of the ambush.",
])
def test_mourning_is_a_followup(sentence: str) -> None:
    tm = types.classify(sentence)
    assert tm is not None and tm.followup and tm.event_type == "other"


@pytest.mark.parametrize("after", [
    "An interfaith prayer service was held on Thursday to remember the victims of Tuesday's attack.",
    "Hundreds gathered on Thursday to mourn the victims of the attack, which happened on Tuesday night.",
    "A funeral was held on Thursday for the victims of Tuesday's attack.",
])
def test_the_day_a_followup_recalls_the_attack_by_dates_the_attack(after: str) -> None:
    assert primary_date(LEAD + after, FRIDAY) == "2026-05-19"


def test_a_mourning_day_is_no_day_of_the_attack() -> None:
    assert primary_date(LEAD + "Hundreds gathered on Thursday to mourn the victims.", FRIDAY) != "2026-05-21"
