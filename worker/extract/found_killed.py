"""Victims found dead after an abduction: the killing is the event told, not the abduction before it.

"The bodies of nine farmers were found near Gwoza, a day after they were abducted by Boko Haram", "Six herders were
found dead two days after gunmen kidnapped them": the sentence counts the dead and the abduction is how the killing
began, so the sentence tells a killing (an attack) whose toll is the bodies found. Bodies found with no violent act
told beside them ("the bodies of 20 migrants were found in the desert") tell no event: the abduction's trigger is what
makes the finding a killing here, and without it nothing changes.
"""
from __future__ import annotations

import re

# the dead found: "were found dead", "was discovered murdered", "the bodies of ... were found / recovered / dumped",
# "police found the bodies of"
_FOUND = r"(?:found|discovered|recovered|retrieved|located|pulled out|dumped|exhumed|dug up)"
_FOUND_DEAD = re.compile(
    r"\b(?:(?:were|was|have been|has been|had been|later|all|both)\s+(?:(?:later|subsequently|all|both|reportedly)\s+)?"
    r"(?:found|discovered)\s+(?:dead|murdered|killed|slain|beheaded|decapitated|shot dead|executed|lifeless)|"
    r"(?:the\s+)?(?:lifeless\s+|decomposing\s+|mutilated\s+|bullet-riddled\s+)?bod(?:y|ies)\s+of\b[^.;]{0,120}?\b"
    r"(?:were|was|have been|has been|had been)\s+(?:\w+\s+){0,2}?" + _FOUND + r"|"
    + _FOUND + r"\s+(?:the\s+)?(?:lifeless\s+|decomposing\s+|mutilated\s+|bullet-riddled\s+)?bod(?:y|ies)\s+of)\b", re.I)


def found_dead(sentence: str) -> re.Match[str] | None:
    """The phrase that tells victims found dead, if any ("were found dead", "the bodies of ... were found")."""
    return _FOUND_DEAD.search(sentence)


def killing_of_abducted(sentence: str, event_type: str, strong: bool, followup: bool) -> tuple[int, int] | None:
    """(start, end) of the finding of the dead when the sentence's own event is an abduction (`event_type`, a
    strong trigger that is no follow-up) and it tells its victims found dead: the killing is the sentence's event."""
    if event_type != "abduction" or not strong or followup:
        return None
    m = found_dead(sentence)
    return m.span() if m else None
