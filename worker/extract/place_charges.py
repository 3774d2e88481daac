"""The parts of a sentence that name a deed someone is charged with, wanted or blamed for, or known for ("a
commander wanted for the bombing of a church in Madalla", "gunmen who carried out the attack in X"): the places
named there are that earlier deed's, not the scene of the sentence's own event. Pure.

The charge phrases are types.reference_spans (data/references.csv: "accused of", "wanted for", "blamed for",
"suspected of", ...) and the relative clauses of a known deed (data/charge_clauses.csv, kind "deed"); each ends
where the main clause takes up again with an adjunct of its own (kind "cut": "during a raid in Kano", "in a
shootout in Makurdi"), so the sentence's own place after it stays.
"""
from __future__ import annotations

import re
from functools import cache

from worker.extract import types
from worker.extract.gazetteer import any_trigger, rows_pattern

# a clause ends at its punctuation or at a finite verb of the main clause ("gunmen who carried out the attack in X
# killed four farmers in Y")
_CLAUSE_END = re.compile(r"[,;:.()]|\s[—–-]\s")


@cache
def _patterns(kind: str) -> re.Pattern[str]:
    """The charge_clauses.csv patterns of one kind, joined."""
    return rows_pattern("charge_clauses.csv", lambda r: r["kind"] == kind)


def charge_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the sentence's phrases that name a deed someone is charged with, wanted or known for, each
    cut where the main clause's own adjunct begins."""
    # a charge ends at the main clause's event word too ("a man wanted for the attack in Jos killed 12 in Bauchi")
    spans = [(a, _deed_end(sentence, a, b)) for a, b in (_cut(sentence, *s) for s in types.reference_spans(sentence))]
    for m in _patterns("deed").finditer(sentence):
        end = _CLAUSE_END.search(sentence, m.end())
        spans.append(_cut(sentence, m.start(), _deed_end(sentence, m.end(), end.start() if end else len(sentence))))
    return sorted(spans)


def _deed_end(sentence: str, start: int, end: int) -> int:
    """Where a relative clause of a deed ends within [start, end): at the event word after the deed's own ("who
    carried out the attack in X last week killed four farmers": at "killed", the main clause's verb)."""
    words = [m.start() for m in any_trigger().finditer(sentence, start, end)]
    return words[1] if len(words) > 1 else end


def _cut(sentence: str, a: int, b: int) -> tuple[int, int]:
    """The span [a, b) ended at the first adjunct of the main clause inside it (never before its first word)."""
    m = _patterns("cut").search(sentence, a + 1, b)
    return a, (m.start() if m else b)
