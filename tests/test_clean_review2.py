"""Regression tests for the second outside review of the clean-text rules (issue 15): reader prompts, credit
lines, author bios, teaser lists and story chunks that took story text, or multiplied it. Pages are written here
for the tests (fictional news)."""
from __future__ import annotations

from connectors.author_bio import bio_subject, drop_tail_bios, is_credit
from connectors.clean import CleanError, clean
from connectors.reader_prompts import is_reader_prompt


def _page(paras: list[str], lang: str = "en", extra: str = "", after: str = "") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Storm floods harbour town</title></head><body>'
            f'<nav><a href="/">Home</a></nav><main><article><h1>Storm floods harbour town</h1>'
            f'<div class="story-text">{"".join(f"<p>{p}</p>" for p in paras)}{extra}</div></article>{after}'
            f'</main></body></html>')


def _kept(paras: list[str], out: str) -> list[str]:
    return [p for p in paras if p in out]


# --- 01 reader prompts: the phrase alone does not make a prompt -------------------------------------------------

_FLOOD = [
    "A storm surge flooded the harbour town of Brackwater overnight, killing two fishermen, after the council "
    "told residents to download the app that sends flood warnings to phones.",
    "Families gathered at the town hall through the night to get the latest news from rescuers searching the "
    "flooded streets of the old quarter, the coastguard said.",
    "The magistrate paused the inquest into the deaths, then went on to continue reading the statements of the "
    "two surviving crew members, a court clerk said.",
    "Sergeant Ewan Blake said of the missing boat: \"Anyone who saw it leave the quay, we want to hear from you.\"",
]


def test_story_sentences_holding_a_prompt_phrase_stay_and_real_prompts_go() -> None:
    out = clean(_page([*_FLOOD, "Sign up for our newsletter to get the morning's top stories."])).text
    assert _kept(_FLOOD, out) == _FLOOD
    assert "Sign up for our newsletter" not in out


def test_prompt_shapes() -> None:
    assert is_reader_prompt("Download the app for alerts on your phone.")
    assert is_reader_prompt("Got a tip? We want to hear from you.")
    assert is_reader_prompt("The best local stories, delivered to your inbox every morning.")
    assert not is_reader_prompt("Police urged drivers to download the app that shows closed roads, officials said.")
    assert not is_reader_prompt('The chief said: "We want to hear from you if you saw the van."')


# --- 02 unspaced scripts: a prompt phrase inside a sentence is a verb of the story ------------------------------

def test_japanese_phrase_inside_a_sentence_stays() -> None:
    lead = "警察によると、男は駅前で警察官が令状を読もうとしたところ逃げ出し、約１時間後に近くの公園で身柄を確保された。"
    follow = "警察は、男が被害者の女性のＳＮＳアカウントをフォローするなどしていたとみて、詳しい経緯を調べている。"
    text = clean(_page([lead, follow, "現場は駅から約２００メートルの住宅街で、夜は人通りが少ないという。"], lang="ja")).text
    assert lead in text and follow in text
    assert is_reader_prompt("地元新聞デジタルを読もう！")
    assert is_reader_prompt("カテゴリーをフォローする")


# --- 03 credit lines: a phrase followed by a sentence is story --------------------------------------------------

def test_credit_phrase_followed_by_a_clause_is_story() -> None:
    assert not is_credit("Reporting by Amnesty International found that 40 detainees had died in custody since May.")
    assert not is_credit("Der Fahrer erschien zuerst gegen 9 Uhr an der Tankstelle und bedrohte die Kassiererin.")
    assert not is_credit("L'enquête, initialement publié en avril, comptait déjà douze victimes dans la région.")
    assert is_credit("Reporting by Jo Park in Oslo; Editing by Sam Ortiz")
    assert is_credit("Dieser Beitrag erschien zuerst bei Radio Nord.")
    assert is_credit("Kim Lee in Lagos contributed to this report.")


def test_last_paragraph_opening_with_a_credit_phrase_stays() -> None:
    last = ("Reporting by Amnesty International found that 40 detainees had died in custody in the province "
            "since May.")
    paras = [_FLOOD[0], _FLOOD[1], last]
    assert last in clean(_page(paras)).text


# --- 04 author bio: the role must be the copula's predicate, of one person --------------------------------------

def test_victims_named_before_a_source_attribution_are_no_bio() -> None:
    assert bio_subject("Omar Said and Yusuf Adan are among the dead, a local reporter told AFP.") is None
    assert bio_subject("Omar Said is among the dead, according to a journalist in the town.") is None
    assert bio_subject("Omar Said is a freelance journalist based in the capital.") == "Said"
    lines = [*_FLOOD[:3], "Omar Said and Yusuf Adan are among the dead, a local reporter told AFP."]
    assert drop_tail_bios(lines) == lines


# --- 05 author bio: a person the short story named above keeps their paragraph ----------------------------------

def test_bio_of_a_person_named_in_a_short_brief_stays() -> None:
    brief = ["Police arrested the reporter Lena Okafor at the harbour on Monday, her editor said.",
             "Ms Okafor had been filming the flooded quay when officers took her camera.",
             "Ms Okafor is a reporter for the Brackwater Gazette and has covered the coast for ten years.",
             "The police did not comment."]
    assert drop_tail_bios(brief) == brief


# --- 06 teaser lists: a linked list of names is story -----------------------------------------------------------

def test_linked_list_of_names_with_ages_stays_and_kicker_teasers_go() -> None:
    names = [("Rosa Lindqvist", 64), ("Peter Adeyemi", 31), ("Hana Kovac", 58)]
    names_list = "<ul>" + "".join(f'<li><a href="/obit/{i}">{n}</a>, {a}</li>' for i, (n, a) in
                                  enumerate(names)) + "</ul>"
    text = clean(_page(_FLOOD[:2] + ["The dead were named by the coroner as:"], extra=names_list)).text
    assert all(n in text for n, _ in names)
    teasers = ("<ul><li>Weather: <a href='/a'>Council opens new shelter for families of the harbour</a></li>"
               "<li>Sport: <a href='/b'>Harbour rowing club cancels its summer regatta after storm</a></li></ul>")
    text = clean(_page(_FLOOD[:3], extra=teasers)).text
    assert "regatta" not in text and "shelter" not in text


# --- 07 story chunks: a teaser box reusing a generic class is no chunk of the story ----------------------------

_CHUNKS = [
    "A storm surge flooded the harbour town of Brackwater overnight, killing two fishermen whose boat capsized "
    "near the breakwater, the coastguard said.",
    "Rescue teams worked through the night to reach residents trapped in the upper floors of houses along the "
    "flooded seafront road.",
    "The mayor said the sea wall had been breached in three places and asked the government for emergency funds "
    "to rebuild it before the winter storms.",
    "Residents said the water rose faster than during the last great flood, which struck the town almost thirty "
    "years ago.",
    "The coastguard said it had recovered the bodies of both fishermen by morning and that no one else was "
    "reported missing.",
]
_OTHER = [
    "A landslide on the mountain road north of the capital buried three cars late on Friday, the police said in "
    "a statement on Saturday.",
    "A ferry ran aground off the southern islands with 200 passengers on board, none of whom were hurt, the "
    "operator said.",
]


def _chunked(paras: list[str], cls: str) -> str:
    return f'<div class="{cls}">' + "".join(f"<p>{p}</p>" for p in paras) + "</div>"


def test_teaser_box_sharing_a_generic_class_is_not_spliced_into_the_story() -> None:
    ad = '<div class="advert"><p>Advertisement</p></div>'
    body = (f"{_chunked(_CHUNKS[:2], 'prose body-text')}{ad}{_chunked(_CHUNKS[2:4], 'prose body-text')}{ad}"
            f"{_chunked(_CHUNKS[4:], 'prose body-text')}")
    html = ("<html lang='en'><head><title>Storm floods harbour town</title></head><body><main><article>"
            f"<h1>Storm floods harbour town</h1>{body}</article><section class='more-stories'><h2>Elsewhere</h2>"
            f"{_chunked(_OTHER, 'prose')}</section></main></body></html>")
    text = clean(html).text
    assert _kept(_CHUNKS, text) == _CHUNKS
    assert _kept(_OTHER, text) == []


# --- 08 story chunks: nested same-class chunks are read once, within the page's text ---------------------------

def test_nested_same_class_chunks_do_not_multiply_the_output() -> None:
    depth = 20
    nest = '<div class="k"><p>x<span>' * depth + "tide " * 20_000 + "</span></p></div>" * depth
    html = (f"<html><body><h1>Storm floods harbour town</h1>{_chunked(_CHUNKS[:2], 'k')}{nest}</body></html>")
    try:
        text = clean(html).text
    except CleanError:
        text = ""
    assert len(text) <= 2 * len(html), (len(text), len(html))
