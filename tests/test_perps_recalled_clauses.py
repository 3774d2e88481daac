"""Doers and victims named only inside a recalled event's clause belong to that event: an arrest that follows a
killing ("Police detained six men after herders killed four farmers") is the police's and takes only the detained,
and a new attack told with an earlier one ("..., two days after bandits killed ten") is not given the earlier
attack's doers. Sentences written for these tests."""
from __future__ import annotations

from typing import Any

from tests import recall_cases
from worker.extract.own_clauses import own_clauses, roles_as_written
from worker.extract.syntax import AGENT, Role


def run(nlp: Any, text: str) -> list[dict[str, Any]]:
    return recall_cases.run(nlp, text, "2023-09-20")


def test_an_arrest_after_a_killing_takes_neither_its_doers_nor_its_victims(nlp):
    found = run(nlp, "Police detained six men in Makurdi on Monday after herders killed four farmers and a priest "
                     "in Agatu on Saturday.")
    arrest = next(f for f in found if f["event_type"] == "arrest")
    assert "herders" not in arrest["perpetrators"]
    assert "clergy" not in (arrest["targets"] or [])
    killing = next(f for f in found if f["event_type"] != "arrest")
    assert "herders" in killing["perpetrators"]


def test_a_new_attack_keeps_its_own_doers(nlp):
    found = run(nlp, "Gunmen shot dead three traders in Shiroro on Tuesday, two days after bandits killed ten "
                     "miners in Rafi.")
    new = next(f for f in found if f["killed"] == 3)
    assert "bandits" not in new["perpetrators"]
    old = next(f for f in found if f["killed"] == 10)
    assert "bandits" in old["perpetrators"]


def test_own_clauses_blank_only_a_follow_up_of_the_incident_type():
    sentence = "Soldiers arrested two men after militants killed a chief."
    assert "militants" not in own_clauses([sentence], "arrest")[0]
    assert own_clauses([sentence], "attack") == [sentence]


def test_a_role_in_a_blanked_clause_is_dropped():
    sentence = "Gunmen killed two,            ."
    gone = Role(AGENT, "subject", "bandits", 18, 25, "bandits")
    kept = Role(AGENT, "subject", "Gunmen", 0, 6, "gunmen")
    assert roles_as_written([sentence], [[gone, kept]]) == [[kept]]
    assert roles_as_written([sentence], None) is None
