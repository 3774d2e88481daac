"""The trigger lexicon's reach: common ways news tells a clash, an air strike, a driven vehicle bomb, an abduction,
a protest or an arrest, and what stays no event (sport, illness, a firm's seizure). Arson or looting by armed men is
the means of their attack, not a riot. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import types


@pytest.mark.parametrize("sentence, event_type", [
    ("Troops and insurgents battled for hours outside the garrison town.", "armed_clash"),
    ("A fierce battle broke out between the army and separatist fighters.", "armed_clash"),
    ("Police and armed robbers exchanged gunfire near the bank.", "armed_clash"),
    ("An air-strike hit a funeral gathering in the valley.", "air_strike"),
    ("A car laden with explosives rammed the gate of the army base.", "suicide_bombing"),
    ("An explosives-laden truck slammed into the checkpoint at dawn.", "suicide_bombing"),
    ("Bandits carted away 15 farmers from their fields.", "abduction"),
    ("Armed men whisked away a pastor from his residence.", "abduction"),
    ("Militants took four engineers captive at the dam site.", "abduction"),
    ("Gunmen seized 20 passengers from a bus on the highway.", "abduction"),
    ("Nurses staged a rally outside the health ministry.", "protest"),
    ("Dock workers went on strike and blocked the port road.", "protest"),
    ("Youths looted shops after the match.", "riot"),
    ("Security forces rounded up 30 men in a dawn operation.", "arrest"),
    ("Raiders massacred 12 villagers in the hamlet at dawn.", "attack"),
    ("Jihadists slit the throats of five shepherds near the well.", "attack"),
    ("A grenade hurled into a crowded bar wounded eight people.", "bombing"),
    ("Two women were injured when acid was thrown at them near the bus stop.", "attack"),
    # no event
    ("The visitors battled to a draw in the cup final.", None),
    ("She battled cancer for years before her death.", None),
    ("The customs agency seized two cargo ships.", None),
    ("The gunmen carted away foodstuff and livestock.", "attack"),  # goods, not people: no abduction
])
def test_lexicon_reach(sentence: str, event_type: str | None) -> None:
    match = types.classify(sentence)
    assert (match.event_type if match is not None else None) == event_type


def test_arson_by_armed_men_is_their_attack() -> None:
    texts = ["Gunmen killed five villagers and torched houses in the hamlet on Monday."]
    assert types.classify(texts[0]).event_type == "riot"  # the sentence's strongest word alone
    assert types.retype("riot", texts) == "attack"


@pytest.mark.parametrize("texts", [
    ["Rioters torched shops and cars in the old town on Monday."],
    ["Protesters set fire to a police station after gunmen killed a student."],
    ["Herders and farmers clashed and houses were torched."],
])
def test_arson_by_a_crowd_or_in_a_clash_stays_a_riot(texts: list[str]) -> None:
    assert types.retype("riot", texts) == "riot"


@pytest.mark.parametrize("text", [
    "Government troops torched homes and killed at least 40 villagers, witnesses said.",
    "Masked men set fire to a bus carrying passengers, killing four people.",
])
def test_state_forces_or_armed_men_burning_carry_out_an_attack(text: str) -> None:
    assert types.retype("riot", [text]) == "attack"
