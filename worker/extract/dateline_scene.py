"""A dateline's town that the story calls the scene: "MIREBALAIS (Reuters) - Gang fighters swept into this town in
Haiti's Centre department", "ACATLAN DE OSORIO, Mexico (AP) - ... outside the police station of this town in Puebla
state". News writes "this town" (or city, village) only of the place it files from; the lead then names the province
or the country around it, never the town, and the dateline's town is the city. Pure."""
from __future__ import annotations

import re

# "in this town", "into this farming town", "the police station of this northern border city": a place the lead
# puts the event in (a locative word before it), up to two words between the determiner and the noun; not "fled to
# this city" (a route's end) nor "attacks on this community" (a people)
_THIS_TOWN = re.compile(r"\b(?:in|into|at|of|near|outside|around|across|inside|within|through)\s+this\s+"
                        r"(?:[a-z-]+\s+){0,2}?(?:town|city|village|township|municipality|community)\b")
# the refuge of people who left the scene: "villagers fled into this city", "sought refuge in this town"
_REFUGE_BEFORE = re.compile(r"\b(?:fled|flee|flees|fleeing|escaped|escaping|refuge|shelter|sheltering|arrived|"
                            r"arriving|displaced|evacuated|relocated|moved)\b(?:\s+[\w'-]+){0,3}\s*$", re.I)


def this_town(text: str, start: int, end: int) -> bool:
    """Whether the text between `start` and `end` (the lead after the dateline) puts the event in "this town"
    (not a refuge people fled to)."""
    return any(_REFUGE_BEFORE.search(text, max(start, m.start() - 60), m.start()) is None
               for m in _THIS_TOWN.finditer(text, start, end))
