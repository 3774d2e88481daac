"""Weeks and weekends as spans of days counted from the article's day: a weekend is dated by its Saturday (its
Sunday ends the span), a week's phrase ("last week", "days ago") by the month most of its days fall in."""
from __future__ import annotations

from datetime import date, timedelta


_WEEKENDS_BACK = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}  # "two weekends ago"


def weekend(words: str, published: date | None) -> tuple[str | None, str, bool]:
    """"Over the weekend", "at the weekend": the last Saturday not after the article's day (its Sunday is the
    span's end, dates._through), dated by its first day like "the night of 12 to 13 March"; "last weekend" ("this
    past", "the previous weekend") in an article of a weekend is the one before, a weekend that is over; "two
    weekends ago" and "the weekend before last" a week before that; "this weekend" in an article of a weekday is
    the coming one, no day a report tells."""
    w = words.lower().replace("-", " ").split()
    over = bool({"last", "past", "previous", "ago"} & set(w))
    back = _WEEKENDS_BACK.get(w[0], 1) if "ago" in w else 2 if w[-2:] == ["before", "last"] else 1
    if published is None:
        return None, "weekend" + ("-last" if over else "") + (f"-{back}" if back > 1 else ""), False
    on_weekend = published.weekday() >= 5
    if "this" in w and "past" not in w and not on_weekend:
        return None, "next-weekend", False
    sat = published - timedelta(days=(published.weekday() - 5) % 7 + (7 if over and on_weekend else 0)
                                + 7 * (back - 1))
    return sat.isoformat(), sat.isoformat(), (published - sat).days >= 7


def week_days(rel: str, published: date) -> tuple[date, date]:
    """The first and last day a week's phrase can name: "this week" from its Monday to the article's day, "earlier
    this week" to the day before, "last week" the calendar week before, "days ago" two to six days back, "two weeks
    ago" ten to eighteen."""
    monday = published - timedelta(days=published.weekday())
    yesterday = published - timedelta(days=1)
    return {"last week": (monday - timedelta(days=7), monday - timedelta(days=1)),
            "this week": (monday, published),
            "earlier this week": (min(monday, yesterday), yesterday),
            "days ago": (published - timedelta(days=6), published - timedelta(days=2)),
            }.get(rel, (published - timedelta(days=18), published - timedelta(days=10)))


def most_days_in(first: date, last: date) -> str:
    """The month ("YYYY-MM") most days from `first` to `last` fall in, the later on a tie: a week is told by its
    month."""
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    months = [f"{d.year:04d}-{d.month:02d}" for d in days]
    return max(reversed(months), key=months.count)
