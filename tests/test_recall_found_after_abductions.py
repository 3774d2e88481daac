"""Victims found dead after their abduction ("the bodies of nine farmers were found ..., a day after they were abducted")
were killed: the killing is the event (an attack) and the bodies its toll.
Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import found_killed, types


@pytest.mark.parametrize("text,killed,admin1", [
    ("The bodies of nine farmers were found in a field near Gwoza, Borno state, on Tuesday, a day after they were "
     "abducted by Boko Haram.", 9, "Borno"),
    ("Six herders were found dead in Mopti region of Mali on Wednesday, two days after gunmen kidnapped them.", 6,
     "Mopti"),
    ("The bodies of four miners abducted by armed men last week were found in a forest near Bunia, Ituri province, "
     "on Thursday.", 4, "Ituri"),
    ("The bodies of 14 passengers were found near Zamfara's Tsafe town on Monday, days after bandits kidnapped them "
     "on the highway.", 14, "Zamfara"),
    ("Three aid workers abducted in South Sudan's Jonglei state were found dead on Thursday, the UN said.", 3,
     "Jonglei"),
    ("Police recovered the bodies of five traders who had been kidnapped in Anambra state, a spokesman said on "
     "Friday.", 5, "Anambra"),
])
def test_victims_found_dead_after_an_abduction_were_killed(nlp: Any, text: str, killed: int, admin1: str) -> None:
    found = run(nlp, text)
    assert [(f["event_type"], f["killed"], f["admin1"]) for f in found] == [("attack", killed, admin1)]


def test_victims_found_beheaded_are_counted(nlp: Any) -> None:
    found = run(nlp, "Three farmers were found beheaded in a field near Palma, Cabo Delgado, on Saturday.")
    assert [(f["event_type"], f["killed"]) for f in found] == [("attack", 3)]


@pytest.mark.parametrize("sentence,typed", [
    ("The bodies of two journalists kidnapped in Michoacan were discovered on a roadside.", "attack"),
    ("Two hostages abducted in Kebbi were later found dead.", "attack"),
    ("Kidnappers abducted 20 students from a school in Kebbi.", "abduction"),
])
def test_an_abduction_whose_victims_are_found_dead_is_a_killing(sentence: str, typed: str) -> None:
    tm = types.classify(sentence)
    assert tm is not None and tm.strong and tm.event_type == typed
    assert (found_killed.found_dead(sentence) is not None) == (typed == "attack")
