"""A figure re-told by the items after its comma: "two people, a woman and her grandson, were killed" is two.

Reports often give a total and then, in an apposition, who the dead were: "four members of one family, a woman and
her three children", "five people, a farmer and four farm workers", "one person, a Muslim youth, was found dead".
A list reader that adds every item after a comma counts them twice (four, eight, two). The items re-tell the head
figure when all of these hold: they follow the head item after a comma (no joining word), their people add up to
the head figure exactly, and either the head noun is an umbrella noun (data/umbrella_nouns.csv: "people",
"members", "victims") or the items are closed by a comma or a dash, as an apposition is ("..., were killed",
"..., in the village"). A list of other people ("two soldiers, a policeman and a worker were killed") has no such
closing comma after a noun that is no umbrella, and stays a sum.
"""
from __future__ import annotations

import re
from functools import lru_cache

from worker.extract.gazetteer import data_rows

_WORD = re.compile(r"[\w'’-]+")
# the gap between the head item and the first re-telling item: a comma, the head noun's own words before it ("of one
# family"), no joining word
_GAP = re.compile(r"(?:\s+(?!(?:and|or|as|plus|along|together|with)\b)[\w'’-]+){0,4}\s*,\s*$", re.I)
_CLOSED = re.compile(r"\s*(?:,|[-–—]|\))")


@lru_cache(maxsize=1)
def umbrella_nouns() -> frozenset[str]:
    """Nouns whose figure is a whole that items after it may describe (data/umbrella_nouns.csv)."""
    return frozenset(r["noun"].strip().lower() for r in data_rows("umbrella_nouns.csv") if r["noun"].strip())


def restates(head: int, parts: list[int], head_words: str, gap: str, after: str) -> bool:
    """The items (`parts`: their people) after the head figure `head` re-tell it. `head_words`: the words of the
    head item after its figure ("people", "members of one family"); `gap`: the text from the head item's noun to the
    first item; `after`: the text right after the last item."""
    if not parts or sum(parts) != head or not _GAP.fullmatch(gap):
        return False
    umbrella = any(w.group().lower() in umbrella_nouns() for w in _WORD.finditer(head_words + " " + gap))
    return umbrella or bool(_CLOSED.match(after))
