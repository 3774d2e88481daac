"""Pure parts of the fixes for the outside review of the extractor (issue 16/17): the title cap, the dead letter's
caps, the article fields copied into incidents, when a `--workers` restart backoff may start over, the shared stop
grace, and the connectors loop's heartbeat."""
from __future__ import annotations

import threading
import time

import orjson

import schemas
from worker import services
from worker.config import load
from worker.deadletter import MAX_KEY_BYTES, kafka_key, record
from worker.health import HEARTBEATS, FileBeat, Probe
from worker.models import Incident, manifest, to_message
from worker.pipeline import MAX_TITLE_CHARS, cap_title, extract_batch


class NoNer:
    def pipe(self, texts, batch_size=16):
        for _ in texts:
            yield type("Doc", (), {"ents": ()})()


def _article(title: str, **extra) -> dict:
    return {"id": "1d" * 16, "url": "http://n.example/a", "canonical_url": "http://n.example/a", "source": "n",
            "feed_url": None, "title": title, "author": None, "published": "2025-03-03", "language": "en",
            "text": "Militants shot dead two farmers near a village in Zabul on Monday, the governor said.",
            "fetched_at": "2025-03-03T06:00:00+00:00", "extractor_version": "t", **extra}


def test_a_long_title_is_cut_at_a_word():
    title = "Gunmen ambush convoy on the highway " * 40
    cut = cap_title(title)
    assert len(cut) <= MAX_TITLE_CHARS and title.startswith(cut) and not cut.endswith(" ")
    assert title[len(cut)] == " ", "cut between words"
    assert cap_title("Convoy ambushed") == "Convoy ambushed" and cap_title(None) is None
    assert len(cap_title("x" * 5_000)) == MAX_TITLE_CHARS  # no space to cut at


def test_a_huge_repeated_trigger_title_stays_within_the_article_budget():
    extract_batch([_article("warm")], NoNer(), budget_s=60)
    title = ("grenade wounded " * 4_000)[:60_000]
    started = time.monotonic()
    extract_batch([_article(title)], NoNer(), budget_s=1.0)
    assert time.monotonic() - started < 2.5


def test_a_dead_letter_caps_the_key_and_its_last_try_drops_key_and_detail():
    key = "\x03" * 400_000
    full = record("extractor", "invalid_json", "boom " * 2_000, b"x" * 10, topic="t", partition=1, offset=7, key=key)
    assert len(full["source"]["key"]) <= 2_000 and len(full["error"]) <= 2_000
    assert len(orjson.dumps(full)) < 30_000 and schemas.errors("deadletter.v1", full) == []
    last = record("extractor", "invalid_json", "boom detail", b"x", max_payload=0, last_try=True, topic="t",
                  partition=1, offset=7, key=key)
    assert "key" not in last["source"] and last["error"] == "invalid_json"
    assert (last["source"]["topic"], last["source"]["partition"], last["source"]["offset"]) == ("t", 1, 7)
    assert schemas.errors("deadletter.v1", last) == []
    assert len(kafka_key(b"\x01" * 700_000)) == MAX_KEY_BYTES and kafka_key(b"k", last_try=True) is None


def test_incidents_and_manifests_copy_article_fields_cut_to_fit():
    art = _article("Headline " * 100_000, source="S" * 1_100_000, url="http://n.example/" + "p" * 900_000)
    msg = to_message(Incident(primary=True, event_type="attack"), art, "ab" * 16)
    assert len(orjson.dumps(msg)) < 10_000 and schemas.errors("incident.v1", msg) == []
    man = manifest(art, [msg])
    assert len(orjson.dumps(man)) < 10_000 and schemas.errors("extraction.v1", man) == []


def test_a_workers_backoff_starts_over_only_after_the_child_beat_itself_or_stayed_up(tmp_path):
    fb = FileBeat(tmp_path / "w")
    fb.beat()  # what spawn() does
    spawned = time.monotonic()
    stamp = fb.mtime_ns()
    assert not services.healthy(spawned, stamp, fb.mtime_ns(), spawned + 5)
    assert services.healthy(spawned, stamp, fb.mtime_ns(), spawned + services.PROVEN_UP_S)
    time.sleep(0.02)
    fb.beat()  # the child's own beat
    assert services.healthy(spawned, stamp, fb.mtime_ns(), spawned + 5)


def test_stopping_the_service_threads_shares_one_grace_period(monkeypatch):
    monkeypatch.setattr(services, "STOP_GRACE_S", 0.6)
    hold = threading.Event()
    threads = [threading.Thread(target=hold.wait, args=(30,), daemon=True) for _ in range(3)]
    for t in threads:
        t.start()
    started = time.monotonic()
    services._join(threads)
    took = time.monotonic() - started
    hold.set()
    assert took < 1.2, f"three stuck threads took {took:.1f} s, more than one grace period"


def test_the_connectors_loop_beats_its_heartbeat(tmp_path):
    from connectors.service import Connectors
    from connectors.state import State
    settings = load(env={}, state_path=str(tmp_path / "s.sqlite")).with_(feeds=())
    probe = Probe(stall_after_s=60)
    HEARTBEATS.add(probe)
    state = State(settings.state_path)
    svc = Connectors(settings, state, sink=lambda _t, _a: None)
    try:
        svc.run(threading.Event(), once=True)
    finally:
        HEARTBEATS.sinks.remove(probe)
        svc.close()
        state.close()
    assert "connectors" in probe.beats

