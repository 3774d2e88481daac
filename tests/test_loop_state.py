"""The connectors' state stays bounded, and the feed-state handover survives anything on feedstate.v1 quickly."""
from __future__ import annotations

import threading
import time
from dataclasses import asdict
from typing import Any

import orjson
import pytest

import connectors.coordination as coordination
import connectors.state as state_mod
from connectors.coordination import FeedAssignment, partition_of, state_record
from connectors.state import FeedState, State
from worker.config import load


def test_seen_rows_older_than_the_ttl_are_pruned(tmp_path, monkeypatch):
    clock = [1_000_000.0]
    monkeypatch.setattr(state_mod.time, "time", lambda: clock[0])
    st = State(tmp_path / "s.sqlite", seen_ttl_days=10)
    for day in range(40):
        clock[0] = 1_000_000.0 + day * 86400
        for i in range(60):
            st.mark_seen(f"{day:04d}{i:028d}", f"https://paper.example.com/{day}/{i}")
    oldest = st._db.execute("SELECT MIN(at) FROM seen").fetchone()[0]
    assert clock[0] - oldest < 20 * 86400  # pruned on the way, every PRUNE_EVERY (1000) writes
    st.prune_seen()
    oldest = st._db.execute("SELECT MIN(at) FROM seen").fetchone()[0]
    assert clock[0] - oldest <= 10 * 86400
    assert st.is_seen(f"{39:04d}{0:028d}")
    st.close()


def test_seen_rows_are_capped(tmp_path):
    st = State(tmp_path / "s.sqlite", seen_max_rows=1000)
    for i in range(5000):
        st.mark_seen(f"{i:032d}", f"https://paper.example.com/{i}")
    st.prune_seen()
    assert st._db.execute("SELECT COUNT(*) FROM seen").fetchone()[0] <= 1000
    assert st.is_seen(f"{4999:032d}") and not st.is_seen(f"{0:032d}")
    st.close()


def test_settings_drive_the_seen_bounds(tmp_path):
    from connectors.service import Connectors
    settings = load(env={}, state_path=str(tmp_path / "s.sqlite"), seen_ttl_days=7, seen_max_rows=5000)
    st = State(settings.state_path)
    svc = Connectors(settings, st, sink=lambda t, a: None)
    assert st.seen_ttl_s == 7 * 86400 and st.seen_max_rows == 5000
    svc.close()


@pytest.mark.parametrize("value, why", [
    (None, "tombstone"), (b"{not json", "not_json"), (b'{"etag": "x"}', "invalid"), (b"[1, 2]", "invalid"),
    (b'{"url": "https://f.example.com/a.xml", "next_poll": "soon"}', "invalid"),
    (b'{"url": "https://f.example.com/a.xml", "recent_ids": [1, 2]}', "invalid"),
    (b'{"url": "https://f.example.com/a.xml", "error_streak": true}', "invalid"),
])
def test_unreadable_feedstate_records_are_named_not_raised(value, why):
    assert state_record(value) == (None, why)


class Rec:
    def __init__(self, value: bytes | None, key: bytes | None = None) -> None:
        self.value, self.key = value, key


class Reader:
    """Stands in for the KafkaConsumer that reads feedstate.v1."""
    records: dict[int, list[Rec]] = {}

    def __init__(self, *a: Any, **kw: Any) -> None:
        self.pos: dict = {}

    def assign(self, tps: list) -> None:
        self.tps = list(tps)

    def seek_to_beginning(self, *tps: Any) -> None:
        self.pos = {tp: 0 for tp in self.tps}

    def end_offsets(self, tps: list) -> dict:
        return {tp: len(self.records.get(tp.partition, [])) for tp in tps}

    def seek(self, tp: Any, offset: int) -> None:
        self.pos[tp] = offset

    def highwater(self, tp: Any) -> int:  # what a fetch reports as the log end
        return len(self.records.get(tp.partition, []))

    def position(self, tp: Any) -> int:
        return self.pos[tp]

    def poll(self, timeout_ms: int = 0, **kw: Any) -> dict:
        out = {}
        for tp in self.tps:
            recs = self.records.get(tp.partition, [])[self.pos[tp]:self.pos[tp] + 400]
            if recs:
                out[tp] = recs
                self.pos[tp] += len(recs)
        return out

    def close(self, *a: Any, **kw: Any) -> None:
        pass


def _assignment(tmp_path: Any, partitions: int = 1) -> FeedAssignment:
    fa = FeedAssignment.__new__(FeedAssignment)
    fa.settings = load(env={}, state_path=str(tmp_path / "s.sqlite"))
    fa.state = State(fa.settings.state_path)
    fa.topic, fa.state_topic, fa.partitions = "feeds.v1", "feedstate.v1", partitions
    fa._owned, fa.generation, fa._lock = set(), 0, threading.Lock()
    return fa


def _value(url: str, last_poll: float, ids: int) -> bytes:
    st = FeedState(url=url, etag='"v9"', last_poll=last_poll, next_poll=last_poll + 300)
    return orjson.dumps(asdict(st) | {"recent_ids": [f"{url[-6:]}{j:026d}" for j in range(ids)],
                                      "recent_urls": [f"{url}/{j}" for j in range(ids)]})


def test_handover_skips_tombstones_and_junk_and_loads_the_rest(tmp_path, monkeypatch):
    good, retired = "https://wire.example.com/feed-a", "https://old.example.com/feed-b"
    Reader.records = {0: [Rec(_value(retired, 100.0, 3), retired.encode()), Rec(None, retired.encode()),
                          Rec(b"{not json"), Rec(b'{"etag": "x"}'), Rec(_value(good, 200.0, 5), good.encode())]}
    monkeypatch.setattr(coordination, "KafkaConsumer", Reader)
    fa = _assignment(tmp_path)
    fa._load_state({0})
    assert fa.state.feed(good).etag == '"v9"' and fa.state.feed(retired).etag is None  # the tombstone deleted it
    assert f"{good[-6:]}{4:026d}" in fa.state.handover_ids(good) and not fa.state.handover_ids(retired)


def test_handover_of_many_feeds_is_one_row_per_feed_and_quick(tmp_path, monkeypatch):
    feeds, ids = 300, 300
    urls = [f"https://n{i}.example.com/feed-{i:04d}" for i in range(feeds)]
    Reader.records = {0: [Rec(_value(u, 500.0, ids), u.encode()) for u in urls]}
    monkeypatch.setattr(coordination, "KafkaConsumer", Reader)
    fa = _assignment(tmp_path)
    started = time.perf_counter()
    fa._load_state({0})
    took = time.perf_counter() - started
    assert fa.state._db.execute("SELECT COUNT(*) FROM handover").fetchone()[0] == feeds
    assert len(fa.state.handover_ids(urls[7])) == ids
    assert took < 2.0, f"{feeds} feeds x {ids} ids took {took:.1f} s"  # one autocommit per id took ~60 s here


class Consumer:
    def __init__(self, partitions: int, fail: bool = False) -> None:
        self.n, self.fail = partitions, fail

    def partitions_for_topic(self, topic: str) -> set[int]:
        return set(range(self.n))

    def poll(self, timeout_ms: int = 0, max_records: int | None = None) -> dict:
        if self.fail:
            raise ValueError("callback blew up")
        return {}


def test_a_failing_heartbeat_is_logged_and_the_loop_goes_on(tmp_path):
    fa = _assignment(tmp_path)
    fa.consumer = Consumer(1, fail=True)
    started = time.monotonic()
    fa.heartbeat(200)  # does not raise
    assert time.monotonic() - started >= 0.15  # and still waits, so a persistent error does not spin


def test_the_partition_count_is_re_read_on_every_assignment(tmp_path, monkeypatch):
    Reader.records = {}
    monkeypatch.setattr(coordination, "KafkaConsumer", Reader)
    fa = _assignment(tmp_path, partitions=3)
    fa.consumer = Consumer(6)
    fa.on_partitions_assigned([coordination.TopicPartition("feeds.v1", 4)])
    assert fa.partitions == 6
    url = next(f"https://f{i}.example.com/x" for i in range(100) if partition_of(f"https://f{i}.example.com/x", 6) == 4)
    assert [f.url for f in fa.owned((coordination.FeedConfig(url),))] == [url]


def test_a_failed_handover_still_takes_the_partitions(tmp_path, monkeypatch):
    class Broken(Reader):
        def end_offsets(self, tps: list) -> dict:
            raise TimeoutError("broker gone")
    monkeypatch.setattr(coordination, "KafkaConsumer", Broken)
    fa = _assignment(tmp_path)
    fa.consumer = Consumer(1)
    fa.on_partitions_assigned([coordination.TopicPartition("feeds.v1", 0)])
    assert fa._owned == {0} and fa.generation == 1


def test_a_failed_feedstate_send_is_not_a_feed_error(tmp_path):
    class DownProducer:
        def send(self, *a: Any, **kw: Any) -> None:
            raise TimeoutError("KafkaTimeoutError: failed to update metadata after 60.0 secs")
    fa = _assignment(tmp_path)
    fa.producer = DownProducer()
    fa.publish_state(FeedState(url="https://wire.example.com/feed-z", last_poll=1.0), ["https://wire.example.com/a"])
