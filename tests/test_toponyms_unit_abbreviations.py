"""A town NER tags together with the short form of its state ("Bangor, Me" of "Bangor, Me., police said", whose
full stop it leaves out) is still the town, placed in that state (name_readings._town_of_address,
unit_towns.units_after); so is a dateline's town ("BANGOR, Me. (AP) —": countries._dateline_clues). Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("A man was shot dead in Bangor, Me., on Sunday, police said.", ("United States", "Maine", "Bangor")),
    ("A man was shot dead in Bangor, Me. Police said the suspect fled.", ("United States", "Maine", "Bangor")),
    ("A gunman killed two people in Bath, Me., on Sunday.", ("United States", "Maine", "Bath")),
    ("A gunman killed two people in Salem, Ore., on Sunday.", ("United States", "Oregon", "Salem")),
    ("A gunman killed two people in Springfield, Mass., on Sunday.", ("United States", "Massachusetts", "Springfield")),
    ("A gunman killed two people in Kingston, Ont., on Sunday.", ("Canada", "Ontario", "Kingston")),
    # a dateline's town, placed by the unit after it
    ("BANGOR, Me. (AP) — A man was shot dead outside a bar on Sunday, police said.",
     ("United States", "Maine", "Bangor")),
    ("SALEM, Ore. (AP) — A man was shot dead outside a bar on Sunday, police said.",
     ("United States", "Oregon", "Salem")),
    ("NAIROBI, Kenya (AP) — Gunmen killed four people in a market on Sunday, police said.",
     ("Kenya", "Nairobi", "Nairobi")),
])
def test_a_town_with_its_state_s_short_form_is_that_state_s(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
