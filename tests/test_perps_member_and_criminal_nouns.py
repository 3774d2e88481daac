"""Doers named by their kind (issue #13): a criminal band named by its noun alone is a doer as bandits and pirates
are ("robbers", data/group_nouns.csv), one robber is no group; a member noun after a group's own name ("Zelva Front
fighters") names that group, not its men (group_names._members_group); an unnamed armed side that exchanged fire
with a force leaves the doer empty, as the gold does for encounters."""
from __future__ import annotations

import pytest

from worker.extract import group_names
from worker.extract.syntax import Role


def incidents(nlp, text: str) -> list[dict]:
    from worker.pipeline import incidents as run
    article = {"id": "t", "url": "", "title": None, "published": "2024-03-02", "text": text}
    return run([article], nlp)[0]


def _role(text: str, head: str) -> Role:
    return Role("agent", "subject", text, 0, len(text), head, text, "")


@pytest.mark.parametrize("text", [
    "Armed robbers killed a petrol attendant in Onitsha on Sunday night, residents said.",
    "Robbers shot dead a bureau de change operator in Kano on Wednesday.",
])
def test_robbers_who_killed_are_the_doers(nlp, text: str) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == ["robbers"]


def test_robbers_killed_by_police_after_their_killing_stay_its_doers(nlp) -> None:
    text = ("Armed robbers killed a pharmacist in Aba, Abia, on Friday. Police later shot dead two of the robbers, "
            "a spokesman said.")
    found = incidents(nlp, text)
    assert any("robbers" in i["perpetrators"] for i in found)


def test_one_robber_is_no_group(nlp) -> None:
    found = incidents(nlp, "A robber stabbed a trader to death in Aba on Friday.")
    assert found and found[0]["perpetrators"] == []


@pytest.mark.parametrize("text, head, want", [
    ("Zelva Front fighters", "fighters", "Zelva Front"),
    ("Sanaga Liberation Army militants", "militants", "Sanaga Liberation Army"),
    ("Kivu Patriotic Movement gunmen", "gunmen", "Kivu Patriotic Movement"),
])
def test_a_member_noun_after_a_group_name_names_the_group(text: str, head: str, want: str) -> None:
    assert group_names.name(_role(text, head)) == want


@pytest.mark.parametrize("text, head", [
    ("Islamist fighters", "fighters"),
    ("Nigerian Army soldiers", "soldiers"),
    ("Somali Army fighters", "fighters"),
])
def test_a_member_noun_after_no_group_name_names_no_group(text: str, head: str) -> None:
    assert group_names.name(_role(text, head)) is None


def test_a_member_noun_keeps_a_people_qualifier() -> None:
    assert group_names.name(_role("Fulani gunmen", "gunmen")) == "Fulani gunmen"


def test_an_unlisted_front_whose_fighters_attacked_is_the_doer(nlp) -> None:
    found = incidents(nlp, "Zelva Front fighters attacked a village near Beni on Tuesday, killing five civilians.")
    assert found and found[0]["perpetrators"] == ["Zelva Front"]


@pytest.mark.parametrize("text", [
    "Gunmen exchanged fire with police in Zaria on Monday; three people died in the shootout.",
    "Three gunmen were killed in an encounter with police in Minna on Monday, a police spokesman said.",
    "Soldiers clashed with militants near Damboa on Monday. Five militants and two soldiers died in the fighting.",
])
def test_an_unnamed_side_in_an_exchange_leaves_no_doer(nlp, text: str) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["event_type"] == "armed_clash" and found[0]["perpetrators"] == []


def test_rebels_after_a_group_name_name_the_group_and_a_people_s_rebels_stay_whole() -> None:
    assert group_names.name(_role("Zelva Liberation Army rebels", "rebels")) == "Zelva Liberation Army"
    assert group_names.name(_role("Rakhine rebels", "rebels")) == "Rakhine rebels"


@pytest.mark.parametrize("text, head, want", [
    ("UFDR rebels", "rebels", "UFDR"),
    ("FNLC fighters", "fighters", "FNLC"),
    ("US troops", "troops", None),
])
def test_an_acronym_before_an_armed_noun_is_the_group(text: str, head: str, want: str | None) -> None:
    assert group_names.name(_role(text, head)) == want
