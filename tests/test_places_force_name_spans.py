"""An official force's name ("Dorset Police", "Avon and Somerset Constabulary") gives its country wherever it
stands, whether NER tags it whole, splits it or calls it an organisation, and no word inside it is a town of its
own (police_forces.force_spans). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, country", [
    ("A teenager was stabbed to death outside a takeaway on Friday night, Durham Constabulary said.", "United Kingdom"),
    ("A pensioner was beaten to death in his home on Friday, Devon and Cornwall Police said.", "United Kingdom"),
    ("A pensioner was beaten to death in his home on Friday, Avon and Somerset Constabulary said.", "United Kingdom"),
    ("A cyclist was stabbed to death on Friday night, the Royal Newfoundland Constabulary said.", "Canada"),
])
def test_force_name_gives_its_country(text: str, country: str) -> None:
    assert where(text)[0] == country


@pytest.mark.parametrize("text", [
    "A pensioner was beaten to death in his home on Friday, Avon and Somerset Constabulary said.",
    "A courier was stabbed to death on Friday night, City of London Police said.",
])
def test_no_word_of_a_force_name_is_a_town(text: str) -> None:
    assert where(text)[2] is None

