"""Named days of the calendar ("Christmas Eve", "Good Friday", "Easter Monday"), from data/holidays.csv: a fixed
month-day, a day counted from Easter Sunday, which the Gregorian computus gives for any year, or the n-th weekday of
a month ("Thanksgiving": the fourth Thursday of November). A row's `use` says where the name dates: "day" on its
own ("on Good Friday"), "weekend" only before "weekend" ("the Easter weekend": bare "Easter" is a season), "name"
nowhere ("Bloody Sunday": a name that holds a weekday, no day of the incident)."""
from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from functools import cache
from importlib import resources


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "11-thu+4": the fourth Thursday of November; "05-mon-1": the last Monday of May
_NTH_WEEKDAY = re.compile(r"(?P<mon>\d\d)-(?P<wd>" + "|".join(_WEEKDAYS) + r")(?P<n>[+-]\d)")


@cache
def _rows() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    text = resources.files("worker.extract").joinpath("data", "holidays.csv").read_text("utf-8")
    return tuple((re.compile(r["name"], re.I), r["day"], r["use"]) for r in csv.DictReader(text.splitlines()))


def pattern(use: str | None = None) -> str:
    """An alternation of the holidays' names (those of one `use`, else all) in the file's order, where a longer name
    comes before the one it extends ("Orthodox Christmas Eve" before "Orthodox Christmas")."""
    return "|".join(rx.pattern for rx, _, u in _rows() if use is None or u == use)


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
    return next(day for rx, day, _ in _rows() if rx.fullmatch(re.sub(r"\s+", " ", name)))


def names_only(name: str) -> bool:
    """The name is a day's name that dates nothing ("Bloody Sunday", "Super Tuesday": use "name" in the file)."""
    return next(use for rx, _, use in _rows() if rx.fullmatch(re.sub(r"\s+", " ", name))) == "name"


def fixed(name: str) -> tuple[int, int] | None:
    """The month and day of a holiday that keeps them every year ("Christmas Eve": 12, 24); None for a movable one."""
    rule = _rule(name)
    return (int(rule[:2]), int(rule[3:])) if re.fullmatch(r"\d\d-\d\d", rule) else None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of the month (n < 0 counts from its end: -1 is the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def day_in(name: str, year: int) -> date:
    """The day the holiday `name` (as written) falls on in `year`."""
    rule = _rule(name)
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[len("easter"):]))
    if m := _NTH_WEEKDAY.fullmatch(rule):
        return _nth_weekday(year, int(m["mon"]), _WEEKDAYS.index(m["wd"]), int(m["n"]))
    return date(year, int(rule[:2]), int(rule[3:]))


def weekend_saturday(name: str, year: int) -> date:
    """The Saturday of the holiday's weekend in `year`: the weekend the day falls on or lies nearest to (Good
    Friday's and Thanksgiving's the one after, Easter Monday's and Memorial Day's the one before)."""
    d = day_in(name, year)
    ahead = (5 - d.weekday()) % 7  # days to the next Saturday (0 on a Saturday)
    return d + timedelta(days=ahead if ahead <= 3 else ahead - 7)


@cache
def _day_nouns() -> re.Pattern[str]:
    text = resources.files("worker.extract").joinpath("data", "day_nouns.csv").read_text("utf-8")
    return re.compile("|".join(r["word"] for r in csv.DictReader(text.splitlines())), re.I)


def day_noun(word: str) -> bool:
    """The word after a holiday's name is the day's own hour or gathering (data/day_nouns.csv: "a Christmas Eve
    service", "on New Year's Eve night"), which still happens on that day."""
    return bool(_day_nouns().fullmatch(word))

