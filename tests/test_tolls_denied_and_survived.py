"""A subject that denies the harm ("that no officer or resident had been killed": no one killed), one person shot
or stabbed who lived ("was shot three times but survived": one wounded), and the sides of dead people whose nouns the
group lexicon names (guests, vendors, tourists: civilians, not the attackers killed beside them). Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, victim_groups


def _toll(sentences: list[str], kind: str) -> int | None:
    return casualties.merge([c for s in sentences for c in casualties.counts(s, kind)])[0]


_TOLLS = [
    (["The mayor said it was a miracle that no pupil or teacher had been killed when the roof came down."], "killed", 0),
    (["A police spokesman said no officer was hurt."], "injured", 0),
    (["The prosecutor was shot four times but survived, officials said."], "injured", 1),
    (["A shopkeeper was stabbed in the neck but is recovering in hospital."], "injured", 1),
    (["Soldiers killed all three attackers who had stormed a guesthouse in Kismayo, the army said.",
      "Nine guests died in the siege."], "killed", 12),
    (["Troops shot dead two gunmen at the market, police said.", "Five vendors died in the attack."], "killed", 7),
]


@pytest.mark.parametrize("sentences,kind,toll", _TOLLS)
def test_toll(sentences: list[str], kind: str, toll: int | None) -> None:
    assert _toll(sentences, kind) == toll


@pytest.mark.parametrize("noun", ["guests", "vendors", "tourists", "mourners", "motorists"])
def test_civilian_nouns(noun: str) -> None:
    assert victim_groups.group_of(noun) == "civilians"


# controls: a harm told, not denied; one shot dead
_CONTROLS = [
    (["A police officer was killed in the ambush."], "killed", 1),
    (["The driver was shot dead at the checkpoint."], "killed", 1),
]


@pytest.mark.parametrize("sentences,kind,toll", _CONTROLS)
def test_control(sentences: list[str], kind: str, toll: int | None) -> None:
    assert _toll(sentences, kind) == toll
