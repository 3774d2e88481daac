"""Unicode spaces read as plain ones, one character for one: fields as with spaces, evidence quoted from the
article's own text. Fresh sentences written for this test."""
from __future__ import annotations

from typing import Any

from tests.place_cases import nlp
from worker.pipeline import extract_batch


def _run(text: str) -> list[dict[str, Any]]:
    out = extract_batch([{"id": "a" * 32, "text": text, "published": "2031-05-02"}], nlp())[0]
    assert isinstance(out, list)
    return out


def test_no_break_spaces_read_as_spaces_and_evidence_quotes_the_text() -> None:
    plain = "Militants killed six policemen in Dera Ismail Khan on Friday, police said. Two dozen people were hurt."
    nbsp = plain.replace(" ", "\u00a0")
    a, b = _run(plain), _run(nbsp)
    assert [(m["killed"], m["location"]["city"]) for m in b] == [(m["killed"], m["location"]["city"]) for m in a]
    assert b and b[0]["location"]["city"] == "Dera Ismail Khan"
    for ev in b[0]["evidence"]:
        assert nbsp[ev["start"]:ev["end"]] == ev["text"]
