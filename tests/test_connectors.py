"""Connectors stages against a local server that misbehaves on purpose."""
from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from connectors import feeds
from connectors.clean import clean, decode_html, strip_residue
from connectors.fetch import BlockedAddress, Fetcher, HttpStatus, TooLarge, TooManyRedirects, Timeout
from connectors.schedule import next_delay
from connectors.urls import article_id, canonical
from worker.config import load
from worker.demo.site import SampleSite, atom, render_page, rss

BIG = b"<html><body>" + b"x" * 10_000_000 + b"</body></html>"


class Hostile(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/slow":
            time.sleep(3)
            self._send(200, b"late")
        elif self.path == "/big":
            self._send(200, BIG)
        elif self.path == "/endless":
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(100_000):
                    self.wfile.write(b"y" * 65536)
            except OSError:
                pass
        elif self.path == "/bomb":
            body = gzip.compress(b"\0" * 50_000_000)
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/loop":
            self.send_response(301)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/limited":
            self.send_response(429)
            self.send_header("Retry-After", "120")
            self.end_headers()
        elif self.path == "/cp1252":
            self._send(200, "<html><head><meta charset='windows-1252'></head><body><p>Caf\u00e9 \u2013 \u201cquoted\u201d</p></body></html>".encode("cp1252"))
        else:
            self._send(404, b"")

    def _send(self, code, body):
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


def _serve(handler):
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()


@pytest.fixture(scope="module")
def hostile():
    yield from _serve(Hostile)


@pytest.fixture()
def fetcher():
    f = Fetcher(load(env={}, allow_private_hosts="127.0.0.1", fetch_timeout_s=1, max_page_bytes=5_000_000))
    yield f
    f.close()


@pytest.mark.parametrize("path,error", [("/slow", Timeout), ("/big", TooLarge), ("/endless", TooLarge),
                                        ("/bomb", TooLarge), ("/loop", TooManyRedirects)])
def test_hostile_server_gives_typed_errors_quickly(hostile, fetcher, path, error):
    started = time.monotonic()
    with pytest.raises(error):
        fetcher.get(hostile + path)
    assert time.monotonic() - started < 8


def test_retry_after_is_read(hostile, fetcher):
    with pytest.raises(HttpStatus) as e:
        fetcher.get(hostile + "/limited")
    assert e.value.status == 429 and e.value.retry_after == 120
    assert next_delay(60, 1, e.value.retry_after) >= 120


def test_private_destinations_refused_by_default(hostile):
    f = Fetcher(load(env={}))
    with pytest.raises(BlockedAddress):
        f.get(hostile + "/cp1252")
    with pytest.raises(BlockedAddress):
        f.get("http://169.254.169.254/latest/meta-data/")
    f.close()


def test_windows_1252_page_decodes(hostile, fetcher):
    r = fetcher.get(hostile + "/cp1252")
    assert "Café – “quoted”" in decode_html(r.body, r.headers.get("content-type"))


def test_backoff_grows_and_is_capped():
    d = [next_delay(60, n) for n in range(0, 12)]
    assert d[3] > d[1] > d[0] * 0.8 and max(d) <= 3600 * 1.1


def test_canonical_drops_tracking_and_keeps_identity():
    a = canonical("HTTPS://Example.org/news/story/?utm_source=x&id=3&fbclid=abc#top")
    assert a == "https://example.org/news/story?id=3"
    assert article_id(a) == article_id(canonical("https://example.org/news/story?id=3&gclid=q"))


def test_rss_and_atom_feeds_parse():
    with SampleSite(feeds=2) as site:
        items = site.feed_items(0)
        for body in (rss(items, site.base), atom(items, site.base)):
            entries = feeds.parse(body.encode(), site.base + "/feeds/x")
            assert [e.url for e in entries] == [f"{site.base}/news/{p.slug}.html" for p in items]
            assert entries[0].published.startswith(items[0].article["published"])


def test_malformed_feed_keeps_good_entries_and_html_is_refused():
    broken = b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>A</title><link>http://x.org/a</link></item><item><title>B &bogus; <link>http://x.org/b</link>'
    entries = feeds.parse(broken, "http://x.org/feed")
    assert entries and entries[0].url == "http://x.org/a"
    with pytest.raises(feeds.FeedError):
        feeds.parse(b"\x00\x01 not xml at all", "http://x.org/feed")


def test_sample_page_loses_boilerplate_keeps_story():
    with SampleSite() as site:
        for page in site.pages:
            text = clean(render_page(page, site.base)).text
            for para in page.article["body"]:
                if para.startswith(("Also Read:", "Related:", "Read more:")):
                    assert para not in text
                else:
                    assert para in text, (page.slug, para)
            for residue in ("Editorial", "Budget questions", "Terrible news", "All rights reserved", "Share this"):
                assert residue not in text, (page.slug, residue)


def test_dated_teaser_sidebar_is_cut():
    body = "\n".join(["KARACHI: Police said the suspect was killed in an exchange of fire on Monday night."] * 4
                     + ["Judicial constraints", "Updated 26 Jul, 2024", "The fact that it is prescribed...",
                        "Macabre spectacle", "26 Jul, 2024", "Israel knows that..."])
    out = strip_residue(body)
    assert "Judicial constraints" not in out and "Macabre" not in out and out.count("exchange of fire") == 4


def test_south_asian_pages_lose_inserted_links_and_keep_metadata(shared_eval):
    pages = sorted((shared_eval / "news-html").glob("*.html"))
    assert len(pages) == 4
    for page in pages:
        c = clean(page.read_bytes())
        lines = c.text.splitlines()
        assert len(c.text) > 1000 and c.title, page.name
        assert not [ln for ln in lines if ln.lower().startswith(("also read", "related:", "read more", "read this story"))]
        assert not any(ln.lower().startswith(("published -", "updated -")) for ln in lines)


@pytest.mark.parametrize("raw,iso", [
    ("Tue, 07 Apr 2020 07:36:07 +0530", "2020-04-07T07:36:07+05:30"),
    ("2025-08-25T03:36:10.000Z", "2025-08-25T03:36:10+00:00"),
    ("August 25, 2025", "2025-08-25T00:00:00"),
    ("not a date", None),
])
def test_page_dates_become_iso(raw, iso):
    from connectors.clean import iso_datetime
    assert iso_datetime(raw) == iso


def test_host_templates_learn_recurring_lines(tmp_path):
    from connectors.templates import HostTemplates
    t = HostTemplates(str(tmp_path / "t.sqlite"), min_pages=3, max_lines_per_host=50)
    promo = "Subscribe to The Daily Prime and read the ePaper online."
    for i in range(3):
        t.observe("news.example", f"page-{i}", f"Story number {i} about a market fire.\n{promo}")
        t.observe("news.example", f"page-{i}", f"Story number {i} about a market fire.\n{promo}")  # re-fetch: no count
    assert promo not in t.strip("news.example", f"A new story.\n{promo}")
    assert promo in t.strip("other.example", f"A new story.\n{promo}")
    assert "Story number 1" in t.strip("news.example", "Story number 1 about a market fire.")
    t.close()
    again = HostTemplates(str(tmp_path / "t.sqlite"), min_pages=3, max_lines_per_host=50)
    assert promo not in again.strip("news.example", f"Another story.\n{promo}"), "templates persist across restarts"
    for i in range(200):
        again.observe("news.example", f"p{i}", "\n".join(f"line {i}-{j}" for j in range(10)))
    count = again._db.execute("SELECT COUNT(*) FROM templates WHERE host='news.example'").fetchone()[0]
    assert count <= 50


class Site(BaseHTTPRequestHandler):
    """Redirects to another loopback address, robots.txt, feeds of every kind, encodings."""

    def do_GET(self):  # noqa: N802
        port = self.server.server_port
        routes = {
            "/robots.txt": (200, b"User-agent: *\nDisallow: /private/\nCrawl-delay: 0\n", "text/plain"),
            "/to-other-loopback": (302, b"", f"http://127.0.0.2:{port}/x"),
            "/html-as-feed": (200, b"<html><body><p>Not a feed</p></body></html>", "text/html"),
            "/urdu": (200, ("<html><head><meta charset='windows-1256'></head><body><article><p>"
                            + "کراچی میں پولیس نے دو دہشت گردوں کو ہلاک کر دیا. " * 12
                            + "</p></article></body></html>").replace("\u06cc", "\u064a").encode("cp1256"), "text/html"),
            "/utf16": (200, "\ufeff<html><body><article><p>Caf\u00e9 society gathered again on Sunday to talk.</p></article></body></html>".encode("utf-16-le"), "text/html"),
        }
        code, body, extra = routes.get(self.path, (404, b"", "text/plain"))
        self.send_response(code)
        if code == 302:
            self.send_header("Location", extra)
        else:
            self.send_header("Content-Type", extra)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


@pytest.fixture(scope="module")
def site():
    yield from _serve(Site)


def test_redirect_to_a_private_address_is_refused_even_when_the_start_is_allowed(site):
    f = Fetcher(load(env={}, allow_private_hosts="127.0.0.1"))
    with pytest.raises(BlockedAddress):
        f.get(site + "/to-other-loopback")
    f.close()


def test_robots_txt_disallows_and_gate_spaces_requests(site):
    from connectors.politeness import Disallowed, HostGate, Robots
    f = Fetcher(load(env={}, allow_private_hosts="127.0.0.1"))
    robots = Robots(f, "incidentwire/0.1")
    assert robots.check(site + "/news/a.html") == 0.0
    with pytest.raises(Disallowed):
        robots.check(site + "/private/b.html")
    gate = HostGate(concurrency=1, min_delay_s=0.2)
    started = time.monotonic()
    for _ in range(3):
        with gate.slot(site + "/x"):
            pass
    assert time.monotonic() - started >= 0.4
    f.close()


def test_html_served_as_feed_is_a_feed_error(site):
    f = Fetcher(load(env={}, allow_private_hosts="127.0.0.1"))
    with pytest.raises(feeds.FeedError):
        feeds.parse(f.get(site + "/html-as-feed").body, site + "/html-as-feed")
    f.close()


@pytest.mark.parametrize("path,needle,lang", [("/urdu", "نے دو دہشت", "ur"), ("/utf16", "Café society", None)])
def test_other_encodings_decode(site, path, needle, lang):
    f = Fetcher(load(env={}, allow_private_hosts="127.0.0.1"))
    r = f.get(site + path)
    c = clean(r.body, content_type=r.headers.get("content-type"))
    assert needle in c.text and (lang is None or c.language == lang)
    f.close()


def test_json_feed_and_news_sitemap():
    jf = (b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "url": "/a", "title": "A",'
          b' "date_published": "2026-03-01T10:00:00Z", "authors": [{"name": "X"}]}, {"id": "2"}]}')
    assert feeds.parse(jf, "http://s.org/feed.json") == [
        feeds.Entry("http://s.org/a", "A", "2026-03-01T10:00:00+00:00", "X", None)]
    sm = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
          b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://s.org/n/1</loc><news:news>'
          b'<news:publication_date>2026-03-01T08:00:00+00:00</news:publication_date><news:title>Blast</news:title>'
          b'</news:news></url></urlset>')
    assert [(e.url, e.title) for e in feeds.parse(sm, "http://s.org/sitemap.xml")] == [("http://s.org/n/1", "Blast")]
    with pytest.raises(feeds.FeedError):
        feeds.parse(b'{"not": "a feed"}', "http://s.org/x.json")


def test_adaptive_interval_follows_the_publishing_rate():
    from connectors.schedule import adaptive_interval
    every_10_min = [f"2026-03-01T10:{m:02d}:00+00:00" for m in range(0, 60, 10)]
    assert adaptive_interval(every_10_min, 300, 60, 3600) == 300
    daily = [f"2026-03-{d:02d}T10:00:00+00:00" for d in range(1, 8)]
    assert adaptive_interval(daily, 300, 60, 3600) == 3600
    assert adaptive_interval([None, "bad"], 300, 60, 3600) == 300


def test_near_duplicate_texts_are_found():
    from connectors.simhash import simhash
    from connectors.state import State
    from worker.demo.corpus import generate
    a, b = ("\n".join(x["body"]) for x in generate(2))
    copy = "By Wire Staff\n" + a.replace(" said ", " told reporters ", 1) + "\nCopyright Wire Service."
    st = State(":memory:")
    st.remember("a", simhash(a))
    assert st.near_duplicate("copy", simhash(copy)) == "a"
    assert st.near_duplicate("b", simhash(b)) is None


def test_crawl_once_twice_prints_only_new_articles_and_revalidates(tmp_path, capsys, monkeypatch):
    from worker.cli import main
    monkeypatch.setenv("INCIDENTWIRE_MIN_HOST_DELAY_S", "0")
    monkeypatch.setenv("INCIDENTWIRE_HOST_CONCURRENCY", "8")
    with SampleSite() as s:
        args = ["crawl", *s.feed_urls(), "--once", "--state", str(tmp_path / "st.sqlite"), "--allow-private"]
        env_before = len(s.requests)
        assert main(args) == 0
        first = [l for l in capsys.readouterr().out.splitlines() if l]
        assert len(first) == len(s.pages)
        assert main(args) == 0
        assert [l for l in capsys.readouterr().out.splitlines() if l] == []
        assert len(s.requests) > env_before
        assert main(["feeds", "status", "--state", str(tmp_path / "st.sqlite")]) == 0
        out = capsys.readouterr().out
        assert "304" in out and s.feed_urls()[0][:60] in out


def test_a_hanging_feed_does_not_hold_up_the_others(hostile, tmp_path):
    from connectors.service import Connectors
    from connectors.state import State
    from worker.config import FeedConfig
    got: list[float] = []
    with SampleSite() as s:
        settings = load(env={}, allow_private_hosts="127.0.0.1", min_host_delay_s=0, host_concurrency=8,
                        fetch_timeout_s=5, state_path=str(tmp_path / "s.sqlite"))
        settings = settings.with_(feeds=(FeedConfig(hostile + "/slow"), FeedConfig(s.feed_urls()[0])))
        svc = Connectors(settings, State(settings.state_path), sink=lambda _t, _a: got.append(time.monotonic()))
        stop = threading.Event()
        started = time.monotonic()
        t = threading.Thread(target=svc.run, args=(stop,))
        t.start()
        deadline = time.monotonic() + 10
        while len(got) < len(s.feed_items(0)) and time.monotonic() < deadline:
            time.sleep(0.05)
        stop.set()
        t.join(15)
        svc.close()
    assert len(got) == len(s.feed_items(0)) and max(got) - started < 2.5, "the good feed waited for the slow one"
