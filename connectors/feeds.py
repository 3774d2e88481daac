"""Feed bytes -> entries: RSS 0.9x/1.0/2.0 and Atom (feedparser), JSON Feed, Google News sitemaps. No HTTP here.

Feeds come from the open web, so parsing is bounded: DOCTYPE declarations (and with them every custom XML entity)
are removed before feedparser sees the bytes, text fields are capped, a link that is not a usable URL drops only
its own entry, and the same article listed twice (tracking-parameter variants) is one entry.
"""
from __future__ import annotations

import calendar
import io
import json
import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser
from lxml import etree

from connectors.clean import iso_datetime, text_encoding
from connectors.urls import UrlError, canonical

log = logging.getLogger(__name__)

MAX_TITLE = 1_000
MAX_SUMMARY = 10_000
MAX_AUTHOR = 300


class FeedError(Exception):
    kind = "malformed_feed"


@dataclass(frozen=True)
class Entry:
    url: str
    title: str | None
    published: str | None  # ISO 8601 date-time in UTC
    author: str | None
    summary: str | None
    updated: str | None = None  # ISO 8601 UTC: when the feed says the entry last changed (re-fetched if newer)


def _iso(struct: object) -> str | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), timezone.utc).isoformat()  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def _str(value: object) -> str | None:
    """A JSON value that should be text: the string, or None for anything else (numbers, lists, objects)."""
    return value if isinstance(value, str) and value else None


def _link(feed_url: str, href: str) -> str | None:
    """The absolute http(s) URL of a link, or None (relative to the feed; broken IPv6 brackets are no link)."""
    try:
        link = urljoin(feed_url, href.strip())
    except ValueError:
        return None
    return link if link.startswith(("http://", "https://")) else None


def _json_feed(body: bytes, feed_url: str) -> list[Entry]:
    """JSON Feed 1.0/1.1 (jsonfeed.org): items with url or external_url; fields of the wrong type are ignored."""
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError) as e:  # RecursionError: arrays nested thousands deep
        raise FeedError(f"JSON Feed is not valid JSON: {str(e)[:200]}") from None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise FeedError("JSON document is not a JSON Feed (no jsonfeed.org version)")
    items = doc.get("items")
    out = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        href = _str(item.get("url")) or _str(item.get("external_url"))
        if not href or not (link := _link(feed_url, href)):
            continue
        authors = item.get("authors") if isinstance(item.get("authors"), list) else [item.get("author")]
        author = next((_str(a.get("name")) for a in authors if isinstance(a, dict) and _str(a.get("name"))), None)
        out.append(Entry(link, _str(item.get("title")), iso_datetime(_str(item.get("date_published"))), author,
                         _str(item.get("summary")), iso_datetime(_str(item.get("date_modified")))))
    return out


_NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _news_sitemap(body: bytes, feed_url: str) -> list[Entry]:
    """Google News sitemap: <url><loc> with <news:news><news:title>, <news:publication_date>."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(without_doctype(body), parser)
    except (etree.XMLSyntaxError, ValueError) as e:
        raise FeedError(f"sitemap is not XML: {e}") from None
    if root is None:
        raise FeedError("empty sitemap")
    out = []
    for url in root.iter(f"{{{_SITEMAP_NS}}}url"):
        loc = url.findtext(f"{{{_SITEMAP_NS}}}loc")
        if not loc:
            continue
        if not (link := _link(feed_url, loc)):
            continue
        news = url.find(f"{{{_NEWS_NS}}}news")
        title = news.findtext(f"{{{_NEWS_NS}}}title") if news is not None else None
        date = news.findtext(f"{{{_NEWS_NS}}}publication_date") if news is not None else None
        out.append(Entry(link, title or None, iso_datetime(date), None, None))
    return out


# A DOCTYPE with its internal subset, read in linear time: every alternative starts with a different character,
# quoted values and comments may hold "]" and ">", and possessive repeats never backtrack on a DOCTYPE that is
# not closed (Python 3.11+).
_DOCTYPE = re.compile(rb"""<!DOCTYPE(?:[^\[>"']++|"[^"]*+"|'[^']*+')*+"""
                      rb"""(?:\[(?:[^\]"'<]++|"[^"]*+"|'[^']*+'|<!--(?:[^-]++|-(?!->))*+-->|<(?!!--))*+\])?+\s*+>""",
                      re.I)
_DOCTYPE_START = re.compile(rb"<!DOCTYPE", re.I)
_ELEMENT = re.compile(rb"<\w")
# Encodings in which "<!DOCTYPE" is not ASCII bytes (XML 1.0 appendix F): decoded, cleaned, encoded back.
_WIDE = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\xfe\xff", "utf-16"),
         (b"\xff\xfe", "utf-16"), (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
         (b"\x00<\x00?", "utf-16-be"), (b"<\x00?\x00", "utf-16-le"), (b"\x4c\x6f\xa7\x94", "cp037"))


def without_doctype(body: bytes) -> bytes:
    """The feed without its DOCTYPE, so that no custom entity (flat, nested or external) is ever expanded.

    feedparser keeps "safe" internal entities and its loose parser expands them without limit (a 40 KB feed
    becomes a 100 MB title). Feeds never need a DTD; references to removed entities stay as text. A well-formed
    document has at most one DOCTYPE, so a second one in the prolog refuses the feed (FeedError).
    """
    for signature, codec in _WIDE:
        if body.startswith(signature):
            try:
                text = body.decode(codec)
            except UnicodeDecodeError:
                return body  # feedparser cannot read it as this encoding either
            if "<!doctype" not in text.lower():
                return body
            return without_doctype(text.encode("utf-8")).decode("utf-8").encode(codec)
    m = _DOCTYPE_START.search(body)
    first = _ELEMENT.search(body)
    if not m or (first and first.start() < m.start()):
        return body
    full = _DOCTYPE.match(body, m.start())
    if full:
        body = body[:m.start()] + body[full.end():]
    else:  # unterminated or malformed: drop everything up to the next element
        nxt = _ELEMENT.search(body, m.start())
        body = body[:m.start()] + (body[nxt.start():] if nxt else b"")
    again = _DOCTYPE_START.search(body, m.start())
    first = _ELEMENT.search(body, m.start())
    if again and (not first or again.start() < first.start()):
        raise FeedError("more than one DOCTYPE declaration")
    return body


# A numeric character reference: XML's, and the uppercase-X form feedparser's loose parser also reads.
_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_MAX_DIGITS = 10  # longer numbers are past U+10FFFF anyway; never converted (int() of 5,000 digits raises)


def _code(m: re.Match[bytes]) -> int:
    digits = m.group(1) or m.group(2)
    if len(digits.lstrip(b"0")) > _MAX_DIGITS:
        return -1
    return int(digits, 16 if m.group(1) else 10)


def _valid(code: int) -> bool:
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF


def fix_charrefs(body: bytes) -> bytes:
    """Numeric character references feedparser can read: a surrogate pair written as two references
    ("&#55357;&#56832;", the JavaScript way) becomes the one character it encodes, and any other reference to a
    code point XML forbids (a lone surrogate, past U+10FFFF, a control character) becomes U+FFFD. feedparser
    raises on them, so one such emoji made the whole feed unreadable. One pass over the references: linear."""
    for signature, codec in _WIDE:  # references are not ASCII bytes there: decoded, fixed, encoded back
        if body.startswith(signature):
            try:
                text = body.decode(codec)
            except UnicodeDecodeError:
                return body
            return fix_charrefs(text.encode("utf-8")).decode("utf-8").encode(codec) if "&#" in text else body
    if b"&#" not in body:
        return body
    out: list[bytes] = []
    pos = 0
    matches = _CHARREF.finditer(body)
    m = next(matches, None)
    while m is not None:
        nxt = next(matches, None)
        code = _code(m)
        out.append(body[pos:m.start()])
        pos = m.end()
        pair = nxt is not None and nxt.start() == m.end() and 0xDC00 <= _code(nxt) <= 0xDFFF
        if 0xD800 <= code <= 0xDBFF and pair:
            out.append(b"&#x%X;" % (0x10000 + ((code - 0xD800) << 10) + (_code(nxt) - 0xDC00)))
            pos = nxt.end()
            nxt = next(matches, None)
        elif not _valid(code):
            out.append(b"&#xFFFD;")
        else:
            out.append(m.group(0))
        m = nxt
    out.append(body[pos:])
    return b"".join(out)


_SURROGATE = re.compile("[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    """The text with every lone surrogate (JSON "\\ud800", which no UTF-8 encoder accepts) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _cap(value: object, limit: int) -> str | None:
    """A text field as a string of at most `limit` characters (lone surrogates replaced), or None."""
    if not value:
        return None
    text = value if isinstance(value, str) else str(value)
    return no_surrogates(text[:limit]) or None


def _finish(entries: list[Entry], feed_url: str) -> list[Entry]:
    """Capped fields; entries whose link is not a usable URL dropped (logged); one entry per canonical URL."""
    out: dict[str, Entry] = {}
    for e in entries:
        try:
            key = canonical(e.url)
        except UrlError as err:
            log.warning("feed entry link dropped", extra={"feed_url": feed_url, "url": e.url[:300],
                                                          "error_kind": err.kind, "error": str(err)[:300]})
            continue
        if key not in out:
            out[key] = replace(e, title=_cap(e.title, MAX_TITLE), summary=_cap(e.summary, MAX_SUMMARY),
                               author=_cap(e.author, MAX_AUTHOR))
    return list(out.values())


def parse(body: bytes, feed_url: str, content_type: str | None = None) -> list[Entry]:
    """Entries with a link; a feed that is broken but still yields entries gives those (feedparser 'bozo').

    Raises FeedError only; entries are unique by canonical URL and their links pass `canonical()`.
    """
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") or (content_type or "").split(";")[0].strip() in ("application/feed+json", "application/json"):
        return _finish(_json_feed(body, feed_url), feed_url)
    if b"<urlset" in head and _NEWS_NS.encode() in body[:4096]:
        return _finish(_news_sitemap(body, feed_url), feed_url)
    return _finish(_xml_feed(body, feed_url, content_type), feed_url)


def _xml_feed(body: bytes, feed_url: str, content_type: str | None) -> list[Entry]:
    """RSS and Atom through feedparser, on the bytes without their DOCTYPE and without declared encodings that
    are not text encodings (feedparser raises UnicodeError on e.g. encoding="punycode")."""
    body = fix_charrefs(without_doctype(body))
    decl = _ENCODING_DECL.search(body[:200])
    if decl and not text_encoding(decl.group(1).decode("ascii", "replace")):
        body = body[:decl.start()] + body[decl.end():]
    headers = {"content-type": _xml_content_type(content_type)} if content_type else None
    try:
        # a stream, never bytes: feedparser opens a bytes argument that names a local file
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=False,
                                  resolve_relative_uris=False)
    except ValueError as e:  # UnicodeError included; nothing else is documented, so nothing else is caught
        raise FeedError(f"feed unreadable: {type(e).__name__}: {str(e)[:200]}") from None
    entries = []
    for e in parsed.entries:
        link = e.get("link") or next((ln.get("href") for ln in e.get("links", []) if ln.get("href")), None)
        if not isinstance(link, str) or not (link := _link(feed_url, link)):
            continue
        entries.append(Entry(url=link, title=(e.get("title") or None),
                             published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
                             author=e.get("author") or None, summary=e.get("summary") or None,
                             updated=_iso(e.get("updated_parsed"))))
    if not entries and not parsed.get("version"):
        raise FeedError(f"not a feed: {parsed.get('bozo_exception') or 'no RSS, Atom, JSON Feed or news sitemap found'}")
    return entries


_ENCODING_DECL = re.compile(rb"""\sencoding\s*=\s*["']([^"'<>]{0,60})["']""")


def _xml_content_type(content_type: str) -> str:
    """The media type, with its charset only when that is a real text encoding (else feedparser detects one)."""
    media, _, params = content_type.partition(";")
    charset = next((p.split("=", 1)[1].strip(" \"'") for p in params.split(";")
                    if p.strip().lower().startswith("charset=")), None)
    return f"{media.strip()}; charset={charset}" if charset and text_encoding(charset) else media.strip()
