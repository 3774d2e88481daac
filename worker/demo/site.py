"""A sample news site on 127.0.0.1: RSS and Atom feeds linking to article pages with realistic boilerplate.

The articles (site/articles.json) are fictional incidents written for this project. Pages carry what real news
sites do: navigation, "Also Read:"/"Related:" lines in the body, an Opinion/Editorial sidebar with dated teasers,
comments and a footer. `scale` repeats the articles under new URLs for benchmarks and scale tests.

With `outlets=True` the site also hosts other outlets (site/outlets.json, fictional too), each with its own feed,
reporting some of the same incidents with other tolls and spellings, plus a look-alike that is another event: what
the merger is for (`incidentwire demo` turns them on).
"""
from __future__ import annotations

import hashlib
import html
import json
import threading
import time
from dataclasses import dataclass
from email.utils import format_datetime
from datetime import datetime, timezone
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any


@cache
def articles() -> list[dict[str, Any]]:
    return json.loads(resources.files(__package__).joinpath("site", "articles.json").read_text("utf-8"))


@cache
def outlet_data() -> dict[str, Any]:
    """{"outlets": [{slug, name}], "articles": [{outlet, slug, title, published, author, expect, same_event_as,
    body}]}."""
    return json.loads(resources.files(__package__).joinpath("site", "outlets.json").read_text("utf-8"))


NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/pakistan'>Pakistan</a></li><li><a href='/world'>World</a></li><li><a href='/business'>Business</a></li><li><a href='/sport'>Sport</a></li><li><a href='/opinion'>Opinion</a></li></ul></nav>"
SIDEBAR = """<aside class="sidebar"><h2>Opinion</h2><h3>Editorial</h3>
<div class="teaser"><a href="/opinion/budget-questions">Budget questions</a><span>Updated 21 Mar, 2026</span><p>The numbers do not add up, and the finance ministry knows it.</p></div>
<div class="teaser"><a href="/opinion/water-wars">Water wars</a><span>20 Mar, 2026</span><p>Provinces must stop treating the river as a bargaining chip.</p></div>
<div class="teaser"><a href="/opinion/bombs-and-ballots">Bombs and ballots</a><span>19 Mar, 2026</span><p>Another attack on a polling office shows how fragile the truce has become.</p></div>
</aside>"""
COMMENTS = """<section id="comments"><h2>Comments (2)</h2>
<div class="comment"><b>reader123</b><p>Terrible news, when will this end?</p></div>
<div class="comment"><b>observer</b><p>The government must answer for this security lapse.</p></div>
<form><textarea placeholder="Leave a comment"></textarea><button>Post</button></form></section>"""
FOOTER = "<footer><p>© 2026 The Daily Sample. All rights reserved.</p><p>Follow us on X and Facebook</p><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer>"


ROBOTS = "User-agent: *\nDisallow: /private/\n"


def path_is_feed(path: str) -> bool:
    return path.startswith("/feeds/")


@dataclass(frozen=True)
class Page:
    slug: str
    article: dict[str, Any]


def pages(scale: int = 1, items: list[dict[str, Any]] | None = None) -> list[Page]:
    """Every article page; with scale > 1 each article also appears under numbered URLs."""
    out = []
    for copy in range(scale):
        for a in items if items is not None else articles():
            out.append(Page(a["slug"] if copy == 0 else f"{a['slug']}-{copy}", a))
    return out


def render_page(p: Page, base: str, site_name: str = "The Daily Sample") -> str:
    a = p.article
    paras = "\n".join(f"<p>{html.escape(t)}</p>" for t in a["body"])
    name = html.escape(site_name)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - {name}</title>
<link rel="canonical" href="{base}/news/{p.slug}.html"><meta property="og:title" content="{html.escape(a['title'])}">
<meta name="author" content="{html.escape(a['author'])}"><meta property="article:published_time" content="{a['published']}T08:00:00+00:00">
</head><body><header><a class="logo" href="/">{name}</a>{NAV}</header>
<main><article><h1>{html.escape(a['title'])}</h1><p class="byline">By {html.escape(a['author'])} | Published {a['published']}</p>
<div class="story">{paras}</div>
<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></article>
{SIDEBAR}{COMMENTS}</main>{FOOTER.replace("The Daily Sample", name)}</body></html>"""


def _date(a: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(a["published"]).replace(hour=8, tzinfo=timezone.utc)


def rss(items: list[Page], base: str, site_name: str = "The Daily Sample") -> str:
    entries = "".join(f"<item><title>{html.escape(p.article['title'])}</title><link>{base}/news/{p.slug}.html</link>"
                      f"<guid>{base}/news/{p.slug}.html</guid><pubDate>{format_datetime(_date(p.article))}</pubDate>"
                      f"<author>{html.escape(p.article['author'])}</author></item>" for p in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{html.escape(site_name)}'
            f"</title><link>{base}/</link><description>Sample news</description>{entries}</channel></rss>")


def atom(items: list[Page], base: str) -> str:
    entries = "".join(f"<entry><title>{html.escape(p.article['title'])}</title><link href=\"{base}/news/{p.slug}.html\"/>"
                      f"<id>{base}/news/{p.slug}.html</id><updated>{_date(p.article).isoformat()}</updated>"
                      f"<author><name>{html.escape(p.article['author'])}</name></author></entry>" for p in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>The Daily Sample'
            f"</title><id>{base}/</id><updated>2026-03-26T08:00:00+00:00</updated>{entries}</feed>")


class SampleSite:
    """The site on 127.0.0.1 and a free port. Feeds: /feeds/<n>.rss and /feeds/<n>.atom (alternating); with
    `outlets`, /feeds/outlet-<slug>.rss per other outlet (see `feed_sources`)."""

    def __init__(self, scale: int = 1, feeds: int = 2, items: list[dict[str, Any]] | None = None,
                 release_per_s: float | None = None, outlets: bool = False) -> None:
        self.own_pages = pages(scale, items)  # The Daily Sample's, listed by /feeds/<n>
        self.outlet_pages: dict[str, list[Page]] = {}  # outlet slug -> its pages, listed by its own feed
        self.outlet_names: dict[str, str] = {}
        if outlets:
            self.outlet_names = {o["slug"]: o["name"] for o in outlet_data()["outlets"]}
            for a in outlet_data()["articles"]:
                self.outlet_pages.setdefault(a["outlet"], []).append(Page(f"{a['outlet']}-{a['slug']}", a))
        self.pages = self.own_pages + [p for ps in self.outlet_pages.values() for p in ps]
        self.release_per_s = release_per_s  # feeds list only the pages "published" so far, at this rate
        self.started = time.monotonic()
        self.listed: dict[str, float] = {}  # slug -> when a feed first listed it
        self.by_slug = {p.slug: p for p in self.pages}
        self.n_feeds = feeds
        self.requests: list[tuple[str, str, float]] = []  # (path, user agent, time): who fetched what, when
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                with site._lock:
                    site.requests.append((self.path, self.headers.get("User-Agent", ""), time.monotonic()))
                body, ctype = site.route(self.path)
                data = body.encode("utf-8")
                etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
                if body and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                if body and path_is_feed(self.path):
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_port}"

    def feed_urls(self) -> list[str]:
        return [f"{self.base}/feeds/{i}.{'rss' if i % 2 == 0 else 'atom'}" for i in range(self.n_feeds)]

    def feed_sources(self) -> list[tuple[str, str]]:
        """(feed URL, outlet name) of every feed: The Daily Sample's, then each other outlet's."""
        return [(u, "The Daily Sample") for u in self.feed_urls()] + \
            [(f"{self.base}/feeds/outlet-{o}.rss", self.outlet_names[o]) for o in self.outlet_pages]

    def feed_items(self, i: int) -> list[Page]:
        visible = self.own_pages
        if self.release_per_s:
            visible = self.own_pages[:int((time.monotonic() - self.started) * self.release_per_s)]
        return self._listing(visible[i::self.n_feeds])

    def _listing(self, items: list[Page]) -> list[Page]:
        """`items` as a feed lists them now: each page's first listing time is kept (`listed`)."""
        now = time.time()
        for p in items:
            self.listed.setdefault(p.slug, now)
        return items

    def route(self, path: str) -> tuple[str, str]:
        path = path.split("?")[0]
        if path == "/robots.txt":
            return ROBOTS, "text/plain; charset=utf-8"
        if path.startswith("/feeds/"):
            name = path.rsplit("/", 1)[-1]
            idx, _, kind = name.partition(".")
            outlet = idx.removeprefix("outlet-")
            if idx.startswith("outlet-") and kind == "rss" and outlet in self.outlet_pages:
                items = self._listing(self.outlet_pages[outlet])
                return rss(items, self.base, self.outlet_names[outlet]), "application/rss+xml; charset=utf-8"
            if idx.isdigit() and int(idx) < self.n_feeds:
                items = self.feed_items(int(idx))
                if kind == "rss":
                    return rss(items, self.base), "application/rss+xml; charset=utf-8"
                if kind == "atom":
                    return atom(items, self.base), "application/atom+xml; charset=utf-8"
        if path.startswith("/news/") and path.endswith(".html"):
            p = self.by_slug.get(path[len("/news/"):-len(".html")])
            if p:
                name = self.outlet_names.get(p.article.get("outlet", ""), "The Daily Sample")
                return render_page(p, self.base, name), "text/html; charset=utf-8"
        return "", "text/plain"

    def start(self) -> "SampleSite":
        threading.Thread(target=self.server.serve_forever, name="sample-site", daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> "SampleSite":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
