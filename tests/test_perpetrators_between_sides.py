"""Both sides of "between X and Y" are sides of the fighting, also when the parser leaves Y out of the pair.
Every sentence is written for these tests."""
from __future__ import annotations

from typing import Any

from worker.extract import actors, syntax


def who(nlp: Any, sentence: str, event_type: str) -> list[str]:
    found = syntax.roles(next(iter(syntax.parse(nlp, [sentence]))), 0, nlp(sentence).ents)
    return actors.perpetrators([sentence], event_type, [found])[0]


def test_both_sides_of_between_x_and_y_when_the_parser_drops_the_second(nlp):
    # the small parser takes the second side for the subject of "left"; it is still a side of the fighting
    assert who(nlp, "Clashes between Dinka youths and Nuer youths left 14 people dead.", "armed_clash") == [
        "Dinka youths", "Nuer youths"]
    assert who(nlp, "Fighting between the Toposa clan and the Turkana clan killed six.", "armed_clash") == [
        "Toposa clan", "Turkana clan"]
