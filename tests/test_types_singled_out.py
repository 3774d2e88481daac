"""Targeted killings: a killing singles out its victim when the parse finds a named person or an office holder as
what a killing verb acted on (issue 13). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.perps_support import roles_of
from worker.extract import singled_out


@pytest.mark.parametrize("sentence,head", [
    ("Unidentified gunmen shot dead a district court judge outside his home in Kunduz on Tuesday.", "judge"),
    ("Gunmen on a motorcycle killed the deputy mayor of Tarime as he left a mosque.", "mayor"),
    ("A radio journalist was gunned down in Comayagua on Monday night.", "journalist"),
])
def test_the_victim_of_a_killing_verb_is_an_office_holder(nlp, sentence, head):
    found = singled_out.victim([sentence], [roles_of(nlp, sentence)])
    assert found is not None and found.head == head


@pytest.mark.parametrize("sentence", [
    "Gunmen shot dead five farmers in a village near Gusau on Sunday.",
    "Troops killed a rebel commander during a raid near Butembo.",  # a combatant, not a chosen civilian
    "Gunmen attacked the convoy of a provincial governor near Ghazni.",  # attacked, not killed; the convoy
])
def test_crowds_combatants_and_things_are_no_singled_out_victim(nlp, sentence):
    assert singled_out.victim([sentence], [roles_of(nlp, sentence)]) is None


def test_a_person_the_text_calls_prominent_is_singled_out(nlp):
    sentence = "Gunmen shot dead a prominent businessman outside his shop in Maiduguri on Monday."
    found = singled_out.victim([sentence], [roles_of(nlp, sentence)])
    assert found is not None and found.head == "businessman"
    plain = "Gunmen shot dead a businessman outside his shop in Maiduguri on Monday."
    assert singled_out.victim([plain], [roles_of(nlp, plain)]) is None
