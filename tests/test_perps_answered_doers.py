"""A force that shot or killed the doer of the violence answered him; it did not do the violence (syntax._answering):
(only a state force, and only when its passive hangs on the deed, told after it: a main-clause passive is the
incident itself, whatever its victim had done before; an armed group that struck soldiers attacked them)
the by-phrase of a passive whose subject is the doer again: a personal pronoun ("before he was shot dead by police"),
a participle without a subject ("before being shot dead by police"), a relative clause ("a gunman who was later shot
by officers") or a participle on the doer ("a gunman shot dead by police"). A crowd that struck first is still the
victims of the force that fired on it, and what a by-phrase fired or planted is its weapon (kept: guarded by the
readable sets, as the tests here each fail on the base)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.perps_support import roles_of, story

doers = partial(story, published="2025-06-10")


@pytest.mark.parametrize("text", [
    "A gunman opened fire in a crowded shopping centre in Tulsa on Sunday afternoon, killing four people and "
    "wounding six others before he was shot dead by police officers, authorities said.",
    "A man armed with a knife killed two commuters at a railway station in Leeds on Saturday before being shot "
    "dead by armed police, officials said.",
    "Three worshippers were killed by an attacker who was later shot dead by police at a church in Graz on Sunday.",
    "A gunman shot dead by police on Sunday had killed four worshippers at a church in Sutherland Springs, Texas.",
])
def test_the_force_that_killed_the_doer_is_no_doer(nlp, text: str) -> None:
    assert doers(nlp, text)[0] == []


def test_a_background_attacker_shot_by_police_names_no_doer(nlp) -> None:
    text = ("A man stabbed four people at a bus stop in Grenoble on Tuesday, killing one of them, before being "
            "arrested, prosecutors said. In 2019, an attacker killed two teachers in Nantes before being shot dead "
            "by police.")
    assert all(found == [] for found in doers(nlp, text))


def test_the_answering_force_is_context_in_the_parse(nlp) -> None:
    found = roles_of(nlp, "A gunman killed five people at a bar in Denver before he was shot dead by police.")
    assert [(r.role, r.name) for r in found if r.text == "police"] == [("context", "answered_doer")]


@pytest.mark.parametrize("text, doer", [
    # an armed group that killed men who had once struck someone is the doer, not an answer to them
    ("Three policemen who had beaten a trader in the market were killed by al-Shabaab fighters in an ambush near "
     "Baidoa on Monday.", "al-Shabaab"),
    ("Soldiers shot dead a suspected smuggler near Menaka on Friday before they were attacked by JNIM fighters.",
     "JNIM"),
    # a force whose own act is the main clause did the incident's violence, whatever its victim had done before
    ("A suspect who had stabbed his landlord was beaten to death by police in a cell in Eldoret on Wednesday, "
     "his brother said.", "police"),
    ("A teenager who hurled rocks at officers was shot dead by police during a march in Mombasa on Thursday.", "police"),
])
def test_a_deed_before_the_main_clause_is_no_answer(nlp, text: str, doer: str) -> None:
    assert doer in doers(nlp, text)[0]
