"""Builds the keyed `articles.v1` record and sends it. No cleaning here."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable

import orjson
from kafka import KafkaProducer

from connectors.clean import EXTRACTOR_VERSION, Cleaned
from connectors.feeds import Entry
from connectors.urls import article_id, trusted_canonical


def build_article(entry: Entry, page_url: str, cleaned: Cleaned, source: str | None, feed_url: str | None,
                  language_hint: str | None = None) -> dict[str, Any]:
    """article.v1 from a feed entry and its cleaned page: feed metadata first, then the page's."""
    canon = trusted_canonical(cleaned.canonical_url, page_url)  # the page's claim only when it cannot collide
    return {
        "id": article_id(canon),
        "url": entry.url,
        "canonical_url": canon,
        "source": source,
        "feed_url": feed_url,
        "title": entry.title or cleaned.title,
        "author": entry.author or cleaned.author,
        "published": entry.published or cleaned.published,
        "language": cleaned.language or language_hint,
        "text": cleaned.text,
        "fetched_at": datetime.now(timezone.utc).isoformat(),
        "extractor_version": EXTRACTOR_VERSION,
    }


def kafka_sink(producer: KafkaProducer, timeout_s: float = 60.0) -> Callable[[str, dict[str, Any]], None]:
    """Sends one keyed record and returns only once the broker acknowledged it (raises otherwise)."""
    def send(topic: str, value: dict[str, Any]) -> None:
        key = value.get("id") or (value.get("source") or {}).get("key")  # an article's id, a dead letter's source key
        producer.send(topic, key=key.encode() if key else None, value=orjson.dumps(value)).get(timeout_s)
    return send
