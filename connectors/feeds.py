"""Feed bytes -> entries: RSS 0.9x/1.0/2.0 and Atom (feedparser), JSON Feed, Google News sitemaps. No HTTP here."""
from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser
from lxml import etree

from connectors.clean import iso_datetime


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


def _json_feed(body: bytes, feed_url: str) -> list[Entry]:
    """JSON Feed 1.0/1.1 (jsonfeed.org): items with url or external_url."""
    try:
        doc = json.loads(body)
    except ValueError as e:
        raise FeedError(f"JSON Feed is not valid JSON: {e}") from None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise FeedError("JSON document is not a JSON Feed (no jsonfeed.org version)")
    out = []
    for item in doc.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if not isinstance(link, str):
            continue
        link = urljoin(feed_url, link.strip())
        if not link.startswith(("http://", "https://")):
            continue
        authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
        author = next((a.get("name") for a in authors if isinstance(a, dict) and a.get("name")), None)
        out.append(Entry(link, item.get("title") or None, iso_datetime(item.get("date_published")), author,
                         item.get("summary") or None))
    return out


_NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _news_sitemap(body: bytes, feed_url: str) -> list[Entry]:
    """Google News sitemap: <url><loc> with <news:news><news:title>, <news:publication_date>."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as e:
        raise FeedError(f"sitemap is not XML: {e}") from None
    if root is None:
        raise FeedError("empty sitemap")
    out = []
    for url in root.iter(f"{{{_SITEMAP_NS}}}url"):
        loc = url.findtext(f"{{{_SITEMAP_NS}}}loc")
        if not loc:
            continue
        link = urljoin(feed_url, loc.strip())
        if not link.startswith(("http://", "https://")):
            continue
        news = url.find(f"{{{_NEWS_NS}}}news")
        title = news.findtext(f"{{{_NEWS_NS}}}title") if news is not None else None
        date = news.findtext(f"{{{_NEWS_NS}}}publication_date") if news is not None else None
        out.append(Entry(link, title or None, iso_datetime(date), None, None))
    return out


def parse(body: bytes, feed_url: str, content_type: str | None = None) -> list[Entry]:
    """Entries with a link; a feed that is broken but still yields entries gives those (feedparser 'bozo')."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") or (content_type or "").split(";")[0].strip() in ("application/feed+json", "application/json"):
        return _json_feed(body, feed_url)
    if b"<urlset" in head and _NEWS_NS.encode() in body[:4096]:
        return _news_sitemap(body, feed_url)
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
    if not entries and not parsed.get("version"):
        raise FeedError(f"not a feed: {parsed.get('bozo_exception') or 'no RSS, Atom, JSON Feed or news sitemap found'}")
    return entries
