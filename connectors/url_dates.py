"""A publication date from an article URL's path, the fallback when neither the feed entry nor the page head gives
one. Pure.

Many news CMSs file a story under its day: `/2026/12/05/slug`, `/2026/dec/05/slug`, `/news/2026/1/5/slug`,
`/2026-12-05/slug`, `/slug-2026-12-05`, `/20261205/slug`, `/story_20261205.html`. Only a complete day counts (a
`/2026/12/` archive gives none), read from the path alone (a query string holds search terms, ids and cache busters),
with a real month and day, no year before 1990 and nothing later than a day after `today` (time zones); an 8-digit
run inside a longer number or word is an id, not a date. The first date in the path is taken: the CMS's filing folder
comes before any date a slug recalls."""
from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import urlsplit

EARLIEST_YEAR = 1990
MAX_PATH_CHARS = 2048  # the longest URL the records keep; a date sits near the start of a path anyway
MONTHS = {name: n for n, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], 1) for name in names}
_EDGE_BEFORE = r"(?<![0-9A-Za-z])"   # a date starts a path segment or a token of a slug ('-', '_', '.')
_EDGE_AFTER = r"(?![0-9A-Za-z])"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"(?<![^/])(?P<y1>\d{{4}})/(?P<m1>\d{{1,2}}|{_MONTH})/(?P<d1>\d{{1,2}}){_EDGE_AFTER}"  # folders: /2026/12/05
    rf"|{_EDGE_BEFORE}(?P<y2>\d{{4}})-(?P<m2>\d{{2}})-(?P<d2>\d{{2}}){_EDGE_AFTER}"      # 2026-12-05
    rf"|{_EDGE_BEFORE}(?P<y3>\d{{4}})(?P<m3>\d{{2}})(?P<d3>\d{{2}}){_EDGE_AFTER}",       # 20261205
    re.IGNORECASE)


def date_from_url(url: str, today: date) -> str | None:
    """The first plausible complete date in `url`'s path as an ISO date ("2026-12-05"), or None."""
    if not isinstance(url, str):  # urlsplit turns None into b''
        return None
    try:
        path = urlsplit(url).path[:MAX_PATH_CHARS]
    except ValueError:  # an unparsable URL (a bad IPv6 host) has no path to read
        return None
    for m in _DATE.finditer(path):
        form = m.lastgroup[-1]  # type: ignore[index]  # which of the three forms matched: its groups end in it
        year, month, day = m.group(f"y{form}"), m.group(f"m{form}"), m.group(f"d{form}")
        found = _plausible(int(year), MONTHS.get(month.lower()) or int(month), int(day), today)
        if found:
            return found.isoformat()
    return None


def _plausible(year: int, month: int, day: int, today: date) -> date | None:
    """The day, when it exists and lies between 1990 and a day after `today`."""
    if year < EARLIEST_YEAR:
        return None
    try:
        d = date(year, month, day)
    except ValueError:  # month 13, 31 June, 29 February of a common year
        return None
    return d if d <= today + timedelta(days=1) else None
