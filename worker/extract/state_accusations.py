"""A state force accused of a killing: a reported killing, not a charge that recalls an earlier event.

"A man was accused of killing his wife" names a crime a court or the police charge someone with: the sentence tells
the charge, and the killing is an event told before (types.reference_spans). "Police in Kenya were accused of killing
four men", "rights groups accused the army of shooting dead 12 villagers" is how the news tells a killing by the
state: the force is an institution no court tries, the accusation is the only report there is, and the killing is the
event the sentence tells (hedged, as "allegedly killed" is). The forces are the plural and institutional nouns of
role_words force_nouns; a single soldier or officer accused is a person charged.
"""
from __future__ import annotations

import re
from functools import cache

from worker.extract.alternation import literal

_SINGULAR = {"soldier", "trooper", "policeman", "policewoman", "gendarme", "serviceman", "marine", "commando"}
# the killing the force is accused of: a verb of killing, or "the killing / deaths / murder of"
_DEED = (r"(?:(?:deliberately|unlawfully|illegally|extrajudicially|summarily|indiscriminately)\s+)?"
         r"(?:killing|murdering|executing|massacring|gunning down|shooting(?:\s+dead)?|torturing\s+(?:[\w'’-]+\s+){0,4}?to\s+death|"
         r"beating\s+(?:[\w'’-]+\s+){0,4}?to\s+death|the\s+(?:killings?|murders?|deaths|executions?|massacre)\s+of)\b")


# the day of the accusation between its verb and "of" ("were accused on Tuesday of killing")
_WHEN = r"(?:(?:on|last|this|late|early)\s+\w+\s+(?:night\s+|morning\s+|evening\s+)?)?"


@cache
def _forces() -> str:
    from worker.extract.syntax import word_lists  # the role lexicon (data/role_words.csv), read when first asked
    words = [w for w in word_lists()["force_nouns"] if w not in _SINGULAR]
    return literal(words)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    forces = r"(?:[\w'’-]+\s+){0,2}?(?:" + _forces() + r")"
    # "Police in Kenya were accused of", "Soldiers have been accused of"
    passive = re.compile(r"\b(?:" + _forces() + r")(?:\s+(?:in|of|from)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])"
                         r"[\w'’-]*){0,2})?\s+(?:were|was|are|is|have been|has been|had been|stand|stands|stood)\s+"
                         r"(?:\w+\s+)?accused\s+" + _WHEN + r"of\s+$", re.I)
    # "accused the army of", "accusing Ethiopian troops of", "accuse security forces of"
    active = re.compile(r"\baccus(?:ed|es|e|ing)\s+" + _WHEN + r"(?:the\s+)?" + forces + r"\s+of\s+$", re.I)
    return passive, active


_OF = re.compile(r"\bof\s+", re.I)


def accused_force(sentence: str, at: int) -> bool:
    """The accusation starting near `at` (the start of "accused ... of") is a state force's, of a killing: the
    killing is the sentence's own reported event."""
    of = _OF.search(sentence, at)
    if of is None or not re.match(_DEED, sentence[of.end():], re.I):
        return False
    head = sentence[max(0, of.end() - 160):of.end()]
    passive, active = _patterns()
    return bool(passive.search(head) or active.search(head))
