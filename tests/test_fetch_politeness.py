"""Politeness state stays bounded with many hosts, without breaking the per-host cap, spacing or robots rules."""
from __future__ import annotations

import threading
import time

import pytest

from connectors import politeness
from connectors.fetch import HttpStatus, Response
from connectors.politeness import Disallowed, HostGate, Robots


class FakeFetcher:
    """robots.txt per host: hosts named 'closed-*' disallow /private/, others have none (404)."""

    def __init__(self, body_for: dict[str, bytes] | None = None) -> None:
        self.calls: list[str] = []
        self.body_for = body_for or {}

    def get(self, url: str, **_kw: object) -> Response:
        self.calls.append(url)
        host = url.split("/")[2]
        if host in self.body_for:
            return Response(url, 200, {"content-type": "text/plain"}, self.body_for[host])
        if host.startswith("closed-"):
            return Response(url, 200, {"content-type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
        raise HttpStatus(url, 404)


def test_robots_cache_is_capped_and_keeps_recent_hosts():
    fetcher = FakeFetcher()
    robots = Robots(fetcher, "incidentwire/0.1", max_hosts=50)  # type: ignore[arg-type]
    robots.check("http://closed-keep.example/news/1")
    for i in range(2_000):
        robots.check(f"http://site{i}.example/a")
        if i % 10 == 0:
            robots.check("http://closed-keep.example/news/2")  # recently used: stays cached
    assert len(robots._cache) <= 50
    assert fetcher.calls.count("http://closed-keep.example/robots.txt") == 1
    with pytest.raises(Disallowed):
        robots.check("http://closed-keep.example/private/x")
    robots.check("http://site0.example/a")  # evicted long ago: fetched again
    assert fetcher.calls.count("http://site0.example/robots.txt") == 2


def test_robots_defaults_are_bounded():
    assert 0 < politeness.MAX_HOSTS <= 100_000 and 0 < politeness.ROBOTS_MAX_BYTES <= 1_000_000


def test_robots_rules_past_500_kib_are_ignored():
    padding = b"# " + b"x" * 1000 + b"\n"
    body = b"User-agent: *\nDisallow: /early/\n" + padding * 600 + b"Disallow: /late/\n"
    robots = Robots(FakeFetcher({"big.example": body}), "incidentwire/0.1")  # type: ignore[arg-type]
    with pytest.raises(Disallowed):
        robots.check("http://big.example/early/a")
    assert robots.check("http://big.example/late/a") == 0.0


def test_host_gate_is_capped_with_many_hosts():
    gate = HostGate(concurrency=2, min_delay_s=0.0, max_hosts=100)
    for i in range(5_000):
        with gate.slot(f"http://h{i}.example/x"):
            pass
    assert len(gate._hosts) <= 100


def test_host_gate_keeps_a_busy_host_while_evicting():
    gate = HostGate(concurrency=1, min_delay_s=0.0, max_hosts=10)
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with gate.slot("http://busy.example/a"):
            entered.set()
            release.wait(5)
    t = threading.Thread(target=hold)
    t.start()
    assert entered.wait(5)
    for i in range(200):
        with gate.slot(f"http://other{i}.example/x"):
            pass
    second_in = threading.Event()

    def second() -> None:
        with gate.slot("http://busy.example/b"):
            second_in.set()
    t2 = threading.Thread(target=second)
    t2.start()
    assert not second_in.wait(0.3), "the busy host's concurrency cap was lost when the table was pruned"
    release.set()
    assert second_in.wait(5)
    t.join(5)
    t2.join(5)


def test_host_gate_keeps_spacing_of_a_recent_host_while_evicting():
    gate = HostGate(concurrency=4, min_delay_s=0.4, max_hosts=10)
    with gate.slot("http://spaced.example/a"):
        pass
    started = time.monotonic()
    for i in range(200):
        gate_other = f"http://o{i}.example/x"
        with gate.slot(gate_other):
            pass
    with gate.slot("http://spaced.example/b"):
        waited_until = time.monotonic()
    assert waited_until - started >= 0.3, "the host's minimum delay was forgotten when the table was pruned"
