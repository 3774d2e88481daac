"""A sentence whose only doer is an armed noun, in either number, is worth parsing (actors.names_an_actor)."""
import pytest

from worker.extract import actors


@pytest.mark.parametrize("sentence", [
    "A lone gunman opened fire on worshippers leaving the chapel on Sunday.",
    "An assailant stabbed two guards at the depot gate.",
    "A suicide bomber blew himself up near the bus terminal.",
    "The attacker fled on a motorbike after shooting the trader.",
    "Assailants torched the granary before dawn.",
    "A kidnapper seized the boy outside his school.",
])
def test_armed_noun_names_an_actor(sentence: str) -> None:
    assert actors.names_an_actor(sentence)


def test_a_man_alone_names_no_actor() -> None:
    assert not actors.names_an_actor("A man was found dead in the river on Tuesday.")


def test_both_numbers_fills_the_other_number() -> None:
    assert actors.both_numbers(["gunmen", "bomber", "militias", "community"]) == {
        "gunmen", "gunman", "bomber", "bombers", "militias", "militia", "community", "communities"}
