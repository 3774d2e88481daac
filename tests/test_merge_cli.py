"""`incidentwire events PATH...` on fresh hand-written articles: one event per incident, valid event.v1 records."""
from __future__ import annotations

import json

import orjson

import schemas
from worker.cli import main

ARTICLES = [
    {"id": "kano-1", "url": "https://one.example/kano", "source": "one.example", "published": "2026-05-02",
     "title": "Car bomb kills six at Kano market",
     "text": "KANO, Nigeria (Wire) - A car bomb exploded at a crowded market in Kano on Saturday, killing six "
             "people and wounding 20, police said."},
    {"id": "kano-2", "url": "https://two.example/kano", "source": "two.example", "published": "2026-05-03",
     "title": "Kano market car bomb kills nine",
     "text": "KANO, Nigeria - Nine people were killed when a car bomb exploded at a market in Kano on Saturday, "
             "police said on Sunday. At least 25 people were wounded in the blast."},
    {"id": "maid-1", "url": "https://three.example/maid", "source": "three.example", "published": "2026-05-02",
     "title": "Gunmen kill four in Maiduguri",
     "text": "MAIDUGURI, Nigeria - Gunmen opened fire on a bus station in Maiduguri on Saturday, killing four "
             "people, police said."},
]


def test_events_merges_outlets_and_keeps_other_cities_apart(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    for a in ARTICLES[:2]:
        (folder / f"{a['id']}.json").write_text(json.dumps(a))
    (folder / "notes.json").write_text(json.dumps({"about": "not an article"}))
    single = tmp_path / "maid.json"
    single.write_text(json.dumps(ARTICLES[2]))
    assert main(["events", str(folder), str(single)]) == 0
    events = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(schemas.errors("event.v1", e, strict=True) == [] for e in events)
    by_city = {e["location"]["city"]: e for e in events}
    assert set(by_city) == {"Kano", "Maiduguri"}
    kano = by_city["Kano"]
    assert kano["n_articles"] == 2 and kano["n_sources"] == 2 and kano["killed"] == 9
    assert {a["article_id"] for a in kano["articles"]} == {"kano-1", "kano-2"}  # ids kept as given


def test_events_names_a_missing_path(capsys, tmp_path):
    assert main(["events", str(tmp_path / "nope")]) == 2
    assert "nope" in capsys.readouterr().err


def test_events_reads_past_a_bad_file_and_says_so_in_the_exit_code(tmp_path, capsys):
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "a-good.json").write_text(json.dumps(ARTICLES[2]))
    (folder / "b-broken.json").write_bytes(b'{"text": "half a reco')
    (folder / "c-odd.json").write_text(json.dumps(ARTICLES[0] | {"title": ["not", "a", "string"]}))
    assert main(["events", str(folder)]) == 1
    out = capsys.readouterr()
    events = [orjson.loads(line) for line in out.out.splitlines()]
    assert [e["location"]["city"] for e in events] == ["Maiduguri"]
    assert "b-broken.json" in out.err and "c-odd.json" in out.err
