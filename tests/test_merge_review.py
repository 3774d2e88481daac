"""Regression tests for the merger defects of the outside review (issue #14), on fresh hand-written incidents."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson

import schemas
from tests.test_merge_core import NOW, _inc, _run
from worker.merge import core
from worker.merge.core import MAX_ARTICLES, State, apply, from_records, retract
from worker.merge.offline import read_articles
from worker.merge.reports import from_incident, from_stored, to_stored

GARISSA = dict(city="Garissa", admin1="Garissa", lat=-0.45, lon=39.65)
LAMU = dict(city="Lamu", admin1="Lamu", lat=-2.27, lon=40.9)


def _latest(changes: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in changes:
        out[k] = v
    return out


def _groups(changes: list[Any]) -> list[list[str]]:
    return sorted(sorted(a["incident_id"] for a in v["articles"]) for v in _latest(changes).values()
                  if v is not None and not v["merged_into"])


def test_a_far_future_report_does_not_close_every_open_event():
    reports = [_inc(i, source=f"s{i}.example", **GARISSA) for i in range(1, 5)]
    typo = _inc(50, source="typo.example", date="2097-06-02", published="2097-06-02", **LAMU)  # a primary, too
    state, _ = _run(reports[:1] + [typo] + reports[1:])
    assert len({state.by_incident[r["id"]] for r in reports}) == 1
    assert state.clocks["kenya"].year == 2026


def test_dates_at_the_calendar_edges_merge_without_an_exception():
    for x in (_inc(1, date="0001-01-01"), _inc(2, date="9999-12-31", published="9999-12-31"),
              _inc(3, date=None, published="0001-01-01T00:00:00+00:00")):
        state, changes = apply(State(), x, NOW)
        assert len(state.events) == 1 and changes[0][1]["n_articles"] == 1


def test_verified_is_a_boolean_and_a_replay_after_a_restart_changes_nothing():
    for loc in (dict(city="Ngomeni Ya Juu", admin1=None, lat=None, lon=None), dict(city="Garissa", lat=None, lon=None)):
        x = _inc(1, **loc)
        _, changes = apply(State(), x, NOW)
        rec = orjson.loads(orjson.dumps(changes[-1][1]))
        assert schemas.errors("event.v1", rec, strict=True) == []
        assert isinstance(rec["articles"][0]["verified"], bool)
        assert apply(from_records(changes), x, NOW)[1] == []


def _big_story(n: int) -> tuple[State, list[Any], list[dict[str, Any]]]:
    stream = [_inc(i, source=f"outlet{i}.example", **GARISSA) for i in range(n)]
    state, changes = _run(stream)
    return state, changes, stream


def test_replaying_an_over_cap_report_changes_nothing_live_or_after_a_restart():
    state, changes, stream = _big_story(MAX_ARTICLES + 3)
    last = changes[-1][1]
    assert last["n_articles"] == MAX_ARTICLES + 3 and len(last["articles"]) == MAX_ARTICLES
    assert apply(state, stream[-1], NOW)[1] == []
    rebuilt = from_records(changes)
    assert apply(rebuilt, stream[-2], NOW)[1] == []
    _, more = apply(rebuilt, _inc(9999, source="late.example", **GARISSA), NOW)
    assert more[-1][1]["n_articles"] == MAX_ARTICLES + 4


def test_retracting_an_over_cap_report_lowers_the_count_and_closing_forgets_its_id():
    state, changes, stream = _big_story(MAX_ARTICLES + 2)
    gone = stream[-1]
    state, ch = retract(state, {"article_id": gone["article"]["id"], "incident_ids": []}, NOW)
    assert ch[-1][1]["n_articles"] == MAX_ARTICLES + 1
    state, _ = _run([_inc(10_000 + j, source=f"l{j}.example", date="2026-04-20", published="2026-04-20", **LAMU)
                     for j in range(2)], state)  # six weeks later: the big story closes
    assert all(e in state.events for e in state.by_incident.values())
    assert len(state.by_incident) == 2


def test_a_manifest_read_before_the_incident_it_retracts_still_retracts_it_after_a_restart():
    old = _inc(1, source="a.example", **GARISSA)
    new = _inc(2, source="a.example", killed=6, **GARISSA)
    new["article"] = old["article"]
    new["extracted_at"] = "2026-11-29T13:00:00+00:00"
    manifest = {"article_id": old["article"]["id"], "incident_ids": [new["id"]],
                "extracted_at": "2026-11-29T13:00:01+00:00"}
    state, _ = retract(State(), manifest, NOW)
    state, changes = _run([old, new], state)
    assert old["id"] not in state.by_incident and new["id"] in state.by_incident
    rebuilt = from_records(changes)
    assert apply(rebuilt, old, NOW)[1] == []
    # an incident of a later extraction than the manifest held is not retracted by it
    newer = _inc(3, source="a.example", killed=7, **GARISSA)
    newer["article"], newer["extracted_at"] = old["article"], "2026-11-29T14:00:00+00:00"
    assert apply(rebuilt, newer, NOW)[1] != []


def test_daily_attacks_in_one_city_do_not_chain_into_one_event():
    daily = [_inc(i, source=f"s{i}.example", date=f"2026-03-{10 + i:02d}", published=f"2026-03-{10 + i:02d}",
                  killed=3 + i % 3, **GARISSA) for i in range(5)]
    state, _ = _run(daily)
    assert state.by_incident[daily[0]["id"]] != state.by_incident[daily[2]["id"]]
    assert state.by_incident[daily[0]["id"]] != state.by_incident[daily[4]["id"]]
    pair, _ = _run([daily[0], daily[1]])  # a day apart: a misstated weekday or a time zone, one event
    assert pair.by_incident[daily[0]["id"]] == pair.by_incident[daily[1]["id"]]


def test_an_incident_is_scored_only_against_events_of_its_key_and_days(monkeypatch):
    state = State(window_days=400)
    for i in range(300):  # 300 open events: different days, two countries
        day = f"2026-{1 + i % 12:02d}-{1 + i // 12:02d}"
        country = "Kenya" if (i // 12) % 2 else "Uganda"
        state, _ = apply(state, _inc(i, source=f"s{i}.example", date=day, published=day, country=country,
                                     **GARISSA), NOW)
    calls = []
    real = core.event_score
    monkeypatch.setattr(core, "event_score", lambda *a: calls.append(1) or real(*a))
    apply(state, _inc(999, source="x.example", date="2026-05-10", published="2026-05-10", **GARISSA), NOW)
    assert 0 < len(calls) <= 5


def test_syndicated_copies_count_once():
    orig = _inc(1, source="wire.example", title="Blast at Garissa market kills four", **GARISSA)
    copies = []
    for i in range(2, 5):
        c = _inc(i, source=f"site{i}.example", title="Blast at Garissa market kills four", **GARISSA)
        c["article"]["duplicate_of"] = orig["article"]["id"]
        copies.append(c)
    _, changes = _run([orig] + copies)
    ev = changes[-1][1]
    alone = apply(State(), orig, NOW)[1][-1][1]
    assert (ev["n_articles"], ev["n_sources"], ev["confidence"]) == (1, 1, alone["confidence"])
    assert len(ev["articles"]) == 4
    other = _inc(5, source="other.example", **GARISSA)
    assert apply(from_records(changes), other, NOW)[1][-1][1]["n_articles"] == 2


def test_an_event_left_with_only_a_mention_is_deleted():
    a = _inc(1, source="a.example", title="Blast at Garissa market kills four", **GARISSA)
    b = _inc(2, source="b.example", primary=False, title="Kenya tightens security after Garissa market blast",
             evidence="Last week a bomb went off at a market in Garissa, killing four.", **GARISSA)
    state, records = _run([a, b])
    assert len(next(iter(state.events.values())).reports) == 2
    state, changes = retract(state, {"article_id": a["article"]["id"], "incident_ids": []}, NOW)
    assert [v for _, v in changes] == [None] and state.events == {} and state.by_incident == {}
    assert from_records(records + changes).events == {}


def test_a_restart_restores_the_clock_so_closed_events_stay_closed():
    first = _inc(1, source="a.example", date="2026-03-01", published="2026-03-01", **LAMU)
    later = _inc(2, source="b.example", date="2026-03-22", published="2026-03-22", primary=False, **GARISSA)
    moved = _inc(3, source="c.example", date="2026-03-22", published="2026-03-22", **GARISSA)
    late = [_inc(4 + i, source=f"late{i}.example", date="2026-03-01", published="2026-03-23", **LAMU)
            for i in range(2)]
    for head in ([first, later], [first, moved]):
        _, clean = _run(head + late)
        state, part = _run(head)
        rebuilt = from_records(part)
        assert rebuilt.clocks == state.clocks
        _, rest = _run(late, rebuilt)
        assert _groups(clean) == _groups(part + rest)


def test_an_event_record_fits_one_message_whatever_its_reports_carry():
    long = "Xq" * 100_000
    stream = []
    for i in range(40):
        x = _inc(i, source=f"s{i}.example", title="Garissa market blast " + long, **GARISSA)
        x["article"]["url"] = "https://s.example/" + "a" * 5000
        x["perpetrators"] = [f"{long[:400]} {k}" for k in range(60)]
        x["targets"] = x["weapons"] = x["claimed_by"] = x["perpetrators"]
        stream.append(x)
    _, changes = _run(stream)
    ev = changes[-1][1]
    assert len(orjson.dumps(ev)) < 1_048_576 and ev["n_articles"] == 40
    assert all(len(a["title"]) <= 500 and len(a["url"]) <= 2048 for a in ev["articles"])
    assert schemas.errors("event.v1", orjson.loads(orjson.dumps(ev)), strict=True) == []


def test_a_stated_confidence_of_zero_stays_zero():
    x = _inc(1)
    x["confidence"] = 0
    r = from_incident(x)
    assert r.confidence == 0.0 and from_stored(to_stored(r)).confidence == 0.0


def test_the_events_reader_reports_bad_files_and_reads_the_rest(tmp_path: Path):
    art = {"url": "https://example.com/a", "title": "Blast in Garissa", "published": "2026-03-14",
           "text": "A bomb exploded at a market in Garissa on Saturday, killing four people."}
    (tmp_path / "good.json").write_text(json.dumps([art, dict(art, url="https://example.com/b", published=20260314),
                                                    dict(art, url="https://example.com/c", title=["x"])]))
    (tmp_path / "deep.json").write_text("[" * 50_000 + "]" * 50_000)
    (tmp_path / "sub.json").mkdir()
    errors: list[str] = []
    found = read_articles([str(tmp_path)], errors)
    assert [a["url"] for a in found] == ["https://example.com/a"]
    assert len(errors) == 3 and all("\n" not in e for e in errors)


def _random_stream(seed: int, n: int = 80) -> list[dict[str, Any]]:
    """Reports of three towns over four weeks, some background, some undated, some retracted by a later manifest,
    in publication order."""
    import random
    rng = random.Random(seed)
    ops: list[tuple[str, dict[str, Any]]] = []
    for i in range(n):
        day = f"2026-03-{rng.randint(1, 28):02d}"
        x = _inc(i, source=f"s{rng.randint(0, 5)}.example", date=day if rng.random() < 0.8 else None,
                 published=day, primary=rng.random() < 0.8, killed=rng.choice([2, 3, 4, None]),
                 event_type=rng.choice(["bombing", "attack", "protest"]), **rng.choice([GARISSA, LAMU, dict(
                     city="Mombasa", admin1="Mombasa", lat=-4.05, lon=39.67)]))
        ops.append((day, x))
        if rng.random() < 0.1:
            ops.append((day + "z", {"article_id": x["article"]["id"], "incident_ids": []}))
    return [op for _, op in sorted(ops, key=lambda p: p[0])]


def _fold(ops: list[dict[str, Any]], state: State, records: list[Any]) -> State:
    for op in ops:
        state, changes = (retract if "incident_ids" in op else apply)(state, op, NOW)
        records += changes
    return state


def test_a_restart_anywhere_in_a_stream_ends_in_the_events_of_a_clean_run():
    import random
    for seed in range(30):
        ops = _random_stream(seed)
        cut = random.Random(seed).randint(1, len(ops) - 1)
        clean: list[Any] = []
        _fold(ops, State(window_days=5), clean)
        records: list[Any] = []
        live = _fold(ops[:cut], State(window_days=5), records)
        rebuilt = from_records([(k, v) for k, v in _latest(records).items() if v is not None], window_days=5)
        assert (rebuilt.clocks, set(rebuilt.events), rebuilt.by_incident) == \
            (live.clocks, set(live.events), live.by_incident), seed
        _fold(ops[cut:], rebuilt, records)
        assert _groups(clean) == _groups(records), seed


def test_the_day_index_finds_every_event_a_full_scan_would_join(monkeypatch):
    indexed = []
    for seed in range(15):
        records: list[Any] = []
        _fold(_random_stream(seed), State(window_days=5), records)
        indexed.append(_groups(records))
    monkeypatch.setattr(core, "_candidates", lambda state, r, key: [e for e in state.events.values() if e.key == key])
    for seed in range(15):
        records = []
        _fold(_random_stream(seed), State(window_days=5), records)
        assert _groups(records) == indexed[seed], seed
