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
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Han, Hangul: no spaces between words


@cache
def _phrases() -> re.Pattern[str]:
    """One alternation of every phrase of the lexicon."""
    with resources.files("connectors").joinpath("data", "promo_lines.csv").open(encoding="utf-8") as f:
        phrases = sorted({row["phrase"].strip().lower() for row in csv.DictReader(f) if row["phrase"].strip()},
                         key=len, reverse=True)
    if not phrases:
        raise ValueError("promo_lines.csv holds no phrase")
    # a word boundary before phrases that start with a letter of a spaced script; CJK phrases follow any character
    bounded = lambda p: re.escape(p) if _UNSPACED.match(p) else r"(?<!\w)" + re.escape(p)  # noqa: E731
    return re.compile("|".join(map(bounded, phrases)))


def is_reader_prompt(line: str) -> bool:
    """Whether a line of output is a reader prompt (newsletter, app, paywall, consent, contact, affiliate)."""
    if len(line) > MAX_PROMPT:
        return False
    return bool(_phrases().search(_SPACE.sub(" ", line.lower())))
