"""Regressions from the outside review of the connectors (issues 16 and 17): each test failed on the code before."""
from __future__ import annotations

import sqlite3
import threading
import time
from concurrent.futures import Future
from typing import Any

import orjson
import pytest
from kafka.errors import MessageSizeTooLargeError

from connectors import feeds as feedparse
from connectors import service as service_mod
from connectors.clean import Cleaned
from connectors.coordination import FeedAssignment
from connectors.fair_pool import FairPool
from connectors.publish import MAX_TEXT_BYTES, build_article, cap_text
from connectors.service import Connectors, entry_key
from connectors.state import FeedState, State
from connectors.templates import HostTemplates
from connectors.urls import TRACKING, article_id, canonical
from tests.test_loop import STORY, Site, _svc, site  # noqa: F401  (site is a fixture)
from worker import metrics
from worker.config import FeedConfig, load


def _rss(items: str) -> bytes:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>c</title>{items}</channel></rss>'.encode()


# 1. character references feedparser refuses

def test_surrogate_pair_references_become_their_character_and_invalid_ones_a_replacement():
    body = _rss("<item><title>Flood &#55357;&#56842; warning &#xD800; lifted &#x110000; &#98765432109876543210;"
                " in &#x48;arbour</title><link>https://news.example/flood</link></item>")
    [entry] = feedparse.parse(body, "https://news.example/rss")
    assert entry.title == "Flood \U0001F60A warning \ufffd lifted \ufffd \ufffd in Harbour"


def test_a_lone_low_surrogate_after_a_pair_is_replaced_alone():
    body = _rss("<item><title>a&#xD83D;&#xDE00;&#56832;b</title><link>https://news.example/x</link></item>")
    assert feedparse.parse(body, "https://news.example/rss")[0].title == "a\U0001F600\ufffdb"


def test_lone_surrogates_in_a_json_feed_are_replaced():
    body = (b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "https://news.example/q", '
            b'"title": "Quay \\ud800 closed", "authors": [{"name": "R\\udfffiver desk"}]}]}')
    [entry] = feedparse.parse(body, "https://news.example/feed.json")
    assert entry.title == "Quay \ufffd closed" and entry.author == "R\ufffdiver desk"


# 2. a SQLite error inside HostTemplates.observe

def test_templates_roll_back_a_failed_observe_and_keep_working(tmp_path):
    path = str(tmp_path / "t.sqlite")
    templates = HostTemplates(path, min_pages=2)
    templates._db.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError):
        templates.observe("port.example", "p1", "Share this story\nThe ferry left at dawn.")
    other.execute("COMMIT")
    assert not templates._db.in_transaction
    templates.observe("port.example", "p1", "Share this story\nThe ferry left at dawn.")
    templates.observe("port.example", "p2", "Share this story\nThe quay was closed.")
    assert templates.strip("port.example", "The tide rose.\nShare this story") == "The tide rose."
    templates.close()


def test_a_locked_state_file_makes_the_entry_a_retry_not_a_dead_letter(site, tmp_path):
    feed = site.feed(["/tide.html"])
    site.page("/tide.html")
    got, dead = [], []
    svc, state = _svc(tmp_path, feed, lambda t, a: got.append(a["url"]), dead=lambda t, d: dead.append(d))
    real, calls = svc.templates.observe, [0]

    def observe(*a: Any) -> None:
        calls[0] += 1
        if calls[0] == 1:
            raise sqlite3.OperationalError("database is locked")
        real(*a)
    svc.templates.observe = observe  # type: ignore[method-assign]
    svc.poll(feed)
    assert dead == [] and got == [] and state.feed(feed.url).etag is None
    svc.poll(feed)
    assert dead == [] and got == [f"{site.base}/tide.html"]
    svc.close()


# 3 and 4. records that can never be sent

def test_the_article_text_is_capped_at_a_line_break_under_the_record_limits():
    paragraph = "Rescue crews reached the flooded valley before noon, the district office said. \u00e9\u4e2d\n"
    text = paragraph * (3 * MAX_TEXT_BYTES // len(paragraph.encode()))
    capped = cap_text(text)
    assert len(capped.encode()) <= MAX_TEXT_BYTES and text.startswith(capped)
    assert capped.endswith(paragraph.strip()) and len(capped.encode()) > MAX_TEXT_BYTES * 0.9
    short = "The bridge reopened.\nTraffic resumed."
    assert cap_text(short) == short


def test_lone_surrogates_never_reach_the_record():
    entry = feedparse.Entry("https://news.example/s", "Storm \ud83d front", None, None, None)
    cleaned = Cleaned("Winds of 120 km/h \udc00 hit the coast.", None, "Desk \ud800", None, "en", None)
    article = build_article(entry, entry.url, cleaned, "s", "https://news.example/rss")
    orjson.dumps(article)  # raised before
    assert article["title"] == "Storm \ufffd front" and "\ufffd hit" in article["text"]


def test_a_record_the_broker_refuses_for_good_is_dead_lettered_once(site, tmp_path):
    feed = site.feed(["/huge.html", "/fine.html"])
    site.page("/huge.html"), site.page("/fine.html")
    got, dead = [], []

    def sink(topic: str, article: dict) -> None:
        if article["url"].endswith("/huge.html"):
            raise MessageSizeTooLargeError("The message is 4300000 bytes when serialized")
        got.append(article["url"])
    svc, state = _svc(tmp_path, feed, sink, dead=lambda t, d: dead.append(d))
    svc.poll(feed)
    assert [d["error_kind"] for d in dead] == ["unpublishable"] and got == [f"{site.base}/fine.html"]
    assert state.feed(feed.url).etag == '"e1"' and state.feed(feed.url).next_poll - time.time() > 60
    svc.poll(feed)
    assert site.hits["/huge.html"] == 1 and len(dead) == 1
    svc.close()


# 5. the feed state of a poll answered 304

def test_a_304_poll_hands_on_the_recent_ids_of_the_last_full_poll(site, tmp_path):
    feed = site.feed(["/a.html", "/b.html"])
    site.page("/a.html"), site.page("/b.html")
    shared: list[list[str]] = []

    class Assignment:
        partitions, generation, on_revoke = 1, 0, None

        def owned(self, feeds: tuple) -> list:
            return list(feeds)

        def heartbeat(self, timeout_ms: int = 0) -> None:
            pass

        def publish_state(self, st: Any, urls: list, recent_ids: list | None = None) -> None:
            shared.append(recent_ids if recent_ids is not None else [entry_key(u) for u in urls])
    svc, _ = _svc(tmp_path, feed, lambda t, a: None, assignment=Assignment())
    assert svc.poll(feed).status == "ok"
    assert svc.poll(feed).status == "not_modified"
    expected = sorted(entry_key(f"{site.base}{p}") for p in ("/a.html", "/b.html"))
    assert sorted(shared[0]) == expected and sorted(shared[1]) == expected
    svc.close()


def test_feedstate_carries_given_recent_ids_and_counts_late_send_failures(tmp_path):
    sent: list[dict] = []

    class Producer:
        def send(self, topic: str, key: bytes, value: bytes, partition: int) -> Future:
            sent.append(orjson.loads(value))
            fut: Future = Future()
            fut.add_errback = lambda fn: fn(TimeoutError("not acknowledged"))  # type: ignore[attr-defined]
            return fut
    fa = FeedAssignment.__new__(FeedAssignment)
    fa.state_topic, fa.partitions, fa.producer = "feedstate.v1", 1, Producer()
    before = metrics.LOOP_ERRORS.labels("connectors_feedstate")._value.get()
    fa.publish_state(FeedState(url="https://wire.example/rss", last_poll=5.0), [], recent_ids=["c0ffee", "beef"])
    assert sent[0]["recent_ids"] == ["c0ffee", "beef"]
    assert metrics.LOOP_ERRORS.labels("connectors_feedstate")._value.get() == before + 1


# 6. one shared FIFO fetch pool

def test_the_fetch_pool_takes_turns_between_hosts():
    pool = FairPool(1)
    gate, order = threading.Event(), []
    pool.submit("slow.example", gate.wait)
    futures = [pool.submit("slow.example", order.append, f"slow{i}") for i in range(5)]
    futures.append(pool.submit("quick.example", order.append, "quick"))
    gate.set()
    for f in futures:
        f.result(5)
    assert order.index("quick") <= 1 and [o for o in order if o != "quick"] == [f"slow{i}" for i in range(5)]
    pool.shutdown()


def test_another_hosts_page_does_not_wait_behind_a_feeds_backlog(tmp_path):
    busy, idle = Site(), Site()
    try:
        backlog = busy.feed([f"/b{i}.html" for i in range(40)])
        for i in range(40):
            busy.page(f"/b{i}.html")
        single = idle.feed(["/one.html"])
        idle.page("/one.html")
        at: dict[str, float] = {}
        settings = load(env={}, allow_private_hosts="127.0.0.1", min_host_delay_s=0.4, host_concurrency=1,
                        fetch_concurrency=2, respect_robots=False, state_path=str(tmp_path / "s.sqlite"))
        svc = Connectors(settings.with_(feeds=(backlog, single)), State(settings.state_path),
                         sink=lambda t, a: at.setdefault(a["url"], time.monotonic()))
        threading.Thread(target=svc.poll, args=(backlog,), daemon=True).start()
        while sum(v for k, v in busy.hits.items() if k.startswith("/b")) < 2:
            time.sleep(0.02)
        started = time.monotonic()
        svc.poll(single)
        assert at[f"{idle.base}/one.html"] - started < 3.0  # 14 s behind the backlog before
        svc.settle(30)
        svc.close()
    finally:
        busy.srv.shutdown(), idle.srv.shutdown()


def test_a_poll_handles_at_most_max_entries_and_the_rest_soon_after(site, tmp_path):
    feed = site.feed([f"/p{i}.html" for i in range(5)])
    for i in range(5):
        site.page(f"/p{i}.html")
    got: list[str] = []
    svc, state = _svc(tmp_path, feed, lambda t, a: got.append(a["url"]), max_entries_per_poll=2)
    svc.poll(feed)
    st = state.feed(feed.url)
    assert len(got) == 2 and st.etag is None and st.next_poll - time.time() <= 6
    svc.poll(feed), svc.poll(feed)
    assert sorted(got) == sorted(f"{site.base}/p{i}.html" for i in range(5))
    assert state.feed(feed.url).etag == '"e1"'
    svc.close()


# 7. a state file that cannot be written

def test_an_unwritable_state_backs_off_in_memory_and_never_dead_letters_a_published_article(site, tmp_path):
    feed = site.feed(["/quay.html"])
    site.page("/quay.html")
    got, dead = [], []
    svc, state = _svc(tmp_path, feed, lambda t, a: got.append(a["url"]), dead=lambda t, d: dead.append(d))

    def full(*a: Any, **kw: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")
    for name in ("save_feed", "mark_seen", "note_retry", "save_recent"):
        setattr(state, name, full)
    svc._safe_poll(feed)  # raised from its own handler before
    assert got == [f"{site.base}/quay.html"] and dead == []
    assert svc.next_poll_at(feed.url) - time.time() > svc.settings.poll_interval_s
    svc.close()


# 8. a redirected feed

def test_relative_links_of_a_redirected_feed_are_resolved_against_its_final_url(site, tmp_path):
    site.routes["/feed.xml"] = (301, b"", "text/plain", {"Location": "/desk/rss.xml"})
    site.routes["/desk/rss.xml"] = (200, _rss("<item><title>r</title><link>river.html</link></item>"),
                                    "application/rss+xml", {})
    site.page("/desk/river.html")
    feed = FeedConfig(f"{site.base}/feed.xml")
    got: list[str] = []
    svc, _ = _svc(tmp_path, feed, lambda t, a: got.append(a["url"]))
    svc.poll(feed)
    assert got == [f"{site.base}/desk/river.html"]
    svc.close()


# 9. a transiently failed entry that leaves its feed

def _moving_feed(site: Site) -> tuple[FeedConfig, list[str]]:
    listed = ["/first.html"]
    site.routes["/feed.xml"] = (200, lambda n: (200, _rss("".join(
        f"<item><title>t</title><link>{site.base}{p}</link></item>" for p in listed))), "application/rss+xml", {})
    return FeedConfig(f"{site.base}/feed.xml"), listed


def test_a_transiently_failed_entry_is_retried_after_it_left_its_feed(site, tmp_path):
    feed, listed = _moving_feed(site)
    site.routes["/first.html"] = (200, lambda n: (503, b"busy") if n == 1 else (200, STORY.format("f").encode()),
                                  "text/html", {})
    site.page("/second.html")
    got: list[str] = []
    svc, state = _svc(tmp_path, feed, lambda t, a: got.append(a["url"]))
    svc.poll(feed)
    listed[:] = ["/second.html"]
    svc.poll(feed)
    assert sorted(got) == [f"{site.base}/first.html", f"{site.base}/second.html"]
    assert state._db.execute("SELECT COUNT(*) FROM retries").fetchone()[0] == 0
    svc.close()


def test_an_entry_that_left_its_feed_is_dead_lettered_when_its_retry_window_ends(site, tmp_path):
    feed, listed = _moving_feed(site)
    site.page("/first.html", status=503, body=b"busy")
    dead: list[dict] = []
    svc, state = _svc(tmp_path, feed, lambda t, a: None, dead=lambda t, d: dead.append(d),
                      entry_retry_hours=1e-6)
    svc.poll(feed)
    listed[:] = []
    for _ in range(service_mod.MIN_RETRIES):
        svc.poll(feed)
    assert [d["error_kind"] for d in dead] == ["retries_exhausted"]
    assert dead[0]["source"]["key"] == entry_key(f"{site.base}/first.html")
    svc.poll(feed)
    assert len(dead) == 1 and site.hits["/first.html"] == service_mod.MIN_RETRIES
    svc.close()


def test_retries_of_an_old_state_file_gain_their_entry_columns(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE retries (id TEXT PRIMARY KEY, first_at REAL NOT NULL, attempts INTEGER NOT NULL)")
    db.execute("INSERT INTO retries VALUES ('k1', 1.0, 2)")
    db.commit()
    db.close()
    state = State(path)
    assert state.note_retry("k1", "https://f.example/rss", '{"url": "https://f.example/a"}')[0] == 3
    assert state.pending_retries("https://f.example/rss") == [("k1", '{"url": "https://f.example/a"}')]
    state.close()


# 10. equivalent spellings of one URL

@pytest.mark.parametrize("spellings", [
    ["https://news.example/caf\u00e9-fire", "https://news.example/caf%C3%A9-fire",
     "https://news.example/caf%c3%a9-fire",
     "https://news.example/x/../caf\u00e9-fire", "https://news.example/./caf%c3%A9-fire/"],
    ["https://b\u00fccher.example/flut", "https://xn--bcher-kva.example/flut", "https://B\u00dcCHER.example/flut"],
    ["https://news.example/%7Edesk/%41rticle", "https://news.example/~desk/Article"],
    ["https://news.example/a/b/../../quay", "https://news.example/quay"],
])
def test_equivalent_spellings_share_one_article_id(spellings):
    assert len({article_id(canonical(u)) for u in spellings}) == 1


def _canonical_before(url: str) -> str:
    """canonical() as it was before the RFC 3986 normalisation: the reference for ordinary URLs' ids."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
    p = urlsplit(url.strip())
    hostname = (p.hostname or "").lower()
    host = f"[{hostname}]" if ":" in hostname else hostname
    if p.port and not ((p.scheme == "http" and p.port == 80) or (p.scheme == "https" and p.port == 443)):
        host = f"{host}:{p.port}"
    query = sorted((k, v) for k, v in parse_qsl(p.query, keep_blank_values=True)
                   if not k.lower().startswith(TRACKING))
    return urlunsplit((p.scheme.lower(), host, p.path.rstrip("/") or "/", urlencode(query), ""))


@pytest.mark.parametrize("url", [
    "https://www.harbour-gazette.example/2026/03/14/ferry-resumes-crossings",
    "http://Wire.Example:8080/World/Africa/story-4711.html?id=77&utm_source=rss",
    "https://news.example/a%20b/c%2Fd?q=caf%C3%A9",
    "https://news.example/section/",
    "https://[2001:db8::1]:8443/path;params/x,y=z?b=2&a=1#frag",
    "https://news.example/v1.2/report.v3.pdf",
    "https://news.example/odd\\path|with{braces}",
])
def test_ordinary_urls_keep_their_article_ids(url):
    assert canonical(url) == _canonical_before(url)


def test_surrogate_pair_references_in_a_utf16_feed_are_read_too():
    body = ('<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><item><title>Dam &#55357;&#56842;'
            ' holds</title><link>https://news.example/dam</link></item></channel></rss>').encode("utf-16")
    assert feedparse.parse(body, "https://news.example/rss")[0].title == "Dam \U0001F60A holds"


def test_a_handover_read_that_stops_advancing_ends_at_its_time_limit(tmp_path, monkeypatch):
    from connectors import coordination
    from tests.test_loop_state import Reader, Rec, _assignment

    class Stalled(Reader):  # the broker went away mid-read: nothing more arrives, the end is never reached
        records = {0: [Rec(orjson.dumps({"url": "https://wire.example/rss", "last_poll": 9.0}))] * 3}

        def poll(self, timeout_ms: int = 0, **kw: Any) -> dict:
            out = super().poll(timeout_ms)
            for tp in self.tps:
                self.pos[tp] = min(self.pos[tp], 1)
            time.sleep(0.01)
            return out
    monkeypatch.setattr(coordination, "KafkaConsumer", Stalled)
    monkeypatch.setattr(coordination, "LOAD_STATE_S", 0.3)
    fa = _assignment(tmp_path)
    started = time.monotonic()
    fa._load_state({0})
    assert time.monotonic() - started < 5 and fa.state.feed("https://wire.example/rss").last_poll == 9.0
