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
