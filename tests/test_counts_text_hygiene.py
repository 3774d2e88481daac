"""A later toll told with any verb of a rise ("upped", "hiked", "climbs", "had grown to") replaces the first one; an
invisible character inside a word (a soft hyphen, a zero-width space) or a Turkish dotted capital I reads as the
plain word, and evidence still quotes the text as written. Fresh sentences written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from connectors.clean import clean
from tests.place_cases import nlp
from worker import readable
from worker.extract import casualties
from worker.pipeline import extract_batch


def _run(text: str, title: str | None = None) -> list[dict[str, Any]]:
    out = extract_batch([{"id": "b" * 32, "text": text, "published": "2031-09-18", "title": title}], nlp())[0]
    assert isinstance(out, list)
    return out


_LEAD = "A suicide bomber killed four worshippers at a mosque in Quetta, Pakistan, on Friday. "


@pytest.mark.parametrize("tail", [
    "On Sunday hospital officials upped the death toll to eleven.",
    "On Sunday the provincial government hiked the death toll to eleven.",
    "By Sunday the death toll climbs to eleven, hospital officials say.",
    "By Sunday the death toll had grown to eleven.",
    "On Sunday the health ministry increased the death toll to eleven.",
])
def test_a_later_toll_with_any_verb_of_a_rise_replaces_the_first(tail: str) -> None:
    out = _run(_LEAD + tail)
    assert out and out[0]["killed"] == 11


def test_grown_before_no_to_tells_no_update() -> None:
    # "grown" describes the victims here: no new toll, the figures stand as told
    c = casualties.counts("Four grown men who were shot in the raid later died in hospital.", "killed")
    assert c and not any(x.update for x in c)
    assert casualties.tells_update("The death toll had grown to eleven by Sunday.")


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_an_invisible_character_inside_the_killing_verb_keeps_the_toll(mark: str) -> None:
    plain = "Gunmen killed seven miners near a coal pit in Hazarganji, Pakistan, on Tuesday, police said."
    marked = plain.replace("killed", "kil" + mark + "led").replace("miners", "mi" + mark + "ners")
    a, b = _run(plain), _run(marked)
    assert a and b and b[0]["killed"] == a[0]["killed"] == 7
    for ev in b[0]["evidence"]:
        assert marked[ev["start"]:ev["end"]] == ev["text"]


def test_a_soft_hyphen_inside_the_update_verb_keeps_the_update() -> None:
    text = _LEAD + "By Sunday the death toll had ri\u00adsen to eleven."
    out = _run(text)
    assert out and out[0]["killed"] == 11
    assert all(text[ev["start"]:ev["end"]] == ev["text"] for ev in out[0]["evidence"])


def test_a_dotted_capital_i_reads_as_a_plain_one() -> None:
    text = "GUNMEN KİLLED SİX POLİCEMEN AT A CHECKPOİNT NEAR MOSUL, IRAQ, ON WEDNESDAY."
    out = _run(text)
    assert out and out[0]["killed"] == 6
    assert all(text[ev["start"]:ev["end"]] == ev["text"] for ev in out[0]["evidence"])


def test_written_span_maps_read_offsets_back_to_the_text_as_written() -> None:
    text = "a\u00adb c\u200b\u200bd e"
    read, dropped = readable.readable(text)
    assert read == "ab cd e" and dropped == (1, 4, 4)
    assert text[slice(*readable.written_span(0, 2, dropped))] == "a\u00adb"
    assert text[slice(*readable.written_span(3, 5, dropped))] == "c\u200b\u200bd"
    assert text[slice(*readable.written_span(4, 5, dropped))] == "d"  # the marks before a span's start are not its
    assert text[slice(*readable.written_span(6, 7, dropped))] == "e"


def test_the_cleaned_page_drops_soft_hyphens_and_zero_width_spaces() -> None:
    story = ("<p>Flood\u00adwater reached the lower town on Tuesday after the river broke its banks up\u200bstream, and "
             "the district office opened two schools as shelters for families whose homes were cut off.</p>") * 4
    page = (f"<html><head><title>River floods lower\u00ad town</title></head><body><article>{story}</article>"
            "</body></html>")
    out = clean(page)
    assert "Floodwater" in out.text and "upstream" in out.text
    assert not any(c in out.text for c in readable.PUBLISHED_INVISIBLE) and out.title == "River floods lower town"
