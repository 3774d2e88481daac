"""A dateline's town that the story calls the scene: "MIREBALAIS (Reuters) - Gang fighters swept into this town in
Haiti's Centre department", "ACATLAN DE OSORIO, Mexico (AP) - ... outside the police station of this town in Puebla
state". News writes "this town" (or city, village) only of the place it files from; the lead then names the province
or the country around it, never the town, and the dateline's town is the city. Pure."""
from __future__ import annotations

import re

# "this town", "this farming town", "this northern border city": up to two words between the determiner and the noun
_THIS_TOWN = re.compile(r"\bthis\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village|township|municipality|community)\b")


def this_town(text: str, start: int, end: int) -> bool:
    """Whether the text between `start` and `end` (the lead after the dateline) speaks of "this town"."""
    return _THIS_TOWN.search(text, start, end) is not None
