"""A singled-out victim with people joined to him ("a district judge and his two bodyguards were shot dead") is
still the target of a targeted killing: the killing verb is read after the joined phrase, and the guards killed with
him do not count toward the one-or-two rule. Fresh sentences written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import roles_of as _roles
from tests.test_types_targeted import _type
from worker.extract import singled_out


def test_the_victim_before_a_joined_phrase_is_singled_out(nlp: Any) -> None:
    sentence = "A provincial prosecutor and his two escorts were gunned down outside the court in Herat."
    found = singled_out.victim([sentence], [_roles(nlp, sentence)])
    assert found is not None and found.head == "prosecutor"


@pytest.mark.parametrize("text, expected", [
    ("A provincial prosecutor and his two escorts were gunned down outside the court in Herat on Sunday, police said.",
     "targeted_killing"),
    ("A district mayor and his driver were shot dead near Tarime on Monday, officials said.", "targeted_killing"),
    # a crowd joined to him: no one singled out
    ("A district mayor and nine villagers were shot dead near Tarime on Monday, officials said.", "attack"),
])
def test_guards_killed_with_him_keep_the_killing_targeted(nlp: Any, text: str, expected: str) -> None:
    assert _type(nlp, text) == expected
