"""A force that only takes someone into custody did not do the violence: 'Police arrested a man over the stabbing'
names no doer of the stabbing, while the force stays the doer of an arrest."""
from __future__ import annotations

from worker.extract.actors import perpetrators
from worker.extract.syntax import AGENT, CAPTOR, CUSTODY, Role, parse, roles


def _parsed(nlp, sentence: str) -> list[Role]:
    """The roles of one sentence as the pipeline parses it (syntax.parse with the service's model: conftest nlp)."""
    return roles(next(iter(parse(nlp, [sentence]))))


def test_subject_of_an_arrest_verb_is_named_custody(nlp) -> None:
    found = _parsed(nlp, "Police detained two teenagers after the stabbing of a shopkeeper.")
    assert [(r.role, r.name) for r in found if r.text == "Police"] == [(AGENT, CUSTODY)]


def test_arresting_force_is_no_doer_of_the_attack(nlp) -> None:
    s = "Police arrested a 30-year-old man on Sunday over the stabbing that killed two women at a market."
    names, _ = perpetrators([s], "attack", [_parsed(nlp, s)])
    assert "police" not in names


def test_a_force_that_fired_is_still_the_doer(nlp) -> None:
    s = "Police opened fire on the crowd and killed two women at the market."
    names, _ = perpetrators([s], "attack", [_parsed(nlp, s)])
    assert names == ["police"]


def test_subject_that_detains_and_kills_is_a_captor(nlp) -> None:
    found = _parsed(nlp, "The guards arrested and then beat two farmers to death.")
    assert [(r.role, r.name) for r in found if r.text == "The guards"] == [(AGENT, CAPTOR)]


def test_force_that_detains_and_kills_is_the_doer(nlp) -> None:
    s = "Troops detained and later shot dead four herders near the river, their relatives said."
    names, _ = perpetrators([s], "attack", [_parsed(nlp, s)])
    assert names == ["military"]


def test_force_that_kills_its_detainee_is_the_doer_whoever_he_was(nlp) -> None:
    s = "Police arrested and beat to death a robbery suspect at a checkpoint, his brother said."
    names, _ = perpetrators([s], "attack", [_parsed(nlp, s)])
    assert names == ["police"]


def test_a_second_subject_keeps_its_own_verb(nlp) -> None:
    s = "Bandits killed three farmers in Zamfara and police arrested a herder."
    found = _parsed(nlp, s)
    assert [(r.role, r.name) for r in found if r.text == "police"] == [(AGENT, CUSTODY)]
    names, _ = perpetrators([s], "attack", [found])
    assert "police" not in names


def test_a_force_that_fought_then_arrested_is_no_captor(nlp) -> None:
    found = _parsed(nlp, "Soldiers killed six insurgents and arrested two others in the forest.")
    assert [(r.role, r.name) for r in found if r.text == "Soldiers"] == [(AGENT, "subject")]
