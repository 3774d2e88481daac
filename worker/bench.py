"""`incidentwire bench [--quick]`: how fast and how big, as ratios to the raw libraries measured in the same run.

Stages are timed on the same inputs as their raw library (trafilatura, spaCy `nlp.pipe`, feedparser); the
end-to-end run pushes a generated corpus (about 600 words a page, a fifth with incidents) from the local sample
site through the real services as processes on the embedded broker. Medians of repeated runs where cheap.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any, Callable, Sequence

import feedparser
import orjson
import trafilatura
from kafka import KafkaConsumer, TopicPartition

from connectors import feeds as feedparse
from connectors.clean import clean
from connectors.coordination import FeedAssignment
from connectors.fetch import Fetcher
from connectors.service import Connectors
from connectors.state import State
from worker import kafka
from worker.config import FeedConfig, load
from worker.demo.corpus import generate
from worker.demo.site import SampleSite, render_page
from worker.kafka import log_end_offsets
from worker.merge.rate import steady_rate, stream
from worker.merge.service import merged_to_end
from worker.nlp import load as load_nlp
from worker.pipeline import incidents


def _rate(n: int, fn: Callable[[], Any], repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return n / statistics.median(times)


def bench_clean(htmls: list[str]) -> dict[str, float]:
    ours = _rate(len(htmls), lambda: [clean(h) for h in htmls])
    raw = _rate(len(htmls), lambda: [trafilatura.extract(h, include_comments=False) for h in htmls])
    return {"clean_pages_per_s": ours, "clean_raw_pages_per_s": raw, "clean_ratio": ours / raw}


def bench_extract(texts: list[str], incident_texts: list[str], model: str) -> dict[str, float]:
    nlp = load_nlp(model)
    arts = [{"id": f"{i:032x}", "text": t, "published": "2026-03-20"} for i, t in enumerate(texts)]
    inc = [{"id": f"{i:032x}", "text": t, "published": "2026-03-20"} for i, t in enumerate(incident_texts)]
    mix = _rate(len(arts), lambda: incidents(arts, nlp), repeats=1)
    raw_mix = _rate(len(texts), lambda: list(nlp.pipe(texts, batch_size=16)), repeats=1)
    only = _rate(len(inc), lambda: incidents(inc, nlp), repeats=1)
    raw_only = _rate(len(incident_texts), lambda: list(nlp.pipe(incident_texts, batch_size=16)), repeats=1)
    return {"extract_docs_per_s": mix, "extract_raw_docs_per_s": raw_mix, "extract_ratio": mix / raw_mix,
            "extract_incident_only_docs_per_s": only, "extract_incident_only_ratio": only / raw_only}


_FIRST_RECORD = """
import json, sys, time
from worker.nlp import load
from worker.pipeline import incidents
texts = json.loads(sys.stdin.read())
nlp = load(sys.argv[1])
ms = []
for i, text in enumerate(texts):
    started = time.perf_counter()
    incidents([{"id": f"{i:032x}", "text": text, "published": "2026-03-20"}], nlp)
    ms.append(1000 * (time.perf_counter() - started))
print(json.dumps(ms))
"""


def bench_first_record(incident_texts: list[str], model: str) -> dict[str, float]:
    """Milliseconds of the first record after start-up, in a fresh process, and how much more it costs than the
    median of the next ones (other texts of the same kind): what start-up left to the first article's budget."""
    run = subprocess.run([sys.executable, "-c", _FIRST_RECORD, model], input=json.dumps(incident_texts),
                         capture_output=True, text=True, check=True, timeout=600)
    ms = json.loads(run.stdout)
    return {"extract_first_record_ms": ms[0], "extract_first_record_extra_ms": ms[0] - statistics.median(ms[1:])}


def bench_merge(incident_texts: list[str], model: str, n: int) -> dict[str, float]:
    """The merge core's steady-state rate (worker/merge/rate.py) on a stream made of the incidents the extractor
    finds in `incident_texts`, and its ratio to the extractor's rate in incidents/s on those same texts."""
    nlp = load_nlp(model)
    arts = [{"id": f"{i:032x}", "text": t, "published": "2026-03-20", "url": f"https://bench.example/{i}",
             "source": "bench.example"} for i, t in enumerate(incident_texts)]
    started = time.perf_counter()
    templates = [m for msgs in incidents(arts, nlp) for m in msgs]
    extractor = len(templates) / (time.perf_counter() - started)
    merged = steady_rate(stream(templates, n))
    return merged | {"merge_extractor_incidents_per_s": extractor,
                     "merge_ratio": merged["merge_incidents_per_s"] / extractor}


# -- adversarial extraction: the per-record cost must stay bounded whatever the text (issue 17) -------------------

def adversarial_corpus(demo_texts: list[str]) -> dict[str, str]:
    """Shapes that once made extraction backtrack, go quadratic or blow memory, generated here (no files)."""
    mb = 1_000_000
    run_on = "raiders killed two herders and wounded four guards near Gao on Friday while "
    cities = ["Gao", "Kidal", "Mopti", "Garissa", "Mandera", "Kismayo", "Baidoa", "Jos", "Maiduguri", "Bunia"]
    months = ["January", "March", "April", "June", "July", "September", "October", "November"]
    demo = " \n".join(demo_texts) or run_on
    victims = ["one nurse", "two porters", "three cooks", "four clerks", "five pilots", "six miners", "seven bakers",
               "eight tailors", "nine masons", "ten welders", "eleven painters", "twelve plumbers"]
    return {
        "victim pairs without a verb (old ReDoS)": "Raiders killed. " + "two herders three guards " * 9 + "x",
        "victim pairs joined by 'and'": "Raiders killed. " + "two herders and three guards and " * 9 + "x",
        "'a man a woman' repeated": "Raiders killed. " + "a man a woman " * 12 + "x",
        "12 coordinated victims, other verb": "Officials said " + " and ".join(victims) + " were injured.",
        "demo articles to 1 MB": (demo * (mb // len(demo) + 1))[:mb],
        "1 MB run-on, no full stop or newline": (run_on * (mb // len(run_on) + 1))[:mb],
        "1 MB, newline every ~300 chars, no full stop": "\n".join(run_on * 4 for _ in range(3300))[:mb],
        "1 MB Arabic": ("قتل مسلحون جنديين في هجوم على نقطة تفتيش قرب الموصل يوم الجمعة " * 16000)[:mb],
        "1 MB Chinese": ("武装分子周五在加奥袭击了一个哨所造成两名士兵死亡四人受伤 " * 40000)[:mb],
        "1 MB of NUL bytes": "\x00" * mb,
        "control characters every few chars": "".join(c + ("\x00" if i % 5 == 0 else "\x1b" if i % 9 == 0 else "")
                                                      for i, c in enumerate(demo[:100_000])),
        "3,000 dated incidents": " ".join(f"On {months[i % 8]} {i % 27 + 1}, a suicide bomber killed {i % 30 + 2} "
                                          f"people in {cities[i % 10]}, police said." for i in range(3000)),
        "one sentence listing weapons": "Raiders attacked the post with " + "rifles, pistols, grenades, mortars, "
                                        "rockets, " * 4000 + "officials said.",
        "one 100,000-char word": "killedtwoguards" * 7000,
        "open questions ('whether') without punctuation": ("it is unclear whether gunmen killed " * 3000)[:mb // 10],
        "numbers and victim nouns, 800-char sentences": " ".join(
            f"{n} {w}" for n, w in zip(["two", "17", "a", "at least 4", "dozens of"] * 4000,
                                       ["guards", "police officers", "villagers", "man", "security forces"] * 4000)),
    }


def bench_adversarial(model: str, demo_texts: list[str]) -> dict[str, Any]:
    """Seconds per record of extract_batch on each adversarial shape, one record at a time, with no budget in the
    way (120 s): the worst is `extract_worst_s_per_record` (target < 2 s)."""
    from worker.pipeline import Failure, extract_batch
    nlp = load_nlp(model)
    extract_batch([{"id": "0" * 32, "text": "Gunmen killed two guards in Gao on Monday.", "published": "2026-03-20"}],
                  nlp)  # load the gazetteers once, as the service does before its first batch
    secs: dict[str, float] = {}
    failed = []
    for name, text in adversarial_corpus(demo_texts).items():
        art = {"id": "0" * 32, "text": text, "published": "2026-03-20", "title": "t"}
        started = time.perf_counter()
        result = extract_batch([art], nlp, budget_s=120)[0]
        secs[name] = time.perf_counter() - started
        if isinstance(result, Failure):
            failed.append(f"{name}: {result.kind}")
    worst = max(secs, key=lambda k: secs[k])
    return {"extract_worst_s_per_record": secs[worst], "extract_worst_case": worst,
            "extract_adversarial_failures": failed}


def bench_feeds(site: SampleSite, n_polls: int) -> dict[str, float]:
    settings = load(env={}, allow_private_hosts="127.0.0.1")
    fetcher = Fetcher(settings)
    urls = [site.feed_urls()[i % site.n_feeds] for i in range(n_polls)]
    bodies = [fetcher.get(u).body for u in urls]
    ours = _rate(n_polls, lambda: [feedparse.parse(fetcher.get(u).body, u) for u in urls])
    parse_only = _rate(n_polls, lambda: [feedparse.parse(b, u) for b, u in zip(bodies, urls)])
    raw = _rate(n_polls, lambda: [feedparser.parse(b) for b in bodies])
    fetcher.close()
    return {"feeds_per_s": ours, "feed_raw_per_s": raw, "feed_ratio": ours / raw, "feed_parse_ratio": parse_only / raw}


def bench_poll_cycle(n_feeds: int = 1000) -> dict[str, float]:
    """Two poll cycles of `n_feeds` feeds on the local site without Kafka: cold (every feed and article fetched)
    and warm (conditional GET: unchanged feeds answer 304 and cost no parse)."""
    with SampleSite(feeds=n_feeds, items=generate(2 * n_feeds, seed=4)) as site, tempfile.TemporaryDirectory() as tmp:
        settings = load(env={}, allow_private_hosts="127.0.0.1", min_host_delay_s=0, host_concurrency=16,
                        fetch_concurrency=8, poll_interval_s=1, state_path=str(Path(tmp) / "s.sqlite"))
        settings = settings.with_(feeds=tuple(FeedConfig(u) for u in site.feed_urls()))
        state = State(settings.state_path)
        svc = Connectors(settings, state, sink=lambda _t, _a: None)
        out = {}
        for cycle in ("cold", "warm"):
            before = len(site.requests)
            started = time.perf_counter()
            results = [svc.poll(f) for f in settings.feeds]
            secs = time.perf_counter() - started
            out[f"poll_cycle_{cycle}_feeds_per_min"] = 60 * n_feeds / secs
            out[f"poll_cycle_{cycle}_304_share"] = sum(r.status == "not_modified" for r in results) / n_feeds
            out[f"poll_cycle_{cycle}_requests"] = len(site.requests) - before
        svc.close()
        state.close()
    return out


class _OwnsAll:
    """The part of FeedAssignment the loop uses, owning every partition, without a Kafka consumer."""
    partitions, generation, on_revoke = 12, 0, None
    owned = FeedAssignment.owned

    def __init__(self) -> None:
        self._owned, self._lock = set(range(self.partitions)), threading.Lock()

    def heartbeat(self, timeout_ms: int = 0) -> None:
        time.sleep(timeout_ms / 1000)  # the real one waits in consumer.poll()

    def publish_state(self, st: Any, urls: list[str]) -> None:
        pass


def bench_schedule(n_feeds: int = 10_000, limit_s: float = 60.0) -> dict[str, float]:
    """CPU of one poll cycle of `n_feeds` feeds spent on the loop itself (scheduling, ownership, state), with the
    fetch replaced by a free stand-in that moves the feed's next poll ahead as a real poll does."""
    with tempfile.TemporaryDirectory() as tmp:
        feeds = tuple(FeedConfig(f"https://news{i % 2000}.example.com/feeds/section-{i}.xml") for i in range(n_feeds))
        settings = load(env={}, state_path=str(Path(tmp) / "s.sqlite")).with_(feeds=feeds)
        state = State(settings.state_path)
        svc = Connectors(settings, state, sink=lambda _t, _a: None, assignment=_OwnsAll())
        polled = []

        def free_poll(feed: FeedConfig) -> None:
            st = state.feed(feed.url)
            st.last_poll = time.time()
            st.next_poll = st.last_poll + settings.poll_interval_s
            state.save_feed(st)
            polled.append(1)
        svc.poll = free_poll  # type: ignore[method-assign]
        stop = threading.Event()
        cpu, started = time.process_time(), time.monotonic()
        loop = threading.Thread(target=svc.run, args=(stop,), daemon=True)
        loop.start()
        while len(polled) < n_feeds and time.monotonic() - started < limit_s:
            time.sleep(0.05)
        cpu = time.process_time() - cpu
        n = len(polled)
        stop.set()
        svc.feed_pool.shutdown(wait=False, cancel_futures=True)
        loop.join(10)
        svc.close()
        state.close()
    return {f"poll_cycle_{n_feeds // 1000}k_cpu_s": cpu, f"poll_cycle_{n_feeds // 1000}k_cpu_ms_per_poll":
            1000 * cpu / max(n, 1), f"poll_cycle_{n_feeds // 1000}k_polled_share": n / n_feeds}


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process has used, 0.0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1.0) as r:
            return r.status == 200
    except (OSError, ValueError):
        return False


def _settle(procs: list[subprocess.Popen[bytes]], ready_urls: Sequence[str] = (), idle_cpu_s: float = 0.15,
            window_s: float = 1.0, min_s: float = 8.0, limit_s: float = 180.0) -> tuple[bool, float]:
    """Wait until the spawned services have started: every `ready_urls` answers 200 (an extractor's /readyz holds
    until its model, gazetteer and tables are loaded), every process idles (less than `idle_cpu_s` of CPU in two
    windows running: the merger's preload is done, the consumers poll empty topics), and at least `min_s` passed
    (the fixed wait this replaces; a start-up that pauses within it is not taken for its end). A fixed 8 s let a
    slow start-up run into the measured window, where it took the cores from the articles. Returns whether it
    settled (False at once when a process died, or at `limit_s`, or without /proc: the caller reports it) and the
    seconds from the call to the end of the last busy window or the last readiness answer, whichever came later."""
    started = time.monotonic()
    if not Path("/proc/self/stat").exists():
        time.sleep(min_s)
        return False, min_s
    last = [_cpu_s(p.pid) for p in procs]
    quiet = 0
    busy_until = started
    while time.monotonic() - started < limit_s:
        time.sleep(window_s)
        if any(p.poll() is not None for p in procs):
            return False, time.monotonic() - started
        now = [_cpu_s(p.pid) for p in procs]
        if all(n - b < idle_cpu_s for n, b in zip(now, last)):
            quiet += 1
        else:
            quiet, busy_until = 0, time.monotonic()
        last = now
        if not all(_ready(u) for u in ready_urls):
            quiet, busy_until = 0, time.monotonic()
        elif quiet >= 2 and time.monotonic() - started >= min_s:
            return True, busy_until - started
    return False, time.monotonic() - started


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _committed_all(bootstrap: str, group: str, topic: str) -> tuple[int, int]:
    c = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    reader = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, fetch_max_wait_ms=50)
    tps = [TopicPartition(topic, p) for p in (c.partitions_for_topic(topic) or [])]
    end = log_end_offsets(reader, tps)  # not end_offsets(): short of the last batch on the embedded broker
    done = sum(c.committed(tp) or 0 for tp in tps)
    reader.close()
    c.close(autocommit=False)
    return done, sum(end.values())


def _incident_times(bootstrap: str, topic: str) -> dict[str, float]:
    """article title -> earliest incident record time (seconds)."""
    c = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None, fetch_max_wait_ms=50)
    tps = [TopicPartition(topic, p) for p in (c.partitions_for_topic(topic) or [])]
    end = log_end_offsets(c, tps)  # not end_offsets(): short of the last batch on the embedded broker
    c.seek_to_beginning()
    out: dict[str, float] = {}
    while any(c.position(tp) < end[tp] for tp in tps):
        for batch in c.poll(timeout_ms=500).values():
            for r in batch:
                url = orjson.loads(r.value)["article"]["url"] or ""
                out[url] = min(out.get(url, float("inf")), r.timestamp / 1000)
    c.close()
    return out


def run_pipeline(items: list[dict[str, Any]], bootstrap: str, workers: int, release_per_s: float | None,
                 soak_samples: bool = False) -> dict[str, Any]:
    """The services as processes (one connectors, `workers` extractors, one merger) on the corpus; returns the rate
    to incidents.v1 (articles committed by the extractors), the rate to events.v1 (until the merger has also
    committed everything the extractors published), latencies, RSS and the start-up seconds (spawn to every
    extractor and the merger idle), which the rates exclude."""
    prefix = f"b{uuid.uuid4().hex[:6]}."
    with SampleSite(feeds=20, items=items, release_per_s=release_per_s) as site, \
            tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "bench.toml"
        cfg.write_text(f'bootstrap_servers = "{bootstrap}"\ntopic_prefix = "{prefix}"\ngroup_id = "g{prefix}"\n'
                       f'allow_private_hosts = "127.0.0.1"\nmin_host_delay_s = 0\nhost_concurrency = 8\nhttp_port = 0\nsession_timeout_ms = 6000\npoll_interval_s = 4\n'
                       f'fetch_concurrency = 8\nstate_path = "{Path(tmp) / "s.sqlite"}"\nlog_level = "ERROR"\n'
                       + "".join(f'[[feeds]]\nurl = "{u}"\n' for u in site.feed_urls()))
        settings = load(cfg, env={})
        kafka.ensure_topics(settings)
        env = {k: v for k, v in os.environ.items() if not k.startswith("INCIDENTWIRE_")}
        def start(svc: str, port: int = 0) -> subprocess.Popen[bytes]:
            return subprocess.Popen([sys.executable, "-m", "worker.cli", "run", svc, "--config", str(cfg)],
                                    env=env | {"INCIDENTWIRE_HTTP_PORT": str(port)}, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)

        ports = [_free_port() for _ in range(workers)]  # each extractor's /readyz
        extractors = [start("extractor", port) for port in ports]
        merger = start("merger")
        # model and gazetteer loads are start-up costs, not throughput: measured apart
        settled, startup_s = _settle([*extractors, merger], [f"http://127.0.0.1:{port}/readyz" for port in ports])
        time.sleep(4)  # the group joins (about half of session_timeout_ms, 6 s here)
        t0 = time.monotonic()
        connectors = start("connectors")
        peak = {"connectors": 0.0, "extractor": 0.0, "merger": 0.0}
        samples: list[tuple[int, float]] = []
        done = 0
        elapsed = events_elapsed = None
        while time.monotonic() - t0 < 3600:
            time.sleep(1)
            peak["connectors"] = max(peak["connectors"], _rss_mb(connectors.pid))
            peak["extractor"] = max([peak["extractor"]] + [_rss_mb(p.pid) for p in extractors])
            peak["merger"] = max(peak["merger"], _rss_mb(merger.pid))
            if elapsed is None:
                done, total = _committed_all(bootstrap, settings.group_id, settings.topic("articles.v1"))
                if soak_samples:
                    samples.append((done, sum(_rss_mb(p.pid) for p in [connectors, *extractors, merger])))
                if done >= len(items):  # committed offsets (Tansu's end offsets can lag by one)
                    elapsed = time.monotonic() - t0
            if elapsed is not None and merged_to_end(settings):  # every incident of those articles is merged
                events_elapsed = time.monotonic() - t0
                break
        elapsed = elapsed or time.monotonic() - t0
        for p in [connectors, *extractors, merger]:
            p.send_signal(signal.SIGTERM)
        for p in [connectors, *extractors, merger]:
            p.wait(30)
        times = _incident_times(bootstrap, settings.topic("incidents.v1"))
        base = site.base
        latencies = sorted(times[f"{base}/news/{slug}.html"] - t for slug, t in site.listed.items()
                           if f"{base}/news/{slug}.html" in times)
    return {"articles": done, "seconds": elapsed, "rate": done / elapsed, "latencies": latencies,
            "startup_s": startup_s, "startup_settled": settled,
            "events_seconds": events_elapsed, "events_rate": done / events_elapsed if events_elapsed else 0.0,
            "rss_peak_mb": peak, "samples": samples}


def _pct(xs: list[float], q: float) -> float | None:
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else None


def bench(quick: bool = False, out: str = "bench-results.json") -> dict[str, Any]:
    n = 300 if quick else 2000
    items = generate(n)
    with SampleSite(items=items) as site:
        htmls = [render_page(p, site.base) for p in site.pages]
        res: dict[str, Any] = {"machine": f"{os.cpu_count()} cores, {sys.platform}", "pages": n}
        print(f"# clean: {len(htmls)} pages", file=sys.stderr)
        res |= bench_clean(htmls[: 200 if quick else 1000])
        texts = [clean(h).text for h in htmls[: 150 if quick else 600]]
        incident_texts = [clean(render_page(p, site.base)).text for p in site.pages if p.article["expect"]][:60 if quick else 200]
        print("# extract", file=sys.stderr)
        res |= bench_extract(texts, incident_texts, load(env={}).spacy_model)
        res |= bench_first_record(incident_texts[:9], load(env={}).spacy_model)
        print("# merge: steady state", file=sys.stderr)
        res |= bench_merge(incident_texts, load(env={}).spacy_model, 3000 if quick else 10000)
        print("# extract: adversarial records", file=sys.stderr)
        res |= bench_adversarial(load(env={}).spacy_model, texts[:40])
        print("# feeds", file=sys.stderr)
        res |= bench_feeds(SampleSite(feeds=20, items=items).start(), 100 if quick else 400)
        print("# poll cycle", file=sys.stderr)
        res |= bench_poll_cycle(200 if quick else 1000)
        print("# scheduling: 10,000 feeds", file=sys.stderr)
        res |= bench_schedule(10_000)
    print("# end to end", file=sys.stderr)
    workers = os.cpu_count() or 2
    with kafka.EmbeddedBroker() as broker:
        e2e = run_pipeline(items, broker.bootstrap, workers, None)
        res["e2e_articles_per_s"] = e2e["rate"]
        res["e2e_events_articles_per_s"] = e2e["events_rate"]  # feed -> events.v1 (the merger in the same run)
        slowest = min(res["clean_raw_pages_per_s"], res["extract_raw_docs_per_s"], res["feed_raw_per_s"])
        res["e2e_ratio"] = e2e["rate"] / slowest
        res["rss_peak_mb"] = e2e["rss_peak_mb"]
        res["e2e_startup_s"] = e2e["startup_s"]  # spawn to every extractor ready and the merger idle
        res["e2e_startup_settled"] = e2e["startup_settled"]  # False: a service died or never idled (rates suspect)
        print("# latency at half the maximum rate", file=sys.stderr)
        lat_items = generate(200 if quick else 600, seed=2)
        lat = run_pipeline(lat_items, broker.bootstrap, workers, release_per_s=max(1.0, e2e["rate"] / 2))
        res["latency_p50_s"] = _pct(lat["latencies"], 0.5)
        res["latency_p99_s"] = _pct(lat["latencies"], 0.99)
        res["latency_startup_settled"] = lat["startup_settled"]
        if not quick:
            print("# soak: 10,000 articles", file=sys.stderr)
            soak = run_pipeline(generate(10_000, seed=3), broker.bootstrap, workers, None, soak_samples=True)
            s = [m for d, m in soak["samples"] if d >= 1000]
            res["rss_growth_pct"] = 100 * (s[-1] - s[0]) / s[0] if len(s) > 1 else None
            res["rss_peak_mb_soak"] = soak["rss_peak_mb"]
    Path(out).write_text(json.dumps(res, indent=2))
    return res


def table(res: dict[str, Any]) -> str:
    rows = [(k, f"{v:.2f}" if isinstance(v, float) else json.dumps(v)) for k, v in res.items()]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)
