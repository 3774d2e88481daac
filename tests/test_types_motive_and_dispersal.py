"""Three readings of one-sided killings and protests (fresh sentences written for these tests): a crowd dispersed
by force is a protest; killers who accuse their victim ("a headman they accused of being an informer") give a
motive, not a charge, so the killing stays an event; a victim whose relative clause stands before the passive verb
("a lawyer who represented ... was shot dead") is still the one singled out."""
from __future__ import annotations

import pytest

from tests.perps_support import roles_of
from worker.extract import singled_out, types


@pytest.mark.parametrize("sentence", [
    "At least four people died when police dispersed a march by teachers in Harare on Friday.",
    "Soldiers fired shots while dispersing the demonstrators outside the governor's office.",
])
def test_a_dispersed_march_or_rally_is_a_protest(sentence: str) -> None:
    match = types.classify(sentence)
    assert match is not None and match.event_type == "protest"


def test_dispersing_fog_is_no_protest() -> None:
    assert types.classify("The wind dispersed the fog over the harbour by noon.") is None


@pytest.mark.parametrize("sentence, generic", [
    ("Rebels killed a village chief they accused of spying for the army near Beni on Sunday.", False),
    ("Militants shot dead two teachers whom they had accused of working for the government.", False),
    ("The man accused of the bombing appeared in court on Monday.", True),  # a charge, no event told
])
def test_an_accusation_by_the_killers_is_a_motive_not_a_charge(sentence: str, generic: bool) -> None:
    assert types.generic(sentence) is generic


@pytest.mark.parametrize("sentence, head", [
    ("A lawyer who defended land activists was shot dead outside his office in Tumaco on Friday.", "lawyer"),
    ("A journalist who had reported on cartel violence was gunned down in Culiacan on Monday.", "journalist"),
])
def test_a_victim_with_a_relative_clause_before_the_passive_verb_is_singled_out(nlp, sentence: str, head: str) -> None:
    found = singled_out.victim([sentence], [roles_of(nlp, sentence)])
    assert found is not None and found.head == head


def test_an_office_holder_who_killed_others_is_no_victim(nlp) -> None:
    sentence = "A police commander who shot dead two robbers was promoted on Monday."
    assert singled_out.victim([sentence], [roles_of(nlp, sentence)]) is None
