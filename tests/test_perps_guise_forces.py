"""'Troops disguised as herders killed 12 bandits': the guise is no doer, and a state force that killed armed men
is not named either (README: a force that fought armed men is not taken; the gold names the armed side of a
clash), while the same troops firing on villagers are the doer."""
from __future__ import annotations

import pytest

from worker.extract.actors import perpetrators
from worker.extract.syntax import Role, parse, roles


def _parsed(nlp, sentence: str) -> list[Role]:
    """The roles of one sentence as the pipeline parses it (syntax.parse with the service's model: conftest nlp)."""
    return roles(next(iter(parse(nlp, [sentence]))))


@pytest.mark.parametrize("event_type", ["attack", "armed_clash"])
def test_disguised_troops_against_armed_men(nlp, event_type: str) -> None:
    s = "Troops disguised as herders killed 12 bandits in a forest near Gusau on Monday."
    names, _ = perpetrators([s], event_type, [_parsed(nlp, s)])
    assert "herders" not in names and "military" not in names


def test_disguised_troops_against_villagers(nlp) -> None:
    s = "Troops disguised as herders killed 12 villagers in a forest near Gusau on Monday."
    names, _ = perpetrators([s], "attack", [_parsed(nlp, s)])
    assert names == ["military"]
