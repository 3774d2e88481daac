"""'Troops disguised as herders killed 12 bandits': the guise is no doer. The troops are: in a clash whose words tell
no exchange of fire the force that killed the armed men did the violence (exchanges.py); in an attack the same
troops firing on villagers are the doer, and a force that killed armed men there is not named."""
from __future__ import annotations

import pytest

from worker.extract.actors import perpetrators
from worker.extract.syntax import Role, parse, roles


def _parsed(nlp, sentence: str) -> list[Role]:
    """The roles of one sentence as the pipeline parses it (syntax.parse with the service's model: conftest nlp)."""
    return roles(next(iter(parse(nlp, [sentence]))))


@pytest.mark.parametrize("event_type, named", [("attack", []), ("armed_clash", ["military"])])
def test_disguised_troops_against_armed_men(nlp, event_type: str, named: list[str]) -> None:
    s = "Troops disguised as herders killed 12 bandits in a forest near Gusau on Monday."
    names, _ = perpetrators([s], event_type, [_parsed(nlp, s)])
    assert names == named


def test_disguised_troops_against_villagers(nlp) -> None:
    s = "Troops disguised as herders killed 12 villagers in a forest near Gusau on Monday."
    names, _ = perpetrators([s], "attack", [_parsed(nlp, s)])
    assert names == ["military"]
