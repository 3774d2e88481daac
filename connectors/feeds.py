"""Feed bytes -> entries (RSS 0.9x/1.0/2.0, Atom via feedparser). No HTTP here."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser


class FeedError(Exception):
    kind = "malformed_feed"


@dataclass(frozen=True)
class Entry:
    url: str
    title: str | None
    published: str | None  # ISO 8601 date-time in UTC
    author: str | None
    summary: str | None


def _iso(struct: object) -> str | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), timezone.utc).isoformat()  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def parse(body: bytes, feed_url: str, content_type: str | None = None) -> list[Entry]:
    """Entries with a link; a feed that is broken but still yields entries gives those (feedparser 'bozo')."""
    headers = {"content-type": content_type} if content_type else None
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    entries = []
    for e in parsed.entries:
        link = e.get("link") or next((ln.get("href") for ln in e.get("links", []) if ln.get("href")), None)
        if not link:
            continue
        link = urljoin(feed_url, link.strip())
        if not link.startswith(("http://", "https://")):
            continue
        entries.append(Entry(url=link, title=(e.get("title") or None),
                             published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
                             author=e.get("author") or None, summary=e.get("summary") or None))
    if not entries and parsed.get("bozo") and not parsed.get("version"):
        raise FeedError(f"not a feed: {parsed.get('bozo_exception')}")
    return entries
