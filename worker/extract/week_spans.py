"""Weeks and weekends as spans of days counted from the article's day: a weekend is dated by its Saturday (its
Sunday ends the span), a week's phrase ("last week", "days ago") by the month most of its days fall in."""
from __future__ import annotations

from datetime import date, timedelta


def weekend(words: str, published: date | None) -> tuple[str | None, str, bool]:
    """"Over the weekend", "at the weekend": the last Saturday not after the article's day (its Sunday is the
    span's end, dates._through), dated by its first day like "the night of 12 to 13 March"; "last weekend" in an
    article of a weekend is the one before; "this weekend" in an article of a weekday is the coming one, no day a
    report tells."""
    w = words.lower().split()
    if published is None:
        return None, "weekend" + ("-last" if "last" in w else ""), False
    on_weekend = published.weekday() >= 5
    if "this" in w and "past" not in w and not on_weekend:
        return None, "next-weekend", False
    sat = published - timedelta(days=(published.weekday() - 5) % 7 + (7 if "last" in w and on_weekend else 0))
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
    months = [f"{d.year}-{d.month:02d}" for d in days]
    return max(reversed(months), key=months.count)
