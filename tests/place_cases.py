"""What the tests that read a fresh sentence's incidents share (the place tests first): the spaCy model, loaded
once, and the (country, admin1, city) of the incidents the sentence gives, with or without the parse."""
from __future__ import annotations

from functools import cache
from typing import Any

from worker.config import load
from worker.extract import extract_incidents
from worker.nlp import load as load_nlp

Where = tuple[str | None, str | None, str | None]


@cache
def nlp() -> Any:
    return load_nlp(load(env={}).spacy_model)


def where_all(text: str, parse: bool = True) -> list[Where]:
    """(country, admin1, city) of every incident of `text`; parse=False reads it without the spaCy parse (the
    gazetteer and the rules alone)."""
    doc = nlp()(text) if parse else None
    return [(i.country, i.admin1, i.city) for i in extract_incidents(text, doc, "2031-05-02")]


def where(text: str, parse: bool = True) -> Where:
    """(country, admin1, city) of the first incident of `text`."""
    return where_all(text, parse)[0]
