"""Outside an armed clash, the phrase the parse makes the doer or the other side of the violence is no victim: "killed
after the police raided a protest" names the police as who struck, not as who was struck. An attack noun the parse
makes the doer keeps its target ("an attack on an army convoy killed ...": the army was attacked)."""
from __future__ import annotations

import pytest


def targets(nlp, text: str) -> list[list[str]]:
    from worker.pipeline import incidents
    article = {"id": "t", "url": "", "title": None, "published": "2025-03-11", "text": text}
    return [m["targets"] for m in incidents([article], nlp)[0]]


@pytest.mark.parametrize("text, absent", [
    ("Four people were killed in Kisumu on Monday after the police raided a rally by opposition supporters near the "
     "market, witnesses said.", "police"),
    ("At least nine demonstrators were wounded in Basra as security forces tried to disperse their sit-in outside "
     "the governor's office.", "security forces"),
    ("At least eight villagers were killed in Jowhar in clashes with police after the arrest of a local elder.",
     "police"),
])
def test_the_doer_or_other_side_is_no_target(nlp, text: str, absent: str) -> None:
    found = targets(nlp, text)
    assert found and all(absent not in t for t in found)


def test_an_attack_on_a_force_keeps_the_force_as_target(nlp) -> None:
    text = ("A roadside bomb attack on an army convoy killed five soldiers near Gao on Tuesday, the army said.")
    assert any("military" in t for t in targets(nlp, text))


def test_a_force_fired_upon_stays_a_target(nlp) -> None:
    text = "Gunmen opened fire on a police patrol in Zamfara on Sunday, killing three officers."
    assert any("police" in t for t in targets(nlp, text))
