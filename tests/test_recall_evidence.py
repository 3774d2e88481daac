"""Evidence of a sentence read with a clause blanked (its own event apart from an earlier one it recalls, or a
recalled clause read with the counted people before it) is the article's text at its offsets (the incident.v1
contract), never the blanked reading. Fresh sentences written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"  # a Wednesday


def _mismatches(text: str) -> list[tuple[str, str]]:
    incs = extract_incidents(text, None, PUBLISHED)
    assert incs  # the sentence's own event and the recalled one (a funeral folds into the killing it recalls)
    return [(e.field, e.text) for i in incs for e in i.evidence if text[e.start:e.end] != e.text]


def test_the_own_event_of_a_split_sentence_cites_it_as_written() -> None:
    text = "Soldiers shot dead six rebels in Goma on Monday, two days after the rebels killed nine traders in Beni."
    assert _mismatches(text) == []


def test_a_recalled_clause_read_with_its_antecedent_cites_the_text() -> None:
    text = "Mourners buried eight farmers in Plateau on Monday, two days after gunmen killed them."
    assert _mismatches(text) == []
