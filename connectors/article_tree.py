"""What the page's tree says about its article, around trafilatura: markup that makes it drop or cut prose is
normalised first, the length the body should have is estimated, and the standfirst is found.

Pure functions on an lxml tree (no network, no trafilatura calls); clean.py decides what to do with them.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

from lxml import etree

# Inline elements that carry no text of their own when empty (an icon, a tracking anchor, a styling hook).
# trafilatura reads the text after such an element as its tail and can lose it, cutting a paragraph there.
_INLINE = ("a", "b", "strong", "i", "em", "span", "u", "font", "small", "mark", "abbr", "cite", "time")
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "button", "select", "option"})
LINK_SHARE = 0.5     # a paragraph whose links are at most this share of its text is prose with inline links
PROSE_RUN = 80       # characters: a text node this long is running text wherever it sits (div, td, span)
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"""[.!…]["'”’»)]?$""")
_NONWORD = re.compile(r"\W+")


def _text(el: Any) -> str:
    """Visible text of an element: scripts and styles inside it are not text."""
    if any(True for _ in el.iter(*_SKIP)):
        return _SPACE.sub(" ", " ".join(t for t in _text_nodes(el))).strip()
    return _SPACE.sub(" ", el.text_content()).strip()


@dataclass(frozen=True)
class _Run:
    """Whitespace shape of a piece of text: enough to add up the length `_text` gives without building it."""
    chars: int = 0        # non-space characters
    gaps: int = 0         # whitespace runs between non-space characters
    lead: bool = False    # whitespace before the first non-space character (or only whitespace)
    trail: bool = False   # whitespace after the last non-space character

    @staticmethod
    def of(t: str | None) -> "_Run":
        if not t:
            return _EMPTY
        words = t.split()
        if not words:
            return _BLANK
        return _Run(sum(map(len, words)), len(words) - 1, t[0].isspace(), t[-1].isspace())

    def __add__(self, o: "_Run") -> "_Run":
        if not self.chars:
            return _Run(o.chars, o.gaps, self.lead or self.trail or o.lead, o.trail or (not o.chars and self.trail))
        if not o.chars:
            return _Run(self.chars, self.gaps, self.lead, self.trail or o.lead or o.trail)
        return _Run(self.chars + o.chars, self.gaps + o.gaps + (self.trail or o.lead), self.lead, o.trail)

    @property
    def length(self) -> int:
        return self.chars + self.gaps


_EMPTY = _Run()
_BLANK = _Run(lead=True, trail=True)


class TextLengths:
    """The visible text length of elements (what len(_text(el)) gives) and of the links inside them, each element
    computed once, bottom-up, and only for the subtrees asked about: asking each level of a 250-deep nest for its
    text would otherwise rescan the same text 250 times."""

    def __init__(self) -> None:
        self._runs: dict[Any, _Run] = {}
        self._links: dict[Any, int] = {}

    def _fill(self, root: Any) -> None:
        if root in self._runs:
            return
        for el in reversed(list(root.iter())):  # children before their parents
            if el in self._runs:
                continue
            if not isinstance(el.tag, str) or el.tag in _SKIP:
                self._runs[el], self._links[el] = _EMPTY, 0
                continue
            run, links = _Run.of(el.text), 0
            for child in el:
                run = run + self._runs.get(child, _EMPTY) + _Run.of(child.tail)
                links += self._links.get(child, 0)
            self._runs[el] = run
            self._links[el] = run.length if el.tag == "a" else links

    def text(self, el: Any) -> int:
        self._fill(el)
        return self._runs[el].length

    def linked(self, el: Any) -> int:
        self._fill(el)
        return self._links[el]


MAX_DEPTH = 100  # element nesting: real article pages stay under ~60; trafilatura's cost grows with depth x size


def flatten_deep(tree: Any, max_depth: int = MAX_DEPTH) -> int:
    """In place: unwrap elements nested deeper than `max_depth` (their text and tails stay where they are; scripts
    and styles that deep go). A hostile page of 250-deep nests would otherwise cost trafilatura seconds per pass
    under the element cap. Returns how many elements went."""
    deep = []
    depth = 0
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth > max_depth and isinstance(el.tag, str):
            deep.append(el)
    for el in deep:
        if el.getparent() is None:
            continue
        if el.tag in _SKIP:
            el.drop_tree()
        else:
            el.drop_tag()
    return len(deep)


def normalise_inline(tree: Any) -> None:
    """In place: drop empty inline elements (their tail stays) and unwrap the links of prose paragraphs.

    trafilatura's precision mode deletes short blocks holding a link (a one-sentence paragraph citing a source is
    "short with links") and some paragraphs end at an empty inline element; a link inside running text is text.
    Paragraphs that are mostly link ("Read more: <a>headline</a>") keep their links, so link-density still
    removes them.
    """
    _drop_empty_inline(tree)
    lengths = TextLengths()
    cards = [el for p in tree.iter("p") for el in p.iter("span", "div") if _is_link_card(el, lengths)]
    outer = {a for el in cards for a in el.iterancestors()}
    for el in (c for c in cards if c not in outer):  # the innermost: the element around it holds the linked name
        if el.getparent() is not None:
            el.drop_tree()
    if cards:
        _drop_empty_inline(tree)  # the nest of inline elements that held a card is empty now
    for p in tree.iter("p"):
        links = list(p.iter("a"))
        if not links:
            continue
        total = len(_text(p))
        linked = sum(len(_text(a)) for a in links)
        if (total and linked <= LINK_SHARE * total) or _linked_sentence(p, links, total):
            for a in links:
                if a.getparent() is not None:
                    a.drop_tag()


def _drop_empty_inline(tree: Any) -> None:
    """Unwrap inline elements with no text and no children, innermost first, so that a nest of them goes whole."""
    for el in reversed(list(tree.iter(*_INLINE))):
        if len(el) == 0 and not (el.text or "").strip() and el.getparent() is not None:
            el.drop_tag()


MIN_LINKED_SENTENCE = 40  # characters: a fully linked paragraph this long, ending in a full stop, is a sentence


def _linked_sentence(p: Any, links: list[Any], total: int) -> bool:
    """A story sentence that is all one link (citing the statement it reports), between two prose paragraphs; a
    "Read more" teaser is a headline (no full stop) or stands at the story's edge."""
    if len(links) != 1 or total < MIN_LINKED_SENTENCE or not _SENTENCE_END.search(_text(p)):
        return False
    prose = lambda el: (el is not None and el.tag == "p" and len(_text(el)) >= PROSE_RUN  # noqa: E731
                        and not any(True for _ in el.iter("a")))
    return prose(p.getprevious()) and prose(p.getnext())


_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(caption|figcaption|credits?|photo-?credit|image-?credit|bildunterschrift|"
                            r"copyright)(?:$|[\s_-])", re.I)
MAX_CAPTION = 400   # characters: a caption-classed element longer than this is a container, not a caption
LINK_ITEM = 0.8     # a list item whose text is at least this share link is a link to another story


def drop_captions_and_link_lists(tree: Any) -> None:
    """In place: remove photo captions/credits (figcaption, or a short element classed as a caption or credit)
    and lists whose every item is a link (related stories, topic lists), which trafilatura keeps as text when
    they sit inside the article."""
    doomed = list(tree.iter("figcaption"))
    lengths = TextLengths()
    for el in tree.iter("p", "div", "span", "small", "cite"):
        if _CAPTION_CLASS.search(el.get("class") or "") and lengths.text(el) <= MAX_CAPTION:
            doomed.append(el)
    for lst in tree.iter("ul", "ol"):
        items = [li for li in lst if li.tag == "li"]
        if len(items) >= 2 and all(_link_item(li, lengths) for li in items):
            doomed.append(lst)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


MAX_KICKER = 40     # characters of unlinked text a teaser item may carry before its link ("Health: ", "Video | ")
MIN_HEADLINE_WORDS = 4  # words of a linked headline; a linked name ("Maria Gonzalez, 42") is a list of people
MIN_UNSPACED_HEADLINE = 12  # characters of a linked headline written without spaces (Han, kana)


def _link_item(li: Any, lengths: TextLengths) -> bool:
    """A list item that links to another story: all link, or a short kicker label and a linked headline of several
    words (a list of the dead, each name linked to an obituary and followed by the age, is story)."""
    if _mostly_link(li, lengths):
        return True
    total, linked = lengths.text(li), lengths.linked(li)
    if not (linked > 0 and total - linked <= MAX_KICKER and 2 * linked >= total):
        return False
    return any(_headline_length(_text(a)) for a in li.iter("a"))


def _headline_length(text: str) -> bool:
    """Several words, or for unspaced scripts (Han, kana) a dozen characters."""
    words = text.split()
    return len(words) >= MIN_HEADLINE_WORDS or (len(words) == 1 and len(text) >= MIN_UNSPACED_HEADLINE)


def _mostly_link(el: Any, lengths: TextLengths) -> bool:
    total = lengths.text(el)
    return total > 0 and lengths.linked(el) >= LINK_ITEM * total


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


def _is_link_card(el: Any, lengths: TextLengths) -> bool:
    """A hover card or link cluster inside a paragraph: a span/div holding several links and an image, or several
    links and nothing else. Its text would run into the sentence around it."""
    links = list(el.iter("a"))
    if len(links) < 2:
        return False
    if el.find(".//img") is not None:
        return True
    return len(links) >= 3 and _mostly_link(el, lengths)


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


MAX_LD_SCRIPT = 2_000_000  # characters of one JSON-LD block: more is no page's metadata
MAX_LD_NODES = 20_000      # dicts and lists walked over all blocks of a page
MAX_LD_DEPTH = 32          # articleBody sits a few levels down (@graph, mainEntity); deeper is no article


def _walk(obj: Any, budget: list[int]) -> Iterator[dict]:
    """The dicts inside a JSON value, outer first, with an explicit stack (a recursive generator costs depth^2),
    down to MAX_LD_DEPTH levels and while `budget[0]` nodes are left."""
    stack = [(obj, 0)]
    while stack and budget[0] > 0:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children = list(node.values())
            yield node
        elif isinstance(node, list):
            children = node
        else:
            continue
        budget[0] -= 1
        if depth < MAX_LD_DEPTH:
            stack.extend((c, depth + 1) for c in reversed(children) if isinstance(c, (dict, list)))


def schema_article_body(tree: Any) -> str:
    """The schema.org articleBody a page declares in JSON-LD ('' when none): the publisher's own statement of
    how long the story is. Oversized or too deeply nested blocks are skipped (json raises RecursionError past
    ~1,000 levels)."""
    best = ""
    budget = [MAX_LD_NODES]
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        if len(script.text) > MAX_LD_SCRIPT:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        for node in _walk(data, budget):
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


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _running_text(el: Any, lengths: TextLengths) -> bool:
    """A block that is the story itself: a <p> of PROSE_RUN+ characters, or a block element with such a text run
    of its own (headings and inline elements hold headlines, kickers and the title again, not the story)."""
    if el.tag == "p":
        return lengths.text(el) >= PROSE_RUN
    if el.tag in _HEADINGS or el.tag in _INLINE:
        return False
    return any(t and len(t) >= PROSE_RUN and len(t.strip()) >= PROSE_RUN for t in (el.text, *(c.tail for c in el)))


def standfirst(tree: Any, description: str | None) -> str | None:
    """The article's standfirst (summary under the headline): a block between the <h1> and the story's first
    running text whose class names it a lead/summary/teaser, or whose text is the page's meta description. None
    when the page has none.

    Both signals are markup conventions, not sites: CMSs mark the standfirst by class, and publishers reuse
    it as the description. Only the header is searched: below the story's start, a summary-classed block is
    another story's teaser card and the description's text a footer slogan."""
    h1 = next(tree.iter("h1"), None)
    desc = _norm(description or "")[:60]
    after_h1 = h1 is None
    lengths = TextLengths()
    for el in tree.iter(*_BLOCKS, *_HEADINGS):
        if el is h1:
            after_h1 = True
            continue
        if not after_h1:
            continue
        cls = f"{el.get('class') or ''} {el.get('data-manual') or ''}"
        by_class = bool(_LEAD_CLASS.search(cls)) and not _NOT_LEAD_CLASS.search(cls)
        by_desc = len(desc) >= MIN_LEAD and _norm(el.text or "")[:30] == desc[:30]
        chrome = _inside_chrome(el, by_desc)
        if (by_class or by_desc) and not chrome and MIN_LEAD <= lengths.text(el) <= MAX_LEAD:
            text = _text(el)
            if (not by_desc or _norm(text).startswith(desc)) and lengths.linked(el) <= LINK_SHARE * len(text):
                return "\n".join([text, *_same_class_siblings(el)])
        if not chrome and _running_text(el, lengths):
            return None  # the story has begun: a lead below it is no standfirst
    return None


def lead_block(tree: Any) -> tuple[str, str] | None:
    """The story's first running text (a run of PROSE_RUN+ characters after the <h1>, outside navigation and
    sidebars) when it is not a <p> but the next element is a <p> of running text: (lead, that paragraph). An
    extraction that holds the paragraph but not the lead dropped the lead for its tag (precision mode keeps <p>)."""
    h1 = next(tree.iter("h1"), None)
    after_h1 = h1 is None
    for el in tree.iter():
        if el is h1:
            after_h1 = True
            continue
        if not after_h1 or not isinstance(el.tag, str) or el.tag in _SKIP or el.tag in _HEADINGS:
            continue
        for t in (el.text, *(c.tail for c in el)):
            if t and len(t) >= PROSE_RUN and len(t := t.strip()) >= PROSE_RUN:
                if el.tag in _OUTSIDE or _inside_chrome(el):
                    break
                nxt = el.getnext()
                if el.tag == "p" or nxt is None or nxt.tag != "p" or len(after := _text(nxt)) < PROSE_RUN:
                    return None
                return t, after
    return None


def _same_class_siblings(el: Any) -> Iterator[str]:
    """The paragraphs that continue a standfirst of several (siblings of the same tag and class)."""
    for sib in el.itersiblings():
        if sib.tag != el.tag or sib.get("class") != el.get("class") or not el.get("class"):
            return
        if text := _text(sib):
            yield text
