"""connectors.feeds on hostile feeds: no entity expansion, capped fields, bad links drop only their entry,
tracking variants are one entry, and any input returns entries or raises FeedError within a time limit."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors import feeds
from connectors.urls import canonical

FEED_URL = "https://wire.example/feeds/world.xml"


def _rss(items: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0"?>\n{prolog}<rss version="2.0"><channel><title>World desk</title>{items}'
            f"</channel></rss>").encode()


def _item(title: str, link: str) -> str:
    return f"<item><title>{title}</title><link>{link}</link></item>"


def test_a_flat_entity_is_not_expanded_and_the_entry_is_kept():
    prolog = f'<!DOCTYPE rss [\n<!ENTITY w "{"wire " * 2000}">\n]>\n'
    body = _rss(_item("&w;" * 2000, "https://wire.example/a/ferry-capsizes-off-the-coast")
                + _item("Second report", "https://wire.example/b/ceasefire-talks-resume"), prolog)
    started = time.perf_counter()
    entries = feeds.parse(body, FEED_URL)
    assert time.perf_counter() - started < 2
    assert [e.url for e in entries] == ["https://wire.example/a/ferry-capsizes-off-the-coast",
                                        "https://wire.example/b/ceasefire-talks-resume"]
    assert "wire wire" not in (entries[0].title or "")
    assert len(entries[0].title or "") <= feeds.MAX_TITLE


@pytest.mark.parametrize("prolog", [
    '<!DOCTYPE rss [<!ENTITY a "x"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;">]>',
    '<!DOCTYPE rss [<!ENTITY c SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE rss [<!-- a comment with ]> inside --><!ENTITY c "quoted ]> value">]>',
    '<!doctype rss [<!ENTITY c "lower-case doctype">]>',
    '<!DOCTYPE rss [<!ENTITY c "never closed">',
])
def test_nested_external_and_odd_doctypes_stay_unexpanded(prolog):
    body = _rss(_item("Report &c; here", "https://wire.example/a/flood-warning-issued"), prolog)
    entries = feeds.parse(body, FEED_URL)
    assert [e.url for e in entries] == ["https://wire.example/a/flood-warning-issued"]
    title = entries[0].title or ""
    assert "xxxxxxxx" not in title and "root:" not in title and "lower-case doctype" not in title


def test_entity_declarations_in_utf16_feeds_are_removed_too():
    prolog = f'<!DOCTYPE rss [\n<!ENTITY w "{"wire " * 2000}">\n]>\n'
    body = _rss(_item("&w;" * 500, "https://wire.example/a/storm-closes-port"), prolog).decode().replace(
        'version="1.0"?>', 'version="1.0" encoding="utf-16"?>', 1).encode("utf-16")
    entries = feeds.parse(body, FEED_URL)
    assert [e.url for e in entries] == ["https://wire.example/a/storm-closes-port"]
    assert "wire wire" not in (entries[0].title or "")


def test_two_doctypes_refuse_the_feed():
    with pytest.raises(feeds.FeedError):
        feeds.parse(_rss(_item("x", "https://wire.example/a"), "<!DOCTYPE rss><!DOCTYPE rss>"), FEED_URL)


def test_titles_and_summaries_are_capped():
    item = (f"<item><title>{'Long headline ' * 500}</title><link>https://wire.example/a/long</link>"
            f"<description>{'A very long summary. ' * 2000}</description></item>")
    (entry,) = feeds.parse(_rss(item), FEED_URL)
    assert len(entry.title) == feeds.MAX_TITLE and len(entry.summary) == feeds.MAX_SUMMARY


def test_a_malformed_link_drops_only_its_entry():
    body = _rss(_item("good", "https://wire.example/a/bridge-reopens")
                + _item("bad port", "http://198.51.100.7:80:80/b.html")
                + _item("bad brackets", "http://[2001:db8::1/c.html")
                + _item("also good", "https://wire.example/d/harvest-begins"))
    assert [e.title for e in feeds.parse(body, FEED_URL)] == ["good", "also good"]
    for e in feeds.parse(body, FEED_URL):
        canonical(e.url)


def test_tracking_variants_of_one_article_are_one_entry():
    body = _rss(_item("Port strike ends", "https://wire.example/biz/port-strike-ends?utm_source=rss&utm_medium=x")
                + _item("Port strike ends", "https://wire.example/biz/port-strike-ends?fbclid=AbC123")
                + _item("Port strike ends", "https://wire.example/biz/port-strike-ends/")
                + _item("Other story", "https://wire.example/biz/fuel-prices-rise"))
    entries = feeds.parse(body, FEED_URL)
    assert [canonical(e.url) for e in entries] == ["https://wire.example/biz/port-strike-ends",
                                                   "https://wire.example/biz/fuel-prices-rise"]


def test_json_feed_tracking_variants_are_one_entry():
    body = (b'{"version": "https://jsonfeed.org/version/1.1", "items": ['
            b'{"url": "https://wire.example/a/dam-breach?utm_campaign=z", "title": "Dam breach"},'
            b'{"url": "https://wire.example/a/dam-breach", "title": "Dam breach"}]}')
    assert len(feeds.parse(body, FEED_URL)) == 1


def test_a_body_naming_a_local_file_is_not_opened(tmp_path):
    local = tmp_path / "secret-feed.xml"
    local.write_bytes(_rss(_item("local secret", "https://wire.example/secret")))
    with pytest.raises(feeds.FeedError):
        feeds.parse(str(local).encode(), FEED_URL)


@pytest.mark.parametrize("decl, ctype", [
    ('encoding="punycode"', None), ('encoding="idna"', None), ('encoding="utf-7"', None),
    ('encoding="rot13"', None), ('encoding="no-such-charset"', None),
    ("", "application/rss+xml; charset=punycode"), ("", "text/xml; charset=hex"),
])
def test_bogus_declared_encodings_do_not_break_the_feed(decl, ctype):
    body = _rss(_item("Bridge reopens", "https://wire.example/a/bridge-reopens")).replace(
        b'version="1.0"?>', f'version="1.0" {decl}?>'.encode(), 1)
    entries = feeds.parse(body, FEED_URL, ctype)
    assert [e.url for e in entries] == ["https://wire.example/a/bridge-reopens"]


def _parse_or_feed_error(body: bytes, ctype: str | None = None) -> None:
    started = time.perf_counter()
    try:
        entries = feeds.parse(body, FEED_URL, ctype)
    except feeds.FeedError:
        return
    finally:
        assert time.perf_counter() - started < 2
    for e in entries:
        canonical(e.url)
        assert len(e.title or "") <= feeds.MAX_TITLE and len(e.summary or "") <= feeds.MAX_SUMMARY


_PIECES = st.sampled_from([
    "<rss>", "</rss>", '<rss version="2.0">', "<channel>", "</channel>", "<item>", "</item>", "<title>",
    "</title>", "<link>", "</link>", "https://wire.example/a?utm_source=x", "http://h:80:80/", "http://[::1",
    "<!DOCTYPE rss [", "]>", '<!ENTITY e "', '">', "&e;", "&amp;", "&#0;", "&#x110000;", "<![CDATA[", "]]>",
    "<!--", "-->", "<?xml version='1.0' encoding='punycode'?>", "<feed xmlns='http://www.w3.org/2005/Atom'>",
    "<entry>", "<link href='", "'/>", "</entry>", "</feed>", "\x00", "\ufeff", "é", "{", '"version"', "<urlset",
])


@given(st.lists(_PIECES | st.text(max_size=20), max_size=40).map("".join),
       st.sampled_from(["utf-8", "utf-16", "latin-1"]),
       st.sampled_from([None, "application/rss+xml", "application/json", "text/xml; charset=utf-7",
                        "application/xml; charset=punycode"]))
@settings(deadline=2000, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_adversarial_feeds_return_entries_or_feed_error(text, encoding, ctype):
    _parse_or_feed_error(text.encode(encoding, errors="replace"), ctype)


@given(st.binary(max_size=2000))
@settings(deadline=2000, max_examples=200)
def test_random_bytes_return_entries_or_feed_error(body):
    _parse_or_feed_error(body)


_JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20)
                            | st.sampled_from(["https://wire.example/a?utm_source=x", "http://[::1", "http://h:1:2/"]),
                            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                                st.sampled_from(["url", "external_url", "title", "summary", "date_published",
                                                 "author", "authors", "name", "items", "version"]), inner,
                                max_size=5), max_leaves=20)


@given(st.dictionaries(st.sampled_from(["items", "title", "home_page_url"]), _JSON_VALUES, max_size=3))
@settings(deadline=2000, max_examples=200)
def test_adversarial_json_feeds_return_entries_or_feed_error(doc):
    import json
    _parse_or_feed_error(json.dumps({"version": "https://jsonfeed.org/version/1.1", **doc}).encode())


def test_deeply_nested_json_is_a_feed_error():
    with pytest.raises(feeds.FeedError):
        feeds.parse(b"[" * 100_000, FEED_URL)


@given(st.lists(st.sampled_from(["<url>", "</url>", "<loc>", "</loc>", "http://[::1", "https://wire.example/s",
                                 "<news:news>", "</news:news>", "<news:title>", "</news:title>", "&x;",
                                 "<news:publication_date>", "2026-13-45", "</news:publication_date>"]),
                max_size=30).map("".join))
@settings(deadline=2000, max_examples=100)
def test_adversarial_news_sitemaps_return_entries_or_feed_error(inner):
    _parse_or_feed_error(('<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x "y">]><urlset '
                          'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                          f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{inner}</urlset>').encode())


@pytest.mark.parametrize("body", [b"<!DOCTYPE " + b"a" * 2_000_000, b"<!DOCTYPE x [" + b"<!-- " * 400_000,
                                  b"<!DOCTYPE x [" + b"'" + b"a" * 2_000_000])
def test_an_unclosed_doctype_is_removed_in_linear_time(body):
    started = time.perf_counter()
    assert b"DOCTYPE" not in feeds.without_doctype(body)
    assert time.perf_counter() - started < 0.5
