"""Lines that speak to the reader instead of telling the story: newsletter and app prompts, paywall and consent
overlays, "email us", affiliate notices. They are never story in any language, so a lexicon of their phrases
(`connectors/data/promo_lines.csv`, one phrase per row with its language and kind) finds them on any site.

A phrase is reader-addressed wording ("sign up for our newsletter", not "newsletter"), so a story paragraph that
mentions a newsletter or an app keeps its place; long lines are running text and are never judged.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

MAX_PROMPT = 400  # characters: a prompt is one or two sentences; a longer line is a paragraph of the story
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w[\w'’-]*")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Han, Hangul: no spaces between words


@cache
def _lexicon() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The phrases by their first word (checked only where a word starts: one dict look-up per word of a line,
    where one regular expression of every phrase cost 0.3 ms a line), and the phrases of unspaced scripts (kana,
    Han, Hangul), which may follow any character."""
    with resources.files("connectors").joinpath("data", "promo_lines.csv").open(encoding="utf-8") as f:
        phrases = {row["phrase"].strip().lower() for row in csv.DictReader(f) if row["phrase"].strip()}
    if not phrases:
        raise ValueError("promo_lines.csv holds no phrase")
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        if not _UNSPACED.match(phrase) and (first := _WORD.match(phrase)):
            by_first.setdefault(first.group(), []).append(phrase)
    unspaced = tuple(sorted(p for p in phrases if _UNSPACED.match(p)))
    return {w: tuple(ps) for w, ps in by_first.items()}, unspaced


def is_reader_prompt(line: str) -> bool:
    """Whether a line of output is a reader prompt (newsletter, app, paywall, consent, contact, affiliate)."""
    if len(line) > MAX_PROMPT:
        return False
    by_first, unspaced = _lexicon()
    low = _SPACE.sub(" ", line.lower())
    if any(p in low for p in unspaced):
        return True
    return any(low.startswith(p, m.start()) for m in _WORD.finditer(low) for p in by_first.get(m.group(), ()))
