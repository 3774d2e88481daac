"""The kind words news puts before or after a small place's name beyond town and village ("the municipality of
X", "the rural commune of X", "X hamlet"): the name is the place, below the province named with it. Fresh
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Dissidents of the FARC killed two soldiers in Colombia's Cauca department, in the municipality of Toribio, "
     "the army said.", ("Colombia", "Cauca", "Toribio")),
    ("Gunmen killed nine people in the rural commune of Djibasso in Kossi province on Friday, security sources "
     "said.", ("Burkina Faso", "Boucle du Mouhoun", "Djibasso")),
])
def test_a_place_named_with_its_kind(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
