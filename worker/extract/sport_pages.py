"""Sports pages: their violent idiom tells no incident.

A match report writes "a brutal assault on the bowling attack", "the innings bombed", "the chase was all but killed
off", "the clash between the two sides": every one a trigger word. On a page whose words are sport's
(data/sport_words.csv: wickets, innings, striker, league, coach ...) a trigger sentence tells an incident only when
it names real violence as well (the same file's `violence` words: a bomb, gunmen, police, tear gas, a stampede), as
"a bomb exploded near the stadium" or "fans clashed with police" do, or the project's own lexicons name a weapon
(data/weapons.csv: a missile, knives) or an armed doer (role_words.csv, groups: fighters, al-Shabaab). The test is of
the whole sentence a clause stands in ("three soldiers were killed ... hours after a drone strike killed four": the
clause after "after" keeps its violence). The page is read once per article (`reading`), and `classify` of every
step asks `idiom` of its sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from worker.extract.alternation import CaselessTest, literal
from worker.extract.gazetteer import data_pattern, data_rows
from worker.extract.last_text import last_text

# distinct words of sport a sports page names: at least MIN_OWN of those written only of sport (wicket, striker,
# half-time) and MIN_ALL in all (league, coach, fans and team are also written of other news)
MIN_OWN, MIN_ALL = 2, 5

# the page being read: (a sports page?, its sentences that name real violence); () when no sports page is read
_SPORT_PAGE: ContextVar[tuple[str, ...] | None] = ContextVar("sport_page", default=None)


@cache
def _words(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """The words of data/sport_words.csv of the given kinds, each also in its plural, as one alternation."""
    words = (r["word"].strip() for r in data_rows("sport_words.csv") if r["kind"] in kinds)
    return data_pattern(r"\b(?:" + literal(words, loose=True, plural=True) + r")\b", "sport_words.csv")


@cache
def _page_words() -> CaselessTest:
    """The sport and sport_common words, read over a whole page: on the lower-cased page where that is the same
    (a quarter of the case-blind scan's time, ~0.7 ms of an article's ~25)."""
    return CaselessTest(_words(("sport", "sport_common")).pattern)


@cache
def _own() -> frozenset[str]:
    return frozenset(r["word"].strip().lower() for r in data_rows("sport_words.csv") if r["kind"] == "sport")


def _base(word: str) -> str:
    """The lexicon's word of a match: "wickets" is "wicket", "half century" is "half-century"."""
    w = word.lower().replace(" ", "-")
    return w[:-1] if w.endswith("s") and w[:-1] in _own() else w


@last_text
def sports_page(text: str) -> bool:
    """The page is about sport: it names MIN_OWN distinct words of sport alone and MIN_ALL words of sport in all
    (one pass of the lexicon over the text)."""
    found = {_base(w) for w in _page_words().folded_words(text)}
    own = {w for w in found if w in _own() or w.replace("-", " ") in _own()}
    return len(own) >= MIN_OWN and len(found) >= MIN_ALL


def real_violence(sentence: str) -> bool:
    """The sentence names real violence: a word of the `violence` rows ("gunmen", "beaten to death"), a weapon of
    data/weapons.csv ("a missile", "knives") or an armed doer ("fighters", "al-Shabaab")."""
    from worker.extract import violent_doers, weapons  # they read the lexicons types reads: no cycle at import
    return bool(_words(("violence",)).search(sentence)) or bool(weapons.find(sentence)) \
        or violent_doers.names_doer(sentence)


@contextmanager
def reading(text: str) -> Iterator[bool]:
    """While the steps read `text`, their sentences are a sports page's when it is one (yields the answer)."""
    from worker.extract import segment  # segment reads the trigger lexicon: no cycle at import
    sport = sports_page(text)
    violent = tuple(s.text for s in segment.sentences(text) if real_violence(s.text)) if sport else None
    token = _SPORT_PAGE.set(violent)
    try:
        yield sport
    finally:
        _SPORT_PAGE.reset(token)


def state() -> tuple[str, ...] | None:
    """The page being read as a cache key: None off a sports page, else its sentences of real violence (a cached
    answer that asks `classify` must be keyed by it)."""
    return _SPORT_PAGE.get()


def idiom(sentence: str) -> bool:
    """On a sports page being read, the sentence (or the page's sentence it is a clause of) names no real violence:
    its trigger is the game's idiom ("the innings bombed", "an assault on the bowling attack"), not "a bomb exploded
    near the stadium"."""
    violent = _SPORT_PAGE.get()
    if violent is None:
        return False
    clause = sentence.strip()
    return not real_violence(sentence) and not any(clause in v for v in violent)
