"""Names coordinated before one plural group noun are each a side: 'the Dinka and Nuer communities' are the Dinka
community and the Nuer community, as the sides of a communal clash are named apart."""
from __future__ import annotations

import pytest

from worker.extract import group_names
from worker.extract.actors import perpetrators
from worker.extract.syntax import Role


@pytest.mark.parametrize("group, sides", [
    ("Lendu and Hema communities", ["Lendu community", "Hema community"]),
    ("Bari, Mundari and Dinka clans", ["Bari clan", "Mundari clan", "Dinka clan"]),
    ("Tuareg and Peul herdsmen", ["Tuareg herdsmen", "Peul herdsmen"]),
    ("Abgaal and Habar Gidir sub-clans", ["Abgaal sub-clan", "Habar Gidir sub-clan"]),
    ("Justice and Equality Movement", ["Justice and Equality Movement"]),  # a proper name's own head
    ("local and foreign gangs", ["local and foreign gangs"]),  # qualifiers that name no one
    ("Lendu militia", ["Lendu militia"]),
])
def test_sides_of(group: str, sides: list[str]) -> None:
    assert group_names.sides_of(group) == sides


def test_clash_sides_from_the_parse() -> None:
    """A side role whose phrase joins two peoples before 'communities' gives two perpetrators."""
    s = "Nine people died in fighting between the Lendu and Hema communities near Bunia."
    phrase = "the Lendu and Hema communities"
    start = s.index(phrase)
    role = Role("side", "between", phrase, start, start + len(phrase), "communities",
                "Lendu and Hema communities", "NORP")
    names, _ = perpetrators([s], "armed_clash", [[role]])
    assert names == ["Lendu community", "Hema community"]


@pytest.mark.parametrize("group, sides", [
    ("Antigua and Barbuda gangs", ["Antigua and Barbuda gangs"]),  # a country's own name
    ("Andaman and Nicobar Islands gangs", ["Andaman and Nicobar Islands gangs"]),  # a province's
    ("Wallis and Futuna Kanak militias", ["Wallis and Futuna Kanak militias"]),
    ("Antigua and Barbuda and Dominican gangs", ["Antigua and Barbuda gang", "Dominican gang"]),
])
def test_a_place_named_x_and_y_is_one_side(group: str, sides: list[str]) -> None:
    assert group_names.sides_of(group) == sides


def test_clash_side_of_one_place_named_x_and_y() -> None:
    s = "Two men died in a shootout between Antigua and Barbuda gangs and the coast guard."
    phrase = "Antigua and Barbuda gangs"
    start = s.index(phrase)
    role = Role("side", "between", phrase, start, start + len(phrase), "gangs", phrase, "GPE")
    names, _ = perpetrators([s], "armed_clash", [[role]])
    assert names == ["Antigua and Barbuda gangs"]
