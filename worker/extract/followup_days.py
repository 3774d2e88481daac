"""The day of a follow-up (an arrest, a suspect found dead, a charge, a funeral) comes from the words that tell it,
never from the event it recalls: in "the man suspected in the massacre that took place on Wednesday has been found
dead", Wednesday is the massacre's day; in "police arrested the man behind Friday night's attack", Friday is too.
"""
from __future__ import annotations

import re
from functools import cache

from worker.extract import types
from worker.extract.dates import DateMention
from worker.extract.gazetteer import _rows, _rx, any_trigger

# "Friday night's knife attack", "Sunday's bombing": a day that owns the noun after it
_POSSESSIVE = re.compile(r"(?:\s+(?:night|morning|evening|afternoon))?['’]s\b", re.I)
# where the phrase naming the recalled event ends: a clause mark, a comma before a lower-case word (", police
# arrested": the main clause resumes; ", Maine on Wednesday" stays inside), or the main clause's finite verb
_PHRASE_END = re.compile(r"[;:()]|\s[—–-]\s|,\s+(?=[a-z])|\b(?:was|were|has|have|had|is|are|will|would)\b")


def _event_words(sentence: str, followup: tuple[int, int]) -> list[tuple[int, int]]:
    """Spans of the violence words that name the recalled event (the follow-up's own words left out)."""
    own = [followup] + [m.span() for _, rx in types._followups() for m in rx.finditer(sentence)]
    return [m.span() for m in any_trigger().finditer(sentence)
            if not any(m.start() < b and a < m.end() for a, b in own)]


def recalled(sentence: str, m: DateMention, followup: tuple[int, int]) -> bool:
    """The mention dates the event the follow-up sentence recalls: it owns that event's noun ("Friday's attack"),
    or it stands in the phrase that names the event, after its violence word and before the phrase ends (the
    follow-up's own trigger, or the main clause resuming, ends it)."""
    if _POSSESSIVE.match(sentence, m.end):
        return True
    before = [(a, b) for a, b in _event_words(sentence, followup) if b <= m.start]
    if not before:
        return False
    between = sentence[before[-1][1]:m.start]
    return not (_PHRASE_END.search(between) or followup[0] >= before[-1][1] and followup[1] <= m.start)


# "remanded in custody until May 22", "detention pending a hearing on June 3": the end of a term, no day of an action
_TERM_END = re.compile(r"\b(?:until|till|pending|through|(?:hearing|trial|verdict|sentencing) (?:\w+ )?(?:on|for))\s*$", re.I)


def ends_a_term(sentence: str, m: DateMention) -> bool:
    """The mention is the day a term or a court step runs to, not the day something was done."""
    return bool(_TERM_END.search(sentence[max(0, m.start - 40):m.start]))


def own(sentence: str, mentions: list[DateMention], followup: tuple[int, int]) -> list[DateMention]:
    """The mentions of a follow-up sentence that date the follow-up itself."""
    return [x for x in mentions if not recalled(sentence, x, followup) and not ends_a_term(sentence, x)]


@cache
def _actions() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Per follow-up action (data/followup_verbs.csv): what its trigger says, and how a sentence tells it again."""
    return tuple((_rx(r"\b(?:" + r["trigger"] + ")", "followup_verbs.csv"), _rx(r["retold"], "followup_verbs.csv"))
                 for r in _rows("followup_verbs.csv"))


def retells(sentence: str, trigger: str) -> bool:
    """The sentence tells the follow-up again with a word for the same action ("has been found dead" ... "Card was
    discovered by state police on Friday"), so its day is the follow-up's."""
    return any(said.search(trigger) and told.search(sentence) for said, told in _actions())
