"""One incident.v1 record (or one stored report of an event) -> the facts the matcher compares. Pure, no I/O.

A report is what one article says about one incident. Three readings here go beyond the incident's own fields,
because outlets differ in exactly these ways:
- the day: the incident's full date when it has one, else the publication day bounds it (an event is reported on
  or after it happens, late reports up to `LATE_DAYS`), else unknown;
- the places: a city named in the headline is where the story is (a body text also recalls other places); else the
  incident's city; cities the gazetteer knows, or that carry coordinates, are *verified* and can contradict;
- a follow-up: a headline that announces an arrest, a charge, a court step, a funeral or a body found reports that
  new action, even when the extractor read the attack it recalls (data/followups.csv).
What a report copies is capped (texts, lists, names), so an event record of its reports stays within one message.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from worker.extract.gazetteer import DEMONYMS, places

LATE_DAYS = 3      # a report without an event day may come this many days after the event
DAY_SLACK = 1      # a misstated weekday or a time zone shifts a stated day by one
# what one report may copy into an event record (the extractor's models.FIELD_CAPS for title and url): an event
# lists up to 200 reports and must fit one Kafka message, whatever its upstream sends
TEXT_CAP, URL_CAP, LIST_CAP, NAMES_CAP = 500, 2048, 20, 40
EVIDENCE_CAP = 2000  # evidence is read for names only: a sentence or two
_NAME = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_POSSESSIVE = re.compile(r"['’]s?(?=\s|$)")
_COMMON = frozenset("""a an the in on at of and or but for to from by with as after before over into during
    police officials official authorities state government city people man woman men women children news report reports
    breaking update live video photos watch says said say told according
    more least death toll dead killed injured attack
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december i he she they we it his her their this that these those there here""".split())


@dataclass(frozen=True)
class Followup:
    event_type: str
    rx: re.Pattern[str]


@cache
def followups() -> tuple[Followup, ...]:
    text = resources.files(__package__).joinpath("data", "followups.csv").read_text("utf-8")
    return tuple(Followup(r["event_type"], re.compile(r["pattern"], re.I)) for r in csv.DictReader(text.splitlines()))


@dataclass(frozen=True)
class Report:
    incident_id: str
    article_id: str
    url: str | None
    source: str | None
    title: str | None
    published: str | None
    primary: bool
    event_type: str
    date: str | None
    country: str | None
    admin1: str | None
    city: str | None
    place: str | None
    lat: float | None
    lon: float | None
    killed: int | None
    injured: int | None
    perpetrators: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    claimed_by: tuple[str, ...] = ()
    confidence: float = 0.5
    names: tuple[str, ...] = ()          # capitalised names from the headline and evidence, lower-cased
    cities: tuple[str, ...] = ()         # where the report puts the event, lower-cased, most trusted first
    verified: bool = False               # whether `cities` can contradict another report's
    lo: date | None = None               # the event day lies in [lo, hi]
    hi: date | None = None
    exact: date | None = None            # the stated full day, if any
    duplicate_of: str | None = None      # the article this one is a syndicated copy of: counted once with it
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def _day(value: str | None) -> date | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def shift(d: date, days: int) -> date:
    """`d` moved by `days`, held at the calendar's ends (a year-1 or year-9999 date is schema-valid input)."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def origin(r: Report) -> str:
    """The article a report counts as: a syndicated copy counts as its original."""
    return r.duplicate_of or r.article_id


def _text(value: Any, cap: int = TEXT_CAP) -> str | None:
    return value[:cap] if isinstance(value, str) else None


def _texts(values: Any, cap: int = LIST_CAP) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v[:TEXT_CAP // 2] for v in values if isinstance(v, str) and v))[:cap] \
        if isinstance(values, list) else ()


def followup_type(title: str | None) -> str | None:
    """The follow-up action a headline announces, or None."""
    for f in followups() if title else ():
        if f.rx.search(title):  # type: ignore[arg-type]
            return f.event_type
    return None


def names(texts: list[str]) -> tuple[str, ...]:
    """Capitalised names (1-3 words) not at a sentence start, lower-cased: the shared-entity signal."""
    out: set[str] = set()
    countries = _countries()
    for text in dict.fromkeys(texts):  # evidence repeats one sentence for several fields
        for m in _NAME.finditer(text):
            words = [w for w in m.group(0).lower().split() if w not in _COMMON and len(w) > 2]
            out.update(w for w in words if w not in countries)
    return tuple(sorted(out))


@cache
def _countries() -> frozenset[str]:
    """Country names and demonyms say little: two reports from one country share them anyway."""
    return frozenset([n for n, p in places().items() if p.kind == "country"] + [d.lower() for d in DEMONYMS])


def _known_city(name: str, country: str | None) -> Any:
    p = places().get(name.lower())
    if p is None or p.kind not in ("city", "district", "place"):
        return None
    return p if country is None or p.country == country else None


def _prominent(name: str) -> bool:
    """A place a headline can name without its country: the project's own or a city of 100,000 or more (a word
    like "Tragedy" may be some hamlet's name)."""
    p = places().get(name)
    return p is not None and (p.population or 0) >= 100_000


def _title_cities(title: str | None, country: str | None) -> list[str]:
    """Cities a headline names, longest name first ("New Orleans", not "Orleans"); a name the gazetteer knows as a
    province or country ("Khyber Pakhtunkhwa") is no city, and neither is any word of it."""
    found: list[str] = []
    for m in _NAME.finditer(title or ""):
        words = _POSSESSIVE.sub("", m.group(0)).split()
        spans = [" ".join(words[i:i + n]) for n in range(len(words), 0, -1) for i in range(len(words) - n + 1)]
        hit = next((s for s in spans if s.lower() in places()), None)
        if hit and _known_city(hit, country):
            found.append(hit.lower())
    return found


def from_incident(inc: dict[str, Any]) -> Report:
    """The matcher's view of one incident.v1 record."""
    art = inc.get("article") or {}
    loc = {k: _text(v) if isinstance(v, str) else v for k, v in (inc.get("location") or {}).items()}
    title = _text(art.get("title"))
    event_type = inc["event_type"]
    exact = _day(inc.get("date"))
    published = _day(art.get("published"))
    follow = followup_type(title) if inc.get("primary") else None
    if follow and follow != event_type:
        event_type, exact = follow, None  # the stated day is the recalled attack's, not the follow-up's
    if exact:
        lo, hi = shift(exact, -DAY_SLACK), shift(exact, DAY_SLACK)
    elif published:
        lo, hi = shift(published, -(LATE_DAYS if not follow else DAY_SLACK)), published
    else:
        lo = hi = None
    country = loc.get("country")
    city = loc.get("city")
    in_title = _title_cities(title, country)
    if not in_title and not city:  # the headline's city places the story when the extractor found no city there
        in_title = [c for c in _title_cities(title, None) if _prominent(c)][:1]
        country = places()[in_title[0]].country if in_title else country
    city_ok = bool(city) and city not in DEMONYMS and (loc.get("lat") is not None or
                                                       _known_city(city, country) is not None)
    cities = in_title or ([city.lower()] if city else [])
    if city and in_title and all(c == (loc.get("admin1") or "").lower() for c in in_title):
        cities.append(city.lower())  # "Sokoto" in a Sokoto State story may be the state: the text's town counts too
    lat, lon = loc.get("lat"), loc.get("lon")
    if in_title and (city or "").lower() not in in_title:  # the headline's city wins, with its own coordinates
        p = places()[in_title[0]]
        lat, lon = p.lat, p.lon
    evidence = [e["text"][:EVIDENCE_CAP] for e in (inc.get("evidence") or [])[:LIST_CAP]
                if isinstance(e, dict) and isinstance(e.get("text"), str)]
    return Report(
        incident_id=inc["id"], article_id=art.get("id") or "", url=_text(art.get("url"), URL_CAP),
        source=_text(art.get("source")), title=title, published=_text(art.get("published"), 64),
        primary=bool(inc.get("primary")), event_type=event_type,
        date=exact.isoformat() if exact else None, country=country, admin1=loc.get("admin1"), city=city,
        place=loc.get("place"), lat=lat, lon=lon, killed=inc.get("killed"),
        injured=inc.get("injured"), perpetrators=_texts(inc.get("perpetrators")),
        targets=_texts(inc.get("targets")), weapons=_texts(inc.get("weapons")),
        claimed_by=_texts(inc.get("claimed_by")), confidence=_confidence(inc.get("confidence")),
        names=_texts(list(names(([title] if title else []) + evidence)), NAMES_CAP),
        cities=_texts(list(dict.fromkeys(cities))), verified=bool(in_title or city_ok), lo=lo, hi=hi, exact=exact,
        duplicate_of=_text(art.get("duplicate_of"), 64))


def _confidence(value: Any) -> float:
    """The extractor's confidence; 0.5 only when it gives none (a stated 0 stays 0)."""
    return float(value) if isinstance(value, (int, float)) else 0.5


def to_stored(r: Report) -> dict[str, Any]:
    """The report as kept in an event's `articles` list: enough to rebuild the matcher's view after a restart.
    Built once per report (an event's record is rebuilt on every change)."""
    if "stored" not in r.extra:
        r.extra["stored"] = _stored(r)
    return r.extra["stored"]


def _stored(r: Report) -> dict[str, Any]:
    return {"article_id": r.article_id, "incident_id": r.incident_id, "url": r.url, "source": r.source,
            "title": r.title, "published": r.published, "primary": r.primary, "event_type": r.event_type,
            "date": r.date, "country": r.country, "admin1": r.admin1, "city": r.city, "place": r.place,
            "lat": r.lat, "lon": r.lon, "killed": r.killed, "injured": r.injured,
            "perpetrators": list(r.perpetrators), "targets": list(r.targets), "weapons": list(r.weapons),
            "claimed_by": list(r.claimed_by), "confidence": r.confidence, "names": list(r.names),
            "cities": list(r.cities), "verified": r.verified, "duplicate_of": r.duplicate_of,
            "day_range": [r.lo.isoformat(), r.hi.isoformat()] if r.lo and r.hi else None}


def from_stored(d: dict[str, Any]) -> Report:
    rng = d.get("day_range")
    return Report(
        incident_id=d["incident_id"], article_id=d["article_id"], url=d.get("url"), source=d.get("source"),
        title=d.get("title"), published=d.get("published"), primary=d["primary"], event_type=d["event_type"],
        date=d.get("date"), country=d.get("country"), admin1=d.get("admin1"), city=d.get("city"),
        place=d.get("place"), lat=d.get("lat"), lon=d.get("lon"), killed=d.get("killed"), injured=d.get("injured"),
        perpetrators=tuple(d.get("perpetrators") or ()), targets=tuple(d.get("targets") or ()),
        weapons=tuple(d.get("weapons") or ()), claimed_by=tuple(d.get("claimed_by") or ()),
        confidence=_confidence(d.get("confidence")), names=tuple(d.get("names") or ()),
        cities=tuple(d.get("cities") or ()), verified=bool(d.get("verified")),
        lo=date.fromisoformat(rng[0]) if rng else None, hi=date.fromisoformat(rng[1]) if rng else None,
        exact=_day(d.get("date")), duplicate_of=d.get("duplicate_of"))
