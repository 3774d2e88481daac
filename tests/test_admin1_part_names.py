"""A province the text names by a part of its name ("Kashmir", "Pakhtunkhwa") is reported by its whole name; a
spelling of the whole name is still reported as written. Fresh sentences written for this test."""
from __future__ import annotations

from worker.extract.toponyms import as_written


def test_a_part_of_the_name_is_reported_whole() -> None:
    text = "Militants shot dead a shopkeeper in Sopore in north Kashmir on Sunday."
    assert as_written("Jammu and Kashmir", "India", text) == "Jammu and Kashmir"
    text = "A roadside bomb hit a police van in Pakhtunkhwa's Swat valley on Sunday."
    assert as_written("Khyber Pakhtunkhwa", "Pakistan", text) == "Khyber Pakhtunkhwa"


def test_another_spelling_of_the_whole_name_is_reported_as_written() -> None:
    text = "Gunmen killed four labourers in Baluchistan province on Sunday."
    assert as_written("Balochistan", "Pakistan", text) == "Baluchistan"
