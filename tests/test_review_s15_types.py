"""Review s15 (types): a victim's or a crowd's fighting is no armed clash, and a sentence that blames a group for an
earlier event of another kind joins that event, not the last one told. Sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents, types


def _types(text: str) -> list[str]:
    return [i.event_type for i in extract_incidents(text, None, "2024-08-20")]


@pytest.mark.parametrize("text", [
    "Violence between riot police and students left two people dead in Dhaka on Monday.",
    "Fighting between villagers and police killed two people in Kisumu on Monday.",
])
def test_force_against_a_crowd_is_no_armed_clash(text: str) -> None:
    assert _types(text) == ["riot"]


def test_force_against_protesters_in_a_fight_is_a_protest() -> None:
    # protesters and a state force: the gold sets code the dead a protest (precedence armed_clash|riot -> protest)
    assert _types("Security forces fought with demonstrators in Conakry on Monday; three people died.") == ["protest"]


@pytest.mark.parametrize("text", [
    "A shopkeeper fought off an intruder in Kano on Monday and was shot dead.",
    "A student fought back against the mugger in Accra on Monday but was stabbed to death.",
])
def test_a_victim_resisting_one_attacker_is_an_attack(text: str) -> None:
    assert _types(text) == ["attack"]


@pytest.mark.parametrize("text", [
    "Soldiers fought off militants who stormed a base in Borno on Monday, killing nine of them.",
    "Troops fought back against the gunmen in Katsina on Monday; eleven bandits were killed.",
])
def test_armed_sides_fighting_stay_a_clash(text: str) -> None:
    assert _types(text) == ["armed_clash"]


def test_retype_reads_the_fight_of_a_victim() -> None:
    assert types.retype("armed_clash", ["The guard fought with a robber and was killed."]) == "attack"
    assert types.retype("armed_clash", ["Militias fought with the army for hours."]) == "armed_clash"


@pytest.mark.parametrize("second", [
    "A mob killed three suspected thieves in Enugu on Saturday.",
    "Bandits shot dead three farmers in Sokoto on Saturday.",
])
def test_blame_for_an_earlier_kidnapping_joins_the_kidnapping(second: str) -> None:
    text = f"Gunmen kidnapped 12 travellers in Kogi on Friday. {second} Police blamed Ansaru for the abduction."
    got = {i.killed: (i.event_type, i.admin1, i.perpetrators) for i in extract_incidents(text, None, "2024-08-20")}
    assert got[None][:2] == ("abduction", "Kogi") and "Ansaru" in got[None][2]
    assert got[3][0] != "abduction" and got[3][1] != "Kogi" and "Ansaru" not in got[3][2]
