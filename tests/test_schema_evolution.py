"""The evolution rule of schemas/: additive changes only within v1, readers ignore unknown properties, producers are
checked strictly. `tests/data/schema_contract_v1.json` is the v1 contract as first published with this rule."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import schemas
from worker.models import Evidence, Incident, incident_id, manifest, to_messages
from worker.pipeline import BadArticle, check_article

CONTRACT = json.loads((Path(__file__).parent / "data" / "schema_contract_v1.json").read_text("utf-8"))


def _check_additive(name: str, old: dict[str, Any], new: dict[str, Any], where: str = "") -> list[str]:
    problems = []
    added_required = set(new.get("required", [])) - set(old.get("required", []))
    if added_required:
        problems.append(f"{name}{where}: newly required {sorted(added_required)}")
    for prop, was in old["properties"].items():
        now = new["properties"].get(prop)
        if now is None:
            problems.append(f"{name}{where}/{prop}: removed or renamed")
            continue
        for key in ("type", "enum", "$ref", "pattern"):
            if was.get(key) != now.get(key):
                problems.append(f"{name}{where}/{prop}: {key} changed from {was.get(key)!r} to {now.get(key)!r}")
        for nested in ("object", "items"):
            if nested in was:
                problems += _check_additive(name, was[nested], now.get(nested, {"properties": {}}), f"{where}/{prop}")
    return problems


def _shape(node: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"required": sorted(node.get("required", [])), "properties": {}}
    for prop, sub in node.get("properties", {}).items():
        d = {k: sub[k] for k in ("type", "enum", "$ref", "pattern") if k in sub}
        if "properties" in sub:
            d["object"] = _shape(sub)
        if isinstance(sub.get("items"), dict) and "properties" in sub["items"]:
            d["items"] = _shape(sub["items"])
        out["properties"][prop] = d
    return out


@pytest.mark.parametrize("name", schemas.NAMES)
def test_every_change_to_a_v1_schema_is_additive(name):
    assert name in CONTRACT, f"{name}: add it to tests/data/schema_contract_v1.json when it is first published"
    assert _check_additive(name, CONTRACT[name], _shape(schemas.schema(name))) == []


def test_the_additivity_check_catches_breaking_changes():
    old = CONTRACT["incident.v1"]
    renamed = json.loads(json.dumps(old))
    renamed["properties"]["fatalities"] = renamed["properties"].pop("killed")
    retyped = json.loads(json.dumps(old))
    retyped["properties"]["article"]["object"]["properties"]["url"]["type"] = "string"
    required = json.loads(json.dumps(old))
    required["required"].append("claimed_by")
    for broken in (renamed, retyped, required):
        assert _check_additive("incident.v1", old, broken)


def _article(**extra: Any) -> dict[str, Any]:
    return {"id": "b" * 32, "url": "https://news.example/a", "canonical_url": "https://news.example/a",
            "source": "Example", "feed_url": None, "title": "Market reopens", "author": None, "published": None,
            "language": "en", "text": "The market reopened on Monday after repairs.",
            "fetched_at": "2026-11-29T10:00:00+00:00", "extractor_version": "x", **extra}


def test_an_older_reader_accepts_a_newer_writers_extra_properties():
    newer = _article(paywall=True, topics=["economy"])
    assert check_article(newer) is newer  # the extractor reads it instead of dead-lettering it
    assert schemas.errors("article.v1", newer, strict=True)  # but our own producers may not invent fields
    with pytest.raises(BadArticle):
        check_article({k: v for k, v in newer.items() if k != "text"})


def _incident(**kw: Any) -> Incident:
    base = dict(primary=True, event_type="bombing", date="2026-11-20", country="Kenya", admin1="Nairobi",
                city="Nairobi", killed=3, evidence=[Evidence("trigger", "a bomb exploded", 40, 55)])
    return Incident(**(base | kw))


def test_incident_ids_ignore_offsets_order_case_and_tolls():
    a = _incident()
    moved = _incident(evidence=[Evidence("trigger", "a bomb exploded", 95, 110)], killed=7,
                      city="  nairobi ")
    assert incident_id("a" * 32, a) == incident_id("a" * 32, moved)
    other = _incident(event_type="arrest")
    first = to_messages([a], {"id": "a" * 32})
    later = to_messages([other, moved], {"id": "a" * 32})  # another incident found before it
    assert first[0]["id"] == later[1]["id"] and later[0]["id"] != later[1]["id"]


def test_incident_ids_separate_what_differs():
    a = _incident()
    assert incident_id("a" * 32, a) != incident_id("c" * 32, a)
    for change in ({"city": "Mombasa"}, {"date": "2026-11-21"}, {"event_type": "attack"}, {"admin1": None}):
        assert incident_id("a" * 32, a) != incident_id("a" * 32, _incident(**change)), change
    twins = to_messages([a, _incident(killed=1)], {"id": "a" * 32})
    assert len({m["id"] for m in twins}) == 2


def test_the_manifest_lists_the_current_incidents_and_validates():
    art = _article(duplicate_of="d" * 32)
    msgs = to_messages([_incident(), _incident(city="Mombasa")], art)
    m = manifest(art, msgs)
    assert m["incident_ids"] == [x["id"] for x in msgs]
    assert schemas.errors("extraction.v1", m, strict=True) == []
    assert all(x["article"]["duplicate_of"] == "d" * 32 for x in msgs)
    assert all(schemas.errors("incident.v1", x, strict=True) == [] for x in msgs)
    empty = manifest(art, [])
    assert empty["incident_ids"] == [] and schemas.errors("extraction.v1", empty, strict=True) == []
    edited = manifest(dict(art, text=art["text"] + " Police said later."), [])
    assert edited["revision"] != m["revision"]
    assert manifest(dict(art, text="  " + art["text"].replace(" ", "\n")), [])["revision"] == m["revision"]
