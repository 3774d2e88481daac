"""A verb that is violence only against people (data/role_words.csv people_object_verbs: execute, slaughter,
butcher, hang) makes its subject a doer only when its object names people: "executing a plan" or "slaughtering a
goat" is no act of violence, so the victims busy with it are no doers. Sentences written for these tests."""
from __future__ import annotations

from typing import Any

from tests.perps_support import roles_of
from worker.extract import actors, syntax


def agents(nlp: Any, sentence: str) -> list[str]:
    return [r.core for r in roles_of(nlp, sentence) if r.role == syntax.AGENT]


def test_the_subject_of_a_plan_executed_is_no_doer(nlp):
    sentence = ("The herders were executing their plan to move south when soldiers attacked the camp in Mopti, "
                "killing seven.")
    assert agents(nlp, sentence) == ["soldiers"]


def test_people_busy_with_something_else_whom_the_doers_attacked_are_victims(nlp):
    """'X were V-ing ... when Y attacked them': the pronoun of the adverbial clause is the subject above, the
    victims, whatever they were doing ('mending nets', 'executing a plan')."""
    for sentence in ("The herders were executing their plan to move south when soldiers attacked them in Mopti, "
                     "killing seven.",
                     "The fishermen were mending nets on the shore when pirates attacked them, killing three."):
        found = roles_of(nlp, sentence)
        victims = {r.head for r in found if r.role == syntax.PATIENT}
        assert victims & {"herders", "fishermen"}
        assert not {"herders", "fishermen"} & set(actors.perpetrators([sentence], "attack", [found])[0])


def test_a_pronoun_in_a_reported_clause_is_not_the_speaker(nlp):
    assert all(r.head != "villagers" for r in roles_of(nlp, "The villagers said gunmen attacked them at night."))


def test_a_slaughtered_animal_makes_no_doer(nlp):
    assert agents(nlp, "The herders had slaughtered a ram for the feast when bandits stormed the village.") == \
        ["bandits"]


def test_people_executed_keep_their_doers(nlp):
    assert agents(nlp, "Rebels executed four fishermen near the lake.") == ["Rebels"]
    assert agents(nlp, "The militia butchered them in the market square.") == ["militia"]
    assert agents(nlp, "The insurgents executed 12 in the square.") == ["insurgents"]
