"""An object pronoun of a verb that shares the subject never stands for that subject (that would be "themselves"):
"police held two men and beat them" -> the men are the victims, the police no victim of their own violence."""
from __future__ import annotations

from worker.extract.syntax import AGENT, PATIENT, Role, parse, roles


def _parsed(nlp, sentence: str) -> list[Role]:
    return roles(next(iter(parse(nlp, [sentence]))))


def test_object_pronoun_of_a_coordinated_verb_is_the_first_object(nlp) -> None:
    found = _parsed(nlp, "Vigilantes seized three thieves and hacked them to death in the square.")
    assert not any(r.role == PATIENT and r.text == "Vigilantes" for r in found)
    assert any(r.role == PATIENT and r.text == "three thieves" for r in found)


def test_subject_pronoun_still_points_back(nlp) -> None:
    found = _parsed(nlp, "The militia said they attacked the barracks at dawn.")
    assert [(r.role, r.text) for r in found if r.role == AGENT] == [(AGENT, "The militia")]
