"""The connectors loop loses nothing and stays bounded: per-entry outcomes, validators, ownership, scheduling."""
from __future__ import annotations

import threading
import time
from concurrent.futures import Future
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator

import pytest

import schemas
from connectors import feeds as feedparse
from connectors import service as service_mod
from connectors.publish import kafka_sink
from connectors.schedule import DueQueue
from connectors.service import Connectors, entry_key, plan
from connectors.state import Seen, State
from connectors.urls import article_id, canonical
from worker.config import FeedConfig, load

STORY = ("<html><head><title>{0}</title></head><body><article>"
         + "<p>{0}: the harbour ferry resumed its evening crossings after the storm, and the port office said the "
           "timetable would hold through the week.</p>" * 6 + "</article></body></html>")


class Site:
    """A local site whose routes a test rewrites: path -> (status, body, content type, extra headers)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes, str, dict[str, str]]] = {}
        self.hits: dict[str, int] = {}
        self.on_hit: dict[str, Any] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                path = self.path
                site.hits[path] = site.hits.get(path, 0) + 1
                if path in site.on_hit:
                    site.on_hit[path]()
                status, body, ctype, headers = site.routes.get(path, (404, b"", "text/plain", {}))
                if callable(body):
                    status, body = body(site.hits[path])
                etag = headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a: Any) -> None:
                pass

        self.srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.srv.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.srv.server_port}"
        threading.Thread(target=self.srv.serve_forever, daemon=True).start()

    def feed(self, links: list[str], etag: str | None = '"e1"') -> FeedConfig:
        items = "".join(f"<item><title>t{i}</title><link>{self.base}{u}</link></item>" for i, u in enumerate(links))
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'.encode()
        self.routes["/feed.xml"] = (200, body, "application/rss+xml", {"ETag": etag} if etag else {})
        return FeedConfig(f"{self.base}/feed.xml")

    def page(self, path: str, status: int = 200, body: Any = None) -> None:
        self.routes[path] = (status, body if body is not None else STORY.format(path[1:]).encode(), "text/html", {})


@pytest.fixture()
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.srv.shutdown()


def _svc(tmp_path: Any, feed: FeedConfig, sink: Any, dead: Any = None, assignment: Any = None,
         **overrides: Any) -> tuple[Connectors, State]:
    settings = load(env={}, allow_private_hosts="127.0.0.1", min_host_delay_s=0, host_concurrency=8,
                    respect_robots=False, state_path=str(tmp_path / "state.sqlite"), **overrides)
    settings = settings.with_(feeds=(feed,))
    state = State(settings.state_path)
    return Connectors(settings, state, sink=sink, dead=dead, assignment=assignment), state


def test_unacknowledged_publish_keeps_the_validators_so_the_retry_sees_the_entries(site, tmp_path):
    feed = site.feed(["/one.html", "/two.html"])
    site.page("/one.html"), site.page("/two.html")
    down, got = [True], []

    def sink(topic: str, article: dict) -> None:
        if down[0]:
            raise TimeoutError("not acknowledged")
        got.append(article["url"])
    svc, state = _svc(tmp_path, feed, sink)
    first = svc.poll(feed)
    assert first.failed == 2 and state.feed(feed.url).etag is None
    assert state.feed(feed.url).next_poll - time.time() <= 6  # retried within seconds
    down[0] = False
    second = svc.poll(feed)
    assert second.status == "ok" and sorted(got) == [f"{site.base}/one.html", f"{site.base}/two.html"]
    assert state.feed(feed.url).etag == '"e1"'  # all handled: now the validators are stored
    assert svc.poll(feed).status == "not_modified"
    svc.close()


def test_a_transient_page_error_keeps_the_validators(site, tmp_path):
    feed = site.feed(["/busy.html", "/fine.html"])
    site.page("/fine.html")
    site.routes["/busy.html"] = (200, lambda n: (503, b"busy") if n == 1 else (200, STORY.format("busy").encode()),
                                 "text/html", {})
    got: list[str] = []
    svc, state = _svc(tmp_path, feed, lambda t, a: got.append(a["url"]))
    svc.poll(feed)
    assert got == [f"{site.base}/fine.html"] and state.feed(feed.url).etag is None
    svc.poll(feed)
    assert got[-1] == f"{site.base}/busy.html" and site.hits["/fine.html"] == 1
    assert state.feed(feed.url).etag == '"e1"'
    svc.close()


def test_any_exception_on_one_entry_is_its_dead_letter_not_the_feeds_error(site, tmp_path, monkeypatch):
    feed = site.feed(["/cursed.html", "/plain.html"])
    site.page("/cursed.html"), site.page("/plain.html")
    real_clean = service_mod.clean

    def clean(body: bytes, url: str | None = None, **kw: Any) -> Any:
        if url and url.endswith("/cursed.html"):
            raise LookupError("a codec nobody expected")
        return real_clean(body, url=url, **kw)
    monkeypatch.setattr(service_mod, "clean", clean)
    got, dead = [], []
    svc, state = _svc(tmp_path, feed, lambda t, a: got.append(a["url"]), dead=lambda t, d: dead.append(d))
    for _ in range(3):
        svc._safe_poll(feed)
        state.save_feed(state.feed(feed.url))
    st = state.feed(feed.url)
    assert st.error_streak == 0 and got == [f"{site.base}/plain.html"]
    assert site.hits["/cursed.html"] == 1 and len(dead) == 1
    letter = dead[0]
    assert letter["error_kind"] == "internal_error" and "LookupError" in letter["error"]
    assert letter["source"]["key"] == article_id(canonical(f"{site.base}/cursed.html"))
    assert schemas.errors("deadletter.v1", letter, strict=True) == []
    svc.close()


def test_an_entry_url_that_cannot_be_canonicalised_does_not_stall_its_feed(site, tmp_path, monkeypatch):
    feed = site.feed(["/good.html", "/odd.html"])
    site.page("/good.html"), site.page("/odd.html")
    real = service_mod.canonical

    def canonical_or_raise(url: str) -> str:
        if "odd" in url:
            raise ValueError("Port could not be cast to integer value")
        return real(url)
    monkeypatch.setattr(service_mod, "canonical", canonical_or_raise)
    got: list[str] = []
    svc, state = _svc(tmp_path, feed, lambda t, a: got.append(a["url"].rsplit("/", 1)[1]))
    svc._safe_poll(feed)
    assert state.feed(feed.url).error_streak == 0 and "good.html" in got
    svc.close()


def test_tracking_variants_of_one_article_are_fetched_and_published_once(site, tmp_path):
    feed = site.feed(["/story.html", "/story.html?utm_source=rss&utm_medium=feed", "/story.html?fbclid=abc"])
    site.page("/story.html")
    site.routes["/story.html?utm_source=rss&utm_medium=feed"] = site.routes["/story.html"]
    site.routes["/story.html?fbclid=abc"] = site.routes["/story.html"]
    got: list[str] = []
    svc, _ = _svc(tmp_path, feed, lambda t, a: got.append(a["id"]))
    svc.poll(feed)
    assert len(got) == 1 and sum(v for k, v in site.hits.items() if k.startswith("/story")) == 1
    svc.close()


def test_a_permanent_failure_is_dead_lettered_with_its_key_and_kafka_gets_that_key(site, tmp_path):
    feed = site.feed(["/gone.html"])
    dead: list[dict] = []
    svc, _ = _svc(tmp_path, feed, lambda t, a: None, dead=lambda t, d: dead.append(d))
    svc.poll(feed)
    assert [d["error_kind"] for d in dead] == ["http_status"]
    key = dead[0]["source"]["key"]
    assert key == article_id(canonical(f"{site.base}/gone.html"))
    sent: list[tuple] = []

    class Acked:
        def get(self, timeout: float) -> None:
            pass

    class Producer:
        def send(self, topic: str, key: bytes | None = None, value: bytes = b"") -> Acked:
            sent.append((topic, key))
            return Acked()
    kafka_sink(Producer())("deadletter.v1", dead[0])
    assert sent == [("deadletter.v1", key.encode())]
    svc.close()


def test_an_entry_marked_updated_is_republished_under_its_id_a_bounded_number_of_times(site, tmp_path,
                                                                                         monkeypatch):
    feed = site.feed(["/toll.html"], etag=None)
    stamp = ["2026-05-02T08:00:00+00:00"]
    site.page("/toll.html")
    monkeypatch.setattr(service_mod.feedparse, "parse", lambda body, url, ctype=None: [
        feedparse.Entry(f"{site.base}/toll.html", "Toll", None, None, None, stamp[0])])
    got: list[str] = []
    svc, _ = _svc(tmp_path, feed, lambda t, a: got.append(a["id"]), max_article_updates=2)
    svc.poll(feed)
    svc.poll(feed)  # unchanged: not fetched again
    assert len(got) == 1 and site.hits["/toll.html"] == 1
    for hour in ("09", "10", "11"):
        stamp[0] = f"2026-05-02T{hour}:00:00+00:00"
        svc.poll(feed)
    assert len(got) == 3 and len(set(got)) == 1  # two updates, then the bound
    svc.close()


def test_plan_takes_new_entries_and_updates_once_each():
    def e(url: str, updated: str | None = None) -> feedparse.Entry:
        return feedparse.Entry(url, None, None, None, None, updated)
    a, b, c = "https://news.example.org/a", "https://news.example.org/b", "https://news.example.org/c"
    known = {entry_key(b): Seen("alias", "2026-01-01T00:00:00+00:00", 0),
             entry_key(c): Seen("alias", "2026-01-01T00:00:00+00:00", 3)}
    todo = plan([e(a), e(a + "?utm_campaign=x"), e(b, "2026-01-02T00:00:00+00:00"),
                 e(c, "2026-01-02T00:00:00+00:00"), e(b, "2025-12-01T00:00:00+00:00")], known, max_updates=3)
    assert [(t.entry.url, t.refetches) for t in todo] == [(a, 0), (b, 1)]


def test_a_feed_revoked_during_its_poll_publishes_nothing(site, tmp_path):
    feed = site.feed(["/late.html"])
    site.page("/late.html")

    class Assignment:
        partitions, generation, on_revoke = 1, 0, None
        mine = True

        def owned(self, feeds: tuple) -> list:
            return list(feeds) if self.mine else []

        def heartbeat(self, timeout_ms: int = 0) -> None:
            pass

        def publish_state(self, st: Any, urls: list) -> None:
            published_state.append(st.url)
    a = Assignment()
    published_state: list[str] = []

    def revoke() -> None:  # the group moves the feed while its page is being fetched
        a.mine, a.generation = False, a.generation + 1
    site.on_hit["/late.html"] = revoke
    got: list[str] = []
    svc, state = _svc(tmp_path, feed, lambda t, x: got.append(x["id"]), assignment=a)
    result = svc.poll(feed)
    assert result.status == "revoked" and got == [] and published_state == []
    assert not state.is_seen(entry_key(f"{site.base}/late.html"))
    svc.close()


def test_drain_waits_for_in_flight_polls_of_revoked_feeds(tmp_path):
    class Nobody:
        partitions, generation, on_revoke = 1, 0, None

        def owned(self, feeds: tuple) -> list:
            return []
    feed = FeedConfig("https://feeds.example.net/x.xml")
    svc, _ = _svc(tmp_path, feed, lambda t, a: None, assignment=Nobody())
    assert svc.assignment.on_revoke == svc.drain
    slow: Future[None] = Future()
    threading.Timer(0.3, lambda: slow.set_result(None)).start()
    svc._inflight[feed.url] = slow
    started = time.monotonic()
    assert svc.drain(timeout_s=5) == 1
    assert slow.done() and 0.2 < time.monotonic() - started < 4
    svc.close()


def test_ownership_is_hashed_once_per_assignment_generation(tmp_path):
    calls = []

    class Owner:
        partitions, generation, on_revoke = 1, 0, None

        def owned(self, feeds: tuple) -> list:
            calls.append(len(feeds))
            return list(feeds)
    feed = FeedConfig("https://feeds.example.net/y.xml")
    svc, _ = _svc(tmp_path, feed, lambda t, a: None, assignment=Owner())
    for _ in range(50):
        assert svc.owns(feed) and svc.mine() == [feed]
    assert len(calls) == 1
    svc.assignment.generation += 1
    svc.owns(feed)
    assert len(calls) == 2
    svc.close()


def test_due_queue_pops_in_time_order_and_replaces_entries():
    q = DueQueue()
    q.reset({"a": 30.0, "b": 10.0, "c": 20.0})
    q.push("a", 5.0)  # re-planned earlier: the old entry is stale
    assert q.next_at() == 5.0
    assert q.pop_due(15.0) == ["a", "b"]
    assert q.pop_due(100.0) == ["c"] and q.next_at() is None and len(q) == 0


def test_bench_reports_the_loops_cpu_per_poll_cycle():
    from worker.bench import bench_schedule
    res = bench_schedule(2000, limit_s=30)
    assert res["poll_cycle_2k_polled_share"] == 1.0
    assert 0 < res["poll_cycle_2k_cpu_ms_per_poll"] < 3.0  # ~0.2 ms here; rebuilding ownership per poll cost ~16


def test_an_entry_failing_transiently_for_longer_than_the_limit_is_dead_lettered(site, tmp_path, monkeypatch):
    feed = site.feed(["/down.html"])
    site.page("/down.html", status=503, body=b"busy")
    dead: list[dict] = []
    svc, state = _svc(tmp_path, feed, lambda t, a: None, dead=lambda t, d: dead.append(d), entry_retry_hours=1)
    clock = [time.time()]
    monkeypatch.setattr(service_mod.time, "time", lambda: clock[0])
    for _ in range(3):  # attempts within the hour: retried, validators kept
        svc.poll(feed)
    assert dead == [] and state.feed(feed.url).etag is None
    clock[0] += 2 * 3600
    svc.poll(feed)
    assert [d["error_kind"] for d in dead] == ["retries_exhausted"] and state.feed(feed.url).etag == '"e1"'
    svc.poll(feed)
    assert site.hits["/down.html"] == 4 and len(dead) == 1
    svc.close()


def test_entries_the_previous_owner_published_are_not_fetched_again(site, tmp_path):
    feed = site.feed(["/known.html", "/fresh.html"])
    site.page("/known.html"), site.page("/fresh.html")
    got: list[str] = []
    svc, state = _svc(tmp_path, feed, lambda t, a: got.append(a["url"]))
    state.save_handover({feed.url: [entry_key(f"{site.base}/known.html"), "f" * 32]})
    svc.poll(feed)
    assert got == [f"{site.base}/fresh.html"] and "/known.html" not in site.hits
    assert state.is_seen(entry_key(f"{site.base}/known.html")) and state.handover_ids(feed.url) == set()
    svc.close()


def test_feeds_carry_the_entrys_updated_stamp():
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
      <entry><title>Bridge toll rises</title><link href="https://desk.example.net/bridge"/>
      <published>2026-04-01T06:00:00Z</published><updated>2026-04-01T09:30:00Z</updated></entry></feed>"""
    jf = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [{"id": "1",
      "url": "https://desk.example.net/ferry", "date_published": "2026-04-02T06:00:00Z",
      "date_modified": "2026-04-02T07:15:00Z"}]}"""
    [a] = feedparse.parse(atom, "https://desk.example.net/feed")
    [j] = feedparse.parse(jf, "https://desk.example.net/feed.json")
    assert a.updated and a.updated.startswith("2026-04-01T09:30") and a.published.startswith("2026-04-01T06:00")
    assert j.updated and j.updated.startswith("2026-04-02T07:15")
