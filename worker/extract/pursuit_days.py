"""The day a pursuit ended: "after a 25-hour manhunt", "following a three-day search" counts from the event the
pursuit followed, so a capture or surrender its own words leave undated falls that many hours or days after it
(from an evening, a 25-hour hunt ends the next evening). Pure."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from worker.extract import number_words

# the hour a day's event is counted from: an evening or a night ("on Friday evening") late, any other at midday
_EVENING_HOUR, _DAY_HOUR = 20, 12
_LATE = re.compile(r"\s*(?:evening|night)\b", re.I)


@cache
def _pursuit() -> re.Pattern[str]:
    n = r"(?P<n>an?|\d{1,3}|" + number_words.below_hundred() + r")"
    return re.compile(r"\b(?:after|following|ended|ending)\s+(?:a|an|the)?\s*" + n + r"[- ](?P<unit>hour|day)(?:s|-long)?"
                      r"\s+(?:(?:police|nationwide|massive|intense|international)\s+)?"
                      r"(?:man-?hunt|hunt|search|chase|pursuit|stand-?off|siege)\b", re.I)


def counted(text: str) -> bool:
    """The text counts a pursuit ("a 25-hour manhunt", "a three-day search")."""
    return _pursuit().search(text) is not None


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _recalled(text: str, m: re.Match[str], start: date) -> bool:
    """The pursuit's sentence names a day or year before the event it is counted from ("In 2019 police caught a
    gunman after a three-day manhunt"): an earlier pursuit the text recalls."""
    from worker.extract import dates  # reads lexicons; pursuit_days stays importable alone
    a = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
    b = next((e.start() for e in _SENTENCE_END.finditer(text, m.end())), len(text))
    return any(x.value and x.value < start.isoformat()[:len(x.value)] for x in dates.find(text[a:b], start))


def ended(text: str, start: date, late: bool) -> date | None:
    """The day the first pursuit the text counts ("After a 25-hour man-hunt") ended, counted from the day `start` of
    the event it followed (`late`: that event was in the evening or at night); None when the text counts none. A
    pursuit whose sentence is dated before `start` is an earlier one the text recalls."""
    m = next((m for m in _pursuit().finditer(text) if not _recalled(text, m, start)), None)
    if m is None or (n := number_words.count_value(m["n"])) is None:
        return None
    hours = n * 24 if m["unit"].lower() == "day" else n
    try:
        return start + timedelta(days=((_EVENING_HOUR if late else _DAY_HOUR) + hours) // 24)
    except OverflowError:
        return None


def late_after(sentence: str, end: int) -> bool:
    """The day mention ending at `end` is qualified as an evening or a night ("on Friday evening")."""
    return bool(_LATE.match(sentence, end))
