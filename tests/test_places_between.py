"""'between X and Y': the first town is the scene when the sentence tells violence on the way between them; a
border, a link or traffic between two places names no scene. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import places


@pytest.mark.parametrize("text, want", [
    ("Bandits killed eleven travellers on the road between Funtua and Gusau on Monday, police said.",
     ("Nigeria", "Katsina", "Funtua")),
    ("Gunmen ambushed a bus between Maiduguri and Damboa, killing seven passengers.", ("Nigeria", "Borno", "Maiduguri")),
    ("A bomb exploded on the highway between Kabul and Jalalabad on Monday, killing three soldiers.",
     ("Afghanistan", "Kabul", "Kabul")),
    # the scene is elsewhere: traffic between two towns is no place of the killing
    ("Traffic between Kano and Katsina was halted after gunmen killed two drivers in Zaria.",
     ("Nigeria", "Kaduna", "Zaria")),
])
def test_between_two_towns(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, route", [
    ("Gunmen ambushed a bus between Maiduguri and Damboa on Monday.", False),
    ("Troops sealed the border between Maiduguri and Damboa after gunmen killed two.", True),
    ("Buses run between Maiduguri and Damboa twice a day.", True),
])
def test_the_first_end(text: str, route: bool) -> None:
    at = text.index("Maiduguri")
    assert places._route(text, at, at + len("Maiduguri")) is route
    second = text.index("Damboa")
    assert places._route(text, second, second + len("Damboa"))  # the second end stays a route end
