"""Sentence splitting keeps a closing quote or bracket with the sentence it closes, and does not split after the
abbreviations of place and rank names ("Ft. Worth", "Mt. Kenya", "Cpl. Ade"). Fresh texts written for this test."""
from __future__ import annotations

from worker.extract import segment


def _texts(text: str) -> list[str]:
    found = segment.sentences(text)
    assert all(text[s.start:s.end] == s.text for s in found)  # offsets still point into the original
    return [s.text for s in found]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    text = 'The governor said: "Nine bodies were recovered." Two more died in hospital on Friday.'
    assert _texts(text) == ['The governor said: "Nine bodies were recovered."', "Two more died in hospital on Friday."]


def test_a_closing_bracket_stays_with_its_sentence() -> None:
    text = "(The toll was later revised.) Police said the gunmen fled on motorbikes."
    assert _texts(text) == ["(The toll was later revised.)", "Police said the gunmen fled on motorbikes."]


def test_place_and_rank_abbreviations_do_not_end_a_sentence() -> None:
    text = "The shooting near Ft. Worth killed two. Cpl. Ade Musa and Fr. John Obi were among the wounded."
    assert _texts(text) == ["The shooting near Ft. Worth killed two.",
                            "Cpl. Ade Musa and Fr. John Obi were among the wounded."]
