"""The trigger lexicon reaches more of how news names a method: air attacks, barrel bombs and bombing raids are air
strikes, aircraft that "carried out strikes" strike from the air, an attacker who detonates his own explosives is a
suicide bomber unless the text says he set them off from afar. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import types


@pytest.mark.parametrize("sentence, event_type", [
    ("Coalition air attacks killed 11 fishermen off the coast of Hodeidah on Tuesday.", "air_strike"),
    ("Barrel bombs killed seven people in a suburb of Hama on Monday.", "air_strike"),
    ("Bombing raids on the market town killed 14 people, residents said.", "air_strike"),
    ("Government jets carried out several strikes on Kafr Nabl, killing nine.", "air_strike"),
    ("Military helicopters launched raids on two villages near Tabanga.", "air_strike"),
    ("The attacker detonated his explosives at the entrance of the police academy.", "suicide_bombing"),
    ("Two assailants set off their explosive vests inside the crowded hall.", "suicide_bombing"),
    ("Russian forces fired cluster munitions at the centre of Izium, killing six.", "shelling"),
    ("A Grad rocket struck the bus station in Horlivka on Sunday.", "shelling"),
    # set off from afar: a planted bomb, not the bomber's own death
    ("The bomber detonated his device remotely from a parked car.", "bombing"),
    ("The bomber set off the explosives by remote control as the bus passed.", "bombing"),
    # no aircraft: the raid and the attack stay what they were
    ("Militants carried out attacks on two villages near Kajuru.", "attack"),
    ("A car bomb exploded outside the ministry in the capital.", "bombing"),
])
def test_method_words_type_the_sentence(sentence: str, event_type: str) -> None:
    match = types.classify(sentence)
    assert match is not None and match.event_type == event_type


@pytest.mark.parametrize("sentence, event_type", [
    ("Israeli strikes on Rafah killed 13 people overnight, medics said.", "air_strike"),
    ("A US strike killed two al-Shabaab commanders near Kismayo on Friday.", "air_strike"),
    ("Coalition strikes have killed 9 fishermen off Hodeidah.", "air_strike"),
    ("A Russian missile strike hit a school in Zaporizhzhia.", "shelling"),  # the missile decides
])
def test_a_strike_a_state_or_coalition_made_comes_from_the_air(sentence: str, event_type: str) -> None:
    match = types.classify(sentence)
    assert match is not None and match.event_type == event_type


@pytest.mark.parametrize("sentence", [
    "The Kenyan strike in Nairobi entered its third day.",
    "French strikes against the pension reform continued on Tuesday.",
    "A Ghanaian strike on Monday shut the ports.",
])
def test_a_labour_strike_is_no_air_strike(sentence: str) -> None:
    match = types.classify(sentence)
    assert match is None or match.event_type != "air_strike"
