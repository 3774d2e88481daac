"""The merge core on fresh hand-written incidents: what an analyst would merge, and what must stay apart."""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from worker.merge.core import State, apply, from_records
from worker.merge.match import tolls_compatible, types_compatible
from worker.merge.reports import followup_type

NOW = "2026-11-29T12:00:00+00:00"


def _inc(n: int, *, source: str = "outlet-a.example", title: str | None = None, published: str | None = "2026-03-10",
         event_type: str = "bombing", date: str | None = "2026-03-10", country: str | None = "Kenya",
         admin1: str | None = "Nairobi", city: str | None = "Nairobi", lat: float | None = -1.28,
         lon: float | None = 36.82, killed: int | None = 4, injured: int | None = None, primary: bool = True,
         perpetrators: list[str] | None = None, evidence: str = "A bomb went off near a bus depot.") -> dict[str, Any]:
    aid = hashlib.sha256(f"article{n}".encode()).hexdigest()[:32]
    return {"id": hashlib.sha256(f"incident{n}".encode()).hexdigest()[:32],
            "article": {"id": aid, "url": f"https://{source}/{n}", "source": source, "title": title,
                        "published": published, "duplicate_of": None},
            "primary": primary, "event_type": event_type, "date": date,
            "location": {"country": country, "admin1": admin1, "city": city, "place": None, "lat": lat, "lon": lon},
            "killed": killed, "injured": injured, "killed_is_lower_bound": False, "arrested": None,
            "perpetrators": perpetrators or [], "targets": ["civilians"], "weapons": [], "claimed_by": [],
            "verified": None, "confidence": 0.9,
            "evidence": [{"field": "event_type", "text": evidence, "start": 0, "end": len(evidence)}],
            "extracted_at": NOW, "extractor_version": "test"}


def _run(incidents: list[dict[str, Any]], state: State | None = None) -> tuple[State, list[Any]]:
    state = state or State()
    changes: list[Any] = []
    for inc in incidents:
        state, ch = apply(state, inc, NOW)
        changes += ch
    return state, changes


def _event_of(state: State, inc: dict[str, Any]) -> str:
    return state.by_incident[inc["id"]]


def test_reports_of_one_bombing_from_several_outlets_merge_with_rising_tolls():
    a = _inc(1, source="a.example", killed=3, title="Blast at Nairobi bus depot kills three")
    b = _inc(2, source="b.example", killed=7, injured=20, published="2026-03-11",
             title="Nairobi depot bombing toll rises to seven")
    c = _inc(3, source="c.example", event_type="suicide_bombing", killed=9, date=None, published="2026-03-12",
             title="Suicide bomber behind Nairobi depot blast, police say")
    state, changes = _run([a, b, c])
    assert len({_event_of(state, x) for x in (a, b, c)}) == 1
    ev = changes[-1][1]
    assert ev["n_articles"] == 3 and ev["n_sources"] == 3 and ev["revision"] == 3
    assert ev["killed"] == 9 and ev["killed_range"] == [3, 9] and ev["date"] == "2026-03-10"
    assert ev["location"]["city"] == "Nairobi"


def test_two_attacks_in_one_city_days_apart_stay_apart():
    a = _inc(1, date="2026-03-10", published="2026-03-10", title="Gunmen storm Nairobi hotel")
    b = _inc(2, source="b.example", date="2026-03-16", published="2026-03-16", title="Bomb hits Nairobi market")
    state, _ = _run([a, b])
    assert _event_of(state, a) != _event_of(state, b)


def test_same_country_same_day_different_cities_stay_apart():
    a = _inc(1, title="Bus bombed in Nairobi")
    b = _inc(2, source="b.example", city="Mombasa", admin1="Mombasa", lat=-4.05, lon=39.67,
             title="Bus bombed in Mombasa")
    state, _ = _run([a, b])
    assert _event_of(state, a) != _event_of(state, b)


def test_an_arrest_days_later_is_its_own_event():
    attack = _inc(1, title="Bomb kills four at Nairobi depot")
    # the extractor read the recalled attack; the headline says what the story is
    arrest = _inc(2, source="b.example", published="2026-03-13",
                  title="Police arrest two suspects over Nairobi depot bombing")
    state, _ = _run([attack, arrest])
    assert _event_of(state, attack) != _event_of(state, arrest)
    ev = next(e for e in state.events.values() if arrest["id"] in e.reports)
    from worker.merge.core import build
    assert build(ev)["event_type"] == "arrest"


def test_replaying_an_incident_changes_nothing():
    a, b = _inc(1), _inc(2, source="b.example", killed=5)
    state, _ = _run([a, b])
    before = {k: (e.revision, dict(e.reports)) for k, e in state.events.items()}
    state, changes = _run([b, a, b], state)
    assert changes == []
    assert {k: (e.revision, dict(e.reports)) for k, e in state.events.items()} == before


def test_an_updated_incident_replaces_its_report():
    a = _inc(1, killed=2)
    state, _ = _run([a, _inc(2, source="b.example", killed=3)])
    state, changes = _run([dict(a, killed=6)], state)
    assert len(changes) == 1 and changes[0][1]["killed_range"] == [3, 6]


def test_a_background_incident_joins_but_never_opens_or_reshapes_an_event():
    alone = _inc(5, primary=False, country="Uganda", city="Kampala", admin1=None, lat=0.31, lon=32.58)
    state, changes = _run([alone])
    assert changes == [] and not state.events
    a = _inc(1, killed=4, title="Nairobi depot blast kills four")
    recalled = _inc(2, source="b.example", primary=False, killed=6, published="2026-03-12",
                    title="Nairobi depot blast: a week of grief", evidence="The Nairobi depot blast killed four.")
    state, changes = _run([a, recalled], state)
    ev = changes[-1][1]
    assert ev["n_articles"] == 1 and ev["n_mentions"] == 1 and ev["killed"] == 4


def test_a_different_headline_city_keeps_a_lookalike_apart():
    a = _inc(1, title="Truck bomb kills four in Nairobi")
    # same day, same type, but the extractor took the city the text recalls; the headline names another
    b = _inc(2, source="b.example", title="Car explodes outside Mombasa hotel")
    state, _ = _run([a, b])
    assert _event_of(state, a) != _event_of(state, b)


def test_a_report_that_links_two_events_absorbs_the_younger():
    dated = _inc(1, title="Depot bombing in Nairobi")
    undated = _inc(2, source="b.example", date=None, published=None, title="Kibera blast")
    both = _inc(3, source="c.example", title="Kibera depot bombing in Nairobi")
    state, changes = _run([dated, undated])
    assert _event_of(state, dated) != _event_of(state, undated)  # too little in common without a day
    gone = _event_of(state, undated)
    state, changes = _run([both], state)
    assert len({_event_of(state, x) for x in (dated, undated, both)}) == 1
    assert gone not in state.events
    assert [(k, v is None, (v or {}).get("merged_into")) for k, v in changes[1:3]] == \
        [(gone, False, _event_of(state, dated)), (gone, True, None)]
    assert changes[-1][1]["n_articles"] == 3


def test_the_window_closes_old_events_and_the_cap_bounds_the_state():
    state, _ = _run([_inc(1, date="2026-01-01", published="2026-01-01"),
                     _inc(2, date="2026-03-01", published="2026-03-01", city="Mombasa", admin1="Mombasa",
                          lat=-4.05, lon=39.67)], State(window_days=14))
    assert len(state.events) == 1
    capped, _ = _run([_inc(i, date=f"2026-03-{3 * i:02d}", published=f"2026-03-{3 * i:02d}") for i in range(1, 8)],
                     State(window_days=30, max_open=3))
    assert len(capped.events) == 3


def test_state_rebuilt_from_the_published_records_matches_and_replays_idempotently():
    incs = [_inc(1, killed=2), _inc(2, source="b.example", killed=5),
            _inc(3, city="Mombasa", admin1="Mombasa", lat=-4.05, lon=39.67, title="Mombasa port blast")]
    state, changes = _run(incs)
    rebuilt = from_records(changes)
    assert set(rebuilt.events) == set(state.events) and rebuilt.by_incident == state.by_incident
    _, again = _run(incs, rebuilt)
    assert again == []
    _, more = _run([_inc(4, source="c.example", killed=6)], rebuilt)
    assert more[0][0] == state.by_incident[incs[0]["id"]] and more[0][1]["revision"] == 3


@pytest.mark.parametrize("a,b,ok", [("suicide_bombing", "bombing", True), ("shelling", "air_strike", True),
                                    ("attack", "arrest", False), ("bombing", "protest", False)])
def test_type_compatibility(a, b, ok):
    assert types_compatible(a, b) is ok


@pytest.mark.parametrize("a,b,ok", [(2, 6, True), (32, 38, True), (7, 40, False), (None, 90, True), (0, 4, True)])
def test_toll_compatibility(a, b, ok):
    assert tolls_compatible(a, b) is ok


@pytest.mark.parametrize("title,kind", [("Court remands three suspects in market bombing", "arrest"),
                                        ("Thousands attend funeral of slain mayor", "other"),
                                        ("Gunman's body found in river after mall shooting", "other"),
                                        ("Blast kills nine at market", None), (None, None)])
def test_followup_headlines(title, kind):
    assert followup_type(title) == kind


def test_a_headline_city_places_a_report_whose_text_gave_the_wrong_country():
    a = _inc(1, title="Bomb kills four at Nairobi bus depot")
    # the extractor read a demonym as the country and found no city; the headline names the city
    b = _inc(2, source="b.example", country="Somalia", city=None, admin1=None, lat=None, lon=None,
             title="Somali suspects sought after Nairobi depot bombing kills four")
    state, _ = _run([a, b])
    assert _event_of(state, a) == _event_of(state, b)


def test_early_and_late_injured_counts_of_one_event_can_differ_tenfold_but_deaths_cannot():
    a = _inc(1, injured=1, title="Nairobi depot blast")
    b = _inc(2, source="b.example", injured=12, title="Nairobi depot blast: dozen hurt")
    c = _inc(3, source="c.example", killed=60, title="Nairobi depot blast")
    state, _ = _run([a, b, c])
    assert _event_of(state, a) == _event_of(state, b) != _event_of(state, c)


def test_a_headline_naming_the_province_does_not_contradict_the_town_in_the_text():
    a = _inc(1, title="Gunmen abduct pupils in Kaduna", event_type="abduction", country="Nigeria", admin1="Kaduna",
             city="Zaria", lat=11.08, lon=7.71, killed=None)
    b = _inc(2, source="b.example", title="Zaria school raid: pupils abducted", event_type="abduction",
             country="Nigeria", admin1="Kaduna", city="Zaria", lat=11.08, lon=7.71, killed=None)
    state, _ = _run([a, b])
    assert _event_of(state, a) == _event_of(state, b)


def test_a_manifest_retracts_incidents_its_article_no_longer_reports():
    from worker.merge.core import retract
    a = _inc(1, title="Nairobi depot blast")
    b = _inc(2, source="b.example", killed=7, title="Two blasts shake Kenya")
    other = _inc(3, source="b.example", city="Mombasa", admin1="Mombasa", lat=-4.05, lon=39.67)
    other["article"] = b["article"]  # the same article also reported a second incident
    state, _ = _run([a, b, other])
    nairobi, mombasa = _event_of(state, a), _event_of(state, other)
    # the edited article now reports only the Nairobi blast
    state, changes = retract(state, {"article_id": b["article"]["id"], "incident_ids": [b["id"]]}, NOW)
    assert changes == [(mombasa, None)] and mombasa not in state.events
    state, changes = retract(state, {"article_id": b["article"]["id"], "incident_ids": []}, NOW)
    assert [k for k, _ in changes] == [nairobi]
    assert changes[0][1]["n_articles"] == 1 and changes[0][1]["killed_range"] == [4, 4]
    assert retract(state, {"article_id": b["article"]["id"], "incident_ids": []}, NOW)[1] == []
    assert from_records([(nairobi, changes[0][1])]).by_article == {a["article"]["id"]: {a["id"]}}


def test_one_group_written_two_ways_counts_as_a_shared_perpetrator():
    from worker.merge.match import actor_keys

    assert actor_keys(("PKK",)) == actor_keys(("Kurdistan Workers' Party",))
    assert actor_keys(("al Qaeda",)) & actor_keys(("Al-Qaida", "police"))
    assert not actor_keys(("PKK",)) & actor_keys(("Boko Haram",))
    assert actor_keys(("Rival clan",)) == {"rival clan"}  # a name outside the lexicon compares as written


def test_a_many_valued_map_keeps_no_empty_set() -> None:
    from worker.merge.core import _discard

    table = {"a": {"x", "y"}, ("k", 3): {"z"}}
    _discard(table, "a", "x")
    _discard(table, ("k", 3), "z")
    _discard(table, "missing", "x")  # nothing under it: nothing to do
    assert table == {"a": {"y"}}
