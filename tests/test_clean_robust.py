"""connectors.clean on hostile pages: any bytes and any declared charset give text or CleanError, the head scans
are linear, and quality-relevant metadata is read as before."""
from __future__ import annotations

import codecs
import encodings.aliases
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors.clean import CleanError, clean, decode_html, metadata, text_encoding

STORY = ("<p>Flood water reached the lower town on Tuesday after the river broke its banks upstream, and the "
         "district office opened two schools as shelters for families whose homes were cut off.</p>") * 4
PAGE = f"<html><head><title>River floods lower town</title></head><body><article>{STORY}</article></body></html>"


@pytest.mark.parametrize("label", ["punycode", "idna", "utf-7", "rot13", "rot_13", "hex", "base64", "zlib",
                                   "undefined", "unicode_escape", "raw_unicode_escape", "charmap", "x-bogus-9",
                                   "utf-16", "", "\x00", "a" * 100])
def test_declared_charsets_that_are_no_text_encoding_fall_back(label):
    body = PAGE.encode()
    assert "lower town" in decode_html(body, f"text/html; charset={label}")
    meta = PAGE.replace("<head>", f"<head><meta charset='{label}'>").encode()
    assert "lower town" in decode_html(meta)
    assert "lower town" in clean(meta, content_type=f"text/html; charset={label}").text


def test_real_encodings_are_still_honoured():
    text = PAGE.replace("lower town", "Нижний город")
    assert "Нижний город" in decode_html(text.encode("cp1251"), "text/html; charset=windows-1251")
    assert "Нижний город" in decode_html(text.encode("koi8-r"), "text/html; charset=KOI8-R")
    assert text_encoding("latin1") == "iso8859-1" and text_encoding("punycode") is None


@pytest.mark.parametrize("alias", sorted(set(encodings.aliases.aliases) | {"punycode", "idna", "utf_7"}))
def test_every_python_codec_name_as_charset_never_raises(alias):
    body = b"<html><head><meta charset=" + alias.encode() + b"></head><body>\xff\xfe\x80 ok</body></html>"
    assert isinstance(decode_html(body, f"text/html; charset={alias}"), str)


@pytest.mark.parametrize("unit", ["<title>", "<link rel=x ", "<meta ", "<html ", "<title>x<title"])
def test_metadata_is_linear_on_unclosed_tags(unit):
    head = unit * (200_000 // len(unit))
    started = time.perf_counter()
    metadata(head)
    assert time.perf_counter() - started < 0.5


def test_decode_is_linear_on_unclosed_meta_tags():
    started = time.perf_counter()
    decode_html(b"<meta " * 50_000 + "é".encode("latin-1"))
    assert time.perf_counter() - started < 0.5


def test_metadata_reads_what_it_read_before():
    html = ("<html lang='fr'><head><meta property='og:title' content='Crue: la ville basse &amp; ses écoles'>"
            "<title>ignored when og:title exists</title>"
            "<link rel='stylesheet' href='/s.css'><link rel=\"canonical\" href=\"https://lejournal.example/a/123456\">"
            "<meta name='author' content='Camille Roux'><meta property='article:published_time' "
            "content='2026-04-02T08:15:00+02:00'></head><body></body></html>")
    m = metadata(html)
    assert m["title"] == "Crue: la ville basse & ses écoles"
    assert m["canonical_url"] == "https://lejournal.example/a/123456"
    assert m["author"] == "Camille Roux" and m["language"] == "fr"
    assert m["published"] == "2026-04-02T08:15:00+02:00"
    assert metadata("<title>\n  Bridge   reopens </title>")["title"] == "Bridge reopens"
    assert metadata("<title>never closed")["title"] is None


def test_a_very_long_date_value_is_not_a_date():
    assert metadata(f"<meta name='date' content='{'2026 ' * 20_000}'>")["published"] is None


def _clean_or_clean_error(body: bytes | str, ctype: str | None = None) -> None:
    started = time.perf_counter()
    try:
        out = clean(body, url="https://desk.example/a/story-of-the-day", content_type=ctype)
        assert out.text.strip()
    except CleanError:
        pass
    finally:
        assert time.perf_counter() - started < 3


_TAGS = st.sampled_from([
    "<html>", "<head>", "</head>", "<body>", "</body>", "<article>", "</article>", "<p>", "</p>", "<div>",
    "</div>", "<title>", "</title>", "<meta ", "<meta charset=punycode>", "<meta charset='utf-16'>",
    "<meta charset=x-bogus>", "<meta property='og:title' content='", "'>", "<link rel=canonical href='",
    "<link rel=x ", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#x110000;",
    "\x00", "\ufeff", "<?xml version='1.0'?>", "<!DOCTYPE html>", "<table>", "<td>", "<br/>", "<svg>",
    STORY, "Gunmen attacked the post at dawn.",
])


@given(st.lists(_TAGS | st.text(max_size=30), max_size=40).map("".join),
       st.sampled_from(["utf-8", "utf-16", "cp1252", "utf-32"]),
       st.sampled_from([None, "text/html", "text/html; charset=punycode", "text/html; charset=utf-7",
                        "text/html; charset=rot13", "text/html; charset=idna", "text/html; charset=utf-16"]))
@settings(deadline=3000, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_adversarial_html_gives_text_or_clean_error(text, encoding, ctype):
    body = text.encode(encoding, errors="replace")
    assert isinstance(decode_html(body, ctype), str)
    _clean_or_clean_error(body, ctype)


@given(st.binary(max_size=3000), st.sampled_from([None, "text/html; charset=punycode", "text/html; charset=gbk"]))
@settings(deadline=3000, max_examples=150)
def test_random_bytes_give_text_or_clean_error(body, ctype):
    assert isinstance(decode_html(body, ctype), str)
    _clean_or_clean_error(body, ctype)


@given(st.text(max_size=2000))
@settings(deadline=3000, max_examples=100)
def test_random_text_gives_text_or_clean_error(text):
    _clean_or_clean_error(text)


def test_codecs_that_are_not_text_encodings_are_refused():
    for name in ("rot13", "hex", "base64", "bz2", "zlib", "quopri", "uu"):
        assert not getattr(codecs.lookup(name), "_is_text_encoding", True)
        assert text_encoding(name) is None


def test_a_page_of_bare_tags_is_refused_quickly():
    started = time.perf_counter()
    with pytest.raises(CleanError) as info:
        clean(("<html><body>" + "<p>x" * 120_000 + "</body></html>").encode())
    assert info.value.kind == "page_too_complex"
    assert time.perf_counter() - started < 3
