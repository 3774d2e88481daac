"""The group named in a person's apposition ("Abu Musab, a commander of ISWAP,", "Qari Hussain, a commander of the
TTP,", "Abu Omar, a spokesman for the TTP,"): the parse gives the man and his apposed noun a part in the event (the
victim of "killed", the agent of "carried out by", the speaker of "condemned"), but stops the phrase before "of X".
The man acts for X, so X takes the part the parse gives his noun: a commander among the dead is the victims' side,
one who carried it out is the doer, a spokesman who condemns or denies is no doer. data/role_words.csv
apposed_nouns lists the nouns that say whose man one is. So too a name the text gives the parse's phrase ("The
gunmen, described by residents as bandits, stormed"): who "the gunmen" are, with their part. Pure."""
from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from worker.extract.alternation import literal
from worker.extract.syntax import Role, word_lists


@cache
def _link_rx() -> re.Pattern[str]:
    """Between the apposed noun, where the parse stopped its phrase, and the group: " of the ", " for "."""
    return re.compile(r"\s+(?:of|for)\s+(?:the\s+)?", re.I)


@cache
def _apposed_nouns() -> frozenset[str]:
    return frozenset(word_lists()["apposed_nouns"])


@cache
def _described_rx() -> re.Pattern[str]:
    """Between a phrase and the name the text gives it: ", described by residents as ", ", whom police identified as
    ", ", described as members of the "; an identification, not a hedge ("suspected to be" says less). A relative
    clause names only its describer (data/role_words.csv describer_nouns) and an auxiliary before the verb, so no
    negation or retraction ("who were not identified as", "whom police had earlier described as") and no clause of
    the doers' own deed ("who killed a man identified as") passes."""
    lists = word_lists()
    return re.compile(r"\s*,\s*(?:(?:who|whom)\s+(?:(?:the\s+|local\s+)?(?:" + literal(lists["describer_nouns"])
                      + r")\s+)?)?(?:(?:have been|has been|had been|were|was|are|is|have|has|had)\s+)?"
                      r"(?:described|identified|called|named)(?:\s+by(?:\s+[\w'’-]+){1,3}?)?\s+as\s+"
                      r"(?:(?:the|armed|suspected)\s+)?(?:(?:an?\s+)?(?:" + literal(lists["apposed_nouns"])
                      + r")\s+of\s+(?:the\s+)?)?", re.I)


def apposed_part(found: Sequence[Role] | None, sentence: str, start: int) -> str | None:
    """The part of the apposed noun whose "of"/"for" object is the group starting at `start` ("a commander" in
    "killed Abu Musab, a commander of ISWAP"), or of the phrase the group names ("The gunmen" in "The gunmen,
    described by residents as bandits, stormed"), else None: the group takes the part its man plays."""
    for r in found or ():
        if r.end < start and start - r.end <= 12 and r.head in _apposed_nouns():
            m = _link_rx().match(sentence, r.end)
            if m is not None and m.end() == start:
                return r.role
        if r.end < start and start - r.end <= 60:
            m = _described_rx().match(sentence, r.end)
            if m is not None and m.end() == start:
                return r.role
    return None
