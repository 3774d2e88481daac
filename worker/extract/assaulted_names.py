"""Whether an unknown capitalised object of a verb of assault ("gunmen attacked X in Y state", "fighters attacked
X") may be read as a town. Why: the verb's object is as often a person ("attacked Governor Zulum in Borno state",
"attacked Musa, killing him") or a base ("attacked Camp Lemonnier in Djibouti") as a village, and NER of the small
models tags all three PERSON; the words around the name and the story's other places tell them apart."""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Iterable

from worker.extract.gazetteer import Place, data_rows
from worker.extract.toll_phrases import is_person_noun

# "killing two of his guards", "killing him and his wife": the object is spoken of as a person after the assault
_PERSON_AFTER = re.compile(r"\b(?:of\s+(?:his|her)|(?:kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed)|abduct(?:ing|ed)|"
                           r"kidnapp(?:ing|ed)|shoot(?:ing)?|shot)\s+(?:him|her)|(?:him|her)\s+and\s+(?:his|her))\b",
                           re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "X village", "the town of X": a kind word beside the name vouches for a town
_KIND_AFTER = re.compile(r"\s+(?:town|village|city|community|settlement|locality|hamlet)\b", re.I)
_KIND_BEFORE = re.compile(r"\b(?:town|village|city|community|settlement|locality|hamlet)\s+of\s+$", re.I)
_PLACE_LABELS = ("GPE", "LOC")


@cache
def facility_openers() -> frozenset[str]:
    """First words of a military post's name ("Camp", "Fort"): data/facility_openers.csv."""
    return frozenset(r["word"] for r in data_rows("facility_openers.csv"))


def titled_or_post(name: str) -> bool:
    """The name opens with a person's title ("Governor Zulum", "Senator Ifeanyi Ubah") or a post's kind ("Camp
    Lemonnier"): no town."""
    first = name.split()[0]
    return len(name.split()) > 1 and (is_person_noun(first) or first in facility_openers())


def spoken_of_as_person(text: str, end: int) -> bool:
    """The rest of the sentence after the name speaks of the assaulted as a person ("..., killing four of his
    men", "killing him and his wife")."""
    stop = _SENTENCE_END.search(text, end)
    return _PERSON_AFTER.search(text, end, stop.start() if stop else len(text)) is not None


def vouched_seat(town: Place, text: str, start: int, end: int, doc: Any | None, story: Iterable[str]) -> bool:
    """A town GeoNames gives no population for is taken in an assault's slot only when more than the verb vouches
    for it: a kind word beside it, NER's place label, or the town lying in a country the story's other places (or
    its armed groups' homes) name (`story`: those countries). A given name ("attacked Musa") matches such seats the world over."""
    if _KIND_AFTER.match(text, end) or _KIND_BEFORE.search(text, max(0, start - 20), start):
        return True
    if doc is not None and any(e.start_char == start and e.end_char == end and e.label_ in _PLACE_LABELS
                               for e in doc.ents):
        return True
    return town.country in set(story)
