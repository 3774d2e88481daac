"""Groups a sentence names without giving them the deed: as present in the area or silent about the event ("No group
claimed the blast, but Islamic State cells remain active in the area", "The ADF said nothing about the massacre"),
as the side the victims were said to help ("killed six villagers accused of spying for the Taliban"), or as the body
of a quoted source ("..., said Musa Ali, a leader of the X militia"). With no other group named, the lone-group
fallback of actors.perpetrators would make such a group the doer, and "a leader of X" reads as a doer's rank; the
text only says where it is, that it kept silent, whom the doers suspected their victims of favouring, or whom the
source speaks for. The words are data: data/role_words.csv presence_words (after the name), siding_words and
speaker_nouns (before it). Pure."""
from __future__ import annotations

import re
from functools import cache

from worker.extract.alternation import literal
from worker.extract.syntax import word_lists


@cache
def _idle_rx() -> re.Pattern[str]:
    """After a name: its men ("cells", "fighters"), an aside in commas, auxiliaries and a presence or silence word
    ("are active in", "have long operated in", ", which is blamed for ..., did not comment")."""
    lists = word_lists()
    men = literal(lists["member_nouns"] + lists["armed_nouns"] + ["cells", "cell", "group", "militia", "insurgents",
                                                                   "jihadists", "rebels"])
    return re.compile(r"(?:[’']s)?\s*(?:(?:" + men + r")\s+)?(?:\([^()]{1,30}\)\s*)?(?:,[^,.;:]{1,100},\s*)?"
                      r"(?:(?:are|is|was|were|has|have|had|been|long|remain|remains|remained|also|known|to|still|"
                      r"widely|largely|reportedly|heavily|so far|immediately|yet)\s+){0,4}"
                      r"(?:" + literal(lists["presence_words"]) + r")\b", re.I)


def idle_after(sentence: str, end: int) -> bool:
    """Whether the group that ends at `end` is only said to be present in the area or silent about the event."""
    return _idle_rx().match(sentence, end) is not None


@cache
def _siding_rx() -> re.Pattern[str]:
    """Before a name: a word of siding with it and its preposition ("of supporting", "spying for", "informants
    for the", "collaborating with"), two words at most between."""
    return re.compile(r"\b(?:" + literal(word_lists()["siding_words"]) + r")\s+(?:(?:for|with|of|to)\s+)?"
                      r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def sided_with(sentence: str, start: int) -> bool:
    """Whether the group that starts at `start` is named as the side someone was said to help or spy for."""
    return _siding_rx().search(sentence[max(0, start - 60):start]) is not None


@cache
def _speaker_rx() -> re.Pattern[str]:
    """Before a name: a report verb, the speaker's name and an apposition that says whose official the speaker is
    ("said Musa Ali, a leader of the", "according to Bello Garba, a spokesman for"; data/role_words.csv
    speaker_nouns), two words at most between."""
    return re.compile(r"\b(?:said|says|told|according\s+to)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}?(?:[\w'’.-]+)?,\s*"
                      r"(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,2}?(?:" + literal(word_lists()["speaker_nouns"]) +
                      r")\s+(?:of|for|with|from|at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def speaks_for(sentence: str, start: int) -> bool:
    """Whether the group that starts at `start` is named only as the body of the person the sentence quotes ("...,
    said Musa Ali, a leader of the Civilian Joint Task Force"): the source's affiliation, not the doer."""
    return _speaker_rx().search(sentence[max(0, start - 120):start]) is not None
