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


_AUX = (r"(?:are|is|was|were|has|have|had|been|be|long|remain|remains|remained|also|known|to|still|widely|largely|"
        r"reportedly|heavily|so far|immediately|yet)")


@cache
def _idle_rx() -> re.Pattern[str]:
    """After a name: its men ("cells", "fighters"), an aside in commas, auxiliaries and a presence or silence word
    ("are active in", "have long operated in", ", which is blamed for ..., did not comment", "a spokesman for X,
    refused to claim": the comma that closes an apposition). An adjective or
    participle of presence (data/role_words.csv presence_modifiers) is the predicate only after an auxiliary
    ("cells remain active"); right after the men it describes them ("fighters present at the scene opened fire")."""
    lists = word_lists()
    men = literal(lists["member_nouns"] + lists["armed_nouns"] + ["cells", "cell", "group", "militia", "insurgents",
                                                                   "jihadists", "rebels"])
    return re.compile(r"(?:[’']s)?\s*(?:(?:" + men + r")\s+)?(?:\([^()]{1,30}\)\s*)?(?:,[^,.;:]{1,100},\s*|,\s*)?"
                      r"(?:(?:" + _AUX + r"\s+){0,4}(?:" + literal(lists["presence_words"]) + r")|"
                      r"(?:" + _AUX + r"\s+){1,4}(?:" + literal(lists["presence_modifiers"]) + r"))\b", re.I)


@cache
def claim_phrase() -> re.Pattern[str]:
    """A claim verb with its object (data/role_words.csv claim_verbs, claim_objects: "claiming responsibility",
    "took credit", "claiming the attack")."""
    lists = word_lists()
    verbs, objects = (literal(lists[k]) for k in ("claim_verbs", "claim_objects"))
    return re.compile(r"\b(?:" + verbs + r")\s+(?:(?:the|its|an?|for|of)\s+){0,2}(?:" + objects + r")\b", re.I)


@cache
def deed_after_rx() -> re.Pattern[str]:
    """A deed or a claim the sentence goes on to tell of a group: a claim phrase or a verb of leading the deed
    (data/role_words.csv own_deed_verbs: "masterminded", "carried out", "led" but not "led to")."""
    return re.compile(claim_phrase().pattern + r"|\b(?:" + literal(word_lists()["own_deed_verbs"]) +
                      r")\b(?!\s+to\b)", re.I)


def idle_after(sentence: str, end: int) -> bool:
    """Whether the group that ends at `end` is only said to be present in the area or silent about the event: not
    when its predicate goes on with a deed or a claim ("is active in the area and claimed the attack")."""
    m = _idle_rx().match(sentence, end)
    if m is None:
        return False
    rest = re.split(r"[.;]", sentence[m.end():], maxsplit=1)[0]
    joined = re.search(r"\band\s+(?:(?:has|have|had|also|later|then)\s+)*", rest)
    return joined is None or deed_after_rx().match(rest, joined.end()) is None


@cache
def _siding_rx() -> re.Pattern[str]:
    """Before a name: a word of siding with it and its preposition ("of supporting", "spying for", "informants
    for the", "collaborating with"), two words at most between, told of someone accused or punished for it
    ("accused of spying for", "killed for supporting", "were informants for"). A bare noun is no siding ("aid
    workers said X", "with support from X", "Supporters of X attacked")."""
    return re.compile(r"\b(?:for|of|accus\w*|suspect\w*|alleged(?:ly)?|as|being|be|were|was|are|is|over)\s+"
                      r"(?:(?:being|having|been)\s+){0,2}"
                      r"(?:" + literal(word_lists()["siding_words"]) + r")\s+(?:(?:for|with|of|to)\s+)?"
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


def speaks_for(sentence: str, start: int, end: int) -> bool:
    """Whether the group at [start, end) is named only as the body of the person the sentence quotes ("...,
    said Musa Ali, a leader of the Civilian Joint Task Force"): the source's affiliation, not the doer. Not when
    the sentence goes on to tell that he or the group claimed or led the deed ("..., a spokesman for X, who
    claimed the attack", "police said Y, a commander of X, led the attack")."""
    return _speaker_rx().search(sentence[max(0, start - 120):start]) is not None \
        and deed_after_rx().search(sentence, end) is None
