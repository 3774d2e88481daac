"""A craft or weapon that opens a sentence ("Warplanes bombed ...") is what struck, never a group, even when NER
tags the capitalised word as an organisation."""
from __future__ import annotations

import pytest

from worker.extract import group_names
from worker.extract.syntax import Role


@pytest.mark.parametrize("word", ["Warplanes", "Drones", "Helicopters", "Rockets"])
def test_capitalised_craft_is_no_group(word: str) -> None:
    assert group_names.name(Role("agent", "subject", word, 0, len(word), word.lower(), word, "ORG")) is None


def test_a_named_group_is_still_named() -> None:
    core = "Kuki Revolutionary Army"
    assert group_names.name(Role("agent", "subject", core, 0, len(core), "army", core, "ORG")) == core
