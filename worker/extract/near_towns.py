"""Unknown names the text places by a landmark next to them: "killed six people in Ouatagouna, near Ansongo",
"bandits attacked Dangora, close to Bannu", "at Gidan Ardo on the outskirts of Gusau". NER often reads such a
village as a person or a firm, and the gazetteer lacks it, so without this reading only the landmark town is left
and the scene moves to it. A name right after "in"/"at" or a verb of assault on a place, and followed by a
relation of nearness to a capitalised name, is the place the sentence puts the event in; the landmark after it is
its neighbour (place_roles.landmark), not the scene."""
from __future__ import annotations

import re
from typing import Iterator

from worker.extract.place_words import ASSAULT_BEFORE, IN_AT, NAME

# "X, near Y", "X near Y", "X, just outside Y", "X on the outskirts of Y", "X, not far from the town of Y"
_NEAR_AFTER = re.compile(r"(?<![\w'’-])(?P<name>" + NAME + r"),?\s+(?:(?:just|close)\s+)?(?:near|close\s+to|outside|"
                         r"not\s+far\s+from|on\s+the\s+(?:outskirts|edge)\s+of|in\s+the\s+outskirts\s+of)"
                         r"(?=\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?[A-Z])")



def near_towns(text: str, start: int, end: int) -> Iterator[tuple[int, str, int]]:
    """(start, name, landmark offset) of each name between `start` and `end` that the text gives as the place of
    an event by a landmark near it: right after "in"/"at" or a verb of assault, then "near"/"outside"/"on the
    outskirts of" a capitalised name. The landmark offset is where the landmark's name (with its article) begins."""
    for m in _NEAR_AFTER.finditer(text, start, end):
        s0 = m.start("name")
        if IN_AT.search(text, max(0, s0 - 20), s0) or ASSAULT_BEFORE.search(text, max(0, s0 - 20), s0):
            yield s0, m.group("name"), m.end()
