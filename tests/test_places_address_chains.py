"""An address chain ("in Wamena, Jayawijaya regency, Papua,"): the name after a unit and a comma is the province
when the gazetteer knows one so, though NER calls it a person; the text's province then beats the gazetteer's newer
one for the town. Fresh sentences written for these tests (issue #13)."""
from __future__ import annotations

from tests.place_cases import where


def test_the_province_closing_an_address_chain_is_read() -> None:
    text = ("Rioters torched a market and killed at least nine people in Wamena, Jayawijaya regency, Papua, on "
            "Thursday, police said.")
    assert where(text)[1:] == ("Papua", "Wamena")


def test_an_island_named_as_the_scene_is_its_place() -> None:
    # a Lake Chad island the gazetteer lacks: named with its kind word, like a village
    text = "Jihadists killed seven fishermen on the island of Bougoumi, in Lac province, on Sunday, the army said."
    assert where(text) == ("Chad", "Lac", "Bougoumi")
