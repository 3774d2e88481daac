"""The day of an earlier event a sentence tells in a clause of its own ("police arrested four men on Tuesday after
gunmen killed a pastor on Wednesday", "a day after gunmen killed nine herders, police arrested ..."): it comes before
the sentence's own action, so its day is counted back from that action's day, not forward from the article's.
Pure date arithmetic on the mentions `dates.find` reads.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from worker.extract import dates, number_words
from worker.extract.dates import DateMention

_ONE = {"a": 1, "an": 1, "the": 1}  # "a day after", "the day after"
_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "fortnight": 14}
_UNIT_MONTHS = {"month": 1, "year": 12}  # calendar units: counted back by the calendar, told only to the month
# "two days after", "a week after", "hours after", "a year after", "six months after": how long before the sentence's
# action the clause's event was (a bare "days after" or "months after" gives no day, "all day after" no distance)
_DISTANCE = re.compile(r"\b(?:(?P<n>an?|the|" + number_words.below_hundred() + r"|\d{1,2})\s+)?"
                       r"(?P<unit>hour|day|week|fortnight|month|year)(?P<plural>s)?\s+(?:after|following)\W*$", re.I)


def distance(sentence: str, at: int) -> tuple[int | None, str] | None:
    """(count, unit) of the distance the words before offset `at` put an "after" clause back ("a year after": (1,
    "year"); "hours after": (0, "hour")); a bare plural ("days after", "months after") says no count: (None, unit).
    Hours that make a day or more are days ("48 hours after": (2, "day")), as the clause's event then lies on an
    earlier day. None without a distance."""
    m = _DISTANCE.search(sentence, 0, at)
    if m is None:
        return None
    unit = m.group("unit").lower()
    if m.group("n") is None:  # "all day after" is no distance
        return ((0 if unit == "hour" else None), unit) if m.group("plural") else None
    n = _ONE.get(m.group("n").lower()) or number_words.value(m.group("n")) or 0
    return (n // 24, "day") if unit == "hour" and n >= 24 else (n, unit)


def _months_back(day: date, n: int) -> str:
    """The month `n` calendar months before `day`'s, as YYYY-MM."""
    k = day.year * 12 + day.month - 1 - n
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def _day(m: DateMention) -> date | None:
    return date.fromisoformat(m.value) if m.value and len(m.value) == 10 else None


def _counted_back(sentence: str, at: int, mentions: list[DateMention]) -> DateMention | None:
    """The day `dates.find` already counted back from a statement over the distance words before offset `at`
    ("said Monday, eleven days after ..." gives the Monday eleven days before, spanning "eleven days after"): the
    clause's own day, which counting back from the action's day again would set twice as far back."""
    m = _DISTANCE.search(sentence, 0, at)
    if m is None:
        return None
    return next((x for x in mentions if not x.reporting and x.start <= m.start() < x.end <= at), None)


def action_day(mentions: list[DateMention], clause: tuple[int, int], sentence: str = "") -> date | None:
    """The day of the sentence's own action: its first full day outside the recalled clause, an event's before a
    statement's (the clause's event was before either), and not the day counted back from a statement to the
    clause's event (`_counted_back`)."""
    a, b = clause
    counted = _counted_back(sentence, a, mentions) if sentence else None
    outside = sorted((x for x in mentions if not a <= x.start < b and x is not counted), key=lambda x: x.reporting)
    return next((d for x in outside for d in [_day(x)] if d is not None), None)


def before(sentence: str, clause: tuple[int, int], mentions: list[DateMention],
           published: date | None) -> DateMention | None:
    """The recalled clause's day (offsets of the result within the clause): its own mention, read as the latest such
    day not after the action's ("on Wednesday" before an arrest on Tuesday is the week before); else the distance its
    opener gives from the action's day ("two days after"; "a year after" gives that month); else None."""
    a, b = clause
    text = sentence[a:b]
    anchor = action_day(mentions, clause, sentence)
    own = next((x for x in dates.find(text, published) if not x.reporting), None)
    if own is not None:
        day = _day(own)
        if anchor is not None and day is not None and day > anchor:
            own = next((x for x in dates.find(text, anchor) if not x.reporting), own)
        return own
    if (counted := _counted_back(sentence, a, mentions)) is not None:  # "said Monday, two days after gunmen killed"
        day = _day(counted)
        return DateMention(counted.value, counted.key, 0, 0, past=published is not None and day is not None
                           and day < published)
    n, unit = distance(sentence, a) or (None, "")
    if anchor is None or n is None:
        return None
    if unit in _UNIT_MONTHS:  # "a year after": that month of the year before; its day the words do not fix
        value = _months_back(anchor, n * _UNIT_MONTHS[unit])
        return DateMention(value, value, 0, 0, past=published is not None and value < published.isoformat()[:7])
    day = anchor - timedelta(days=n * _UNIT_DAYS[unit])
    return DateMention(day.isoformat(), day.isoformat(), 0, 0,
                       past=published is not None and day < published)


def without_recalled_years(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions without the year or month that only dates an earlier event an "after" clause names beside the
    sentence's own, at a distance it states ("Two years after the massacre of 2022, gunmen killed eleven villagers"):
    the clause's event is that year's, the sentence's is not, so the year does not date it (the clause's own day is read from the clause
    by `before`). A full day stays: "after clashes on Sunday" may be when the sentence's event began."""
    from worker.extract import types  # types reads the toll grammar; recalled_days stays importable alone
    if not any(x.value and len(x.value) <= 7 for x in mentions):
        return mentions
    for a, b, distant in types.earlier_clauses(sentence):
        if not distant:
            continue  # "killed 12 after they stormed the village in March": one event told in its steps, its month
        rest = sentence[:a] + " " * (b - a) + sentence[b:]
        own = types.classify(rest)
        if own is None or own.followup or not (own.strong or types.tolled(rest)):
            continue  # "Schools reopened a year after the massacre of 2022": no event of the sentence's own
        mentions = [x for x in mentions if not (a <= x.start < b and x.value and len(x.value) <= 7 and x.past)]
    return mentions
