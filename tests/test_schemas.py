"""Every message shape the code produces validates against schemas/; the dev articles run through the CLI."""
from __future__ import annotations

import json
import subprocess
import sys

from jsonschema import Draft202012Validator

import schemas
from connectors.clean import clean
from connectors.feeds import Entry
from connectors.publish import build_article
from worker import cli
from worker.deadletter import record
from worker.demo.site import SampleSite, render_page
from worker.pipeline import incidents


def test_schemas_are_valid_2020_12():
    for name in schemas.NAMES:
        Draft202012Validator.check_schema(schemas.schema(name))


def test_article_incident_and_deadletter_messages_validate(nlp):
    with SampleSite() as site:
        p = site.pages[0]
        url = f"{site.base}/news/{p.slug}.html"
        article = build_article(Entry(url, p.article["title"], None, None, None), url, clean(render_page(p, site.base)),
                                "The Daily Sample", site.feed_urls()[0])
    assert schemas.errors("article.v1", article, strict=True) == []
    msgs = incidents([article], nlp)[0]
    assert msgs and all(schemas.errors("incident.v1", m, strict=True) == [] for m in msgs)
    assert schemas.errors("deadletter.v1", record("extractor", "invalid_json", "bad", b"\xff", topic="t",
                                                  partition=0, offset=3), strict=True) == []
    broken = dict(msgs[0], event_type="picnic")
    assert schemas.errors("incident.v1", broken)


def test_incident_ids_are_deterministic(nlp):
    article = {"id": "a" * 32, "text": "KABUL: A suicide bomber killed five people near the palace on Tuesday.",
               "published": "2017-04-12"}
    first = [m["id"] for m in incidents([article], nlp)[0]]
    assert first and first == [m["id"] for m in incidents([article], nlp)[0]]


def test_every_dev_article_through_the_cli_is_schema_valid(shared_eval, tmp_path, capsys):
    """`incidentwire incidents` on every dev article: the first in a fresh process, as a user runs it, the others
    through the same command in-process (cli.main: arguments, reading, printing), so the model loads once, not 22
    times (3.5 minutes of the suite)."""
    files = sorted((shared_eval / "incidents-dev").glob("*.json"))
    assert files
    total = 0
    for n, f in enumerate(files):
        gold = json.loads(f.read_text("utf-8"))
        art = {k: gold.get(k) for k in ("id", "url", "source", "title", "published", "text")}
        src = tmp_path / f.name
        src.write_text(json.dumps(art))
        if n == 0:
            out = subprocess.run([sys.executable, "-m", "worker.cli", "incidents", str(src)], capture_output=True,
                                 text=True, timeout=120, check=True).stdout
        else:
            assert cli.main(["incidents", str(src)]) == 0
            out = capsys.readouterr().out
        for line in out.splitlines():
            msg = json.loads(line)
            assert schemas.errors("incident.v1", msg, strict=True) == [], (f.name, schemas.errors("incident.v1", msg))
            ev = msg["evidence"][0]
            assert art["text"][ev["start"]:ev["end"]] == ev["text"]
            total += 1
    assert total > 0
