"""The day of an earlier event a sentence tells in a clause of its own ("police arrested four men on Tuesday after
gunmen killed a pastor on Wednesday", "a day after gunmen killed nine herders, police arrested ..."): it comes before
the sentence's own action, so its day is counted back from that action's day, not forward from the article's.
Pure date arithmetic on the mentions `dates.find` reads.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from worker.extract import dates
from worker.extract.dates import DateMention

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7}
# "two days after", "a week after", "hours after", "just a day after": how long before the sentence's action the
# clause's event was (a bare "days after" or "weeks after" gives no day)
_DISTANCE = re.compile(r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
                       r"(?P<unit>hour|day|week)s?\s+(?:after|following)\W*$", re.I)


def _day(m: DateMention) -> date | None:
    return date.fromisoformat(m.value) if m.value and len(m.value) == 10 else None


def action_day(mentions: list[DateMention], clause: tuple[int, int]) -> date | None:
    """The day of the sentence's own action: its first full day outside the recalled clause, an event's before a
    statement's (the clause's event was before either)."""
    a, b = clause
    outside = sorted((x for x in mentions if not a <= x.start < b), key=lambda x: x.reporting)
    return next((d for x in outside for d in [_day(x)] if d is not None), None)


def before(sentence: str, clause: tuple[int, int], mentions: list[DateMention],
           published: date | None) -> DateMention | None:
    """The recalled clause's day (offsets of the result within the clause): its own mention, read as the latest such
    day not after the action's ("on Wednesday" before an arrest on Tuesday is the week before); else the distance its
    opener gives from the action's day ("two days after"); else None."""
    a, b = clause
    text = sentence[a:b]
    anchor = action_day(mentions, clause)
    own = next((x for x in dates.find(text, published) if not x.reporting), None)
    if own is not None:
        day = _day(own)
        if anchor is not None and day is not None and day > anchor:
            own = next((x for x in dates.find(text, anchor) if not x.reporting), own)
        return own
    m = _DISTANCE.search(sentence, 0, a)
    if anchor is None or m is None or (m.group("n") is None and m.group("unit").lower() != "hour"):
        return None
    n = _NUMBERS.get((m.group("n") or "0").lower()) or int(m.group("n") or 0)
    day = anchor - timedelta(days=n * _UNIT_DAYS[m.group("unit").lower()])
    return DateMention(day.isoformat(), day.isoformat(), 0, 0,
                       past=published is not None and day < published)
