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


@pytest.fixture(scope="module")
def hostile():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()


@pytest.fixture()
def fetcher():
    f = Fetcher(load(env={}, allow_private=True, fetch_timeout_s=1, max_page_bytes=5_000_000))
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
