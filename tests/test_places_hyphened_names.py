"""A hyphened town name NER cuts at its hyphen ("Koton" of "Koton-Karfe") is the whole name the gazetteer knows.
Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_the_whole_hyphened_name() -> None:
    assert where("Gunmen shot dead four fishermen in Koton-Karfe on Wednesday, police said.") \
        == ("Nigeria", "Kogi", "Koton-Karfe")
