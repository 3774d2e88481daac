"""Both sides of "between X and Y" are sides of the fighting, also when the parser leaves Y out of the pair.
Every sentence is written for these tests."""
from __future__ import annotations

from tests.perps_support import doers as who


def test_both_sides_of_between_x_and_y_when_the_parser_drops_the_second(nlp):
    # the small parser takes the second side for the subject of "left"; it is still a side of the fighting
    assert who(nlp, "Clashes between Dinka youths and Nuer youths left 14 people dead.", "armed_clash") == [
        "Dinka youths", "Nuer youths"]
    assert who(nlp, "Fighting between the Toposa clan and the Turkana clan killed six.", "armed_clash") == [
        "Toposa clan", "Turkana clan"]
