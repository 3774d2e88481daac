"""Days of a "before"/"since" clause that tells another, non-violent happening than the sentence's event.

Why: in "Gunmen shot dead a former officer who had served in the army before the Taliban seized power in August",
August is when the Taliban seized power, not when the officer was shot; in "the deadliest attack since the army took
power in 2021" the year starts a period. Such a clause opens with "before" or "since", has a subject and a verb in
the past tense of its own, and comes after the sentence's violence word; a clause that tells violence itself
("... before gunmen killed him on Sunday") is left to the readers of recalled events. A "before" clause that follows
the violence word directly ("a mob lynched two thieves before the police arrived on Wednesday") tells what ended
the event, and its day is the event's own: "before" sets another happening's day aside only when it hangs on a
clause of its own after the violence word ("who had served ...", "that housed ..."). Pure; each sentence's
clauses and violence words are found once, not once per date mention (a text of many clauses stays linear).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from worker.extract.dates import DateMention
from worker.extract.gazetteer import any_trigger

# "before the Taliban seized power", "since the junta came to power", "ever since Kenya sent troops": the conjunction,
# a subject of one to four words (an article or a capitalised name first, no pronoun-led object "before him"), and
# a verb in the past tense
_IRREGULAR = r"took|came|won|fell|left|began|became|rose|swept|went|broke|made|got|held|ran|set|sent|struck|shot"
_HEAD = re.compile(r"\b(?P<word>before|since)\s+(?:(?:the|a|an|its|their|his|her)\s+|(?-i:[A-Z]))[\w'’-]*"
                   r"(?:\s+[\w'’-]+){0,3}?\s+(?:\w{2,}ed|" + _IRREGULAR + r")\b", re.I)
_CUT = re.compile(r"[,;:()]")
# a clause of its own between the violence word and "before": a relative pronoun or a perfect ("who had served")
_OWN_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|where|had|has|have)\b|['’]d\b", re.I)


def _clauses(sentence: str) -> list[tuple[int, int, bool]]:
    """(start, end of the conjunction, subject and verb, is "before") of each clause head, in order."""
    return [(h.start(), h.end(), h.group("word").lower() == "before")
            for h in (_HEAD.match(sentence, b.start()) for b in re.finditer(r"\b(?:before|since)\b", sentence, re.I))
            if h is not None]


def without_other_clause_days(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions but those of a "before"/"since" clause of another happening: the mention stands in such a
    clause (its head before the mention, no comma, semicolon, colon or bracket between), after the sentence's first
    violence word, the clause up to the mention tells no violence, and a "before" clause hangs on a clause of its own
    after the last violence word before it (`_OWN_CLAUSE`)."""
    if not mentions or not re.search(r"\b(?:before|since)\b", sentence, re.I):
        return mentions
    heads = _clauses(sentence)
    triggers = [(t.start(), t.end()) for t in any_trigger().finditer(sentence)]
    if not heads or not triggers:
        return mentions
    starts = [h[0] for h in heads]
    trigger_starts = [t[0] for t in triggers]
    cuts = [c.start() for c in _CUT.finditer(sentence)]

    def other(m: DateMention) -> bool:
        i = bisect_left(cuts, m.start)
        floor = cuts[i - 1] if i else -1
        j = bisect_right(starts, floor)
        while j < len(heads) and heads[j][0] < m.start and heads[j][1] > m.start:
            j += 1  # the leftmost head that ends before the mention
        if j >= len(heads) or heads[j][0] >= m.start:
            return False
        start, _, before = heads[j]
        if trigger_starts[0] >= start:
            return False
        k = bisect_left(trigger_starts, start)
        if k < len(triggers) and triggers[k][1] <= m.start:
            return False  # the clause tells violence itself
        return not before or bool(_OWN_CLAUSE.search(sentence, triggers[k - 1][1], start))

    return [x for x in mentions if not other(x)]


def in_other_clause(sentence: str, m: DateMention) -> bool:
    """The mention stands in a "before"/"since" clause of another happening (`without_other_clause_days`)."""
    return not without_other_clause_days(sentence, [m])
