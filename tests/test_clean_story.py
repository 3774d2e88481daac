"""clean() keeps the whole story: prose with inline links, text after empty inline elements, the standfirst, and
bodies whose text is not in <p> elements. Pages are written here for the tests (fictional news)."""
from __future__ import annotations

import json

from connectors.article_tree import normalise_inline, prose_chars, schema_article_body, standfirst
from connectors.clean import clean
from trafilatura.utils import load_html

_NAV = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(12))
_SIDEBAR = "".join(f'<li><a href="/story/{i}">Another story headline number {i} about the town</a></li>'
                   for i in range(8))

_STORY = [
    "Flood water rose overnight along the lower river, and the harbour district was closed to traffic by dawn "
    "while crews moved sandbags towards the old grain warehouses.",
    "The fire brigade said forty residents of the riverside flats had been taken to the sports hall on Mill "
    "Street, where volunteers served soup and blankets through the morning.",
    "Engineers from the water board inspected the eastern embankment twice before noon and reported that "
    "the new pumps were running at full capacity for the first time since their installation.",
    "Shopkeepers on Quay Lane lifted stock onto upper shelves; one baker said the water reached the second "
    "step of her shop but stopped there, to the relief of the whole street.",
    "Forecasters expect the rain to ease by Thursday, although the river is likely to stay high for several "
    "days as water from the hills keeps arriving downstream.",
]


def page(body: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>River floods harbour district'
            f"</title>{head}</head><body><header><nav><ul>{_NAV}</ul></nav></header><main><article>"
            f"<h1>River floods harbour district</h1>{body}</article><aside><ul>{_SIDEBAR}</ul></aside></main>"
            f"<footer><p>All rights reserved by the publisher</p></footer></body></html>")


def wrapped(p: str) -> str:
    return f'<div class="block"><div class="inner"><div class="text">{p}</div></div></div>'


def test_short_paragraph_with_an_inline_link_is_kept() -> None:
    linked = ('<p>Both ferries were <a href="/story/ferries">suspended on Monday morning</a>, shortly after '
              "the quay flooded.</p>")
    body = "".join(wrapped(f"<p>{t}</p>") for t in _STORY[:3]) + wrapped(linked) \
        + "".join(wrapped(f"<p>{t}</p>") for t in _STORY[3:])
    text = clean(page(body)).text
    assert "suspended on Monday morning, shortly after the quay flooded" in text
    assert "Another story headline" not in text


def test_mostly_link_paragraph_stays_a_link() -> None:
    tree = load_html(page('<p>See: <a href="/x">The ferry timetable for the whole winter season</a></p>'))
    normalise_inline(tree)
    assert tree.find(".//article//p/a") is not None


def test_empty_inline_element_does_not_cut_the_paragraph() -> None:
    quote = ('<p>The harbour master recalled: "I<span class="icon"></span> had never seen the water '
             'come over the <b></b>quay wall like that, not in thirty years."</p>')
    body = "".join(f"<p>{t}</p>" for t in _STORY[:2]) + quote + "".join(f"<p>{t}</p>" for t in _STORY[2:])
    text = clean(page(body)).text
    assert "quay wall like that, not in thirty years" in text
    assert text.rstrip().endswith("downstream.")


def test_standfirst_is_the_first_paragraph() -> None:
    lead = ("Forty people spent the night in a sports hall after the river broke through the harbour "
            "defences, the worst flooding in the town for a decade.")
    body = (f'<div class="article-header"><p class="article-lead">{lead}</p><p><a href="/author/1">Jo Reed</a>'
            '</p></div><div class="article-body">' + "".join(f"<p>{t}</p>" for t in _STORY) + "</div>")
    text = clean(page(body)).text
    assert text.splitlines()[0] == lead
    assert text.count("Forty people spent the night") == 1


def test_standfirst_found_by_the_meta_description() -> None:
    lead = ("A night of rain sent the river over its banks and into the harbour district, where "
            "residents were moved to safety.")
    tree = load_html(page(f'<div class="x1">{lead}</div>' + "".join(f"<p>{t}</p>" for t in _STORY),
                          head=f'<meta name="description" content="{lead}">'))
    assert standfirst(tree, lead) == lead
    assert standfirst(tree, None) is None


def test_no_standfirst_below_the_start_of_the_story() -> None:
    late = "A note on the flooding from the regional desk, written by the editor for our readers today."
    tree = load_html(page("".join(f"<p>{t}</p>" for t in _STORY) + f'<p class="summary">{late}</p>'))
    assert standfirst(tree, None) is None


def test_body_outside_paragraph_elements_is_extracted_whole() -> None:
    """The story in <div>s and <br>-separated text, only a teaser in a <p>: the fast pass's short output is
    compared with the page's running text, not with its <p> text."""
    teaser = ("<p>Flooding closes the harbour district: the river broke through overnight, forty residents "
              "spent the night in a sports hall and the ferries stopped. Crews worked through the morning to "
              "hold back the water from the old warehouses on the quay.</p>")
    body = teaser + '<div class="story-body">' + "<br><br>".join(_STORY) + "</div>"
    text = clean(page(body)).text
    for sentence in _STORY:
        assert sentence[:60] in text


def test_prose_chars_counts_text_in_divs_and_paragraphs() -> None:
    tree = load_html(page('<div class="story">' + "<br>".join(_STORY) + "</div>"))
    assert prose_chars(tree) >= sum(len(t) for t in _STORY) * 0.95
    assert prose_chars(load_html(page(""))) < 100
    both = load_html(page(f"<p>{_STORY[0]}</p><div>" + "<br>".join(_STORY[1:]) + "</div>"))
    assert prose_chars(both) >= sum(len(t) for t in _STORY) * 0.95  # text in <p> and beside them both count


def test_schema_article_body() -> None:
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "x"}, {"@type": "NewsArticle", "articleBody": " ".join(_STORY)}]})
    tree = load_html(page("<p>Short.</p>", head=f'<script type="application/ld+json">{ld}</script>'))
    assert schema_article_body(tree) == " ".join(_STORY)
    broken = load_html(page("<p>Short.</p>", head='<script type="application/ld+json">{"articleBody": </script>'))
    assert schema_article_body(broken) == ""


def test_captions_and_link_lists_are_not_story() -> None:
    caption = "Sandbags stacked outside the bakery on Quay Lane on Tuesday morning, photographed by a reader"
    related = "".join(f'<li><a href="/story/r{i}">Earlier flood warnings issued for the valley, part {i}</a></li>'
                      for i in range(4))
    body = ("".join(f"<p>{t}</p>" for t in _STORY[:2])
            + f'<figure><img src="/a.jpg"><figcaption>{caption}</figcaption></figure>'
            + f'<p class="image-caption">{caption} again</p>'
            + "".join(f"<p>{t}</p>" for t in _STORY[2:4]) + f"<ul>{related}</ul>" + f"<p>{_STORY[4]}</p>")
    text = clean(page(body)).text
    assert "photographed by a reader" not in text
    assert "Earlier flood warnings" not in text
    assert all(t[:50] in text for t in _STORY)


def test_list_of_facts_with_one_link_stays() -> None:
    items = ("<li>Forty residents moved to the sports hall</li><li>Two ferries suspended until Thursday</li>"
             '<li>Pumps running at <a href="/pumps">full capacity</a> on the eastern embankment</li>')
    body = "".join(f"<p>{t}</p>" for t in _STORY[:3]) + f"<ul>{items}</ul>" + "".join(f"<p>{t}</p>" for t in _STORY[3:])
    text = clean(page(body)).text
    assert "Two ferries suspended until Thursday" in text


def test_also_read_and_follow_prompts_in_other_languages() -> None:
    from connectors.clean import strip_residue
    story = [
        "Der Fluss trat in der Nacht über die Ufer, und die Feuerwehr brachte vierzig Menschen in die Sporthalle.",
        "Lesen Sie auch: Neue Pumpen für den Hafen sollen im Winter kommen",
        "Les også: Fergene står stille etter flommen i havna",
        "Follow our reporter on Telegram for every update from the valley",
        "Following the storm, the council met on Friday to count the cost of the damage to the quay.",
        "Sign up to the morning briefing and get the valley's news before breakfast",
        "Die Aufräumarbeiten dauern nach Angaben der Stadt noch mindestens bis zum Ende der Woche an.",
    ]
    out = strip_residue("\n".join(story)).splitlines()
    assert out == [story[0], story[4], story[6]]


def test_box_heading_inside_the_story_does_not_end_it() -> None:
    from connectors.clean import strip_residue
    story = [f"Paragraph {i} of the flood story tells what the crews did on the quay that morning." for i in range(6)]
    inside = story[:4] + ["More from the valley desk:", "The council meets again on Monday at ten o'clock.",
                          "The ferries are due to sail again on Thursday morning."]
    assert strip_residue("\n".join(inside)).splitlines() == story[:4] + inside[5:]
    sidebar = story[:4] + ["More from the valley desk", "Bridge repairs to start in spring",
                           "Five walks along the old canal", "Bakery on Quay Lane reopens"]
    assert strip_residue("\n".join(sidebar)).splitlines() == story[:4]


def test_runs_of_link_lines_are_dropped() -> None:
    from connectors.article_tree import drop_link_runs, link_texts
    tree = load_html(page("".join(f"<p>{t}</p>" for t in _STORY) + "".join(
        f'<h4><a href="/story/t{i}">Valley news | Bakery reopens after the flood, part {i}</a></h4>' for i in range(3))))
    links = link_texts(tree)
    lines = [_STORY[0], "Valley news | Bakery reopens after the flood, part 1",
             "Valley news | Bakery reopens after the flood, part 2", _STORY[1]]
    assert drop_link_runs("\n".join(lines), links).splitlines() == [_STORY[0], _STORY[1]]


def test_a_single_linked_line_inside_the_story_stays() -> None:
    from connectors.article_tree import drop_link_runs
    lines = ["First paragraph of the story.", "Flood defences at the harbour", "Last paragraph."]
    links = frozenset({"flood defences at the harbour"})
    assert drop_link_runs("\n".join(lines), links) == "\n".join(lines)
    assert drop_link_runs("\n".join(lines[:2]), links) == lines[0]


def test_hover_card_inside_a_paragraph_is_not_text() -> None:
    card = ('<span class="person"><a href="/people/jo-reed">Jo Reed</a><span class="card"><img src="/jo.jpg">'
            '<a href="/story/a1">Bridge repairs to start in spring</a> <a href="/story/a2">Council backs new '
            "ferry timetable</a></span></span>")
    body = (f"<p>{_STORY[0]}</p><p>The harbour master, {card}, said the pumps had saved the warehouses and that "
            "the quay would reopen once the water had gone down.</p>" + "".join(f"<p>{t}</p>" for t in _STORY[1:]))
    text = clean(page(body)).text
    assert "The harbour master, Jo Reed, said the pumps had saved the warehouses" in text
    assert "Bridge repairs" not in text


def test_teaser_cards_with_doubled_headlines_end_the_story() -> None:
    from connectors.clean import strip_residue
    story = [f"Paragraph {i} of the flood story tells what the crews did on the quay that morning." for i in range(5)]
    cards = ["Bridge repairs start in spring Bridge repairs start in spring", "Crews will close the bridge for a month.",
             "Ferry timetable changes again Ferry timetable changes again", "The winter timetable starts early."]
    assert strip_residue("\n".join(story + cards)).splitlines() == story
    one = story[:3] + ["Flood flood"] + story[3:]  # short doubled words are no card
    assert strip_residue("\n".join(one)).splitlines() == one


def test_standfirst_of_several_paragraphs_and_not_a_caption() -> None:
    caption = "The harbour at dawn, seen from the old lighthouse, after the night of rain"
    leads = ["Forty people spent the night in a sports hall.", "The ferries will not sail before Thursday."]
    tree = load_html(page(f'<div class="header-teaser__image-details">{caption}</div>'
                          + "".join(f'<p class="story-lead">{t}</p>' for t in leads)
                          + "".join(f"<p>{t}</p>" for t in _STORY)))
    assert standfirst(tree, None) == "\n".join(leads)


def test_date_only_lines_are_not_story() -> None:
    from connectors.clean import strip_residue
    lines = ["Stand: 14.03.2026, 07:30 Uhr", "Der Fluss trat in der Nacht über die Ufer.", "03.11.2025 | 18:05",
             "Am 14.03.2026 sollen die Fähren wieder fahren, sagte die Stadt.", "Die Pegel fielen um 12.5 Zentimeter."]
    assert strip_residue("\n".join(lines)).splitlines() == [lines[1], lines[3], lines[4]]


def test_described_standfirst_inside_a_header_list() -> None:
    lead = "The river broke through the harbour defences overnight and forty people were moved to a sports hall."
    tree = load_html(page(f'<ul class="subtitles"><li><h2>{lead}</h2></li></ul>' + "".join(f"<p>{t}</p>" for t in _STORY),
                          head=f'<meta name="description" content="{lead}">'))
    assert standfirst(tree, lead) == lead
    assert standfirst(tree, None) is None  # a list item with no description to vouch for it is no standfirst
