"""Named days of the calendar ("Christmas Eve", "Good Friday", "Easter Monday"), from data/holidays.csv: a fixed
month-day or a day counted from Easter Sunday, which the Gregorian computus gives for any year."""
from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from functools import cache
from importlib import resources


@cache
def _rows() -> tuple[tuple[re.Pattern[str], str], ...]:
    text = resources.files("worker.extract").joinpath("data", "holidays.csv").read_text("utf-8")
    return tuple((re.compile(r["name"], re.I), r["day"]) for r in csv.DictReader(text.splitlines()))


def pattern() -> str:
    """An alternation of the holidays' names in the file's order, where a longer name comes before the one it
    extends ("Orthodox Christmas Eve" before "Orthodox Christmas")."""
    return "|".join(rx.pattern for rx, _ in _rows())


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _rule(name: str) -> str:
    return next(day for rx, day in _rows() if rx.fullmatch(name))


def fixed(name: str) -> tuple[int, int] | None:
    """The month and day of a holiday that keeps them every year ("Christmas Eve": 12, 24); None for a movable one."""
    rule = _rule(name)
    return None if rule.startswith("easter") else (int(rule[:2]), int(rule[3:]))


def day_in(name: str, year: int) -> date:
    """The day the holiday `name` (as written) falls on in `year`."""
    rule = _rule(name)
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[len("easter"):]))
    return date(year, int(rule[:2]), int(rule[3:]))
