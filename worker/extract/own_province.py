"""Whether a province the article names is the town's own, or the article places an incident outside it.

A town's namesake in "the one province the article names" is right when the text gives that province as the
town's ("San Pedro is a town in the Mexican state of Coahuila", "Aurora, Illinois"), and wrong when the province is
only a person's home ("the suspect had moved from Illinois", "victims from Coahuila") or another incident's ("last
year ... in Chicago, Illinois"): the province must be named in a sentence that names the town, and not as where
someone came from. Likewise an unknown village of an earlier event takes the article's one province only when its
own sentences do not place it elsewhere ("in a neighbouring state"). Words as data: data/elsewhere_units.csv. Pure.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterable

from worker.extract.alternation import literal
from worker.extract.gazetteer import data_rows
from worker.extract.place_mention import PlaceMention
from worker.extract.place_roles import sentence_around

# a sentence's end: a full stop (quote or bracket allowed) before a capital or digit, or a line break
_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")
_REACH = 600  # characters looked at either side of a mention for its sentence's ends
# "moved from Illinois", "from the state of Coahuila": a home or origin, not where the town lies
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:state|province|region)\s+of\s+)?$", re.I)


def own_provinces(mentions: Iterable[PlaceMention], country: str, town: str, text: str) -> set[str]:
    """The first-level provinces of `country` named in a sentence that also names `town`, not as where people
    came from ("from Illinois") nor as a route's end."""
    name = re.compile(r"(?<!\w)" + re.escape(town) + r"(?!\w)", re.I)
    found: set[str] = set()
    for m in mentions:
        if m.place is None or m.place.kind != "admin1" or m.route or m.aside or m.place.country != country \
                or not m.place.admin1 or _FROM.search(text, max(0, m.start - 40), m.start):
            continue
        lo, hi = sentence_around(text, m.start, m.end, _END, _REACH)
        if name.search(text, lo, m.start) or name.search(text, m.end, hi):
            found.add(m.place.admin1)
    return found


@cache
def _elsewhere() -> re.Pattern[str]:
    rows = data_rows("elsewhere_units.csv")
    other = literal({r["word"] for r in rows if r["kind"] == "other"})
    unit = literal({r["word"] for r in rows if r["kind"] == "unit"})
    return re.compile(r"\b(?:" + other + r")\s+(?:" + unit + r")\b", re.I)


def placed_elsewhere(sentences: Iterable[str]) -> bool:
    """The sentences place their event in a province other than one named ("in a neighbouring state", "in
    another province")."""
    return any(_elsewhere().search(s) for s in sentences)
