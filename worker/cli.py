"""`incidentwire clean|incidents|events|crawl|run|broker|demo`: parses arguments, builds Settings, calls a service. No logic.

Wrong arguments or settings exit 2 with one line on stderr.
"""
from __future__ import annotations

import argparse
import logging
import sys
import threading
from typing import Any

import orjson

from worker.config import ConfigError, load


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        sys.stderr.write(f"incidentwire: {message}\n")
        raise SystemExit(2)


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise ConfigError(f"cannot read {path}: {e.strerror}") from None


def _out(obj: Any) -> None:
    sys.stdout.write(orjson.dumps(obj).decode() + "\n")
    sys.stdout.flush()


def cmd_clean(args: argparse.Namespace) -> int:
    from connectors.clean import CleanError, clean
    try:
        c = clean(_read(args.file), url=args.url)
    except CleanError as e:
        sys.stderr.write(f"incidentwire: {e}\n")
        return 1
    if args.format == "text":
        sys.stdout.write(c.text + "\n")
    else:
        _out(c.__dict__)
    return 0


def cmd_incidents(args: argparse.Namespace) -> int:
    from connectors.urls import article_id
    from worker.nlp import load as load_nlp
    from worker.pipeline import incidents
    settings = load(args.config)
    raw = _read(args.file)
    try:
        article = orjson.loads(raw)
        if not isinstance(article, dict) or "text" not in article:
            raise ValueError
    except ValueError:
        text = raw.decode("utf-8", "replace")
        article = {"text": text}
    article.setdefault("id", article_id(article.get("url") or article["text"][:2000]))
    for msg in incidents([article], load_nlp(settings.spacy_model))[0]:
        _out(msg)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from worker.merge.offline import merge_articles, read_articles
    from worker.nlp import load as load_nlp
    settings = load(args.config)
    problems: list[str] = []
    articles = read_articles(args.paths, problems)
    for line in problems:
        print(line, file=sys.stderr)
    for event in merge_articles(articles, load_nlp(settings.spacy_model), settings.merge_window_days,
                                settings.merge_max_open):
        _out(event)
    return 1 if problems else 0  # the events of the readable articles are out; the exit code says some were not


def cmd_crawl(args: argparse.Namespace) -> int:
    from connectors.service import Connectors
    from connectors.state import State
    from worker.config import FeedConfig
    overrides: dict[str, Any] = {"allow_private": True if args.allow_private else None, "state_path": args.state}
    settings = load(args.config, **overrides)
    if args.feeds:
        settings = settings.with_(feeds=tuple(FeedConfig(u) for u in args.feeds))
    if not settings.feeds:
        raise ConfigError("feeds: none configured; pass FEED_URL arguments or a [[feeds]] table in --config")
    state = State(settings.state_path)
    svc = Connectors(settings, state, sink=lambda _topic, article: _out(article))
    stop = threading.Event()
    try:
        if args.once:
            for feed in settings.feeds:
                if feed.enabled:
                    svc.poll(feed)
            svc.settle()  # entries deferred until their host was free (Crawl-delay) are fetched before exiting
        else:
            from worker.runtime import stop_on_signals
            svc.run(stop_on_signals())
    finally:
        svc.close()
        state.close()
    return 0


def cmd_feeds_status(args: argparse.Namespace) -> int:
    import time
    from connectors.state import State
    settings = load(args.config, state_path=args.state)
    state = State(settings.state_path)
    known = {f.url: f for f in state.feeds()}
    urls = [f.url for f in settings.feeds] + [u for u in known if u not in {f.url for f in settings.feeds}]
    fmt = lambda t: time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(t)) if t else "-"  # noqa: E731
    print(f"{'feed':60} {'last poll (UTC)':19} {'status':>6} {'next poll (UTC)':19} {'errors':>6} {'seen':>6} {'published':>9}")
    for url in urls:
        f = known.get(url)
        if f is None:
            print(f"{url[:60]:60} {'never':19} {'-':>6} {'-':19} {0:>6} {0:>6} {0:>9}")
            continue
        print(f"{url[:60]:60} {fmt(f.last_poll):19} {str(f.last_status or '-'):>6} {fmt(f.next_poll):19} "
              f"{f.error_streak:>6} {f.items_seen:>6} {f.published:>9}" + (f"  {f.last_error[:80]}" if f.last_error else ""))
    state.close()
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from worker.runtime import stop_on_signals
    stop = stop_on_signals()  # first: a SIGTERM during start-up must still end in a clean exit
    from worker.logs import setup
    from worker.services import run_services
    settings = load(args.config)
    setup(settings.log_level)
    if args.workers > 1:
        if args.service not in ("extractor", "merger"):
            raise ConfigError("--workers: only 'run extractor' and 'run merger' run several processes")
        if not settings.bootstrap_servers:
            raise ConfigError(f"bootstrap_servers: required for 'run {args.service} --workers'")
        from worker.services import run_workers
        return run_workers(settings, args.workers, args.config, stop, stall_after_s=args.stall_after_s,
                           service=args.service)
    return run_services(settings, args.service, stop, heartbeat_file=args.heartbeat_file)


def cmd_broker(args: argparse.Namespace) -> int:
    from worker.kafka import EmbeddedBroker
    b = EmbeddedBroker(args.port).start()
    print(f"embedded broker listening on {b.bootstrap} (Ctrl-C to stop)", flush=True)
    from worker.runtime import stop_on_signals
    try:
        stop_on_signals().wait()
    finally:
        b.stop()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from worker.demo.run import demo
    return demo(as_json=args.json, timeout_s=args.timeout)


def cmd_bench(args: argparse.Namespace) -> int:
    from worker.bench import bench, table
    print(table(bench(quick=args.quick, out=args.out)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="incidentwire", description="News feeds -> clean articles -> security incidents, on Kafka.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("clean", help="one HTML page -> the clean article (JSON, or --format text)")
    c.add_argument("file", nargs="?", default="-", help="HTML file, or - for stdin")
    c.add_argument("--url", help="the page's URL (helps metadata and relative links)")
    c.add_argument("--format", choices=("json", "text"), default="json")
    c.set_defaults(func=cmd_clean)

    i = sub.add_parser("incidents", help="one article (article JSON or plain text) -> incident/v1 JSON lines")
    i.add_argument("file", nargs="?", default="-")
    i.add_argument("--config")
    i.set_defaults(func=cmd_incidents)

    ev = sub.add_parser("events", help="article JSON files or folders -> extract, merge in publication order -> "
                                       "event/v1 JSON lines (no Kafka)")
    ev.add_argument("paths", nargs="+", metavar="PATH")
    ev.add_argument("--config")
    ev.set_defaults(func=cmd_events)

    cr = sub.add_parser("crawl", help="poll feeds, fetch and clean new articles, print article/v1 JSON lines (no Kafka)")
    cr.add_argument("feeds", nargs="*", metavar="FEED_URL")
    cr.add_argument("--config")
    cr.add_argument("--once", action="store_true", help="one poll of every feed, then exit")
    cr.add_argument("--state", help="SQLite state file (seen articles, feed validators)")
    cr.add_argument("--allow-private", action="store_true", help="allow private/loopback destinations")
    cr.set_defaults(func=cmd_crawl)

    fe = sub.add_parser("feeds", help="feed state")
    fe_sub = fe.add_subparsers(dest="feeds_command", required=True, parser_class=_Parser)
    fs = fe_sub.add_parser("status", help="per feed: last poll, HTTP status, next poll, error streak, items, published")
    fs.add_argument("--config")
    fs.add_argument("--state", help="SQLite state file")
    fs.set_defaults(func=cmd_feeds_status)

    r = sub.add_parser("run", help="the long-lived services")
    r.add_argument("service", choices=("connectors", "extractor", "merger", "all"))
    r.add_argument("--config")
    r.add_argument("--workers", type=int, default=1, help="extractor or merger processes in this pod "
                   "(extractor: one per core; merger: they share the merge-input.v1 partitions)")
    r.add_argument("--stall-after-s", type=float, default=None,
                   help="with --workers: restart a worker whose loop made no progress for this long "
                        "(default: max_poll_records x the extraction budget + 60 s, at least 120 s)")
    r.add_argument("--heartbeat-file", help=argparse.SUPPRESS)  # set by --workers for each child it supervises
    r.set_defaults(func=cmd_run)

    b = sub.add_parser("broker", help="the embedded Kafka-compatible broker (Tansu) in the foreground")
    b.add_argument("--port", type=int, default=9092)
    b.set_defaults(func=cmd_broker)

    be = sub.add_parser("bench", help="throughput, latency and memory, as ratios to the raw libraries")
    be.add_argument("--quick", action="store_true", help="smaller corpus, no soak (under 3 minutes)")
    be.add_argument("--out", default="bench-results.json")
    be.set_defaults(func=cmd_bench)

    d = sub.add_parser("demo", help="the whole pipeline on the embedded broker and the local sample site")
    d.add_argument("--json", action="store_true", help="one incident/v1 JSON per line, then one event/v1 JSON per line")
    d.add_argument("--timeout", type=float, default=300.0, help="give up after this many seconds")
    d.set_defaults(func=cmd_demo)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ConfigError as e:
        sys.stderr.write(f"incidentwire: {e}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # a start-up failure (a table builder, the model) must reach the JSON log, not only stderr
        log = logging.getLogger("incidentwire")
        if logging.getLogger().handlers:
            log.critical("incidentwire %s failed: %s", args.command, e, exc_info=True,
                         extra={"error_kind": type(e).__name__})
        else:
            raise
        return 1


if __name__ == "__main__":
    sys.exit(main())
