"""The group named in a person's apposition ("Abu Musab, a commander of ISWAP,", "Qari Hussain, a commander of the
TTP,", "Abu Omar, a spokesman for the TTP,"): the parse gives the man and his apposed noun a part in the event (the
victim of "killed", the agent of "carried out by", the speaker of "condemned"), but stops the phrase before "of X".
The man acts for X, so X takes the part the parse gives his noun: a commander among the dead is the victims' side,
one who carried it out is the doer, a spokesman who condemns or denies is no doer. data/role_words.csv
apposed_nouns lists the nouns that say whose man one is; a former member (former_modifiers: "a former commander",
"an ex-member") no longer acts for X, which is then no doer. A man held or killed who led the deed ("arrested X, a
commander of ISWAP, who led the attack") and a speaker who claims it ("condemned ... and claimed the attack") are
left to the other rules. So too a name the text gives the parse's phrase ("The gunmen, described by residents as
bandits, stormed"): who "the gunmen" are, with their part. Pure."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Sequence

from worker.extract.alternation import literal
from worker.extract.idle_groups import deed_after_rx
from worker.extract.syntax import Role, word_lists

_AGENT, _PATIENT, _CONTEXT = "agent", "patient", "context"


@cache
def _link_rx() -> re.Pattern[str]:
    """Between the apposed noun, where the parse stopped its phrase, and the group: " of the ", " for ", " in "."""
    return re.compile(r"\s+(?:of|for|in)\s+(?:the\s+)?", re.I)


@cache
def _one_of_rx() -> re.Pattern[str]:
    """Between "one", where the parse stopped its phrase, and the group: " of the commanders of ", " of its senior
    leaders in " (data/role_words.csv apposed_nouns)."""
    return re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:" + literal(word_lists()["apposed_nouns"])
                      + r")" + _link_rx().pattern, re.I)


@cache
def _apposed_nouns() -> frozenset[str]:
    return frozenset(word_lists()["apposed_nouns"])


@cache
def _former_rx() -> re.Pattern[str]:
    """A modifier saying the man no longer belongs ("a former commander", "an ex-member", "a one-time leader")."""
    return re.compile(r"\b(?:" + literal(word_lists()["former_modifiers"]) + r")\b", re.I)


@cache
def _who_led_rx() -> re.Pattern[str]:
    """A relative clause right after the group that tells the man's own deed ("..., who led the attack", "who had
    masterminded"): up to the clause's end."""
    return re.compile(r"\s*,?\s*(?:who|whom)\b[^,.;]*", re.I)


@cache
def _described_rx() -> re.Pattern[str]:
    """Between a phrase and the name the text gives it: ", described by residents as ", ", whom police identified as
    ", ", described as members of the ", " — described by the state police command as fighters for "; an
    identification, not a hedge ("suspected to be" says less). A relative clause names only its describer
    (data/role_words.csv describer_nouns) and an auxiliary before the verb, so no negation or retraction ("who were
    not identified as", "whom police had earlier described as") and no clause of the doers' own deed ("who killed a
    man identified as") passes."""
    lists = word_lists()
    return re.compile(r"(?:\s*(?:,|[—–]|--)|(?<=[—–-]))\s*"  # a comma or a dash, or the dash the phrase ends in
                      r"(?:(?:who|whom)\s+(?:(?:the\s+|local\s+)?(?:" + literal(lists["describer_nouns"]) + r")\s+)?)?"
                      r"(?:(?:have been|has been|had been|were|was|are|is|have|has|had)\s+)?"
                      r"(?:described|identified|called|named)(?:\s+by(?:\s+[\w'’-]+){1,6}?)?\s+as\s+"
                      r"(?:(?:the|armed|suspected)\s+)?(?:(?:an?\s+)?(?:" + literal(lists["apposed_nouns"])
                      + r")\s+(?:of|for)\s+(?:the\s+)?)?", re.I)


def _apposed(found: Sequence[Role] | None, sentence: str, start: int) -> Role | None:
    """The parse's phrase whose apposed noun has the group starting at `start` as its "of"/"for"/"in" object (or
    whose "one" does: "one of the commanders of ISWAP"), or that the
    text names by the group ("The gunmen, described by residents as bandits,"), else None."""
    for r in found or ():
        if r.end < start and start - r.end <= 40 and (r.head in _apposed_nouns() or r.head == "one"):
            m = (_link_rx() if r.head != "one" else _one_of_rx()).match(sentence, r.end)
            if m is not None and m.end() == start:
                return replace(r, role=_CONTEXT) if _former_rx().search(r.text) else r
        if r.end < start and start - r.end <= 60:
            m = _described_rx().match(sentence, r.end)
            if m is not None and m.end() == start:
                return r
    return None


def apposed_role(found: Sequence[Role] | None, sentence: str, start: int, end: int) -> Role | None:
    """The phrase whose part the group at [start, end) takes ("a commander" in "killed Abu Musab, a commander of
    ISWAP"; "The gunmen" in "The gunmen, described by residents as bandits, stormed"; a former member's phrase as
    CONTEXT), else None. None too when the victims' side or the speaker's group goes on to own the deed in the
    sentence ("arrested X, a commander of ISWAP, who led the attack"; "a spokesman for the TTP, condemned ... and
    claimed the attack"): the other rules read that deed."""
    r = _apposed(found, sentence, start)
    if r is None:
        return None
    if r.role == _PATIENT and (m := _who_led_rx().match(sentence, end)) is not None \
            and deed_after_rx().search(m.group()) is not None:
        return None
    if r.role == _CONTEXT and deed_after_rx().search(sentence, end) is not None \
            and not _former_rx().search(r.text):
        return None
    return r
