"""The feed-state handover reads feedstate.v1 to its real end on the embedded broker, whose ListOffsets stops at the
last batch's first offset + 1: feed states that arrived in one multi-record batch are all taken over."""
from __future__ import annotations

import threading
import uuid
from dataclasses import asdict

import orjson
import pytest
from kafka import KafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic

from connectors.coordination import FeedAssignment
from connectors.state import FeedState, State
from worker.config import load

pytestmark = pytest.mark.integration


def test_every_feed_state_of_a_multi_record_last_batch_is_loaded(broker, tmp_path):
    topic = f"fs{uuid.uuid4().hex[:8]}"
    admin = KafkaAdminClient(bootstrap_servers=broker)
    admin.create_topics([NewTopic(topic, 1, 1)])
    admin.close()
    urls = [f"https://wire{i}.example.org/feed.xml" for i in range(600)]  # more than one poll's max_records (500)
    p = KafkaProducer(bootstrap_servers=broker, linger_ms=300, batch_size=4_000_000, max_request_size=8_000_000)
    p.send(topic, key=b"first", value=orjson.dumps(asdict(FeedState(url="https://first.example.org/f", last_poll=5.0))))
    p.flush(10)
    for u in urls:  # one batch
        p.send(topic, key=u.encode(), value=orjson.dumps(asdict(FeedState(url=u, etag='"e1"', last_poll=10.0))))
    p.flush(10)
    p.close()
    fa = FeedAssignment.__new__(FeedAssignment)
    fa.settings = load(env={}, bootstrap_servers=broker, state_path=str(tmp_path / "s.sqlite"))
    fa.state = State(fa.settings.state_path)
    fa.topic, fa.state_topic, fa.partitions = "feeds.v1", topic, 1
    fa._owned, fa.generation, fa._lock = set(), 0, threading.Lock()
    fa._load_state({0})
    assert all(fa.state.feed(u).etag == '"e1"' for u in urls)
    assert fa.state.feed("https://first.example.org/f").last_poll == 5.0
