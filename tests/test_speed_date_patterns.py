"""dates._PATTERNS behind alternation.first_char_guard (a lookahead for the characters a match may start with) match
as the patterns written: the same spans on texts of my own, and a pattern the guard cannot read (the weekday's
inner "(?i:...)") stays as written."""
from __future__ import annotations

import re

import pytest

from worker.extract import dates as D

_TEXTS = [
    "On March 5, a suicide bomber killed 7 people in Gao, police said.",
    "Gunmen attacked the village on 12-13 March 2024 and again in early April last year.",
    "The blast on 2024-04-28 came two weeks ago, a day after the 28/04/2024 raid.",
    "Over the Easter weekend, on Christmas Eve and on Good Friday 2019 the church was hit.",
    "Police said on Tuesday that three days ago, last night and this morning shots were heard.",
    "The strike on the 12th, the night of the 3rd instant, came since 2021 and during 1999.",
    "Yesterday's ambush killed six; the day before yesterday a week ago twelve died.",
    "In Mar del Plata, of Jan Smit, last weekend, the weekend before last and two weekends ago.",
]


def _written(kind: str) -> re.Pattern[str]:
    return D._WRITTEN[kind]


@pytest.mark.parametrize("text", _TEXTS)
def test_guarded_date_patterns_match_as_written(text: str) -> None:
    for kind, rx in D._PATTERNS:
        assert [m.groupdict() | {"_": m.span()} for m in rx.finditer(text)] == \
            [m.groupdict() | {"_": m.span()} for m in _written(kind).finditer(text)]


def test_an_unreadable_pattern_stays_as_written() -> None:
    assert dict(D._PATTERNS)["weekday"] is _written("weekday")
