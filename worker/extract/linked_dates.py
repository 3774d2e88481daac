"""The day a text's own links file their stories under, for an article whose publication date is unknown.

A syndicated or aggregated copy often ends with its source's address ("https://www.example.com/news/2024/8/3/slug"):
the source's CMS filed the story under its day, so weekdays and yearless days of the copy resolve against it. Only a
complete day counts, read by the same rules as an article's own URL (`connectors.url_dates`). Pure."""
from __future__ import annotations

import re
from datetime import date
from itertools import islice

from connectors.url_dates import date_from_url

_URL = re.compile(r"\bhttps?://[^\s<>\"')\]]+", re.I)
_NO_FUTURE_BOUND = date(9000, 1, 1)  # the text carries no clock: a link's day is only checked for being a real day
MAX_LINKS = 50  # a page of links is a link list, not a story's source line; the first ones are read


def linked_day(text: str) -> date | None:
    """The latest complete day filed in the path of a URL written in `text`, or None."""
    days = [d for m in islice(_URL.finditer(text), MAX_LINKS)
            if (d := date_from_url(m.group().rstrip(".,;:"), _NO_FUTURE_BOUND)) is not None]
    return date.fromisoformat(max(days)) if days else None
