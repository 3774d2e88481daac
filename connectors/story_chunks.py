"""The rest of a story that the page splits into several containers.

CMSs that interleave ads or a paywall marker with the text render the body as a run of sibling containers of one
tag and class ("body__inner-container", "articleBody"), and an extractor that scores containers keeps the best one
only. The containers after it that repeat its tag and class hold the story's next paragraphs.

Pure functions on an lxml tree.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from connectors.article_tree import LINK_SHARE, PROSE_RUN, TextLengths, _inside_chrome, _norm, _text

_BLOCKS = ("p", "h2", "h3", "h4")
KEY = 60          # leading characters of a normalised paragraph that identify it
MIN_ADDED = 2     # paragraphs of running text a later chunk must bring: one is a stray teaser


def _key(text: str) -> str:
    return _norm(text)[:KEY]


def _holder(tree: Any, lines: list[str]) -> Any | None:
    """The parent of the <p> that holds the output's last paragraph (the first such <p> when the page repeats it,
    as a paywall's fading intro does)."""
    where = {k: i for i, ln in enumerate(lines) if len(k := _key(ln)) >= KEY // 2}
    best, at = None, -1
    for p in tree.iter("p"):
        if (i := where.get(_key(_text(p)), -1)) > at:
            best, at = p, i
    return None if best is None else best.getparent()


def _same_kind(cls: frozenset[str], other: str | None) -> bool:
    """Class lists of one kind of container: one holds the other ("body articleBody" and the same with a
    "-bottom-space" modifier on the chunk before the next ad)."""
    theirs = frozenset((other or "").split())
    return bool(theirs) and (theirs <= cls or cls <= theirs)


def later_chunks(tree: Any, text: str) -> list[str]:
    """Paragraphs (and subheadings) of the containers after the one holding the output's last paragraph that share
    its tag and class (`_same_kind`), up to the next <h1> (another article of an endless page begins there); [] when the holder has
    no class or the later chunks bring less than MIN_ADDED paragraphs of running text the output lacks."""
    lines = text.splitlines()
    keys = {_key(ln) for ln in lines if ln.strip()}
    holder = _holder(tree, lines)
    if holder is None or not (cls := frozenset((holder.get("class") or "").split())):
        return []
    inside = set(holder.iter())
    lengths = TextLengths()
    found: list[str] = []
    passed = False
    for el in tree.iter():
        if el is holder:
            passed = True
            continue
        if not passed or el in inside:
            continue
        if el.tag == "h1":
            break
        if el.tag != holder.tag or not _same_kind(cls, el.get("class")) or _inside_chrome(el):
            continue
        for block in el:
            if block.tag not in _BLOCKS or not (t := _text(block)) or _key(t) in keys:
                continue
            if lengths.linked(block) > LINK_SHARE * lengths.text(block):
                continue  # a teaser inside the chunk
            found.append(t)
    # a text that recurs across chunks is a widget's notice (a consent or login box per chunk), not the story
    counts = Counter(map(_key, found))
    found = [t for t in found if counts[_key(t)] == 1]
    prose = sum(len(t) >= PROSE_RUN for t in found)
    return found if prose >= MIN_ADDED else []


def with_later_chunks(text: str, tree: Any) -> str:
    """The output with the later chunks' paragraphs after the last line it shares with the page's chunks (what
    follows that line, a byline or a teaser, stays after them for the residue rules)."""
    more = later_chunks(tree, text)
    if not more:
        return text
    lines = text.splitlines()
    known = {_key(t) for t in more}
    holder_keys = {_key(_text(p)) for p in tree.iter("p")}
    at = max((i for i, ln in enumerate(lines) if _key(ln) in holder_keys and _key(ln) not in known), default=len(lines) - 1)
    return "\n".join([*lines[:at + 1], *more, *lines[at + 1:]])
