"""A relative day inside a quotation ("last night", "yesterday", "on Sunday") is the speaker's, not the writer's:
in '"Gunmen killed five last night," the spokesman said on Tuesday' of a Thursday article, the night is Monday's.
It counts from the statement's day the sentence names outside the quotation."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from worker.extract import dates
from worker.extract.dates import _after, _resolve

# a quotation: double quotes, straight or curly, or curly single quotes closed before a non-letter (not the
# apostrophe of "village’s")
_QUOTE = re.compile(r"“[^“”]*”|\"[^\"]*\"|‘.*?’(?![A-Za-z])")

RELATIVE_KINDS = ("rel", "ago", "weekday")  # the kinds that count from the speaker's now


def _quotes(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTE.finditer(sentence)]


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a < at < b for a, b in spans)


def recount(sentence: str, found: list[dates.DateMention], relative: list[tuple[int, str, dict[str, Any]]],
            published: date | None) -> list[dates.DateMention]:
    """The mentions with each relative one (`relative`: its index in `found`, its pattern's kind and groups) that
    stands inside a quotation resolved again from the statement's day, when the sentence names that day outside the
    quotation and it is not the article's own."""
    spans = _quotes(sentence) if relative else []
    if not spans or published is None:
        return found
    said = next((date.fromisoformat(x.value) for x in found if x.reporting and len(x.value or "") == 10
                 and not _inside(spans, x.start)), None)
    if said is None or said == published:
        return found
    out = list(found)
    for i, kind, groups in relative:
        x = out[i]
        if x.reporting or not _inside(spans, x.start):
            continue
        try:
            value, key, past = _resolve(kind, groups, said)
        except (ValueError, KeyError, OverflowError):
            continue
        out[i] = replace(x, value=value if value is None or not _after(value, said) else None, key=key,
                         past=past)
    return out
