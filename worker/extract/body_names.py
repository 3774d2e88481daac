"""The names of bodies of one country (data/institutions.csv: missions, forces, agencies; data/bodies.csv:
legislatures, parties, forces) as spans of a text. Such a name is no place, nor is a place's name inside it: "the
Lok Sabha" is India's house, not Libya's Sabha; "the Bundeswehr" or "the Shiv Sena" no unknown town; "Assam Rifles"
fight in Manipur as often as in Assam. The place finder (places.find) and the country's clues (countries.clues)
leave them out; the country each names is a clue of its own (countries.institution_clues, body_clues). Pure."""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from worker.extract.alternation import literal

FILES = ("institutions.csv", "bodies.csv")


@cache
def _names_rx() -> re.Pattern[str]:
    """Every name of the files as written (case kept: "RAB" is no "rab"), longest first, not inside a longer word."""
    names: set[str] = set()
    for file in FILES:
        text = resources.files("worker.extract").joinpath("data", file).read_text("utf-8")
        names.update(r["name"] for r in csv.DictReader(text.splitlines()))
    return re.compile(r"(?<![\w-])(?:" + literal(names) + r")(?![\w-])")


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the body names in `text[start:end]`."""
    return [(m.start(), m.end()) for m in _names_rx().finditer(text, start, len(text) if end is None else end)]


def inside(found: list[tuple[int, int]], start: int, end: int) -> bool:
    """The span [start, end) lies within one of the `found` spans."""
    return any(a <= start and end <= b for a, b in found)
