"""The merge core: `apply(state, incident) -> (state, changed events)`, pure apart from the clock it is given.

State is the set of open events, each holding the reports (one per incident) that make it up. An incident joins
the open event it matches best (worker/merge/match.py), or opens a new event when it is the primary story of its
article. A background (non-primary) incident only joins an existing event, with a higher bar, and never changes
its type, day, place or tolls: it is listed among the event's articles as a mention. When a report matches two open
events that also match each other, the younger is absorbed: it is published once more with `merged_into`, then
deleted (a tombstone). Replaying an incident changes nothing; a changed incident (same id, new content: an update)
replaces its report in place, and an article's newest extraction.v1 manifest retracts the incidents it no longer
lists (`retract`), also those read after it (the manifest is held).

Matching stays within a merge key (worker/merge/keys.py: the normalised country), so the events of one key never
depend on another key's reports, and any split of the keys among merger instances ends in the same events. Within a
key an incident is scored only against the events whose reports allow one of its days (a (key, day) index), so the
cost per incident does not grow with the open events.

Open events live in a bounded window: an event not touched for `window_days` of its key's stream time (the latest
event day of the reports folded under that key, a day beyond the processing day + 1 not counted) is closed and
forgotten, and beyond `max_open` the least recently touched are closed first (a memory cap per instance). An event
record is bounded too (listed reports, unlisted ids, tallies). The state can be rebuilt from the published events
alone (`from_records`), because each event lists its reports and saves its unlisted reports' ids, its key's clock
and its articles' manifests.
"""
from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable, Iterable, TypeVar

import orjson

from worker.extract.gazetteer import places
from worker.merge.keys import merge_key
from worker.merge.match import MIN_SCORE, event_score, event_window
from worker.merge.reports import DAY_SLACK, Report, from_incident, from_stored, origin, shift, to_stored
MAX_ARTICLES = 200          # reports listed per event
LISTED_BYTES = 512_000      # ... and at most this much of them: an event record fits Kafka's 1 MiB default
MAX_UNLISTED = 1_000        # primary reports beyond the listed ones, remembered by id (counted, replay-safe)
MAX_TALLY = 20              # names per actor/weapon tally
MAX_MANIFEST_IDS = 10       # an article's manifest is saved in its events' records when it lists at most this many
MAX_MANIFESTS = 100_000     # articles whose newest manifest the state holds (oldest dropped first)
BACKGROUND_EXTRA = 1.0      # a recalled incident needs this much more agreement than a report to join
SPECIFIC = ["suicide_bombing", "bombing", "targeted_killing", "abduction", "air_strike", "shelling", "armed_clash",
            "attack", "arrest", "riot", "protest", "other"]  # type vote ties go to the more specific
UNDATED = -1                # the day-index slot of events with an undated report

Change = tuple[str, "dict[str, Any] | None"]  # (event id, record); None is a tombstone
Manifest = tuple[frozenset[str], "str | None"]  # an article's current incident ids, extracted_at


@dataclass
class OpenEvent:
    id: str
    revision: int
    first_seen: str
    updated_at: str
    touched: date | None
    reports: dict[str, Report] = field(default_factory=dict)  # incident id -> report, in arrival order
    unlisted: dict[str, tuple[str, str]] = field(default_factory=dict)  # over-cap primaries: id -> (article, origin)
    key: str = ""  # the merge key every report of the event shares
    stream_day: date | None = None  # the key's clock when last published (saved so a restart restores the clock)
    slots: frozenset[int] = frozenset()  # its day-index slots (State.index)
    listed_bytes: int = 0
    window: tuple[date, date] | None = None  # the days the event can have (match.event_window), kept by _reindex
    led: bool = False  # whether it has a primary report (else its mentions stand for it)


@dataclass
class State:
    window_days: int = 14
    max_open: int = 100_000
    events: dict[str, OpenEvent] = field(default_factory=dict)
    by_incident: dict[str, str] = field(default_factory=dict)
    by_article: dict[str, set[str]] = field(default_factory=dict)  # article id -> its incident ids held open
    clocks: dict[str, date] = field(default_factory=dict)  # merge key -> its stream time: the latest event day seen
    index: dict[tuple[str, int], set[str]] = field(default_factory=dict)  # (key, day ordinal) -> events that can
    by_key: dict[str, set[str]] = field(default_factory=dict)  # take a report of that day; key -> its events
    expiry: dict[str, list[tuple[date, str]]] = field(default_factory=dict)  # key -> heap of (touched, event id)
    lru: list[tuple[date, str, str]] = field(default_factory=list)  # heap of (touched, updated_at, event id)
    manifests: dict[str, Manifest] = field(default_factory=dict)  # article id -> its newest manifest


def event_id(first_incident_id: str) -> str:
    """Deterministic from the incident that opened the event, so a replay from scratch yields the same ids."""
    return hashlib.sha256(f"event\x1f{first_incident_id}".encode()).hexdigest()[:32]


def apply(state: State, incident: dict[str, Any], now: str) -> tuple[State, list[Change]]:
    """Fold one incident.v1 record into the state; returns the events whose record changed."""
    r = from_incident(incident)
    if _retracted(state, r, incident.get("extracted_at")):
        return state, []
    known = state.by_incident.get(r.incident_id)
    if known is not None and known in state.events:
        ev = state.events[known]
        if r.incident_id in ev.unlisted or ev.reports.get(r.incident_id) == r:
            return state, []
        ev.reports[r.incident_id] = r
        _advance(state, r, ev.key, now)
        return state, [_touch(state, ev, r, now)]
    key = merge_key(r)
    _evict_window(state, key)
    ranked = sorted(((s, e) for e in _candidates(state, r, key)
                     if (s := event_score(list(e.reports.values()), r, e.window)) is not None),
                    key=lambda p: (-p[0], p[1].id))
    if not r.primary:
        if not ranked or ranked[0][0] < MIN_SCORE + BACKGROUND_EXTRA:
            return state, []
        ranked = ranked[:1]
    if not ranked:
        ev = OpenEvent(event_id(r.incident_id), 0, now, now, None, {}, key=key)
        state.events[ev.id] = ev
        state.by_key.setdefault(key, set()).add(ev.id)
        changes = [_add(state, ev, r, now)]
    else:
        ev = ranked[0][1]
        changes = [_add(state, ev, r, now)]
        for _, other in ranked[1:]:
            if r.primary and other.id in state.events and _mergeable(ev, other):
                changes += _absorb(state, ev, other, now)
    changes = [c for c in changes if c is not None]
    _evict_window(state, key)
    _evict_cap(state)
    return state, changes


def retract(state: State, manifest: dict[str, Any], now: str,
            keys: Callable[[str], bool] | None = None) -> tuple[State, list[Change]]:
    """Apply an extraction.v1 manifest: incidents of that article missing from its newest manifest are retracted
    (the article was edited and no longer reports them). Their reports leave their events; an event left with no
    primary report is deleted (a tombstone). The manifest is kept (bounded, and saved in the records of the events
    holding that article), so an incident it retracts that arrives after it is left out too.
    `keys` limits the retraction to events of the merge keys it accepts (a merger applies each partition's copy of
    a manifest to that partition's events)."""
    aid = manifest.get("article_id") or ""
    current = frozenset(i for i in manifest.get("incident_ids") or () if isinstance(i, str))
    _remember(state, aid, (current, manifest.get("extracted_at")))
    gone = [iid for iid in state.by_article.get(aid, ()) if iid not in current]
    touched: dict[str, OpenEvent] = {}
    for iid in gone:
        ev = state.events.get(state.by_incident.get(iid, ""))
        if ev is not None and keys is not None and not keys(ev.key):
            continue  # another partition's event: its own copy of the manifest retracts it
        state.by_incident.pop(iid, None)
        state.by_article[aid].discard(iid)
        if ev is None:
            continue
        ev.reports.pop(iid, None)
        ev.unlisted.pop(iid, None)
        touched[ev.id] = ev
    if aid in state.by_article and not state.by_article[aid]:
        del state.by_article[aid]
    changes: list[Change] = []
    for ev in touched.values():
        if not ev.unlisted and not any(r.primary for r in ev.reports.values()):
            _forget(state, ev)  # what is left (mentions) is no event of its own
            changes.append((ev.id, None))
        else:
            _reindex(state, ev)
            ev.revision += 1
            ev.updated_at = now
            _queue(state, ev)
            changes.append((ev.id, build(ev, state.manifests)))
    return state, changes


def _remember(state: State, article_id: str, manifest: Manifest) -> None:
    """Hold an article's newest manifest (an older one read late does not replace it)."""
    held = state.manifests.pop(article_id, None)
    if held is not None and _newer(held[1], manifest[1]):
        manifest = held
    state.manifests[article_id] = manifest
    while len(state.manifests) > MAX_MANIFESTS:
        del state.manifests[next(iter(state.manifests))]


def _newer(a: str | None, b: str | None) -> bool:
    """Whether extraction time `a` is known to be later than `b`."""
    try:
        return a is not None and b is not None and datetime.fromisoformat(a) > datetime.fromisoformat(b)
    except (TypeError, ValueError):
        return False


def _retracted(state: State, r: Report, extracted_at: Any) -> bool:
    """An incident its article's held manifest no longer lists, unless it comes from a later extraction."""
    held = state.manifests.get(r.article_id)
    return held is not None and r.incident_id not in held[0] and \
        not _newer(extracted_at if isinstance(extracted_at, str) else None, held[1])


def _candidates(state: State, r: Report, key: str) -> list[OpenEvent]:
    """The open events of the key that the report could join: those with a report whose days overlap its own,
    or an undated one (all of the key's events for an undated report)."""
    if r.lo is None or r.hi is None:
        ids: set[str] = state.by_key.get(key, set())
    else:
        ids = set(state.index.get((key, UNDATED), ()))
        for d in range(r.lo.toordinal(), min(r.hi.toordinal(), r.lo.toordinal() + 31) + 1):
            ids |= state.index.get((key, d), set())
    return [state.events[i] for i in ids]


def _slots(core: list[Report]) -> frozenset[int]:
    """The days (ordinals) an event's primary reports allow, UNDATED for an undated one."""
    out: set[int] = set()
    for r in core:
        if r.lo is None or r.hi is None:
            out.add(UNDATED)
        else:
            out.update(range(r.lo.toordinal(), min(r.hi.toordinal(), r.lo.toordinal() + 31) + 1))
    return frozenset(out)


def _reindex(state: State, ev: OpenEvent, added: Report | None = None) -> None:
    """Bring the day index, the window and the listed size up to date after the event's reports changed (`added`:
    only that report was listed, so an event already led by primary reports needs its days and size only)."""
    if added is not None and ev.led:
        ev.listed_bytes += _size(added)
        if added.primary:
            ev.window = event_window([r for r in ev.reports.values() if r.primary])
            _index(state, ev, ev.slots | _slots([added]))
        return
    core = [r for r in ev.reports.values() if r.primary]
    ev.led = bool(core)
    core = core or list(ev.reports.values())
    ev.window = event_window(core)
    _index(state, ev, _slots(core))
    ev.listed_bytes = sum(_size(r) for r in ev.reports.values())


K = TypeVar("K")
V = TypeVar("V")


def _discard(table: dict[K, set[V]], key: K, value: V) -> None:
    """Take `value` out of the set `table` keeps under `key`, and the key itself once its set is empty: the state's
    many-valued maps (by key, by (key, day), by article) keep no empty sets."""
    values = table.get(key)
    if values is not None:
        values.discard(value)
        if not values:
            del table[key]


def _index(state: State, ev: OpenEvent, new: frozenset[int]) -> None:
    for d in ev.slots - new:
        _discard(state.index, (ev.key, d), ev.id)
    for d in new - ev.slots:
        state.index.setdefault((ev.key, d), set()).add(ev.id)
    ev.slots = new


def _size(r: Report) -> int:
    if "size" not in r.extra:
        r.extra["size"] = len(orjson.dumps(to_stored(r))) + 1
    return int(r.extra["size"])


def _add(state: State, ev: OpenEvent, r: Report, now: str) -> Change | None:
    if len(ev.reports) >= MAX_ARTICLES or ev.listed_bytes + _size(r) > LISTED_BYTES:
        if not r.primary or len(ev.unlisted) >= MAX_UNLISTED:
            return None  # neither listed nor counted, so a replay finds the same
        ev.unlisted[r.incident_id] = (r.article_id, origin(r))
    else:
        ev.reports[r.incident_id] = r
    state.by_incident[r.incident_id] = ev.id
    state.by_article.setdefault(r.article_id, set()).add(r.incident_id)
    _advance(state, r, ev.key, now)  # only a report that changes a record moves the clock: the record saves it
    return _touch(state, ev, r, now, added=r.incident_id in ev.reports)


def _touch(state: State, ev: OpenEvent, r: Report, now: str, added: bool = False) -> Change:
    ev.revision += 1
    ev.updated_at = now
    day = _stream_day(r, now)
    ev.touched = max(filter(None, (ev.touched, day)), default=state.clocks.get(ev.key))  # the same after a rebuild
    _reindex(state, ev, r if added else None)
    _queue(state, ev)
    return ev.id, build(ev, state.manifests)


def _queue(state: State, ev: OpenEvent) -> None:
    """Note the event's current age in the expiry heaps (entries left by earlier ages are skipped when popped)."""
    ev.stream_day = state.clocks.get(ev.key)
    if ev.touched is not None:
        heapq.heappush(state.expiry.setdefault(ev.key, []), (ev.touched, ev.id))
    heapq.heappush(state.lru, (ev.touched or date.min, ev.updated_at, ev.id))
    if len(state.lru) > 4 * len(state.events) + 1024:
        _compact(state)


def _compact(state: State) -> None:
    state.lru = [(e.touched or date.min, e.updated_at, e.id) for e in state.events.values()]
    heapq.heapify(state.lru)
    state.expiry = {}
    for e in state.events.values():
        if e.touched is not None:
            state.expiry.setdefault(e.key, []).append((e.touched, e.id))
    for h in state.expiry.values():
        heapq.heapify(h)


def _mergeable(a: OpenEvent, b: OpenEvent) -> bool:
    """Two events are one when most primary reports of each could join the other."""
    prim_b = [m for m in b.reports.values() if m.primary]
    members_a = list(a.reports.values())
    return bool(prim_b) and sum(event_score(members_a, m) is not None for m in prim_b) * 2 > len(prim_b)


def _absorb(state: State, keep: OpenEvent, gone: OpenEvent, now: str) -> list[Change]:
    _drop(state, gone)
    for iid, rep in gone.reports.items():
        if len(keep.reports) < MAX_ARTICLES and keep.listed_bytes + _size(rep) <= LISTED_BYTES:
            keep.reports[iid] = rep
            keep.listed_bytes += _size(rep)
        elif rep.primary and len(keep.unlisted) < MAX_UNLISTED:
            keep.unlisted[iid] = (rep.article_id, origin(rep))
        else:
            _unlink(state, iid, rep.article_id)
            continue
        state.by_incident[iid] = keep.id
    for iid, (aid, orig) in gone.unlisted.items():
        if len(keep.unlisted) < MAX_UNLISTED:
            keep.unlisted[iid] = (aid, orig)
            state.by_incident[iid] = keep.id
        else:
            _unlink(state, iid, aid)
    gone.revision += 1
    gone.updated_at = now
    last = build(gone, state.manifests) | {"merged_into": keep.id}
    keep.revision += 1
    keep.updated_at = now
    keep.touched = max(filter(None, (keep.touched, gone.touched)), default=None)
    _reindex(state, keep)
    _queue(state, keep)
    return [(gone.id, last), (gone.id, None), (keep.id, build(keep, state.manifests))]


def _stream_day(r: Report, now: str) -> date | None:
    """The day a report sets the stream clock to: its latest possible event day, unless that lies beyond the
    processing day (+ DAY_SLACK): a misread year must not close every open event at once."""
    day = r.hi or r.lo
    try:
        today = date.fromisoformat(now[:10])
    except (TypeError, ValueError):
        return day
    return day if day is not None and day <= shift(today, DAY_SLACK) else None


def _advance(state: State, r: Report, key: str, now: str) -> None:
    """Move the key's clock: only reports folded into an event do, so the published records restore it."""
    day = _stream_day(r, now)
    if day and (key not in state.clocks or day > state.clocks[key]):
        state.clocks[key] = day


def _evict_window(state: State, key: str) -> None:
    """Close the key's events not touched within its window (nothing is published: their last record stands)."""
    if key not in state.clocks:
        return
    horizon = shift(state.clocks[key], -state.window_days)
    heap = state.expiry.get(key, [])
    while heap and heap[0][0] < horizon:
        touched, eid = heapq.heappop(heap)
        ev = state.events.get(eid)
        if ev is not None and ev.touched == touched:
            _forget(state, ev)


def _evict_cap(state: State) -> None:
    """Beyond `max_open`, close the least recently touched events first (a memory cap per instance)."""
    while len(state.events) > state.max_open and state.lru:
        touched, updated, eid = heapq.heappop(state.lru)
        ev = state.events.get(eid)
        if ev is not None and (ev.touched or date.min, ev.updated_at) == (touched, updated):
            _forget(state, ev)


def _drop(state: State, ev: OpenEvent) -> None:
    """Take the event out of the state's maps (its reports' ids are the caller's)."""
    del state.events[ev.id]
    _discard(state.by_key, ev.key, ev.id)
    for d in ev.slots:
        _discard(state.index, (ev.key, d), ev.id)
    ev.slots = frozenset()


def _unlink(state: State, iid: str, article_id: str) -> None:
    state.by_incident.pop(iid, None)
    _discard(state.by_article, article_id, iid)


def _forget(state: State, ev: OpenEvent) -> None:
    """Close the event: nothing of it stays in the state, listed or not."""
    _drop(state, ev)
    for iid, r in ev.reports.items():
        if state.by_incident.get(iid) == ev.id:
            _unlink(state, iid, r.article_id)
    for iid, (aid, _) in ev.unlisted.items():
        if state.by_incident.get(iid) == ev.id:
            _unlink(state, iid, aid)


def _vote(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v)
    return max(counts, key=lambda v: (counts[v], -SPECIFIC.index(v) if v in SPECIFIC else 0, str(v))) if counts \
        else None


def _named(reports: list[Report], attr: str) -> list[dict[str, Any]]:
    counts = Counter(n for r in reports for n in dict.fromkeys(getattr(r, attr)))
    return [{"name": n, "reports": k} for n, k in sorted(counts.items(), key=lambda p: (-p[1], p[0]))[:MAX_TALLY]]


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


def _originals(reports: list[Report]) -> list[Report]:
    """One report per original article: syndicated copies (`duplicate_of`) count once, as their original when it
    is listed, else as the first copy."""
    out: dict[str, Report] = {}
    for r in reports:
        o = origin(r)
        if o not in out or (out[o].duplicate_of and not r.duplicate_of):
            out[o] = r
    return list(out.values())


def _saved_manifests(ev: OpenEvent, manifests: dict[str, Manifest] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if not manifests:
        return out
    for aid in dict.fromkeys(r.article_id for r in ev.reports.values()):
        held = (manifests or {}).get(aid)
        if held is not None and len(held[0]) <= MAX_MANIFEST_IDS:
            out[aid] = {"incident_ids": sorted(held[0]), "extracted_at": held[1]}
    return out


def build(ev: OpenEvent, manifests: dict[str, Manifest] | None = None) -> dict[str, Any]:
    """The event.v1 record of an open event: its full current state, and what a restart needs to rebuild it
    (unlisted reports, the key's clock, the manifests of its articles)."""
    all_reports = list(ev.reports.values())
    core = _originals([r for r in all_reports if r.primary] or all_reports)
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
    articles = {origin(r) for r in all_reports if r.primary} | {o for _, o in ev.unlisted.values()}
    return {
        "id": ev.id, "revision": ev.revision, "first_seen": ev.first_seen, "updated_at": ev.updated_at,
        "event_type": event_type, "date": day,
        "location": {"country": country, "admin1": admin1, "city": city, "place": place,
                     "lat": coords[0], "lon": coords[1]},
        "killed": _latest(core, "killed"), "injured": _latest(core, "injured"),
        "killed_range": _range(core, "killed"), "injured_range": _range(core, "injured"),
        "perpetrators": _named(core, "perpetrators"), "targets": _named(core, "targets"),
        "weapons": _named(core, "weapons"), "claimed_by": _named(core, "claimed_by"),
        "n_articles": len(articles),
        "n_sources": len(sources), "n_mentions": len({origin(r) for r in all_reports if not r.primary} - articles),
        "articles": [to_stored(r) for r in all_reports],
        "confidence": round(min(0.99, 1 - conf), 3),
        "merged_into": None,
        "unlisted": [[iid, aid, None if o == aid else o] for iid, (aid, o) in ev.unlisted.items()],
        "last_day": ev.touched.isoformat() if ev.touched else None,
        "stream_day": ev.stream_day.isoformat() if ev.stream_day else None,
        "manifests": _saved_manifests(ev, manifests),
    }


def _iso_day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def from_records(records: Iterable[tuple[str, dict[str, Any] | None]], window_days: int = 14,
                 max_open: int = 100_000) -> State:
    """The state rebuilt from events.v1 read from the start: the latest record per key wins, tombstones and
    absorbed events drop out, events outside their merge key's window stay closed. Records of older versions
    (without `unlisted`, `last_day`, `stream_day`, `manifests`) rebuild from their reports' days."""
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
        unlisted = {u[0]: (u[1], u[2] or u[1]) for u in rec.get("unlisted") or ()}
        days = [r.hi for r in reports.values() if r.hi]
        mkey = merge_key(next(iter(reports.values())))
        touched = _iso_day(rec.get("last_day")) if "last_day" in rec else max(days, default=None)
        ev = OpenEvent(key, rec["revision"], rec["first_seen"], rec["updated_at"], touched, reports, unlisted, mkey,
                       _iso_day(rec.get("stream_day")))
        state.events[key] = ev
        state.by_key.setdefault(mkey, set()).add(key)
        for iid, r in reports.items():
            state.by_incident[iid] = key
            state.by_article.setdefault(r.article_id, set()).add(iid)
        for iid, (aid, _) in unlisted.items():
            state.by_incident[iid] = key
            state.by_article.setdefault(aid, set()).add(iid)
        for aid, m in (rec.get("manifests") or {}).items():
            _remember(state, aid, (frozenset(m.get("incident_ids") or ()), m.get("extracted_at")))
        for day in (ev.touched, ev.stream_day):
            if day and (mkey not in state.clocks or day > state.clocks[mkey]):
                state.clocks[mkey] = day
    for ev in sorted(state.events.values(), key=lambda e: e.updated_at):
        ev.touched = ev.touched or state.clocks.get(ev.key)  # events of undated reports only
        _reindex(state, ev)
        stream_day = ev.stream_day
        _queue(state, ev)
        ev.stream_day = stream_day
    for mkey in list(state.by_key):
        _evict_window(state, mkey)
    _evict_cap(state)
    return state
