"""Lines that speak to the reader instead of telling the story: newsletter and app prompts, paywall and consent
overlays, "email us", affiliate notices. They are never story in any language, so a lexicon of their phrases
(`connectors/data/promo_lines.csv`, one phrase per row with its language and kind) finds them on any site.

A phrase alone is not enough: the story may report that officials "urged residents to download the app" or that
relatives waited "to get the latest news from doctors". A match counts only where the line has a prompt's shape:
the phrase opens a sentence (the imperative "Download the app ..."), or its sentence speaks to the reader ("you",
"our", "Sie": `connectors/data/reader_words.csv`), or the phrase is most of its sentence. A phrase inside
quotation marks is someone speaking in the story. Long lines are running text and are never judged.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

MAX_PROMPT = 400     # characters: a prompt is one or two sentences; a longer line is a paragraph of the story
PHRASE_SHARE = 1 / 3  # a phrase at least this share of its sentence is what the sentence says
CJK_EDGE = 2          # characters (punctuation, brackets) that may stand between an unspaced phrase and the line's end
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w[\w'’-]*")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Han, Hangul: no spaces between words
_QUOTES = re.compile(r"[\"“”„«»]")
_SENTENCE_END = re.compile(r"[.!?:;…]\s+(?=\S)|[。！？】」』]")  # a label's colon ends its "sentence" too
_OPENERS = " -–—•*|([¿¡"


@cache
def _lexicon() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The phrases by their first word (checked only where a word starts: one dict look-up per word of a line,
    where one regular expression of every phrase cost 0.3 ms a line), and the phrases of unspaced scripts (kana,
    Han, Hangul)."""
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


@cache
def _reader_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that address the reader: lowercase ones in any case, capitalised ones ("Sie") only as written."""
    with resources.files("connectors").joinpath("data", "reader_words.csv").open(encoding="utf-8") as f:
        words = {row["word"].strip() for row in csv.DictReader(f) if row["word"].strip()}
    if not words:
        raise ValueError("reader_words.csv holds no word")
    return frozenset(w for w in words if w.islower()), frozenset(w for w in words if not w.islower())


def _sentence(line: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence of `line` that holds the span start..end."""
    ends = [m for m in _SENTENCE_END.finditer(line)]
    begin = max((m.end() for m in ends if m.end() <= start), default=0)
    stop = next((m.start() + 1 for m in ends if m.start() >= end), len(line))
    return begin, stop


def _quoted(line: str, at: int) -> bool:
    """Whether position `at` stands inside quotation marks (someone in the story speaks)."""
    return len(_QUOTES.findall(line, 0, at)) % 2 == 1


def _addresses_reader(sentence: str) -> bool:
    lower, exact = _reader_words()
    return any(w.lower() in lower or w in exact for w in _WORD.findall(sentence))


def _prompt_shaped(line: str, start: int, end: int) -> bool:
    """A phrase match at start..end of `line` (the line as written, spaces normalised) that reads as a prompt."""
    if _quoted(line, start):
        return False
    begin, stop = _sentence(line, start, end)
    if not line[begin:start].strip(_OPENERS):
        return True  # the phrase opens its sentence: an imperative or a heading
    sentence = line[begin:stop].strip()
    return _addresses_reader(sentence) or (end - start) >= PHRASE_SHARE * len(sentence)


def _unspaced_prompt(line: str, phrase: str) -> bool:
    """An unspaced-script phrase as a prompt: it opens or ends the line or one of its sentences, never inside one
    ("を読もう" is also "tried to read" in 逮捕状を読もうとした)."""
    for m in re.finditer(re.escape(phrase), line):
        before, after = line[:m.start()], line[m.end():]
        if not before.strip(_OPENERS) or before.rstrip()[-1:] in "。！？!?】」』)":
            return True
        if len(after.strip()) <= CJK_EDGE and not _UNSPACED.search(after):
            return True
    return False


def is_reader_prompt(line: str) -> bool:
    """Whether a line of output is a reader prompt (newsletter, app, paywall, consent, contact, affiliate)."""
    if len(line) > MAX_PROMPT:
        return False
    by_first, unspaced = _lexicon()
    text = _SPACE.sub(" ", line)
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): judge the lower-cased line itself
        text = low
    if any(p in low and _unspaced_prompt(low, p) for p in unspaced):
        return True
    return any(low.startswith(p, m.start()) and _prompt_shaped(text, m.start(), m.start() + len(p))
               for m in _WORD.finditer(low) for p in by_first.get(m.group(), ()))
