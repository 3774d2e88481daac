"""`incidentwire demo`: embedded broker + sample site (several outlets) + connectors + extractor + merger, exactly
as in production: incidents print as they arrive, then the events the merger made of them."""
from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import orjson

from worker import kafka
from worker.config import FeedConfig, load
from worker.demo.site import SampleSite
from worker.runtime import broker
from worker.merge.service import latest_events, merged_to_end, read_events
from worker.services import start_connectors, start_extractor, start_merger


def line(m: dict[str, Any]) -> str:
    loc = ", ".join(x for x in (m["location"]["city"], m["location"]["admin1"], m["location"]["country"]) if x)
    cas = f"killed={m['killed'] if m['killed'] is not None else '?'} injured={m['injured'] if m['injured'] is not None else '?'}"
    who = f" by {', '.join(m['perpetrators'])}" if m["perpetrators"] else ""
    tag = "PRIMARY" if m["primary"] else "background"
    return f"[{tag}] {m['event_type']:<16} {m['date'] or '????-??-??':<10} {loc or '?'} | {cas}{who} | {m['article']['title']}"


def event_line(e: dict[str, Any]) -> str:
    """One event: what, when, where, the latest toll with its range over the reports, and who reported it."""
    loc = ", ".join(x for x in (e["location"]["city"], e["location"]["admin1"], e["location"]["country"]) if x)

    def figure(value: int | None, rng: list[int] | None) -> str:
        if value is None:
            return "?"
        return f"{value}" if not rng or rng[0] == rng[1] else f"{value} ({rng[0]}-{rng[1]})"
    outlets = sorted({a["source"] for a in e["articles"] if a.get("source")})
    return (f"[EVENT] {e['event_type']:<16} {e['date'] or '????-??-??':<10} {loc or '?'} | "
            f"killed={figure(e['killed'], e['killed_range'])} injured={figure(e['injured'], e['injured_range'])} | "
            f"{e['n_articles']} article{'s' if e['n_articles'] != 1 else ''} from {e['n_sources']} "
            f"outlet{'s' if e['n_sources'] != 1 else ''}: {', '.join(outlets)}")


def demo(as_json: bool = False, timeout_s: float = 300.0, site: SampleSite | None = None) -> int:
    started = time.monotonic()
    own_site = site is None
    site = site or SampleSite(outlets=True).start()
    with tempfile.TemporaryDirectory(prefix="incidentwire-demo-") as tmp:
        settings = load(env={}, allow_private_hosts="127.0.0.1", min_host_delay_s=0, host_concurrency=8, http_port=0, poll_interval_s=3600, session_timeout_ms=6000,
                        state_path=str(Path(tmp) / "state.sqlite"), log_level="WARNING")
        settings = settings.with_(feeds=tuple(FeedConfig(u, source=name) for u, name in site.feed_sources()))
        expected = len(site.pages)
        incidents: list[dict[str, Any]] = []
        lock = threading.Lock()

        def on_incident(m: dict[str, Any]) -> None:
            with lock:
                incidents.append(m)
                sys.stdout.write((orjson.dumps(m).decode() if as_json else line(m)) + "\n")
                sys.stdout.flush()

        stop = threading.Event()
        with broker(settings) as s:
            kafka.ensure_topics(s)
            print(f"# broker {s.bootstrap_servers}, sample site {site.base}, {expected} articles in "
                  f"{len(s.feeds)} feeds", file=sys.stderr)
            t_ex, ex = start_extractor(s, stop, on_incident=on_incident)
            t_co, _ = start_connectors(s, stop)
            t_me, _ = start_merger(s, stop)
            last = -1
            ok = False
            while time.monotonic() - started < timeout_s:
                if ex.processed != last:
                    last = ex.processed
                    print(f"# progress: {ex.processed}/{expected} articles extracted", file=sys.stderr)
                if ex.processed >= expected and merged_to_end(s):  # the merger has read every incident
                    ok = True
                    break
                if not (t_ex.is_alive() and t_co.is_alive() and t_me.is_alive()):
                    break
                time.sleep(0.25)
            events = latest_events(read_events(s)) if ok else []
            for e in events:
                sys.stdout.write((orjson.dumps(e).decode() if as_json else event_line(e)) + "\n")
            sys.stdout.flush()
            stop.set()
            for t in (t_ex, t_co, t_me):
                t.join(25)
    if own_site:
        site.stop()
    secs = time.monotonic() - started
    print(f"# summary: articles={ex.processed}/{expected} incidents={len(incidents)} events={len(events)} "
          f"outlets={len({name for _, name in site.feed_sources()})} seconds={secs:.1f}"
          f"{'' if ok else ' (INCOMPLETE)'}", file=sys.stderr)
    return 0 if ok else 1
