"""Where the dead or wounded were taken ("the morgue in Nouna") is no scene, but lies in the scene's country as a
rule: it settles which namesake of the scene's town the text means (Barani of Burkina Faso, not of Bihar). Fresh
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("The bodies of nine herders killed in Barani on Saturday were taken to the hospital in Nouna, residents said.",
     ("Burkina Faso", "Boucle du Mouhoun", "Barani")),
])
def test_the_namesake_in_the_route_s_country(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
