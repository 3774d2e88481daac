"""A boundary line ("the Line of Control", "the Durand Line") is no town, though the gazetteer knows no such name
and the text puts the fighting along it. Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where_all
from worker.extract.name_readings import is_name


def test_a_boundary_line_is_no_town_name() -> None:
    assert not is_name("Line of Control") and not is_name("Line of Actual Control") and not is_name("Durand Line")
    assert is_name("Kotli")


def test_fighting_along_a_line_places_no_town_on_it() -> None:
    text = "Indian and Pakistani troops exchanged fire along the Line of Control on Sunday, killing two soldiers."
    assert all(city != "Line of Control" for _, _, city in where_all(text))
