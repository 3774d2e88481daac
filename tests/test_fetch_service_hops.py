"""Politeness inside the connectors loop: every redirect hop obeys its own host's robots.txt and gate, and a host's
Crawl-delay is waited out by deferring its entries, not by holding the shared page-fetch threads."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from connectors.fetch import FetchError
from connectors.politeness import Disallowed
from connectors.service import Connectors
from connectors.state import State
from worker.config import FeedConfig, load

STORY = "<p>Floodwater closed the coastal road for a second day, the district office said on Friday.</p>"


def _site(host: str, robots: str, pages: int, tag: str, redirect_to: str = "") -> tuple[ThreadingHTTPServer, list]:
    """A news site: robots.txt, /feed.xml listing `pages` stories, each story a page (or a redirect elsewhere)."""
    hits: list[tuple[str, float]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append((self.path, time.monotonic()))
            base = f"http://{host}:{self.server.server_port}"
            if self.path == "/robots.txt":
                self._send(200, "text/plain", robots)
            elif self.path == "/feed.xml":
                items = "".join(f"<item><title>{tag} {i}</title><link>{base}/{tag}-{i}.html</link></item>"
                                for i in range(pages))
                self._send(200, "application/rss+xml", f'<?xml version="1.0"?><rss version="2.0"><channel>{items}'
                                                       "</channel></rss>")
            elif redirect_to:
                self.send_response(302)
                self.send_header("Location", redirect_to + self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._send(200, "text/html", f"<html><body><article><h1>{tag} {self.path}</h1>"
                                             f"{STORY * 8}</article></body></html>")

        def _send(self, code: int, ctype: str, body: str) -> None:
            data = body.encode()
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer((host, 0), Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, hits


@pytest.fixture()
def servers() -> Iterator[list[ThreadingHTTPServer]]:
    started: list[ThreadingHTTPServer] = []
    yield started
    for s in started:
        s.shutdown()


def _connectors(tmp: Path, feeds: tuple[FeedConfig, ...], **kw: object) -> tuple[Connectors, list[str], State]:
    settings = load(env={}, allow_private_hosts="127.0.0.1,127.0.0.2,127.0.0.3", fetch_timeout_s=3,
                    state_path=str(tmp / "state.sqlite"), **kw).with_(feeds=feeds)
    state = State(settings.state_path)
    published: list[str] = []
    return Connectors(settings, state, sink=lambda t, a: published.append(a["url"]),
                      dead=lambda t, d: None), published, state


def test_a_redirect_hop_obeys_the_target_hosts_robots_txt(tmp_path, servers):
    closed, closed_hits = _site("127.0.0.3", "User-agent: *\nDisallow: /\n", 0, "closed")
    servers.append(closed)
    opener, _ = _site("127.0.0.2", "User-agent: *\nAllow: /\n", 0, "open",
                      redirect_to=f"http://127.0.0.3:{closed.server_port}/elsewhere")
    servers.append(opener)
    svc, _, state = _connectors(tmp_path, (), min_host_delay_s=0)
    try:
        with pytest.raises(Disallowed):
            svc._get(f"http://127.0.0.2:{opener.server_port}/story.html")
        assert [p for p, _ in closed_hits] == ["/robots.txt"], "a page of a disallowing host was fetched"
    finally:
        svc.close()
        state.close()


def test_a_redirect_hop_takes_the_target_hosts_gate(tmp_path, servers):
    target, target_hits = _site("127.0.0.3", "User-agent: *\nCrawl-delay: 30\n", 0, "target")
    servers.append(target)
    opener, _ = _site("127.0.0.2", "", 0, "open", redirect_to=f"http://127.0.0.3:{target.server_port}/moved")
    servers.append(opener)
    svc, _, state = _connectors(tmp_path, (), min_host_delay_s=0)
    try:
        svc._get(f"http://127.0.0.3:{target.server_port}/direct.html")  # the target host is now spaced 30 s
        started = time.monotonic()
        with pytest.raises(FetchError) as e:
            svc._get(f"http://127.0.0.2:{opener.server_port}/story.html")
        assert e.value.kind == "host_busy" and time.monotonic() - started < 2
        assert not any(p.startswith("/moved") for p, _ in target_hits)
    finally:
        svc.close()
        state.close()


def test_a_crawl_delay_host_does_not_hold_the_page_threads(tmp_path, servers):
    slow, slow_hits = _site("127.0.0.2", "User-agent: *\nCrawl-delay: 2\n", 4, "slow")
    quick, _ = _site("127.0.0.1", "", 2, "quick")
    servers.extend([slow, quick])
    slow_feed = FeedConfig(f"http://127.0.0.2:{slow.server_port}/feed.xml")
    quick_feed = FeedConfig(f"http://127.0.0.1:{quick.server_port}/feed.xml")
    svc, published, state = _connectors(tmp_path, (slow_feed, quick_feed), min_host_delay_s=0, fetch_concurrency=1)
    try:
        started = time.monotonic()
        svc.poll(slow_feed)  # the feed took the host's first slot: every entry must wait ~2 s for its turn
        assert time.monotonic() - started < 1.5, "the poll slept through the host's Crawl-delay"
        started = time.monotonic()
        svc.poll(quick_feed)
        assert time.monotonic() - started < 1.5, "another host's feed waited behind the Crawl-delay"
        assert sum("quick" in u for u in published) == 2
        svc.settle(timeout_s=20)
        assert sum("slow" in u for u in published) == 4
        starts = [t for p, t in slow_hits if p != "/robots.txt"]
        gaps = [b - a for a, b in zip(starts, starts[1:])]
        assert min(gaps) >= 1.9, f"the host's Crawl-delay was not kept: {gaps}"
        svc.poll(slow_feed)
        assert sum("slow" in u for u in published) == 4  # all seen: nothing deferred twice
    finally:
        svc.close()
        state.close()


def test_crawl_once_prints_the_entries_it_had_to_defer(tmp_path, servers, capsys, monkeypatch):
    from worker.cli import main
    monkeypatch.setenv("INCIDENTWIRE_MIN_HOST_DELAY_S", "0.6")  # every entry after the feed waits its turn
    monkeypatch.setenv("INCIDENTWIRE_HOST_CONCURRENCY", "1")
    site, _ = _site("127.0.0.1", "", 4, "spaced")
    servers.append(site)
    args = ["crawl", f"http://127.0.0.1:{site.server_port}/feed.xml", "--once", "--state",
            str(tmp_path / "st.sqlite"), "--allow-private"]
    assert main(args) == 0
    assert len([line for line in capsys.readouterr().out.splitlines() if line]) == 4
