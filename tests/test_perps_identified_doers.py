"""Who the doers were, told apart from the violence verb: "the attackers were fighters from X" and "X were responsible
for the attack" name the doer (data/roles.jsonl doers_were, responsible_for), while "police were responsible for
security" names none; and a group joined by "and" to one the text only relates to ("groups linked to al-Qaeda and
Islamic State") shares that part, so it is no lone doer picked by default. A sentence that only identifies the doers
("the assailants belonged to X", "the attack was attributed to X") joins the incident before it, as a blame does."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import actors, syntax


def roles_of(nlp: Any, sentence: str) -> list[syntax.Role]:
    return [r for d in syntax.parse(nlp, [sentence]) for r in syntax.roles(d)]


def who(nlp: Any, sentences: list[str], event_type: str) -> list[str]:
    parsed = [syntax.roles(d) for d in syntax.parse(nlp, sentences)]
    return actors.perpetrators(sentences, event_type, parsed)[0]


@pytest.mark.parametrize("sentence, name, core", [
    ("Villagers said the attackers were fighters from the Ansaru group.", "doers_were", "Ansaru group"),
    ("The army said the gunmen were members of Ansar Dine.", "doers_were", "Ansar Dine"),
    ("A spokesman said ISWAP fighters were responsible for the ambush.", "responsible_for", "ISWAP"),
    ("Police said the kidnappers belonged to Ansaru.", "doers_belonged", "Ansaru"),
    ("The massacre was attributed to the Lord's Resistance Army.", "attributed_to", "Lord's Resistance Army"),
])
def test_the_doers_named_after_a_copula_are_agents(nlp: Any, sentence: str, name: str, core: str) -> None:
    found = [r for r in roles_of(nlp, sentence) if r.name == name]
    assert found and found[0].role == actors.AGENT and core in found[0].text


def test_responsible_for_what_is_no_event_names_no_doer(nlp: Any) -> None:
    sentence = "Soldiers were responsible for security at the stadium where the stampede happened."
    assert not [r for r in roles_of(nlp, sentence) if r.name == "responsible_for"]


def test_the_doers_identified_in_a_later_sentence(nlp: Any) -> None:
    sentences = ["At least six traders were killed when gunmen opened fire at a cattle market near Gao on Sunday.",
                 "Witnesses said the attackers were jihadists from JNIM."]
    assert who(nlp, sentences, "attack") == ["JNIM"]


@pytest.mark.parametrize("second", [
    "A police source said the assailants belonged to Ansar Dine.",
    "The attack was later attributed to Ansar Dine by the regional governor.",
])
def test_a_sentence_that_identifies_the_doers_joins_the_incident(nlp: Any, second: str) -> None:
    text = "Gunmen killed six traders at a cattle market near Gao on Sunday. " + second
    assert [f["perpetrators"] for f in run(nlp, text, "2024-05-06")] == [["Ansar Dine"]]


def test_a_denied_attribution_names_no_doer(nlp: Any) -> None:
    sentences = ["Gunmen killed six traders at a cattle market near Gao on Sunday.",
                 "The attack was attributed to Ansar Dine, which denied it."]
    assert who(nlp, sentences, "attack") == []


def test_a_group_joined_to_a_related_one_is_no_default_doer(nlp: Any) -> None:
    sentences = ["Eight herders were killed near Djibo on Tuesday when suspected jihadists raided their camp.",
                 "The province has been hit by attacks from groups linked to al-Qaeda and Islamic State."]
    assert who(nlp, sentences, "attack") == []
