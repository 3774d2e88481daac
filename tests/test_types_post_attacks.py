"""An attack on a force's post or patrol is an attack, not a targeted killing, whoever of its men died or was named
(post_attacks.py, issue #13); a person singled out elsewhere stays a targeted killing."""
from __future__ import annotations

import pytest

from tests.recall_cases import run
from worker.extract.post_attacks import struck_post
from worker.extract.syntax import AGENT, PATIENT, Role


def types(nlp, text: str) -> list[str]:
    return [f["event_type"] for f in run(nlp, text, "2024-03-02")]


def _r(role: str, name: str, text: str, start: int) -> Role:
    return Role(role, name, text, start, start + len(text), text.split()[-1].lower(), text, "")


@pytest.mark.parametrize("text", [
    "Two police officers were shot dead when gunmen attacked their checkpoint in Gombe on Tuesday.",
    "A police sergeant was shot dead when gunmen attacked his checkpoint near Lokoja on Sunday.",
    "Sergeant Musa Bello was shot dead when bandits attacked the checkpoint he manned near Funtua on Sunday.",
    "A soldier was killed when militants ambushed his patrol near Dikwa on Friday.",
])
def test_a_killing_at_a_struck_post_is_an_attack(nlp, text: str) -> None:
    assert types(nlp, text)[:1] == ["attack"]


def test_a_singled_out_officer_elsewhere_stays_a_targeted_killing(nlp) -> None:
    text = "Gunmen shot dead a police commissioner outside his home in Gombe on Tuesday."
    assert types(nlp, text)[:1] == ["targeted_killing"]


def test_struck_post_reads_the_victim_of_armed_men() -> None:
    assert struck_post([[_r(AGENT, "subject", "gunmen", 0), _r(PATIENT, "object", "their checkpoint", 16)]])
    assert struck_post([[_r(PATIENT, "passive_subject", "The army post", 0), _r(AGENT, "passive_by", "militants", 30)]])


def test_struck_post_leaves_forces_and_armed_posts() -> None:
    assert not struck_post([[_r(AGENT, "subject", "troops", 0), _r(PATIENT, "object", "a checkpoint", 16)]])
    assert not struck_post([[_r(AGENT, "subject", "gunmen", 0), _r(PATIENT, "object", "a rebel base", 16)]])
    assert not struck_post([[_r(AGENT, "subject", "gunmen", 0), _r(PATIENT, "object", "the governor's convoy", 16)]])
