"""The day of a follow-up (an arrest, a suspect found dead, a charge, a funeral) comes from the words that tell it,
never from the event it recalls: in "the man suspected in the massacre that took place on Wednesday has been found
dead", Wednesday is the massacre's day; in "police arrested the man behind Friday night's attack", Friday is too.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from worker.extract import types, weapons
from worker.extract.dates import DateMention
from worker.extract.gazetteer import data_rows, data_pattern, any_trigger

# "Friday night's knife attack", "Sunday's bombing": a day that owns the noun after it
POSSESSIVE = re.compile(r"(?:\s+(?:night|morning|evening|afternoon))?['’]s\b", re.I)
# where the phrase naming the recalled event ends: a clause mark, a comma before a lower-case word (", police
# arrested": the main clause resumes; ", Maine on Wednesday" stays inside) other than a relative pronoun (", which
# happened on Monday night" tells the event), or the main clause's finite verb
_PHRASE_END = re.compile(r"[;:()]|\s[—–-]\s|,\s+(?=[a-z])(?!which\b)|\b(?:was|were|has|have|had|is|are|will|would)\b")


_PHRASE_SPAN = 150  # characters: a day further from the event's word is not in the phrase that names the event


_FIRST_WORD, _LAST_WORD = re.compile(r"\S+"), re.compile(r"\S+$")


def _own_words(sentence: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The follow-up's own words within its match: all of it, but for a match that spans a noun phrase between its
    first and last words ("body of the man behind two shootings in Maine earlier this week was located"), only
    those two words, so the violence words of the phrase still name the recalled event."""
    a, b = span
    first, last = _FIRST_WORD.match(sentence, a, b), _LAST_WORD.search(sentence, a, b)
    if first is None or last is None or b - a <= _GAPPED:
        return [span]
    return [first.span(), last.span()]


_GAPPED = 40  # characters: a follow-up match longer than this holds a phrase of its own ("body ... found")


def _event_ends(sentence: str, followup: tuple[int, int]) -> list[int]:
    """Where the violence words that name the recalled event end (the follow-up's own words blanked first), in
    order."""
    chars = list(sentence)
    for span in [followup] + [m.span() for _, rx in types._followups() for m in rx.finditer(sentence)]:
        for a, b in _own_words(sentence, span):
            chars[a:b] = " " * (b - a)
    return [m.end() for m in any_trigger().finditer("".join(chars))]


def owns_noun(sentence: str, m: DateMention) -> bool:
    """The mention owns the noun after it ("Friday's attack", "Sunday night's bombing"): it dates that event."""
    return bool(POSSESSIVE.match(sentence, m.end))


def recalled(sentence: str, m: DateMention, followup: tuple[int, int], ends: list[int] | None = None) -> bool:
    """The mention dates the event the follow-up sentence recalls: it owns that event's noun ("Friday's attack"),
    or it stands in the phrase that names the event, after its violence word and before the phrase ends (the
    follow-up's own trigger, or the main clause resuming, ends it). `ends`: _event_ends of the sentence."""
    if owns_noun(sentence, m):
        return True
    ends = _event_ends(sentence, followup) if ends is None else ends
    at = bisect.bisect_right(ends, m.start)
    if not at or m.start - ends[at - 1] > _PHRASE_SPAN:
        return False
    word_end = ends[at - 1]
    return not (_PHRASE_END.search(sentence, word_end, m.start) or word_end <= followup[0] and followup[1] <= m.start)


# "remanded in custody until May 22", "detention pending a hearing on June 3": the end of a term, no day of an action
_TERM_END = re.compile(r"\b(?:until|till|pending|through|(?:hearing|trial|verdict|sentencing) (?:\w+ )?(?:on|for))\s*$", re.I)


# "on the run until Monday, when he was arrested": the day the clause after it tells something happened on
_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b", re.I)


def ends_a_term(sentence: str, m: DateMention) -> bool:
    """The mention is the day a term or a court step runs to, not the day something was done; a term's end that a
    "when" clause tells ("until Monday, when he was arrested") is the day of that clause's action."""
    return bool(_TERM_END.search(sentence[max(0, m.start - 40):m.start])) and not _WHEN_CLAUSE.match(sentence, m.end)


def own(sentence: str, mentions: list[DateMention], followup: tuple[int, int]) -> list[DateMention]:
    """The mentions of a follow-up sentence that date the follow-up itself; its own day, set aside like a statement's
    while the sentence was read for the event it recalls (dates._followup_days), is the follow-up's event day again
    ("Police arrested nine men on Sunday after bandits killed ... on Friday")."""
    ends = _event_ends(sentence, followup) if mentions else []
    return [replace(x, reporting=False, followup=False) if x.followup else x for x in mentions
            if not recalled(sentence, x, followup, ends) and not ends_a_term(sentence, x)]


@cache
def _actions() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Per follow-up action (data/followup_verbs.csv): what its trigger says, and how a sentence tells it again."""
    return tuple((data_pattern(r"\b(?:" + r["trigger"] + ")", "followup_verbs.csv"), data_pattern(r["retold"], "followup_verbs.csv"))
                 for r in data_rows("followup_verbs.csv"))


# "He had been detained on March 3", "had already charged": the pluperfect tells an action before the follow-up's
_EARLIER = re.compile(r"\bhad\s+(?:\w+\s+){0,2}$", re.I)
# "over an earlier robbery", "with a separate murder", "in an unrelated case": an action of another case
_OTHER_CASE = re.compile(r"\b(?:an? (?:earlier|separate|unrelated|previous|prior|different|older)|another)\s+"
                         r"(?:\w+\s+)?(?P<noun>\w+)", re.I)
_CASE_NOUNS = re.compile(r"(?:case|charge|offen[cs]e|crime|theft|robbery|fraud|burglary|incident)s?$", re.I)


def _other_case(sentence: str) -> bool:
    """The sentence names a case other than the follow-up's: "another"/"a separate" before a crime or case noun."""
    return any(_CASE_NOUNS.match(m["noun"]) or any_trigger().fullmatch(m["noun"]) for m in _OTHER_CASE.finditer(sentence))


@cache
def _things() -> re.Pattern[str]:
    """Nouns of weapons and objects a search finds (data/found_things.csv): "weapons were recovered" is no person."""
    return data_pattern(r"\b(?:" + "|".join(r["noun"] for r in data_rows("found_things.csv")) + r")\b", "found_things.csv")


def _things_told(sentence: str, at: int) -> bool:
    """The subject of the clause before `at` is a weapon or an object: "Two rifles were recovered on Tuesday" tells
    no body found again."""
    subject = re.split(r"[,;:]", sentence[:at])[-1]
    return bool(_things().search(subject) or weapons.find(subject))


def retells(sentence: str, trigger: str) -> bool:
    """The sentence tells the follow-up again with a word for the same action ("has been found dead" ... "Card was
    discovered by state police on Friday"), so its day is the follow-up's; not when it tells an earlier action (the
    pluperfect "he had been detained on March 3") or one of another case ("charged with a separate robbery")."""
    if _other_case(sentence):
        return False
    for said, told in _actions():
        if said.search(trigger):
            for t in told.finditer(sentence):
                if not _EARLIER.search(sentence[max(0, t.start() - 40):t.start()]) and not _things_told(sentence, t.start()):
                    return True
    return False
