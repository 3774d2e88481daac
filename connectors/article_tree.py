"""What the page's tree says about its article, around trafilatura: markup that makes it drop or cut prose is
normalised first, the length the body should have is estimated, and the standfirst is found.

Pure functions on an lxml tree (no network, no trafilatura calls); clean.py decides what to do with them.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterator

# Inline elements that carry no text of their own when empty (an icon, a tracking anchor, a styling hook).
# trafilatura reads the text after such an element as its tail and can lose it, cutting a paragraph there.
_INLINE = ("a", "b", "strong", "i", "em", "span", "u", "font", "small", "mark", "abbr", "cite", "time")
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "button", "select", "option"})
LINK_SHARE = 0.5     # a paragraph whose links are at most this share of its text is prose with inline links
PROSE_RUN = 80       # characters: a text node this long is running text wherever it sits (div, td, span)
_SPACE = re.compile(r"\s+")
_NONWORD = re.compile(r"\W+")


def _text(el: Any) -> str:
    """Visible text of an element: scripts and styles inside it are not text."""
    if any(True for _ in el.iter(*_SKIP)):
        return _SPACE.sub(" ", " ".join(t for t in _text_nodes(el))).strip()
    return _SPACE.sub(" ", el.text_content()).strip()


def normalise_inline(tree: Any) -> None:
    """In place: drop empty inline elements (their tail stays) and unwrap the links of prose paragraphs.

    trafilatura's precision mode deletes short blocks holding a link (a one-sentence paragraph citing a source is
    "short with links") and some paragraphs end at an empty inline element; a link inside running text is text.
    Paragraphs that are mostly link ("Read more: <a>headline</a>") keep their links, so link-density still
    removes them.
    """
    empty = [el for el in tree.iter(*_INLINE)
             if len(el) == 0 and not (el.text or "").strip() and el.getparent() is not None]
    for el in empty:
        el.drop_tag()
    cards = [el for p in tree.iter("p") for el in p.iter("span", "div") if _is_link_card(el)]
    outer = {a for el in cards for a in el.iterancestors()}
    for el in (c for c in cards if c not in outer):  # the innermost: the element around it holds the linked name
        if el.getparent() is not None:
            el.drop_tree()
    for p in tree.iter("p"):
        links = list(p.iter("a"))
        if not links:
            continue
        total = len(_text(p))
        linked = sum(len(_text(a)) for a in links)
        if total and linked <= LINK_SHARE * total:
            for a in links:
                if a.getparent() is not None:
                    a.drop_tag()


_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(caption|figcaption|credits?|photo-?credit|image-?credit|bildunterschrift|"
                            r"copyright)(?:$|[\s_-])", re.I)
MAX_CAPTION = 400   # characters: a caption-classed element longer than this is a container, not a caption
LINK_ITEM = 0.8     # a list item whose text is at least this share link is a link to another story


def drop_captions_and_link_lists(tree: Any) -> None:
    """In place: remove photo captions/credits (figcaption, or a short element classed as a caption or credit)
    and lists whose every item is a link (related stories, topic lists), which trafilatura keeps as text when
    they sit inside the article."""
    doomed = list(tree.iter("figcaption"))
    for el in tree.iter("p", "div", "span", "small", "cite"):
        if _CAPTION_CLASS.search(el.get("class") or "") and len(el.text_content()) <= MAX_CAPTION:
            doomed.append(el)
    for lst in tree.iter("ul", "ol"):
        items = [li for li in lst if li.tag == "li"]
        if len(items) >= 2 and all(_mostly_link(li) for li in items):
            doomed.append(lst)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _mostly_link(el: Any) -> bool:
    total = len(_text(el))
    return total > 0 and sum(len(_text(a)) for a in el.iter("a")) >= LINK_ITEM * total


MIN_LINK_LINE = 15   # characters: shorter link texts ("Home", "More") say nothing about a line


def link_texts(tree: Any) -> frozenset[str]:
    """The normalised texts of the page's links: a line of output that is exactly one of them is a link to
    another page (a teaser headline), not the story's prose."""
    return frozenset(t for a in tree.iter("a") if len(t := _norm(a.text_content())) >= MIN_LINK_LINE)


def drop_link_runs(text: str, links: frozenset[str], run: int = 2) -> str:
    """Remove runs of at least `run` consecutive lines that are each a link's text (teaser lists that were not
    <ul> lists), and such lines at the very end."""
    lines = text.splitlines()
    is_link = [_norm(ln) in links for ln in lines]
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and is_link[j]:
            j += 1
        if j > i and (j - i >= run or j == len(lines)):
            keep[i:j] = [False] * (j - i)
        i = max(j, i + 1)
    return "\n".join(ln for ln, k in zip(lines, keep) if k)


def _is_link_card(el: Any) -> bool:
    """A hover card or link cluster inside a paragraph: a span/div holding several links and an image, or several
    links and nothing else. Its text would run into the sentence around it."""
    links = list(el.iter("a"))
    if len(links) < 2:
        return False
    if el.find(".//img") is not None:
        return True
    return _mostly_link(el) and len(links) >= 3


def _text_nodes(tree: Any) -> Iterator[str]:
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        if el.text:
            yield el.text
        for child in el:
            if child.tail:
                yield child.tail


def prose_chars(tree: Any) -> int:
    """Characters of running text on the page, whatever holds it: <p> text plus the long text runs outside <p>.

    The fast pass's output is compared with this, so a page whose story sits in <div>s (no <p>) still shows
    what a short output lost."""
    in_p = sum(len(p.text_content()) for p in tree.iter("p"))
    runs = 0
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP or el.tag == "p":
            continue
        for t in (el.text, *(child.tail for child in el)):
            if t and len(t) >= PROSE_RUN and len(t := t.strip()) >= PROSE_RUN:
                runs += len(t)
    return in_p + runs


def _walk(obj: Any) -> Iterator[dict]:
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from _walk(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v)


def schema_article_body(tree: Any) -> str:
    """The schema.org articleBody a page declares in JSON-LD ('' when none): the publisher's own statement of
    how long the story is."""
    best = ""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for node in _walk(data):
            body = node.get("articleBody")
            if isinstance(body, str) and len(body) > len(best):
                best = body
    return best


def _norm(text: str) -> str:
    return _NONWORD.sub(" ", text).strip().lower()


_LEAD_CLASS = re.compile(r"(?:^|[\s_-])(standfirst|strapline|summary|lead|leadin|intro|teaser|teasertext|"
                         r"excerpt|synopsis|subtitle|subheadline|subhead|dek|preface|abstract|description|kicker-text)"
                         r"(?:$|[\s_-])",
                         re.I)
_BLOCKS = ("p", "div", "h2", "h3", "section", "span", "header")
_OUTSIDE = frozenset({"nav", "aside", "footer", "figure", "figcaption", "form", "button", "li", "a"})
_NOT_LEAD_CLASS = re.compile(r"image|img|photo|media|caption|credit|video|gallery|author|byline|date", re.I)
MIN_LEAD = 30
MAX_LEAD = 800
BODY_STARTED = 150  # characters of a <p> that is the story itself


def _inside_chrome(el: Any, described: bool = False) -> bool:
    """Inside navigation, a sidebar, a caption or a link; a list item too unless it is the page's description."""
    return any(a.tag in _OUTSIDE and not (described and a.tag == "li") for a in el.iterancestors())


def standfirst(tree: Any, description: str | None) -> str | None:
    """The article's standfirst (summary under the headline): the first block after the <h1> whose class names
    it a lead/summary/teaser, or whose text is the page's meta description. None when the page has none.

    Both signals are markup conventions, not sites: CMSs mark the standfirst by class, and publishers reuse
    it as the description."""
    h1 = next(tree.iter("h1"), None)
    desc = _norm(description or "")[:60]
    after_h1 = h1 is None
    for el in tree.iter(*_BLOCKS, "h1"):
        if el is h1:
            after_h1 = True
            continue
        if not after_h1:
            continue
        cls = f"{el.get('class') or ''} {el.get('data-manual') or ''}"
        by_class = bool(_LEAD_CLASS.search(cls)) and not _NOT_LEAD_CLASS.search(cls)
        by_desc = len(desc) >= MIN_LEAD and _norm(el.text or "")[:30] == desc[:30]
        if not (by_class or by_desc):
            if el.tag == "p" and len(el.text_content()) >= BODY_STARTED:
                return None  # the story has begun: a lead below it is no standfirst
            continue
        text = _text(el)
        if not (MIN_LEAD <= len(text) <= MAX_LEAD) or _inside_chrome(el, by_desc):
            continue
        if by_desc and not _norm(text).startswith(desc):
            continue
        if sum(len(_text(a)) for a in el.iter("a")) > LINK_SHARE * len(text):
            continue
        return "\n".join([text, *_same_class_siblings(el)])
    return None


def _same_class_siblings(el: Any) -> Iterator[str]:
    """The paragraphs that continue a standfirst of several (siblings of the same tag and class)."""
    for sib in el.itersiblings():
        if sib.tag != el.tag or sib.get("class") != el.get("class") or not el.get("class"):
            return
        if text := _text(sib):
            yield text
