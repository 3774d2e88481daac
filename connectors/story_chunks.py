"""The rest of a story that the page splits into several containers.

CMSs that interleave ads or a paywall marker with the text render the body as a run of sibling containers of one
tag and class ("body__inner-container", "articleBody"), and an extractor that scores containers keeps the best one
only. The containers after it that repeat its tag and class hold the story's next paragraphs.

Pure functions on an lxml tree.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from connectors.article_tree import LINK_SHARE, PROSE_RUN, TextLengths, _inside_chrome, _norm, _text

_BLOCKS = ("p", "h2", "h3", "h4")
KEY = 60          # leading characters of a normalised paragraph that identify it
MIN_ADDED = 2     # paragraphs of running text a later chunk must bring: one is a stray teaser
# containers of other stories: a later chunk inside one is a teaser box that reuses the story's generic class
_OTHER_STORIES = re.compile(r"(?:^|[\s_-])(related|more|sidebar|aside|recommended|recommendations?|trending|popular|"
                            r"most-?read|teasers?|also|latest|promo)(?:$|[\s_-])", re.I)


def _key(text: str) -> str:
    """The normalised start of a paragraph (only its first characters are normalised: pages hold long texts)."""
    return _norm(text[:3 * KEY])[:KEY]


def _holder(tree: Any, line_keys: list[str]) -> tuple[Any, int] | None:
    """The parent of the <p> that holds the output's last paragraph (the first such <p> when the page repeats it,
    as a paywall's fading intro does), and that paragraph's line in the output."""
    where = {k: i for i, k in enumerate(line_keys) if len(k) >= KEY // 2}
    best, at = None, -1
    for p in tree.iter("p"):
        if (i := where.get(_key(p.text_content()), -1)) > at:
            best, at = p, i
    return None if best is None or best.getparent() is None else (best.getparent(), at)


def _article(el: Any) -> Any:
    """The <article> that holds an element (None outside one)."""
    return next((a for a in el.iterancestors("article")), None)


def _same_kind(holder: Any, cls: frozenset[str], el: Any) -> bool:
    """A container of the holder's kind: the same class list, or, within the holder's own <article> (or outside
    any when the holder is), one class list holding the other ("body articleBody" and the same with a
    "-bottom-space" modifier on the chunk before the next ad). Outside the story's <article> a generic class
    ("rich-text") is shared by other boxes of the page."""
    theirs = frozenset((el.get("class") or "").split())
    if not theirs or theirs == cls:
        return bool(theirs)
    return (theirs <= cls or cls <= theirs) and _article(holder) is _article(el)


def _in_other_story_box(el: Any, holder_line: frozenset[Any]) -> bool:
    """Inside a box the markup names as related, more or sidebar content (its ancestors that the holder does not
    share)."""
    return any(_OTHER_STORIES.search(f'{a.get("class") or ""} {a.get("id") or ""}')
               for a in el.iterancestors() if a not in holder_line)


def _later(tree: Any, lines: list[str], budget: int | None = None) -> tuple[list[str], int]:
    """The later chunks' texts and the output line they follow (see `later_chunks`); at most `budget` characters
    (the page's running text: a hostile page of chunks nested in chunks must not multiply it)."""
    line_keys = [_key(ln) for ln in lines]
    found_at = _holder(tree, line_keys)
    if found_at is None:
        return [], -1
    holder, at = found_at
    if not (cls := frozenset((holder.get("class") or "").split())):
        return [], -1
    keys = set(line_keys)
    lengths = TextLengths()
    found: list[str] = []
    taken: set[Any] = set()
    holder_line = frozenset(holder.iterancestors())
    added = 0
    passed = False
    for el in tree.iter(holder.tag, "h1"):
        if el is holder:
            passed = True
            continue
        if not passed:
            continue
        if el.tag == "h1":
            break
        if not _same_kind(holder, cls, el) or _inside_chrome(el):
            continue
        if any(a is holder or a in taken for a in el.iterancestors()):
            continue  # nested in the holder or in a chunk already taken: its text is taken already
        if _in_other_story_box(el, holder_line):
            continue
        taken.add(el)
        for block in el:
            if block.tag not in _BLOCKS or not (t := _text(block)) or _key(t) in keys:
                continue
            if lengths.linked(block) > LINK_SHARE * lengths.text(block):
                continue  # a teaser inside the chunk
            added += len(t)
            if budget is not None and added > budget:
                break
            found.append(t)
        if budget is not None and added > budget:
            break
    # a text that recurs across chunks is a widget's notice (a consent or login box per chunk), not the story
    counts = Counter(map(_key, found))
    found = [t for t in found if counts[_key(t)] == 1]
    prose = sum(len(t) >= PROSE_RUN for t in found)
    return (found, at) if prose >= MIN_ADDED else ([], -1)


def later_chunks(tree: Any, text: str) -> list[str]:
    """Paragraphs (and subheadings) of the containers after the one holding the output's last paragraph that share
    its tag and class (`_same_kind`), up to the next <h1> (another article of an endless page begins there); []
    when the holder has no class or the later chunks bring less than MIN_ADDED paragraphs of running text the
    output lacks."""
    return _later(tree, text.splitlines())[0]


def with_later_chunks(text: str, tree: Any, budget: int | None = None) -> str:
    """The output with the later chunks' paragraphs after its line of the holder's last paragraph (what follows that
    line, a byline or a teaser, stays after them for the residue rules); at most `budget` characters added."""
    lines = text.splitlines()
    more, at = _later(tree, lines, budget)
    return "\n".join([*lines[:at + 1], *more, *lines[at + 1:]]) if more else text
