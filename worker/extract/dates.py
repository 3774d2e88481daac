"""Date expressions of a sentence, resolved against the published date with the precision the text supports."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_M = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_PATTERNS = [
    ("mdy", re.compile(_M + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")),
    ("dmy", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")),
    ("my", re.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|of|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:early\s+|late\s+|mid-?)?" + _M
                      + r"(?:\s+(?P<year>(?:19|20)\d\d)|(?P<rel>\s+(?:last|this|next) year))?\b")),
    ("weekday", re.compile(r"\b(?P<pre>on|last|late|early)?\s*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|tonight|last night|this morning|last week|last month|last year|"
                       r"earlier this (?:week|month|year)|this week|this month)\b", re.I)),
    ("y", re.compile(r"\b(?:in|since|during|of)\s+(?P<year>(?:19|20)\d\d)\b")),
]


_VERB = r"(?:said|says|told|stated|announced|confirmed|added|disclosed|claimed|reported|issued|released)"
_REPORTING_BEFORE = re.compile(r"\b" + _VERB + r"\s*(?:on\s*)?$", re.I)
# "police said Friday", "On Wednesday, Taliban spokesman Zabihullah Mujahid said": the day of a statement
_REPORTING_AFTER = re.compile(r"^\s*,?\s*(?:(?-i:[A-Z][\w'’.-]*|spokes\w+|officials?|police|authorities|the|a)\s+){0,5}?"
                              + _VERB + r"\b", re.I)


@dataclass(frozen=True)
class DateMention:
    value: str | None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | None when it cannot be resolved
    key: str           # what the text says, normalised: two mentions with different keys are different dates
    start: int
    end: int
    past: bool         # clearly before the article's own day (a recalled event)
    reporting: bool = False  # the day something was said ("police said on Friday"), not the event's day


def _shift_month(d: date, months: int) -> tuple[int, int]:
    idx = d.year * 12 + d.month - 1 + months
    return idx // 12, idx % 12 + 1


def _resolve(kind: str, g: dict[str, str | None], published: date | None) -> tuple[str | None, str, bool]:
    if kind in ("mdy", "dmy"):
        mon, day = MONTHS[g["mon"].lower().rstrip(".")], int(g["day"])  # type: ignore[union-attr]
        if not 1 <= day <= 31:
            raise ValueError
        key = f"{mon:02d}-{day:02d}"
        if g.get("year"):
            d = date(int(g["year"]), mon, day)  # type: ignore[arg-type]
            return d.isoformat(), f"{g['year']}-{key}", published is None or d < published
        if published is None:
            return None, key, True
        year = published.year if (mon, day) <= (published.month, published.day) else published.year - 1
        d = date(year, mon, day)
        return d.isoformat(), d.isoformat(), d < published
    if kind == "my":
        mon = MONTHS[g["mon"].lower().rstrip(".")]  # type: ignore[union-attr]
        if g.get("year"):
            return f"{g['year']}-{mon:02d}", f"{g['year']}-{mon:02d}", True
        if published is None:
            return None, f"{mon:02d}", True
        rel = (g.get("rel") or "").strip().lower()
        year = published.year - 1 if rel == "last year" or (not rel and mon > published.month) else published.year
        return f"{year}-{mon:02d}", f"{year}-{mon:02d}", (year, mon) < (published.year, published.month)
    if kind == "y":
        return g["year"], g["year"], True  # type: ignore[return-value]
    if kind == "weekday":
        wd = WEEKDAYS.index(g["wd"].lower())  # type: ignore[union-attr]
        if published is None:
            return None, g["wd"].lower(), False  # type: ignore[union-attr]
        back = (published.weekday() - wd) % 7 or (7 if (g.get("pre") or "").lower() == "last" else 0)
        d = published - timedelta(days=back)
        return d.isoformat(), d.isoformat(), back == 7
    rel = g["rel"].lower()  # type: ignore[union-attr]
    if published is None:
        return None, rel, rel in ("last month", "last year", "last week", "earlier this week", "earlier this month",
                                  "earlier this year")
    if rel in ("today", "tonight", "this morning"):
        return published.isoformat(), published.isoformat(), False
    if rel in ("yesterday", "last night"):
        d = published - timedelta(days=1)
        return d.isoformat(), d.isoformat(), False
    if rel == "last month":
        y, m = _shift_month(published, -1)
        return f"{y}-{m:02d}", f"{y}-{m:02d}", True
    if rel == "last year":
        return str(published.year - 1), str(published.year - 1), True
    if rel in ("last week", "earlier this week", "this week"):
        d = published - timedelta(days=3 if rel != "last week" else 7)
        return f"{d.year}-{d.month:02d}", f"{d.year}-{d.month:02d}-w", rel != "this week"
    if rel in ("earlier this month", "this month"):
        return f"{published.year}-{published.month:02d}", f"{published.year}-{published.month:02d}", True
    if rel in ("earlier this year",):
        return str(published.year), str(published.year), True
    return None, rel, False


def find(sentence: str, published: date | None) -> list[DateMention]:
    """Date mentions in the sentence, most specific first where they overlap."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            try:
                value, key, past = _resolve(kind, m.groupdict(), published)
            except (ValueError, KeyError):
                continue
            taken.append((m.start(), m.end()))
            reporting = bool(_REPORTING_BEFORE.search(sentence[:m.start()]) or _REPORTING_AFTER.search(sentence[m.end():]))
            out.append(DateMention(value, key, m.start(), m.end(), past, reporting))
    return sorted(out, key=lambda d: d.start)


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
