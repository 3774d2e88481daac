"""Prometheus metrics, all prefixed `incidentwire_`. Labels reuse the stable error `kind` of each failure."""
from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

FEEDS_POLLED = Counter("incidentwire_feeds_polled_total", "Feed polls by result", ["result"])
ARTICLES = Counter("incidentwire_articles_total", "Articles by outcome (fetched, published, seen, failed...)",
                   ["outcome"])
INCIDENTS = Counter("incidentwire_incidents_total", "Incidents published by event type", ["event_type"])
DEAD_LETTERS = Counter("incidentwire_dead_letters_total", "Records sent to deadletter.v1", ["stage", "error_kind"])
PROCESS_SECONDS = Histogram("incidentwire_processing_seconds", "Time to process one record or page", ["stage"],
                            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
CONSUMER_LAG = Gauge("incidentwire_consumer_lag", "Records behind the end of the partition", ["topic", "partition"])
LAST_PROGRESS = Gauge("incidentwire_last_progress_timestamp", "Unix time of the main loop's last iteration",
                      ["service"])
FEEDSTATE_SKIPPED = Counter("incidentwire_feedstate_skipped_total",
                            "feedstate.v1 records skipped at handover (tombstone, not_json, invalid)", ["reason"])
LOOP_ERRORS = Counter("incidentwire_loop_errors_total", "Exceptions caught in a service loop that went on",
                      ["where"])
