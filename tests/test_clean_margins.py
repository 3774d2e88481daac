"""The margins of issue 15: a story split into chunks, link lists with kicker labels, embedded posts, promo lines.
Pages are written here for the tests (fictional news)."""
from __future__ import annotations

from trafilatura.utils import load_html

from connectors.story_chunks import later_chunks, with_later_chunks

_PARAS = [
    "The council voted on Tuesday evening to reopen the northern ferry route, which had been closed since the "
    "storm damaged the landing stage at Brackwater last winter.",
    "Ferry operators said the first crossings would run twice a day, with a third sailing added at weekends once "
    "the new gangway has passed its inspection by the harbour authority.",
    "Residents of the island villages had collected more than four thousand signatures for the reopening and "
    "held a small celebration on the quay after the vote was announced.",
    "The repair of the landing stage cost less than the engineers had feared, the harbour master said, because "
    "most of the steel frame could be reused after it was cleaned and painted.",
    "A review of the timetable is planned for the spring, when the council expects to know how many commuters "
    "have returned to the route after a year of detours by road.",
]


def _chunked(extra: str = "") -> str:
    """The story in three chunks of one class, an advert between them, and another story below the next <h1>."""
    chunk = lambda ps: '<div class="story-body chunk">' + "".join(f"<p>{p}</p>" for p in ps) + "</div>"  # noqa: E731
    ad = '<div class="ad-slot"><p>Advertisement</p></div>'
    other = ("A different story about the town library, which opens its new reading room to visitors on Saturday "
             "morning after two years of building work.")
    middle = "".join(f"<p>{p}</p>" for p in _PARAS[2:4])
    return (f"<html><body><article><h1>Ferry route to reopen</h1>{chunk(_PARAS[:2])}{ad}"
            f'<div class="story-body">{middle}</div>{ad}{chunk(_PARAS[4:])}{extra}</article>'
            f"<h1>Next story</h1>{chunk([other, other + ' Again.'])}</body></html>")


def test_later_chunks_of_the_same_container_kind_follow_the_output() -> None:
    tree = load_html(_chunked())
    out = "\n".join(_PARAS[:2])
    assert later_chunks(tree, out) == _PARAS[2:]
    assert with_later_chunks(out + "\nBy Jo Writer", tree).splitlines() == [*_PARAS, "By Jo Writer"]


def test_later_chunks_stop_at_the_next_article_and_skip_repeated_notices() -> None:
    notice = ("We would like to show you a login box here, but an extension blocks all cookies, so we lack your "
              "consent for it.")
    repeated = "".join(f'<div class="story-body chunk"><p>{notice}</p><p>Short.</p></div>' for _ in range(3))
    tree = load_html(_chunked(repeated))
    found = later_chunks(tree, "\n".join(_PARAS[:2]))
    assert notice not in found and not any("library" in t for t in found)
    assert found == _PARAS[2:]


def test_no_chunks_when_the_holder_has_no_class_or_the_output_is_whole() -> None:
    tree = load_html(_chunked())
    assert later_chunks(tree, "\n".join(_PARAS)) == []
    bare = load_html("<html><body><div>" + "".join(f"<p>{p}</p>" for p in _PARAS[:2]) + "</div><div>"
                     + "".join(f"<p>{p}</p>" for p in _PARAS[2:]) + "</div></body></html>")
    assert later_chunks(bare, "\n".join(_PARAS[:2])) == []


def test_teaser_list_with_kicker_labels_goes_and_a_list_of_facts_with_a_link_stays() -> None:
    from lxml import etree

    from connectors.article_tree import drop_captions_and_link_lists
    teasers = "".join(f'<li><strong>{k}:</strong> <a href="/s/{i}">{h}</a></li>' for i, (k, h) in enumerate([
        ("Health", "Why a short walk after lunch helps more than you think"),
        ("Travel", "The quiet islands where ferries still run on time every day"),
        ("Money", "What the new savings rules mean for a family of four")]))
    facts = "".join(f"<li>{t}</li>" for t in [
        'The ferry runs twice a day from the <a href="/quay">north quay</a> and once on Sundays, weather allowing.',
        "Tickets cost four pounds for adults and are free for children under twelve years of age."])
    tree = load_html(f"<html><body><article><ul>{teasers}</ul><ul>{facts}</ul></article></body></html>")
    drop_captions_and_link_lists(tree)
    text = etree.tostring(tree, method="text", encoding="unicode")
    assert "short walk" not in text and "savings rules" not in text
    assert "north quay" in text and "Tickets cost" in text
