"""Review of the session-36 count shapes: what the review found wrong, in fresh sentences written for these tests.
"Caused no casualties" is no longer read as the incident's zero (a group's zero, a recalled event's, or one a later
toll of the same sentence overrides); a toll told in a currency is a road's, not the dead's; a wound its holder died
of is no injury; a participle's reduced relative ends where a clause with its own subject opens; the connectors keep
the joiners and direction marks of published text, the extractor reads past them."""
from __future__ import annotations

import warnings

import pytest

from connectors.clean import clean
from worker import readable
from worker.extract import casualties


def _toll(sentence: str, kind: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize("sentence, kind, want", [
    # a zero for one group only, then the real toll
    ("The rocket strike on the depot near Kharkiv caused no casualties among the workers, but three guards were "
     "killed, the governor said.", "killed", 3),
    # a toll in money
    ("The toll at the Second Niger Bridge rises to 800 naira from Monday, the ministry said.", "killed", None),
    ("The toll for lorries on the Karachi motorway climbs to 300 rupees next week.", "killed", None),
    # a wound its holder died of
    ("A ranger sustained a bullet wound and later died at the clinic in Garamba.", "injured", None),
    ("One guard suffered a stab wound before he died on Monday.", "injured", None),
])
def test_review_counts(sentence: str, kind: str, want: int | None) -> None:
    assert _toll(sentence, kind) == want


@pytest.mark.parametrize("sentence, kind, want", [
    ("The death toll from the bus bombing rises to 14, police said.", "killed", 14),
    ("A ranger sustained a bullet wound in the clash near Garamba.", "injured", 1),
    ("Five miners employed by a Chinese firm in the town where the strike began were killed on Monday.", "killed", 5),
])
def test_near_shapes_keep_their_toll(sentence: str, kind: str, want: int | None) -> None:
    """Guards, not fixes (they passed before): the narrowed rules keep these."""
    assert _toll(sentence, kind) == want


@pytest.mark.parametrize("sentence", [
    "Twelve herders displaced by the floods after the bridge where two policemen were killed collapsed moved to Yola.",
])
def test_a_reduced_relative_ends_at_a_clause_of_its_own(sentence: str) -> None:
    assert _toll(sentence, "killed") != 12


def test_published_text_keeps_joiners_and_direction_marks() -> None:
    persian = "گزارش\u200cها از حمله\u200cای در زاهدان"
    emoji = "family \U0001F468\u200d\U0001F469\u200d\U0001F467"
    for text in (persian, emoji, "\u200fمرحبا\u200e"):
        assert readable.without_invisible(text) == text
    assert readable.without_invisible("fl\u00adood up\u200bstream\u2060\ufeff") == "flood upstream"
    story = f"<p>{persian} {persian} {persian} {persian} {persian} {persian} {persian} {persian} {persian}.</p>" * 4
    page = f"<html><head><title>{persian}</title></head><body><article>{story}</article></body></html>"
    out = clean(page)
    assert out.title is None or "\u200c" in out.title


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u034f"])
def test_the_extractor_reads_past_direction_marks_inside_words(mark: str) -> None:
    text = f"Gunmen wou{mark}nded nine people at a bus stop in Jos, Plateau State, on Friday."
    read, dropped = readable.readable(text)
    assert "wounded nine" in read
    start = read.index("wounded")
    assert text[slice(*readable.written_span(start, start + 7, dropped))] == f"wou{mark}nded"
