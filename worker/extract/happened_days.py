"""A sentence that opens "It happened"/"This took place" tells the event just told again: which of its days is that
event's.

Why: "It happened on Saturday, officials said" dates the event told before it, but in "This happened two days after
a curfew was lifted on Monday", "It happened as residents were celebrating the end of Ramadan, which ended on
Monday" or "This took place in Sabon Gari, where a market was burned on Monday" the day is another happening's,
told in a clause of its own. The event's day stands in the opening clause: no clause mark (a comma, semicolon,
colon or bracket) and no subordinating word between the verb of happening and the day. Pure.
"""
from __future__ import annotations

import re

from worker.extract.dates import HAPPENING_VERBS, DateMention

# "It happened", "It all took place", "This reportedly occurred": a pronoun opening the sentence with a verb of
# happening, after "all" or an adverb in -ly at most. The one pattern of that opening: scene_reference.points_back
# reads it too (through `retells`)
RETELLS = re.compile(r"^\W*(?:it|this)\s+(?:(?:all|\w+ly)\s+)?" + HAPPENING_VERBS, re.I)
# what opens a clause of another happening between the verb of happening and a day
_OTHER_CLAUSE = re.compile(r"[,;:()]|\b(?:after|before|since|as|when|whenever|where|which|who|whom|whose|while|"
                           r"until|till|following|because|amid|during|that|once)\b", re.I)


def retells(sentence: str) -> bool:
    """The sentence opens with "It/This [all|an -ly adverb] happened|occurred|took place|unfolded": the pronoun stands
    for the event just told."""
    return RETELLS.match(sentence) is not None


def dates_the_event(sentence: str, m: DateMention) -> bool:
    """A sentence that retells the event (`retells`) gives its day only in the opening clause ("It happened on
    Saturday"); any other sentence's day is left to the other rules."""
    head = RETELLS.match(sentence)
    if head is None:
        return True
    return m.start >= head.end() and not _OTHER_CLAUSE.search(sentence, head.end(), m.start)
