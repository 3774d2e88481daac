"""Prometheus metrics, all prefixed `incidentwire_`. Labels reuse the stable error `kind` of each failure.

Every known label set is created at import with value 0, so a series exists before its first event: `rate()` and
`increase()` see the first failure, and alerts and dashboards never read "no data" as "no errors". One exception:
`dead_letters_total{stage,error_kind}` appears with its first dead letter, so that its series are exactly the kinds
found on `deadletter.v1` (a reader can compare the two one to one); its alert uses the "new series" form
(`... or (x unless x offset 10m)`) and `dead_letter_stages_total{stage}`, created at 0, counts the same records.
"""
from __future__ import annotations

from importlib import metadata

from prometheus_client import Counter, Gauge, Histogram

STAGES = ("connectors", "extractor", "merger")
FETCH_ERROR_KINDS = ("fetch_error", "timeout", "too_large", "http_status", "blocked_address", "bad_url",
                     "too_many_redirects", "connect_failed", "wrong_content_type", "robots_disallowed",
                     "robots_unreachable", "headers_too_large", "host_busy", "protocol_error", "unexpected_error")
CONNECTOR_ERROR_KINDS = FETCH_ERROR_KINDS + ("malformed_feed", "empty_article", "bad_encoding", "page_too_complex",
                                             "retries_exhausted", "internal_error", "unpublishable")
EXTRACTOR_ERROR_KINDS = ("invalid_json", "schema_violation", "oversized_record", "extractor_error",
                         "extractor_timeout", "undecodable_batch", "output_rejected")
POLL_RESULTS = ("ok", "not_modified", "revoked", "internal") + FETCH_ERROR_KINDS + ("malformed_feed",)
ARTICLE_OUTCOMES = ("fetched", "published", "updated", "deduplicated", "near_duplicate", "publish_failed",
                    "duplicate_skipped") + CONNECTOR_ERROR_KINDS
PRODUCE_FAILURES = ("transient", "permanent")
WORKER_RESTART_REASONS = ("exited", "hung")
EVENT_RECORD_KINDS = ("new", "revision", "merged", "tombstone")
# what the merger sets aside: the first four go to deadletter.v1 (merge_failed: the core raised on the record);
# invalid_event_record is an events.v1 record a state rebuild cannot read (left on events.v1, skipped)
MERGER_SKIP_REASONS = ("invalid_json", "not_an_incident", "tombstone", "merge_failed", "invalid_event_record")


def _event_types() -> tuple[str, ...]:
    import schemas
    return tuple(schemas.schema("incident.v1")["properties"]["event_type"]["enum"])


def _version() -> str:
    try:
        return metadata.version("incidentwire")
    except metadata.PackageNotFoundError:
        return "unknown"


FEEDS_POLLED = Counter("incidentwire_feeds_polled_total", "Feed polls by result", ["result"])
ARTICLES = Counter("incidentwire_articles_total", "Articles by outcome (fetched, published, seen, failed...)",
                   ["outcome"])
INCIDENTS = Counter("incidentwire_incidents_total", "Incidents published by event type", ["event_type"])
_DEAD_LETTERS = Counter("incidentwire_dead_letters_total", "Records sent to deadletter.v1", ["stage", "error_kind"])
DEAD_LETTER_STAGES = Counter("incidentwire_dead_letter_stages_total", "Records sent to deadletter.v1, by stage",
                             ["stage"])


class _DeadLetters:
    """`DEAD_LETTERS.labels(stage, kind).inc()` counts in both dead-letter counters."""

    class _Pair:
        def __init__(self, stage: str, kind: str) -> None:
            self._kind = _DEAD_LETTERS.labels(stage, kind)
            self._stage = DEAD_LETTER_STAGES.labels(stage)

        def inc(self, amount: float = 1) -> None:
            self._kind.inc(amount)
            self._stage.inc(amount)

        @property
        def _value(self) -> object:  # the per-kind count, as on a plain Counter child
            return self._kind._value

    def labels(self, stage: str, kind: str) -> "_DeadLetters._Pair":
        return self._Pair(stage, kind)


DEAD_LETTERS = _DeadLetters()
PROCESS_SECONDS = Histogram("incidentwire_processing_seconds", "Time to process one record or page", ["stage"],
                            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
CONSUMER_LAG = Gauge("incidentwire_consumer_lag", "Records behind the end of the partition", ["topic", "partition"])
LAST_PROGRESS = Gauge("incidentwire_last_progress_timestamp", "Unix time of the work loop's last progress",
                      ["service"])
FEEDSTATE_SKIPPED = Counter("incidentwire_feedstate_skipped_total",
                            "feedstate.v1 records skipped at handover (tombstone, not_json, invalid)", ["reason"])
LOOP_ERRORS = Counter("incidentwire_loop_errors_total", "Exceptions caught in a service loop that went on",
                      ["where"])
PRODUCE_ERRORS = Counter("incidentwire_produce_errors_total",
                         "Extractor outputs the broker did not acknowledge (transient: re-read; permanent: "
                         "dead-lettered)", ["kind"])
WORKER_RESTARTS = Counter("incidentwire_worker_restarts_total",
                          "Extractor worker processes restarted by `run extractor --workers`", ["reason"])
EVENTS_OPEN = Gauge("incidentwire_events_open", "Events the merger holds open (inside its window and size cap)")
EVENT_RECORDS = Counter("incidentwire_event_records_total",
                        "events.v1 records the merger published, by kind (new: revision 1; revision; merged: "
                        "absorbed into another event; tombstone)", ["kind"])
MERGER_SKIPPED = Counter("incidentwire_merger_skipped_total",
                         "records the merger set aside (dead-lettered, or an unreadable events.v1 record skipped "
                         "in a state rebuild), by reason", ["reason"])
BUILD_INFO = Gauge("incidentwire_build_info", "Always 1; the running version in a label", ["version"])


def initialise() -> None:
    """Create every known label set at 0 (idempotent). LAST_PROGRESS is left out: it is set when a loop starts, and a
    0 there would read as "stalled since 1970"."""
    for metric, labels in ((PROCESS_SECONDS, STAGES), (DEAD_LETTER_STAGES, STAGES),
                           (FEEDS_POLLED, POLL_RESULTS), (ARTICLES, ARTICLE_OUTCOMES), (INCIDENTS, _event_types()),
                           (PRODUCE_ERRORS, PRODUCE_FAILURES), (WORKER_RESTARTS, WORKER_RESTART_REASONS),
                           (EVENT_RECORDS, EVENT_RECORD_KINDS), (MERGER_SKIPPED, MERGER_SKIP_REASONS)):
        for label in labels:
            metric.labels(label)
    BUILD_INFO.labels(_version()).set(1)


initialise()
