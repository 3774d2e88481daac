"""Places of a sentence: spaCy GPE/LOC/FAC entities and the project's own place names, looked up offline."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from worker.extract.gazetteer import DEMONYMS, Place, groups, places

RANK = {"place": 4, "city": 3, "district": 3, "admin1": 2, "country": 1}
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class PlaceMention:
    place: Place | None  # None: a named place the gazetteer does not know (kept as `place`)
    text: str
    start: int  # offsets in the article text
    end: int


@cache
def _own_names() -> re.Pattern[str]:
    """Curated names (the project's file, countries) are safe to match as strings; geonames cities only via NER."""
    names = sorted({k for k, p in places().items() if p.kind != "city" or p.admin1}, key=len, reverse=True)
    names = [n for n in names if len(n) > 3 or n.isupper()]
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


def _in_actor_name(text: str, start: int, end: int) -> bool:
    """A place word inside an armed group's name ("Pakistani Taliban", "Islamic State West Africa") is no place."""
    rx, _ = groups()
    window_start = max(0, start - 40)
    for m in rx.finditer(text, window_start, min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def find(text: str, start: int, end: int, doc: Any | None) -> list[PlaceMention]:
    """Place mentions between text offsets [start, end)."""
    out: dict[tuple[int, int], PlaceMention] = {}
    table = places()
    for m in _own_names().finditer(text, start, end):
        word = m.group()
        if word[0].islower() or _in_actor_name(text, m.start(), m.end()):
            continue
        out[(m.start(), m.end())] = PlaceMention(table[word.lower()], word, m.start(), m.end())
    if doc is not None:
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC") or ent.start_char < start or ent.end_char > end:
                continue
            name = _POSSESSIVE.sub("", ent.text.strip()).removeprefix("the ").strip()
            if any(s <= ent.start_char < e for s, e in out) or name in DEMONYMS:
                continue
            if _in_actor_name(text, ent.start_char, ent.end_char):
                continue
            out[(ent.start_char, ent.end_char)] = PlaceMention(table.get(name.lower()), name, ent.start_char,
                                                               ent.start_char + len(name))
    return sorted(out.values(), key=lambda p: p.start)


@dataclass(frozen=True)
class Location:
    country: str | None = None
    admin1: str | None = None
    city: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None


def resolve(mentions: list[PlaceMention], context_country: str | None) -> tuple[Location, PlaceMention | None]:
    """The most specific known place, preferring the article's country; unknown named places fill `place`."""
    known = [m for m in mentions if m.place is not None]
    if context_country:
        in_country = [m for m in known if m.place.country == context_country]  # type: ignore[union-attr]
        known = in_country or known
    unknown = next((m.text for m in mentions if m.place is None and len(m.text) > 2), None)
    if not known:
        return Location(country=context_country, place=unknown), None
    best = max(known, key=lambda m: (RANK[m.place.kind], -m.start))  # type: ignore[union-attr]
    p = best.place
    assert p is not None
    city = p.name if p.kind in ("city", "district") else None
    if p.kind == "place":
        city = next((m.place.name for m in known if m.place and m.place.kind in ("city", "district")), None)
        unknown = p.name
    admin1 = p.admin1 if p.kind != "country" else None
    return Location(p.country, admin1, city, unknown if p.kind != "place" else p.name, p.lat, p.lon), best
