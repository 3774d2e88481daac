"""A sentence that sets the scene of the event in a clause of its own and names the event's time before a "when"
clause that tells the attack: "The nurses were travelling to a clinic on Saturday morning when armed men blocked
the road".

Why: a wire lead often dates only the statement ("gunmen abducted six nurses, officials said Tuesday") and tells
the day of the act in the next sentence, whose main clause is the victims' errand, not violence, so it carries no
event word of its own and would not join the lead's draft: the story took the statement's day. The day of the main
clause is the time the "when" clause happens at, which is the event's only when that clause tells a violent act
("when gunmen opened fire", "when armed men stopped their car"), not a deed of no violence by armed men ("when the
militants announced a ceasefire", "when the minister visited"), and only when the main clause is not pluperfect
("The farmers had been warned on Saturday when bandits sent a letter": an earlier event). Pure.
"""
from __future__ import annotations

import re
from functools import cache

from worker.extract.dates import DateMention
from worker.extract.doer_words import doer_alternation
from worker.extract.syntax import word_lists
from worker.extract.alternation import literal

# a time of day or a few words of place after the day, then "when" ("on Saturday morning when", "on Monday near
# Maro, when"); no clause mark before it, so the day is the main clause's
_WHEN_AFTER = re.compile(r"(?:\s+(?!when\b)[\w’'-]+){0,4}?\s*,?\s+when\b", re.I)
# a day that opens the sentence ("On Saturday afternoon, ..."), and the main clause up to its "when" (no clause mark)
_FRONTED = re.compile(r"\s*(?:on\s+)?$", re.I)
_WHEN_LATER = re.compile(r"[^;:.]{0,160}?\s+when\b", re.I)
# the end of the "when" clause: a clause mark or the sentence's end
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:according|a |an |the |police|officials|witnesses|residents|said|told)|$", re.I)


# a pluperfect main clause tells an earlier event than the story's ("had been warned", "had held a meeting")
_PLUPERFECT = re.compile(r"\b(?:had|'d)\b", re.I)
# verbs of deed_verbs that tell no violence by themselves ("when he drove home", "when they carried the sick")
_WEAK_DEEDS = frozenset({"carry", "carried", "carries", "carrying", "drive", "drove", "drives", "driving", "driven",
                         "hit", "hits", "fire", "fires", "target", "targets", "targeted", "targeting", "launch",
                         "launched", "launches", "launching", "plant", "planted", "plants", "planting"})


@cache
def _deeds() -> re.Pattern[str]:
    """The violent deed verbs of role_words.csv ("attacked", "stormed", "opened fire", "abducted")."""
    words = set(word_lists()["deed_verbs"]) - _WEAK_DEEDS
    return re.compile(r"\b(?:" + literal(words) + r"|opened\s+fire|set\s+(?:\w+\s+)?(?:ablaze|on\s+fire))\b", re.I)


@cache
def _waylays() -> re.Pattern[str]:
    """The verbs of role_words.csv that tell violence when armed men do them ("stopped", "blocked", "surrounded")."""
    return re.compile(r"\b(?:" + literal(set(word_lists()["waylay_verbs"])) + r")\b", re.I)


def violent_act(clause: str) -> bool:
    """The clause tells a violent act: a deed verb, or armed men stopping or surrounding someone."""
    return _deeds().search(clause) is not None or (_doers().search(clause) is not None
                                                   and _waylays().search(clause) is not None)


@cache
def _doers() -> re.Pattern[str]:
    """The doer nouns (doer_words), all of them: "gunmen", "armed men", "bandits", "assailants"."""
    return re.compile(r"\b(?:" + doer_alternation() + r")\b", re.I)


def when_clause(sentence: str, m: DateMention) -> tuple[int, int] | None:
    """The span of the "when" clause right after the day, or after the main clause a fronted day opens ("On Saturday
    afternoon, the teachers were driving to Kajuru when armed men stopped their car"), or None when none follows."""
    after = _WHEN_AFTER.match(sentence, m.end)
    if after is None and _FRONTED.match(sentence[:m.start]):
        after = _WHEN_LATER.match(sentence, m.end)
    if after is None:
        return None
    end = _CLAUSE_END.search(sentence, after.end())
    return after.end(), end.start() if end else len(sentence)


def scene_day(sentence: str, ds: list[DateMention]) -> DateMention | None:
    """The sentence's first own full day when a "when" clause of violence follows it (a day the text marks past,
    "on March 9", too: the caller keeps only a day of the week before the lead's statement)."""
    first = next((x for x in ds if not x.reporting), None)
    if first is None or len(first.value or "") != 10:
        return None
    span = when_clause(sentence, first)
    if span is None or _PLUPERFECT.search(sentence, 0, span[0]):
        return None
    return first if violent_act(sentence[span[0]:span[1]]) else None


def times_no_violence(sentence: str, m: DateMention, event_at: int | None = None) -> bool:
    """The day times a "when" clause that tells no violent act ("in Kajuru on Saturday when he visited the injured",
    "closed on Friday when parents protested"): the clause's day, not the event's. `event_at`: where the sentence's
    own event word is, which must then be in that clause ("were in Kajuru on Saturday when police arrested two")."""
    span = when_clause(sentence, m)
    return span is not None and (event_at is None or event_at >= span[0]) \
        and not violent_act(sentence[span[0]:span[1]])
