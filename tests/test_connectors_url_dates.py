"""The publication date a URL path files an article under (connectors/url_dates.py), and its place after the feed's
and the page's dates in the article record (connectors/publish.py). URLs made up for the tests."""
from __future__ import annotations

import time
from datetime import date

import pytest

import schemas
from connectors.clean import Cleaned
from connectors.feeds import Entry
from connectors.publish import build_article, published
from connectors.url_dates import date_from_url

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("url, expected", [
    ("https://news.example/2026/12/05/market-fire-kills-three", "2026-12-05"),
    ("https://news.example/world/2026/12/04/convoy-ambushed/", "2026-12-04"),
    ("https://news.example/news/2026/3/7/strike-on-depot", "2026-03-07"),          # months and days unpadded
    ("https://news.example/world/2026/dec/01/ferry-sinks", "2026-12-01"),          # an English month name
    ("https://news.example/world/2025/September/30/raid", "2025-09-30"),
    ("https://news.example/2026-11-30/curfew-lifted", "2026-11-30"),
    ("https://news.example/africa/curfew-lifted-2026-11-29", "2026-11-29"),        # the end of a slug
    ("https://news.example/20261128/bridge-collapse", "2026-11-28"),
    ("https://news.example/local/story_20261127.html", "2026-11-27"),
    ("https://news.example/2026/12/02.html", "2026-12-02"),
    ("https://news.example/2026/12/06/tomorrow-already", "2026-12-06"),            # a day ahead: time zones
    ("https://news.example/2026/02/28/x", "2026-02-28"),
    ("https://news.example/2024/02/29/leap-day", "2024-02-29"),
    ("https://news.example/1990/01/01/archive", "1990-01-01"),
    ("https://news.example/2026/12/03/recalling-the-2019-05-04-attack", "2026-12-03"),  # the filing folder first
])
def test_a_complete_plausible_day_in_the_path_is_read(url, expected):
    assert date_from_url(url, TODAY) == expected


@pytest.mark.parametrize("url", [
    "https://news.example/2026/12/",                           # a month archive: no day
    "https://news.example/2026/12",
    "https://news.example/1999/99/99/",                         # no such month or day
    "https://news.example/2026/13/01/x",
    "https://news.example/2026/06/31/x",
    "https://news.example/2026/02/29/x",                        # not a leap year
    "https://news.example/2026-02-30-slug",
    "https://news.example/2026/00/10/x",
    "https://news.example/1989/12/31/x",                        # before 1990
    "https://news.example/0001/01/01/x",
    "https://news.example/2026/12/07/x",                        # more than a day ahead
    "https://news.example/2031/01/01/x",
    "https://news.example/search?from=2026/12/05&day=20261205",  # the query string is not the path
    "https://news.example/story#2026-12-05",
    "https://news.example/article/202612051234",                # a longer number is an id
    "https://news.example/article/12026120512",
    "https://news.example/p/120261205",
    "https://news.example/v20261205/x",                         # glued to a word
    "https://news.example/x/20261205abc",
    "https://news.example/12026/12/05/x",                       # a five-digit 'year'
    "https://news.example/2026/12/050/x",                       # a three-digit 'day'
    "https://news.example/2026/dec05/x",
    "https://news.example/2026/decx/05/x",
    "https://news.example/item/1234-56-78",
    "https://news.example/img/1024/768/12/photo.jpg",
    "https://news.example/",
    "",
    None,
    "not a url",
    "https://[::1/2026/12/05/x",                               # an unparsable URL
])
def test_no_date_from_ids_archives_queries_impossible_or_future_days(url):
    assert date_from_url(url, TODAY) is None


def test_a_broken_date_before_a_good_one_is_skipped():
    assert date_from_url("https://news.example/1999/99/99/2026/11/20/x", TODAY) == "2026-11-20"


def test_a_very_long_path_is_read_in_linear_time_and_only_its_head():
    hostile = "https://news.example/" + "2026/12/3" * 20_000 + "/2026/12/01/x"
    started = time.process_time()
    assert date_from_url(hostile, TODAY) is None  # the real date lies past the part read
    assert date_from_url("https://news.example/" + "1/" * 200_000, TODAY) is None
    assert date_from_url("https://news.example/" + "9" * 200_000, TODAY) is None
    assert time.process_time() - started < 1.0


def _cleaned(published_at: str | None) -> Cleaned:
    return Cleaned(text="Body.", title="T", author=None, published=published_at, language="en",
                   canonical_url=None)


@pytest.mark.parametrize("feed, page, expected", [
    ("2026-12-01T08:00:00+00:00", "2026-12-02T08:00:00+00:00", ("2026-12-01T08:00:00+00:00", "feed")),
    (None, "2026-12-02T08:00:00+00:00", ("2026-12-02T08:00:00+00:00", "page")),
    (None, None, ("2026-11-30", "url")),
])
def test_the_url_date_is_the_last_resort(feed, page, expected):
    entry = Entry("https://news.example/2026/11/30/blast", "T", feed, None, None)
    urls = ("https://news.example/2026/11/30/blast",)
    assert published(entry, _cleaned(page), urls, TODAY) == expected


def test_the_canonical_url_is_read_before_the_fetched_and_the_feed_link():
    entry = Entry("https://feeds.example/r/20261101", "T", None, None, None)
    urls = ("https://news.example/2026/11/03/blast", "https://news.example/2026/11/02/blast", entry.url)
    assert published(entry, _cleaned(None), urls, TODAY) == ("2026-11-03", "url")
    assert published(entry, _cleaned(None), ("https://news.example/a", "", entry.url), TODAY) == ("2026-11-01", "url")
    assert published(entry, _cleaned(None), ("https://news.example/a",), TODAY) == (None, None)


def test_the_article_record_says_where_its_date_came_from_and_stays_valid():
    entry = Entry("https://news.example/2026/11/30/blast", "Blast", None, None, None)
    article = build_article(entry, entry.url, _cleaned(None), "News", "https://news.example/rss")
    assert (article["published"], article["published_from"]) == ("2026-11-30", "url")
    assert schemas.errors("article.v1", article, strict=True) == []
    undated = build_article(Entry("https://news.example/a/blast", "Blast", None, None, None),
                            "https://news.example/a/blast", _cleaned(None), "News", None)
    assert (undated["published"], undated["published_from"]) == (None, None)
    assert schemas.errors("article.v1", undated, strict=True) == []
