"""Two readings of the parse (data/roles.jsonl): the victims the parser hangs on the "dead" of "shot dead" are the
object of the violence, so a force that shot them dead is the doer; and a side that only condemned or denounced
the event reacted to it, and is no lone group to take as its doer. Every sentence here is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import doers as who, roles_of as parsed
from worker.extract import syntax


def test_the_victims_hung_on_dead_are_the_object(nlp: Any) -> None:
    sentence = "Police in the Zelvan capital shot dead three protesters on Wednesday as marches turned violent."
    assert any(r.role == syntax.PATIENT and r.text == "three protesters" for r in parsed(nlp, sentence))
    assert who(nlp, sentence) == ["police"]


@pytest.mark.parametrize("sentence,event_type,want", [
    ("Somali troops killed six civilians in a village near Afgoye on Tuesday, residents said, and al-Shabaab "
     "condemned the killing.", "attack", ["military"]),
    ("A roadside bomb killed four shepherds near Kirkuk on Monday, and the Kurdistan Workers' Party denounced the "
     "attack.", "bombing", []),
])
def test_a_side_that_reacts_is_no_doer(nlp: Any, sentence: str, event_type: str, want: list[str]) -> None:
    assert who(nlp, sentence, event_type) == want


def test_a_reaction_leaves_the_named_doer(nlp: Any) -> None:
    sentence = "Boko Haram fighters killed 14 fishermen near Baga on Sunday, and the government condemned the attack."
    assert who(nlp, sentence) == ["Boko Haram"]
