"""Builds the keyed `articles.v1` record and sends it. No cleaning here."""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Callable

import orjson
from kafka import KafkaProducer

from connectors.clean import EXTRACTOR_VERSION, Cleaned
from connectors.feeds import Entry, no_surrogates
from connectors.url_dates import date_from_url
from connectors.urls import article_id, trusted_canonical


MAX_TEXT_BYTES = 1_000_000  # UTF-8: a record stays far under the producer's 4 MB and the extractor's 2 MB limits


def cap_text(text: str, limit: int = MAX_TEXT_BYTES) -> str:
    """The text cut to at most `limit` UTF-8 bytes, at the last line break before the cut (at the cut when there is
    none in its second half): a 4 MB page made a record the broker refuses, re-fetched every few seconds forever."""
    if len(text) <= limit // 4:
        return text
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw) <= limit:
        return text
    head = raw[:limit].decode("utf-8", "ignore")  # a character cut in two is dropped
    cut = head.rfind("\n", len(head) // 2)
    return head[:cut if cut > 0 else len(head)].rstrip()


def _text(value: str | None) -> str | None:
    return no_surrogates(value) if isinstance(value, str) else value


def published(entry: Entry, cleaned: Cleaned, urls: tuple[str, ...], today: date) -> tuple[str | None, str | None]:
    """The publication date and where it came from: the feed entry's, else the page head's, else a date the
    article's URL path files it under (`url_dates`; the canonical URL first, then the fetched one, then the feed's
    link). (None, None) when none gives one."""
    if entry.published:
        return entry.published, "feed"
    if cleaned.published:
        return cleaned.published, "page"
    for url in dict.fromkeys(u for u in urls if u):
        if found := date_from_url(url, today):
            return found, "url"
    return None, None


def build_article(entry: Entry, page_url: str, cleaned: Cleaned, source: str | None, feed_url: str | None,
                  language_hint: str | None = None) -> dict[str, Any]:
    """article.v1 from a feed entry and its cleaned page: feed metadata first, then the page's. Text fields hold no
    lone surrogate (no encoder accepts one) and the text is capped, so the record can always be sent."""
    canon = trusted_canonical(cleaned.canonical_url, page_url)  # the page's claim only when it cannot collide
    now = datetime.now(timezone.utc)
    when, origin = published(entry, cleaned, (canon, page_url, entry.url), now.date())
    return {
        "id": article_id(canon),
        "url": entry.url,
        "canonical_url": canon,
        "source": source,
        "feed_url": feed_url,
        "title": _text(entry.title or cleaned.title),
        "author": _text(entry.author or cleaned.author),
        "published": when,
        "published_from": origin,
        "language": cleaned.language or language_hint,
        "text": cap_text(no_surrogates(cleaned.text)),
        "fetched_at": now.isoformat(),
        "extractor_version": EXTRACTOR_VERSION,
    }


def kafka_sink(producer: KafkaProducer, timeout_s: float = 60.0) -> Callable[[str, dict[str, Any]], None]:
    """Sends one keyed record and returns only once the broker acknowledged it (raises otherwise)."""
    def send(topic: str, value: dict[str, Any]) -> None:
        key = value.get("id") or (value.get("source") or {}).get("key")  # an article's id, a dead letter's source key
        producer.send(topic, key=key.encode() if key else None, value=orjson.dumps(value)).get(timeout_s)
    return send
