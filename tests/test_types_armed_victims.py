"""A killing whose every victim is a non-state armed side ("vigilantes killed 15 bandits", "killed six members of a
clan militia") is fought between two armed sides: an armed clash, not a one-sided attack. Soldiers killed in a
raid, civilians among the dead, the attacker shot by police and captives put to death stay one-sided. Fresh
sentences written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from worker.pipeline import incidents


def _type(nlp: Any, text: str) -> str:
    [found] = incidents([{"id": "t", "url": None, "source": "s", "title": None, "published": "2024-05-01",
                          "text": text}], nlp)
    return found[0]["event_type"]


@pytest.mark.parametrize("text", [
    "Vigilantes killed 11 bandits in an ambush near Anka in Zamfara State on Sunday, police said.",
    "Bandits killed nine members of a local vigilante group in Bukkuyum, Zamfara State, on Tuesday.",
    "Al-Shabaab fighters killed four members of a clan militia near Beledweyne on Wednesday.",
    "Gang members shot dead five rivals in the Martissant district of Port-au-Prince on Monday.",
])
def test_killing_an_armed_side_is_a_clash(nlp, text: str) -> None:
    assert _type(nlp, text) == "armed_clash"


@pytest.mark.parametrize("text", [
    "Militants ambushed an army patrol near Diffa on Monday, killing nine soldiers.",  # forces as victims
    "Bandits killed seven villagers and two vigilantes in Bakura on Sunday.",  # civilians among the dead
    "Islamic State fighters captured and beheaded three Taliban members in Nangarhar on Friday.",  # captives
])
def test_one_sided_killings_stay_attacks(nlp, text: str) -> None:
    assert _type(nlp, text) == "attack"


def test_two_armed_groups_that_fought_are_a_clash() -> None:
    from worker.extract import types
    match = types.classify("Two rival armed groups fought in Bambari on Saturday, leaving 11 dead.")
    assert match is not None and match.event_type == "armed_clash"


@pytest.mark.parametrize("text", [
    "Gunmen shot dead eight farmers in Guma, Benue State, on Thursday.",  # a trade: civilians, not a side
    "Attackers killed six cattle herders near Bokkos on Friday.",  # an identity label of the lexicon, unarmed
    "Gunmen killed four Hezbollah supporters in Sidon on Tuesday.",  # whom the victims back is no armed side
    "Masked gunmen shot dead a former rebel commander in Bangui on Monday.",  # a former fighter fights no one
    "Gunmen killed two ex-militants in Yenagoa on Wednesday.",
])
def test_unarmed_victims_named_by_trade_or_allegiance_stay_attacks(nlp, text: str) -> None:
    assert _type(nlp, text) == "attack"


@pytest.mark.parametrize("text", [
    "Bandits killed six armed herders near Zurmi in Zamfara State on Thursday.",  # the text arms them
    "Bandits killed six herders armed with rifles near Zurmi on Thursday.",
    "Gunmen killed five members of a herder militia near Zurmi on Thursday.",  # an armed noun holds them
    "Vigilantes killed seven Boko Haram in Konduga on Monday.",  # an armed group's own name
    "Vigilantes killed seven ISWAP members in Konduga on Monday.",  # members of an armed group
])
def test_victims_the_text_arms_are_a_side(nlp, text: str) -> None:
    assert _type(nlp, text) == "armed_clash"
