"""Narrowings of the h/events rules after review s31: a perfect-tense period whose next part tells no day keeps its
total ("... since May, killing 250 people"); a count before a relative aside and "had" stays a count; a holder named
a force member through a modifier is no one singled out; a bare blast beside a shelling duration keeps the shelling;
an overrun whose fighters the troops killed, or whose text denies any death, is no one-sided attack; a crowd that
gathered outside an office for aid or fuel is no protest. Every text is written for this test."""
from __future__ import annotations

from typing import Any

import pytest

from worker.pipeline import incidents


def _primary(nlp: Any, text: str) -> dict[str, Any]:
    article = {"id": "t", "url": "", "title": None, "published": "2024-05-15", "text": text}
    return [m for m in incidents([article], nlp)[0] if m["primary"]][0]


@pytest.mark.parametrize("text", [
    "Militias have shelled Kadugli since May, killing 250 people, and on Friday gunmen abducted nine traders on the "
    "road to Dilling.",
    "North Darfur has been the hardest hit since April, with 2,400 people killed, and on Monday gunmen abducted 11 "
    "farmers near Kutum.",
])
def test_a_perfect_periods_total_is_not_the_days_toll(nlp: Any, text: str) -> None:
    assert (_primary(nlp, text)["killed"] or 0) < 100


def test_a_count_before_a_relative_aside_and_had_stays_a_count(nlp: Any) -> None:
    text = ("Gunmen stormed a wedding in Kajuru on Saturday. Of the guests, 17, who had stayed for the dance, had been "
            "killed before police arrived, officials said.")
    assert _primary(nlp, text)["killed"] == 17


def test_a_force_member_named_through_a_modifier_is_not_singled_out(nlp: Any) -> None:
    text = "An officer with the Uganda Police Force was shot dead by gunmen in Kasese on Thursday, residents said."
    assert _primary(nlp, text)["event_type"] != "targeted_killing"


def test_a_bare_blast_beside_a_shelling_duration_keeps_the_shelling(nlp: Any) -> None:
    text = "Militias have shelled Kadugli since May, and on Friday a blast killed eight people near the hospital."
    assert _primary(nlp, text)["event_type"] == "shelling"


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters overran an army base in Bulo Burde on Friday. Somali troops killed 25 of the fighters as "
    "they withdrew, the army said.",
    "Ansaroul Islam fighters overran a police post near Arbinda on Friday after the officers fled; no one was killed, "
    "the police said.",
])
def test_an_overrun_fought_back_or_without_dead_is_no_one_sided_attack(nlp: Any, text: str) -> None:
    assert _primary(nlp, text)["event_type"] != "attack"


@pytest.mark.parametrize("text", [
    "Police opened fire on villagers who gathered outside a district office in Kasese to collect food rations on "
    "Friday, killing five people.",
])
def test_a_crowd_gathered_for_aid_is_no_protest(nlp: Any, text: str) -> None:
    assert _primary(nlp, text)["event_type"] != "protest"


def test_a_place_before_a_figure_and_a_relative_aside_keeps_the_count(nlp: Any) -> None:
    text = ("Gunmen raided villages near Bandiagara on Sunday. In Sangha, 11, who had hidden in the school, had been "
            "killed before soldiers arrived, officials said.")
    assert _primary(nlp, text)["killed"] == 11
