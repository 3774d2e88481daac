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


@pytest.mark.parametrize("line", ["Crawl-delay: \u00b2", "Crawl-delay: " + "7" * 5000, "Crawl-delay: " + "8" * 400,
                                  "Request-rate: \u00b3/1", "Request-rate: 1/" + "9" * 5000, "Crawl-delay: 1e9"],
                         ids=["superscript", "5000-digits", "400-digits", "rate-superscript", "rate-5000", "float"])
def test_hostile_crawl_delay_means_no_delay_and_is_cached(line):
    body = f"User-agent: *\n{line}\nDisallow: /drafts/\n".encode()
    fetcher = FakeFetcher({"odd.example": body})
    robots = Robots(fetcher, "incidentwire/0.1")  # type: ignore[arg-type]
    assert robots.check("http://odd.example/news/1") == 0.0
    assert robots.check("http://odd.example/news/2") == 0.0
    with pytest.raises(Disallowed):  # the rest of the file still counts
        robots.check("http://odd.example/drafts/3")
    assert fetcher.calls == ["http://odd.example/robots.txt"]


def test_big_crawl_delay_is_capped():
    robots = Robots(FakeFetcher({"slow.example": b"User-agent: *\nCrawl-delay: 86400\n"}), "x/1")  # type: ignore
    assert robots.check("http://slow.example/a") == politeness.MAX_CRAWL_DELAY_S


def test_spellings_of_one_host_share_robots_rules():
    fetcher = FakeFetcher()
    robots = Robots(fetcher, "incidentwire/0.1")  # type: ignore[arg-type]
    for url in ("http://u1@closed-a.example/news/1", "http://u2:pw@CLOSED-A.example:80/news/2",
                "http://closed-a.example.:0080/news/3", "http://closed-a.example/news/4"):
        robots.check(url)
    assert fetcher.calls == ["http://closed-a.example/robots.txt"]
    robots.check("http://closed-a.example:8080/x")  # another port is another origin
    robots.check("https://closed-a.example/x")
    assert len(fetcher.calls) == 3 and "u1" not in "".join(fetcher.calls)


def test_spellings_of_one_host_share_the_gate():
    gate = HostGate(concurrency=1, min_delay_s=0.0)
    assert gate.try_acquire("http://a@gated.example/1") == 0.0
    for other in ("http://b@gated.example/2", "http://GATED.example.:0080/3", "http://gated.example:80/4"):
        assert gate.try_acquire(other) > 0, other
    assert gate.try_acquire("http://gated.example:8080/5") == 0.0  # another port: another origin
    gate.release("http://gated.example/1")
    assert gate.try_acquire("http://c@gated.example./6") == 0.0


def test_try_acquire_never_sleeps_and_tells_the_wait():
    gate = HostGate(concurrency=4, min_delay_s=0.0)
    started = time.monotonic()
    assert gate.try_acquire("http://slow.example/a", crawl_delay_s=30) == 0.0
    gate.release("http://slow.example/a")
    wait = gate.try_acquire("http://slow.example/b", crawl_delay_s=30)
    assert 29 < wait <= 30 and time.monotonic() - started < 0.1


def test_slot_gives_up_past_its_longest_wait():
    gate = HostGate(concurrency=2, min_delay_s=0.0)
    with gate.slot("http://slow.example/a", crawl_delay_s=20):
        pass
    started = time.monotonic()
    with pytest.raises(politeness.HostBusy) as e:
        with gate.slot("http://slow.example/b", crawl_delay_s=20, max_wait_s=0.2):
            pass
    assert time.monotonic() - started < 0.1 and 19 < e.value.retry_after <= 20
    assert all(h.active == 0 for h in gate._hosts.values())


def test_robots_rules_of_many_hosts_stay_within_a_byte_budget():
    import gc
    from urllib.robotparser import RuleLine
    same = (b"User-agent: *\n" + b"Allow:/\n" * 70_000)[:politeness.ROBOTS_MAX_BYTES]
    varied = b"User-agent: *\n" + b"".join(b"Allow:/p%d\n" % i for i in range(30_000))
    bodies = {f"s{i}.example": same for i in range(3)} | {f"v{i}.example": varied for i in range(3)}
    robots = Robots(FakeFetcher(bodies), "incidentwire/0.1", max_bytes=2 << 20)  # type: ignore[arg-type]
    for host in bodies:
        robots.check(f"http://{host}/a")
    gc.collect()
    kept = sum(isinstance(o, RuleLine) for o in gc.get_objects())
    assert kept <= politeness.MAX_RULES + 10, f"{kept} parsed rules held for {len(bodies)} hosts"
    assert robots.check("http://v2.example/p19999") == 0.0  # the newest host's rules are intact (up to MAX_RULES)
    assert len(robots._cache) == 1 and robots._bytes > robots.max_bytes  # the newest stays, alone


def test_concurrent_checks_of_one_host_fetch_robots_txt_once():
    class SlowFetcher(FakeFetcher):
        def get(self, url: str, **kw: object) -> Response:
            time.sleep(0.3)
            return super().get(url, **kw)
    fetcher = SlowFetcher()
    robots = Robots(fetcher, "incidentwire/0.1")  # type: ignore[arg-type]
    threads = [threading.Thread(target=robots.check, args=(f"http://u{i}@closed-b.example/news/{i}",))
               for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert fetcher.calls == ["http://closed-b.example/robots.txt"]
