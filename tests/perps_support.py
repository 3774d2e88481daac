"""What the perpetrator tests (test_perps_*, test_perpetrators_*) share, one copy each: the roles the parse gives one
sentence, the doers `actors.perpetrators` names from them (with the state's forces as the fallback where a test asks
for it), and the doers of every incident the whole pipeline reads from a text."""
from __future__ import annotations

from typing import Any

from tests.recall_cases import run
from worker.extract import actors, syntax


def roles_of(nlp: Any, sentence: str) -> list[syntax.Role]:
    """The roles of one sentence, its phrases labelled by the NER entities, as the pipeline reads them."""
    return syntax.roles(next(iter(syntax.parse(nlp, [sentence]))), 0, nlp(sentence).ents)


def doers(nlp: Any, sentence: str, event_type: str = "attack") -> list[str]:
    """The perpetrators `actors.perpetrators` names in one sentence of an `event_type` incident."""
    return actors.perpetrators([sentence], event_type, [roles_of(nlp, sentence)])[0]


def doers_or_forces(nlp: Any, sentence: str, event_type: str, country: str, day: str) -> list[str]:
    """The perpetrators of one sentence, or where it names none the state forces of `country` on `day` (the
    pipeline's fallback for the air power and the forces of a state)."""
    roles = [roles_of(nlp, sentence)]
    return actors.perpetrators([sentence], event_type, roles)[0] or \
        actors.state_forces([sentence], event_type, country, roles, day)


def story(nlp: Any, text: str, published: str = "2025-03-13") -> list[list[str]]:
    """The perpetrators of each incident the whole pipeline reads from an article made of `text` alone."""
    return [f["perpetrators"] for f in run(nlp, text, published)]
