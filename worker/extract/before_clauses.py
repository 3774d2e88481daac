"""Days of a "before"/"since" clause that tells another, non-violent happening than the sentence's event.

Why: in "Gunmen shot dead a former officer who had served in the army before the Taliban seized power in August",
August is when the Taliban seized power, not when the officer was shot; in "the deadliest attack since the army took
power in 2021" the year starts a period. Such a clause opens with "before" or "since", has a subject and a verb in
the past tense of its own, and comes after the sentence's violence word; a clause that tells violence itself
("... before gunmen killed him on Sunday") is left to the readers of recalled events. Pure.
"""
from __future__ import annotations

import re

from worker.extract.dates import DateMention
from worker.extract.gazetteer import any_trigger

# "before the Taliban seized power", "since the junta came to power", "ever since Kenya sent troops": the conjunction,
# a subject of one to four words (an article or a capitalised name first, no pronoun-led object "before him"), and
# a verb in the past tense
_IRREGULAR = r"took|came|won|fell|left|began|became|rose|swept|went|broke|made|got|held|ran|set|sent|struck|shot"
_CLAUSE = re.compile(r"\b(?:before|since)\s+(?:(?:the|a|an|its|their|his|her)\s+|(?-i:[A-Z]))[\w'’-]*"
                     r"(?:\s+[\w'’-]+){0,3}?\s+(?:\w{2,}ed|" + _IRREGULAR + r")\b(?P<rest>[^,;:()]*)$", re.I)


def in_other_clause(sentence: str, m: DateMention) -> bool:
    """The mention stands in a "before"/"since" clause with a subject and a past verb of its own, after the
    sentence's first violence word, and the clause up to the mention tells no violence."""
    c = _CLAUSE.search(sentence, 0, m.start)
    if c is None:
        return False
    trigger = any_trigger().search(sentence)
    return trigger is not None and trigger.start() < c.start() and not any_trigger().search(sentence, c.start(), m.start)


def without_other_clause_days(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions but those of a "before"/"since" clause of another happening (`in_other_clause`)."""
    if not mentions or not re.search(r"\b(?:before|since)\b", sentence, re.I):
        return mentions
    return [x for x in mentions if not in_other_clause(sentence, x)]
