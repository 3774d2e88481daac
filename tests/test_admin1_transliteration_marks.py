"""A province reported from a town's GeoNames row comes out as news and the gold write it, without scholarly
transliteration marks ("Bihār" -> "Bihar"), the same spelling as when the text names it. Fresh sentences."""
from __future__ import annotations

from tests.place_cases import nlp
from worker.extract import extract_incidents
from worker.extract.toponyms import plain_province


def _admin1(text: str) -> str | None:
    found = extract_incidents(text, nlp()(text), "2031-05-02")
    assert found
    return found[0].admin1


def test_marks_are_dropped_and_a_languages_own_accents_kept() -> None:
    assert plain_province("Tamil Nādu", "India") == "Tamil Nadu"
    assert plain_province("Petén", "Guatemala") == "Petén"
    assert plain_province("Île-de-France", "France") == "Île-de-France"


def test_a_towns_state_is_spelled_as_the_state_named_by_the_text() -> None:
    by_town = _admin1("Suspected Maoists shot dead two villagers near Gaya on Monday, police said.")
    by_state = _admin1("Suspected Maoists shot dead two villagers in Bihar state on Monday, police said.")
    assert by_town == by_state == "Bihar"
