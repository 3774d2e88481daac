"""worker/demo/site.py: a page counts as listed from the first time any feed, the site's own or an outlet's, lists
it (`SampleSite._listing`), and a later listing keeps that time."""
from __future__ import annotations

from worker.demo.site import SampleSite


def test_own_and_outlet_feeds_record_the_first_listing_time() -> None:
    site = SampleSite(feeds=2, outlets=True)
    try:
        site.route("/feeds/0.rss")
        own = {p.slug for p in site.own_pages[0::2]}
        assert own and own <= set(site.listed)
        first = dict(site.listed)
        outlet = next(iter(site.outlet_pages))
        site.route(f"/feeds/outlet-{outlet}.rss")
        assert {p.slug for p in site.outlet_pages[outlet]} <= set(site.listed)
        site.route("/feeds/0.rss")
        assert all(site.listed[s] == t for s, t in first.items())  # listed again: the first time stays
    finally:
        site.server.server_close()
