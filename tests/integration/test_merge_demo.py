"""`incidentwire demo` end to end: several outlets of the sample site report the same fictional incidents; the demo
prints the incidents, then the events, and the events group the reports the way outlets.json says they belong."""
from __future__ import annotations

from typing import Any

import orjson
import pytest

import schemas
from worker.demo.run import demo, event_line
from worker.demo.site import SampleSite, outlet_data

pytestmark = pytest.mark.integration


def _article_slug(url: str) -> str:
    return url.rsplit("/", 1)[-1].removesuffix(".html")


def test_demo_merges_the_outlets_reports_and_keeps_the_lookalike_apart(capsys):
    with SampleSite(outlets=True) as site:
        assert demo(as_json=True, timeout_s=240, site=site) == 0
    lines = [orjson.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]
    events = [x for x in lines if "n_articles" in x]
    incidents = [x for x in lines if "n_articles" not in x]
    assert incidents and events
    for e in events:
        assert not schemas.errors("event.v1", e, strict=True), schemas.errors("event.v1", e, strict=True)
        assert event_line(e).startswith("[EVENT] ")
    event_of: dict[str, dict[str, Any]] = {}
    for e in events:
        for a in e["articles"]:
            event_of[_article_slug(a["url"])] = e
    for a in outlet_data()["articles"]:
        mine = event_of[f"{a['outlet']}-{a['slug']}"]
        page_slugs = {_article_slug(x["url"]) for x in mine["articles"]}
        if a["same_event_as"]:
            assert a["same_event_as"] in page_slugs, (a["slug"], page_slugs)
            assert mine["n_sources"] >= 2
        else:  # the look-alike: another incident in the same city a few days later
            assert page_slugs == {f"{a['outlet']}-{a['slug']}"}, page_slugs
    # every incident-bearing article of the site ends in exactly one event
    assert len(event_of) == len({_article_slug(i["article"]["url"]) for i in incidents if i["primary"]})
