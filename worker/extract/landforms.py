"""A river's name that begins a landform of its water ("the Niger Delta", "the Jordan Valley", "the Congo Basin"),
when a country bears the river's name: the landform lies in or across other countries (the delta is Nigeria's, the
valley the West Bank's and Israel's), so the name places nothing in the country it spells. Uplands named after a
country lie in it ("the Kenya Highlands", "the Ethiopian Plateau") and keep their country. Pure."""
from __future__ import annotations

import re

# capitalised, as part of the landform's name: "Niger River" is the river, "Niger's river towns" the country
_LANDFORM_AFTER = re.compile(r"\s+(?:Delta|Basin|River|Valley|Gorge|Estuary)\b")


def begins_landform(text: str, end: int) -> bool:
    """The name that ends at `end` is followed by a landform noun of its own name ("Niger| Delta")."""
    return _LANDFORM_AFTER.match(text, end) is not None
