"""connectors.urls: malformed links raise one documented error; a page's canonical claim is trusted only when it
cannot give another article's id."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.publish import build_article
from connectors.clean import Cleaned
from connectors.feeds import Entry
from connectors.urls import UrlError, article_id, canonical, site, trusted_canonical


@pytest.mark.parametrize("url", [
    "http://198.51.100.7:80:80/story.html",   # two ports
    "https://[2001:db8::1/world/story",       # IPv6 bracket never closed
    "http://news.example:99999/a",            # port out of range
    "http://news.example:-1/a",
    "http://news.example/" + "a" * 9000,      # longer than any server reads
])
def test_malformed_links_raise_url_error_only(url):
    with pytest.raises(UrlError) as info:
        canonical(url)
    assert isinstance(info.value, ValueError) and info.value.kind == "bad_url"


def test_ipv6_hosts_keep_their_brackets():
    assert canonical("http://[2001:DB8::7]:8080/desk/story/") == "http://[2001:db8::7]:8080/desk/story"


@given(st.text(max_size=300))
@settings(deadline=500, max_examples=300)
def test_any_string_gives_a_canonical_or_url_error(text):
    try:
        out = canonical(text)
    except UrlError:
        return
    assert article_id(out)  # and it can be hashed into an id


@given(st.builds(lambda scheme, host, port, path, q: f"{scheme}://{host}{port}{path}{q}",
                 st.sampled_from(["http", "https", "HTTP", "ftp", ""]),
                 st.text(st.characters(codec="utf-8"), max_size=30) | st.sampled_from(["[::1]", "[::1", "a.b"]),
                 st.sampled_from(["", ":80", ":80:80", ":0", ":65536", ":x", ":"]),
                 st.text(max_size=40), st.sampled_from(["", "?utm_source=a&id=2", "?%zz=1", "#x"])))
@settings(deadline=500, max_examples=300)
def test_url_shaped_strings_give_a_canonical_or_url_error(url):
    try:
        canonical(url)
    except UrlError:
        pass


def test_site_is_the_registrable_domain():
    assert site("https://live.desk.example.co.uk/a") == site("http://www.example.co.uk/") == "example.co.uk"
    assert site("http://203.0.113.9:8080/x") == "203.0.113.9"
    assert site("http://alpha.github.io/") != site("http://beta.github.io/")  # a public suffix: two sites


PAGE = "https://www.dailyledger.example/world/2026/05/11/convoy-ambushed-near-the-border?utm_source=rss"


@pytest.mark.parametrize("declared, expected", [
    # merges the same story under other addresses: AMP host, print suffix, query variant
    ("https://amp.dailyledger.example/world/2026/05/11/convoy-ambushed-near-the-border",
     "https://amp.dailyledger.example/world/2026/05/11/convoy-ambushed-near-the-border"),
    ("https://www.dailyledger.example/story/884213", "https://www.dailyledger.example/story/884213"),
    ("https://www.dailyledger.example/?p=4711", "https://www.dailyledger.example/?p=4711"),
    # refused: the home page, a section, a date archive, another site, a malformed URL, a relative URL
    ("https://www.dailyledger.example/", None),
    ("https://www.dailyledger.example/world", None),
    ("https://www.dailyledger.example/?lang=en", None),
    ("https://www.dailyledger.example/index.html", None),
    ("https://www.dailyledger.example/world/2026/05", None),
    ("https://www.otherwire.example/world/2026/05/11/convoy-ambushed-near-the-border", None),
    ("https://www.dailyledger.example:80:80/story/884213", None),
    ("/story/884213", None),
])
def test_a_declared_canonical_is_trusted_only_when_it_cannot_collide(declared, expected):
    assert trusted_canonical(declared, PAGE) == (expected or canonical(PAGE))


def test_print_view_declares_its_article_one_segment_up():
    page = "https://www.dailyledger.example/news/convoy-ambushed-near-the-border/print"
    assert trusted_canonical("https://www.dailyledger.example/news/convoy-ambushed-near-the-border", page) == \
        "https://www.dailyledger.example/news/convoy-ambushed-near-the-border"


def _cleaned(canon: str | None) -> Cleaned:
    return Cleaned(text="Body text of the report.", title="t", author=None, published=None, language="en",
                   canonical_url=canon)


def test_two_articles_declaring_the_home_page_get_distinct_ids():
    a = build_article(Entry("https://desk.example/a/convoy-ambushed-at-dawn", None, None, None, None),
                      "https://desk.example/a/convoy-ambushed-at-dawn", _cleaned("https://desk.example/"),
                      "s", "f")
    b = build_article(Entry("https://desk.example/b/market-reopens-after-curfew", None, None, None, None),
                      "https://desk.example/b/market-reopens-after-curfew", _cleaned("https://desk.example/"),
                      "s", "f")
    assert a["id"] != b["id"]
    assert a["canonical_url"] == "https://desk.example/a/convoy-ambushed-at-dawn"


def test_a_page_on_another_site_cannot_take_a_story_id():
    real = "https://desk.example/news/convoy-ambushed-at-dawn"
    fake = build_article(Entry("https://copycat.example/x", None, None, None, None), "https://copycat.example/x",
                         _cleaned(real), "s", "f")
    assert fake["id"] != article_id(canonical(real))


def test_a_malformed_declared_canonical_falls_back_to_the_page():
    art = build_article(Entry("https://desk.example/n/1", None, None, None, None), "https://desk.example/n/1",
                        _cleaned("https://desk.example:80:80/n/1"), "s", "f")
    assert art["canonical_url"] == "https://desk.example/n/1"


@pytest.mark.parametrize("segment", ["a" * 8000, "7" * 8000, "a-" * 4000, ("b" * 40 + ".") * 190])
def test_judging_a_long_declared_canonical_is_linear(segment):
    import time
    started = time.perf_counter()
    trusted_canonical(f"https://desk.example/{segment}", "https://desk.example/news/convoy-ambushed-at-dawn")
    trusted_canonical(f"https://desk.example/?q={segment}", "https://desk.example/news/convoy-ambushed-at-dawn")
    assert time.perf_counter() - started < 0.1
