"""The merge core: `apply(state, incident) -> (state, changed events)`, pure apart from the clock it is given.

State is the set of open events, each holding the reports (one per incident) that make it up. An incident joins
the open event it matches best (worker/merge/match.py), or opens a new event when it is the primary story of its
article. A background (non-primary) incident only joins an existing event, with a higher bar, and never changes
its type, day, place or tolls: it is listed among the event's articles as a mention. When a report matches two open
events that also match each other, the younger is absorbed: it is published once more with `merged_into`, then
deleted (a tombstone). Replaying an incident changes nothing; a changed incident (same id, new content: an update)
replaces its report in place, and an article's newest extraction.v1 manifest retracts the incidents it no longer
lists (`retract`).

Matching stays within a merge key (worker/merge/keys.py: the normalised country), so the events of one key never
depend on another key's reports, and any split of the keys among merger instances ends in the same events.

Open events live in a bounded window: an event not touched for `window_days` of its key's stream time (the latest
event day seen under that key) is closed and forgotten, and beyond `max_open` the least recently touched are closed
first (a memory cap per instance). The state can be rebuilt from the published events alone (`from_records`),
because each event lists its reports.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Callable, Iterable

from worker.extract.gazetteer import places
from worker.merge.keys import merge_key
from worker.merge.match import MIN_SCORE, event_score
from worker.merge.reports import Report, from_incident, from_stored, to_stored

MAX_ARTICLES = 200          # reports listed per event; beyond it the counts still grow
BACKGROUND_EXTRA = 1.0      # a recalled incident needs this much more agreement than a report to join
SPECIFIC = ["suicide_bombing", "bombing", "targeted_killing", "abduction", "air_strike", "shelling", "armed_clash",
            "attack", "arrest", "riot", "protest", "other"]  # type vote ties go to the more specific

Change = tuple[str, "dict[str, Any] | None"]  # (event id, record); None is a tombstone


@dataclass
class OpenEvent:
    id: str
    revision: int
    first_seen: str
    updated_at: str
    touched: date | None
    reports: dict[str, Report] = field(default_factory=dict)  # incident id -> report, in arrival order
    extra_articles: int = 0  # reports beyond MAX_ARTICLES (counted, not listed)
    key: str = ""  # the merge key every report of the event shares


@dataclass
class State:
    window_days: int = 14
    max_open: int = 100_000
    events: dict[str, OpenEvent] = field(default_factory=dict)
    by_incident: dict[str, str] = field(default_factory=dict)
    by_article: dict[str, set[str]] = field(default_factory=dict)  # article id -> its incident ids held open
    clocks: dict[str, date] = field(default_factory=dict)  # merge key -> its stream time: the latest event day seen


def event_id(first_incident_id: str) -> str:
    """Deterministic from the incident that opened the event, so a replay from scratch yields the same ids."""
    return hashlib.sha256(f"event\x1f{first_incident_id}".encode()).hexdigest()[:32]


def apply(state: State, incident: dict[str, Any], now: str) -> tuple[State, list[Change]]:
    """Fold one incident.v1 record into the state; returns the events whose record changed."""
    r = from_incident(incident)
    known = state.by_incident.get(r.incident_id)
    if known is not None and known in state.events:
        ev = state.events[known]
        if ev.reports.get(r.incident_id) == r:
            return state, []
        ev.reports[r.incident_id] = r
        return state, [_touch(state, ev, r, now)]
    key = merge_key(r)
    _advance(state, r, key)
    ranked = sorted(((s, e) for e in state.events.values()
                     if e.key == key and (s := event_score(list(e.reports.values()), r)) is not None),
                    key=lambda p: (-p[0], p[1].id))
    if not r.primary:
        if not ranked or ranked[0][0] < MIN_SCORE + BACKGROUND_EXTRA:
            return state, []
        ranked = ranked[:1]
    if not ranked:
        ev = OpenEvent(event_id(r.incident_id), 0, now, now, None, {}, key=key)
        state.events[ev.id] = ev
        changes = [_add(state, ev, r, now)]
    else:
        ev = ranked[0][1]
        changes = [_add(state, ev, r, now)]
        for _, other in ranked[1:]:
            if r.primary and _mergeable(ev, other):
                changes += _absorb(state, ev, other, now)
    return state, changes + _evict(state, key)


def retract(state: State, manifest: dict[str, Any], now: str,
            keys: Callable[[str], bool] | None = None) -> tuple[State, list[Change]]:
    """Apply an extraction.v1 manifest: incidents of that article missing from its newest manifest are retracted
    (the article was edited and no longer reports them). Their reports leave their events; an event left with no
    report is deleted (a tombstone). Ids the manifest lists but the merger has not seen yet are left to arrive.
    `keys` limits the retraction to events of the merge keys it accepts (a merger applies each partition's copy of
    a manifest to that partition's events)."""
    current = set(manifest.get("incident_ids") or ())
    gone = [iid for iid in state.by_article.get(manifest.get("article_id") or "", ()) if iid not in current]
    changes: list[Change] = []
    touched: dict[str, OpenEvent] = {}
    for iid in gone:
        ev = state.events.get(state.by_incident.get(iid, ""))
        if ev is not None and keys is not None and not keys(ev.key):
            continue  # another partition's event: its own copy of the manifest retracts it
        state.by_incident.pop(iid, None)
        if ev is None:
            continue
        r = ev.reports.pop(iid, None)
        if r is not None:
            state.by_article[r.article_id].discard(iid)
        touched[ev.id] = ev
    if manifest.get("article_id") in state.by_article and not state.by_article[manifest["article_id"]]:
        del state.by_article[manifest["article_id"]]
    for ev in touched.values():
        if not ev.reports:
            del state.events[ev.id]
            changes.append((ev.id, None))
        else:
            ev.revision += 1
            ev.updated_at = now
            changes.append((ev.id, build(ev)))
    return state, changes


def _add(state: State, ev: OpenEvent, r: Report, now: str) -> Change:
    if len(ev.reports) >= MAX_ARTICLES:
        ev.extra_articles += 1
        state.by_incident[r.incident_id] = ev.id  # remembered for replays while the event is open
        ev.revision += 1
        ev.updated_at = now
        ev.touched = max(filter(None, (ev.touched, r.hi)), default=state.clocks.get(ev.key))
        return ev.id, build(ev)
    ev.reports[r.incident_id] = r
    state.by_incident[r.incident_id] = ev.id
    state.by_article.setdefault(r.article_id, set()).add(r.incident_id)
    return _touch(state, ev, r, now)


def _touch(state: State, ev: OpenEvent, r: Report, now: str) -> Change:
    ev.revision += 1
    ev.updated_at = now
    ev.touched = max(filter(None, (ev.touched, r.hi)), default=state.clocks.get(ev.key))  # the same after a rebuild
    return ev.id, build(ev)


def _mergeable(a: OpenEvent, b: OpenEvent) -> bool:
    """Two events are one when most primary reports of each could join the other."""
    prim_b = [m for m in b.reports.values() if m.primary]
    members_a = list(a.reports.values())
    return bool(prim_b) and sum(event_score(members_a, m) is not None for m in prim_b) * 2 > len(prim_b)


def _absorb(state: State, keep: OpenEvent, gone: OpenEvent, now: str) -> list[Change]:
    for iid, rep in gone.reports.items():
        if len(keep.reports) < MAX_ARTICLES:
            keep.reports[iid] = rep
        else:
            keep.extra_articles += 1
        state.by_incident[iid] = keep.id
    keep.extra_articles += gone.extra_articles
    del state.events[gone.id]
    gone.revision += 1
    gone.updated_at = now
    last = build(gone) | {"merged_into": keep.id}
    keep.revision += 1
    keep.updated_at = now
    return [(gone.id, last), (gone.id, None), (keep.id, build(keep))]


def _advance(state: State, r: Report, key: str) -> None:
    day = r.hi or r.lo
    if day and (key not in state.clocks or day > state.clocks[key]):
        state.clocks[key] = day


def _evict(state: State, key: str) -> list[Change]:
    """Close the key's events outside its window, then any beyond the cap (nothing is published: their last record
    stands)."""
    if key in state.clocks:
        horizon = state.clocks[key] - timedelta(days=state.window_days)
        for ev in [e for e in state.events.values() if e.key == key and e.touched is not None and e.touched < horizon]:
            _forget(state, ev)
    if len(state.events) > state.max_open:
        oldest = sorted(state.events.values(), key=lambda e: (e.touched or date.min, e.updated_at))
        for ev in oldest[:len(state.events) - state.max_open]:
            _forget(state, ev)
    return []


def _forget(state: State, ev: OpenEvent) -> None:
    del state.events[ev.id]
    for iid, r in ev.reports.items():
        if state.by_incident.get(iid) == ev.id:
            del state.by_incident[iid]
        ids = state.by_article.get(r.article_id)
        if ids is not None:
            ids.discard(iid)
            if not ids:
                del state.by_article[r.article_id]


def _vote(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v)
    return max(counts, key=lambda v: (counts[v], -SPECIFIC.index(v) if v in SPECIFIC else 0, str(v))) if counts \
        else None


def _named(reports: list[Report], attr: str) -> list[dict[str, Any]]:
    counts = Counter(n for r in reports for n in dict.fromkeys(getattr(r, attr)))
    return [{"name": n, "reports": k} for n, k in sorted(counts.items(), key=lambda p: (-p[1], p[0]))]


def _city_name(r: Report) -> str | None:
    if r.city and r.city.lower() in r.cities:
        return r.city
    if r.cities:
        p = places().get(r.cities[0])
        return p.name if p else r.cities[0].title()
    return None


def _latest(reports: list[Report], attr: str) -> int | None:
    """The figure of the most recent credible report (publication day, then arrival); any report if none is."""
    credible = [r for r in reports if getattr(r, attr) is not None]
    best = [r for r in credible if r.confidence >= 0.6] or credible
    if not best:
        return None
    order = {id(r): i for i, r in enumerate(reports)}
    return getattr(max(best, key=lambda r: (r.published or "", order[id(r)])), attr)


def _range(reports: list[Report], attr: str) -> list[int] | None:
    vals = [getattr(r, attr) for r in reports if getattr(r, attr) is not None]
    return [min(vals), max(vals)] if vals else None


def build(ev: OpenEvent) -> dict[str, Any]:
    """The event.v1 record of an open event: its full current state."""
    all_reports = list(ev.reports.values())
    core = [r for r in all_reports if r.primary] or all_reports
    event_type = _vote(r.event_type for r in core)
    days = Counter(r.date for r in core if r.date)
    day = min(days, key=lambda d: (-days[d], d)) if days else None
    country = _vote(r.country for r in core)
    here = [r for r in core if r.country in (None, country)]
    city = _vote(_city_name(r) for r in here)
    at_city = [r for r in here if city and _city_name(r) == city] or here
    admin1 = _vote(r.admin1 for r in at_city)
    places_ = Counter(r.place for r in at_city if r.place)
    place = next((p for p, k in places_.most_common(1) if k >= 2 or len(at_city) == 1), None)
    coords = next(((r.lat, r.lon) for r in at_city if r.lat is not None and r.city == city), (None, None))
    sources = {r.source or r.article_id for r in core}
    conf = 1.0
    for c in {r.source or r.article_id: r.confidence for r in core}.values():
        conf *= 1 - 0.6 * c
    return {
        "id": ev.id, "revision": ev.revision, "first_seen": ev.first_seen, "updated_at": ev.updated_at,
        "event_type": event_type, "date": day,
        "location": {"country": country, "admin1": admin1, "city": city, "place": place,
                     "lat": coords[0], "lon": coords[1]},
        "killed": _latest(core, "killed"), "injured": _latest(core, "injured"),
        "killed_range": _range(core, "killed"), "injured_range": _range(core, "injured"),
        "perpetrators": _named(core, "perpetrators"), "targets": _named(core, "targets"),
        "weapons": _named(core, "weapons"), "claimed_by": _named(core, "claimed_by"),
        "n_articles": len({r.article_id for r in core}) + ev.extra_articles,
        "n_sources": len(sources), "n_mentions": len({r.article_id for r in all_reports if not r.primary}),
        "articles": [to_stored(r) for r in all_reports],
        "confidence": round(min(0.99, 1 - conf), 3),
        "merged_into": None,
    }


def from_records(records: Iterable[tuple[str, dict[str, Any] | None]], window_days: int = 14,
                 max_open: int = 100_000) -> State:
    """The state rebuilt from events.v1 read from the start: the latest record per key wins, tombstones and
    absorbed events drop out, events outside their merge key's window stay closed."""
    latest: dict[str, dict[str, Any] | None] = {}
    for key, value in records:
        latest[key] = value
    state = State(window_days=window_days, max_open=max_open)
    for key, rec in latest.items():
        if rec is None or rec.get("merged_into"):
            continue
        reports = {a["incident_id"]: from_stored(a) for a in rec["articles"]}
        if not reports:
            continue
        days = [r.hi for r in reports.values() if r.hi]
        mkey = merge_key(next(iter(reports.values())))
        ev = OpenEvent(key, rec["revision"], rec["first_seen"], rec["updated_at"], max(days, default=None), reports,
                       max(0, rec["n_articles"] - len({r.article_id for r in reports.values() if r.primary})), mkey)
        state.events[key] = ev
        for iid, r in reports.items():
            state.by_incident[iid] = key
            state.by_article.setdefault(r.article_id, set()).add(iid)
        if ev.touched and (mkey not in state.clocks or ev.touched > state.clocks[mkey]):
            state.clocks[mkey] = ev.touched
    for ev in state.events.values():
        ev.touched = ev.touched or state.clocks.get(ev.key)  # events of undated reports only
    for mkey in {ev.key for ev in state.events.values()}:
        _evict(state, mkey)
    return state
