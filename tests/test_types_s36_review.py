"""The outside review of the s36 event-type rows: the nearby shapes each row must leave alone. Every text is written
for these tests (real places, invented events)."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import types
from worker.pipeline import incidents


def _kind(sentence: str) -> str | None:
    tm = types.classify(sentence)
    return tm.event_type if tm else None


def _types(nlp: Any, text: str) -> list[str]:
    found = incidents([{"id": "t", "url": "u", "source": "s", "title": None, "published": "2025-03-04",
                        "text": text}], nlp)[0]
    return [m["event_type"] for m in found]


@pytest.mark.parametrize("sentence", [
    # prisoners held or guarded by one side of a war's battle: no prison, two armed sides
    "The militants, who were guarding 20 captured prisoners including a pilot, fought soldiers near Kidal on Friday.",
    # armed groups fighting around a prison, or armed factions at one
    "Clashes between two armed groups in the streets around the Bunia prison killed five people on Friday.",
    "Clashes between rival armed factions at the Abu Salim prison in Tripoli killed six people on Friday.",
])
def test_armed_sides_near_a_prison_are_no_prison_riot(sentence: str) -> None:
    assert _kind(sentence) == "armed_clash"


def test_a_rival_faction_named_elsewhere_keeps_the_prison_storming_an_attack(nlp: Any) -> None:
    text = ("Gunmen stormed the prison in Koutoukale on Friday night in a failed breakout, killing two guards; the attackers "
                "were from a rival faction of the Islamic State.")
    assert _types(nlp, text)[:1] == ["attack"]


@pytest.mark.parametrize("text", [
    # a crowd storms a building of the town or a house of a village's chief: its riot, no raid on the village
    "Angry traders stormed the town's market office in Mbale and set it ablaze on Monday after a vendor was shot, "
    "police said.",
    "Angry youths stormed the village headman's compound in Kisii and set it ablaze on Monday after a boy drowned, "
    "police said.",
])
def test_a_crowd_storming_a_towns_building_is_no_raid_on_the_town(nlp: Any, text: str) -> None:
    assert _types(nlp, text)[:1] == ["riot"]


@pytest.mark.parametrize("text", [
    # the force did not answer ("without returning fire"), or the fighting is the district's backdrop
    "An army patrol was ambushed near Menaka on Friday and eight soldiers were killed without returning fire, the "
    "army said.",
    "A police outpost was attacked in Tank district on Friday, killing three officers. Heavy fighting between the "
    "army and militants has raged in the region for months.",
])
def test_a_unit_struck_that_did_not_answer_stays_the_attack(nlp: Any, text: str) -> None:
    assert _types(nlp, text)[:1] == ["attack"]


def test_a_bill_beaten_to_a_pulp_is_no_attack() -> None:
    assert _kind("Opposition senators beat the budget motion to a pulp in Abuja on Wednesday.") is None


def test_rival_cadres_fighting_with_rifles_are_an_armed_clash(nlp: Any) -> None:
    text = "Cadres of rival Maoist factions fought with rifles in the hills of Gadchiroli on Friday, killing four."
    assert _types(nlp, text)[:1] == ["armed_clash"]


@pytest.mark.parametrize("text", [
    # the lead's dead guarded those taken: the killing opened the way to the abduction
    "Bandits killed two vigilantes in Kankara in Katsina State on Friday. They abducted 80 students from the "
    "boarding school, residents said.",
    # more people taken than the lead's dead
    "Gunmen killed a farmer near Lokoja in Kogi State on Friday. They then kidnapped 14 travellers on the highway, "
    "residents said.",
])
def test_a_mass_abduction_after_its_guards_were_killed_stays_the_abduction(nlp: Any, text: str) -> None:
    assert _types(nlp, text)[:1] == ["abduction"]


@pytest.mark.parametrize("text", [
    # the holder speaks about another person found dead
    "The mayor of Culiacan said a mechanic was found dead with gunshot wounds in a ditch on Friday.",
    "A lawyer for the widow of a rancher who was found dead with stab wounds near Zitacuaro spoke on Friday.",
])
def test_a_holder_who_speaks_is_not_the_one_found_dead(nlp: Any, text: str) -> None:
    assert "targeted_killing" not in _types(nlp, text)


def test_a_holder_found_dead_with_a_gunshot_wound_was_singled_out(nlp: Any) -> None:
    text = "The mayor of Zitacuaro was found dead with a gunshot wound to the chest in his office on Friday, police said."
    assert _types(nlp, text)[:1] == ["targeted_killing"]


def test_self_inflicted_wounds_single_out_no_holder(nlp: Any) -> None:
    text = ("The former mayor of Zitacuaro was found dead with gunshot wounds that prosecutors said were self-inflicted, "
            "in his office on Friday.")
    assert "targeted_killing" not in _types(nlp, text)
