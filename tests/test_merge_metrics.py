"""The merger's metrics live in worker/metrics.py with their label sets at 0, and its loop moves them."""
from __future__ import annotations

import subprocess
import sys
import threading
from types import SimpleNamespace
from typing import Any

import orjson
from kafka import TopicPartition
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from tests.test_merge_core import _inc
from worker import metrics
from worker.config import load
from worker.merge.service import Merger


def test_merger_series_exist_before_the_merger_is_imported():
    """A fresh process that imports only worker.metrics (what /metrics of any service exposes) has every series."""
    code = ("import worker.metrics, prometheus_client, sys; "
            "sys.stdout.write(prometheus_client.generate_latest().decode())")
    text = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    samples: dict[str, list[dict[str, str]]] = {}
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            samples.setdefault(s.name, []).append(s.labels)
    assert "incidentwire_events_open" in samples
    assert {s["kind"] for s in samples["incidentwire_event_records_total"]} == set(metrics.EVENT_RECORD_KINDS)
    assert {s["reason"] for s in samples["incidentwire_merger_skipped_total"]} == set(metrics.MERGER_SKIP_REASONS)
    assert "merger" in {s["stage"] for s in samples["incidentwire_processing_seconds_count"]}


class _Future:
    def get(self, timeout: float | None = None) -> None:
        return None


class _Producer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, bytes | None]] = []

    def send(self, topic: str, key: bytes, value: bytes | None, partition: int | None = None) -> _Future:
        self.sent.append((topic, key, value))
        return _Future()

    def partitions_for(self, topic: str) -> set[int]:
        return {0}

    def flush(self, timeout: float | None = None) -> None:
        pass

    def close(self, timeout: float | None = None) -> None:
        pass


class _Consumer:
    def __init__(self, batches: list[dict[TopicPartition, list[Any]]], stop: threading.Event) -> None:
        self.batches, self.stop = batches, stop

    def poll(self, timeout_ms: int = 0, max_records: int | None = None) -> dict[TopicPartition, list[Any]]:
        if not self.batches:
            self.stop.set()
            return {}
        return self.batches.pop(0)

    def commit(self, offsets: Any) -> None:
        pass

    def assignment(self) -> set[TopicPartition]:
        return {tp for batch in self.batches for tp in batch} or {TopicPartition("t", 0)}

    def highwater(self, tp: TopicPartition) -> int:
        return 10  # the fetch saw 10 records on the partition; the batch ends at offset 3

    def close(self, autocommit: bool = False) -> None:
        pass


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_the_merger_loop_counts_records_skips_open_events_and_progress(monkeypatch):
    settings = load(env={}, topic_prefix="mt.", http_port=0)
    tp = TopicPartition(settings.topic("merge-input.v1"), 0)
    recs = [SimpleNamespace(topic=tp.topic, partition=0, offset=i, value=v) for i, v in enumerate([
        orjson.dumps(_inc(1, killed=3)), orjson.dumps(_inc(2, source="other.example", killed=5)),
        b"{not json", orjson.dumps({"hello": "world"})])]
    stop = threading.Event()
    merger = Merger(settings, _Consumer([{tp: recs}], stop), _Producer())
    monkeypatch.setattr("worker.merge.service.read_events", lambda s, timeout_s=60.0, partitions=None: [])
    before = {k: _value("incidentwire_event_records_total", kind=k) for k in metrics.EVENT_RECORD_KINDS}
    skipped = {r: _value("incidentwire_merger_skipped_total", reason=r) for r in metrics.MERGER_SKIP_REASONS}
    metrics.LAST_PROGRESS.labels("merger").set(0)
    merger.run(stop)
    assert _value("incidentwire_event_records_total", kind="new") - before["new"] == 1
    assert _value("incidentwire_event_records_total", kind="revision") - before["revision"] == 1
    assert _value("incidentwire_merger_skipped_total", reason="invalid_json") - skipped["invalid_json"] == 1
    assert _value("incidentwire_merger_skipped_total", reason="not_an_incident") - skipped["not_an_incident"] == 1
    assert _value("incidentwire_events_open") == 1
    assert _value("incidentwire_last_progress_timestamp", service="merger") > 0
    assert _value("incidentwire_consumer_lag", topic=tp.topic, partition="0") == 6
