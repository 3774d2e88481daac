#!/usr/bin/env python3
"""Scores incident extraction on ../shared/eval/incidents-dev (or --data DIR) and prints a table.

Runs the same code path as `incidentwire incidents` (gate, spaCy, rules) in-process. Also runs it on the 181
general-news pages of ../shared/eval/article-extraction (hand-labelled in scripts/data/general_news_labels.json)
to measure false positives on news that is mostly not about security.
Usage: python scripts/eval_incidents.py [--data DIR] [--general FILE] [--json] [--verbose]
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time

from worker.config import load
from worker.evaluation import Tally, flatten, page_scores
from worker.nlp import load as load_nlp
from worker.pipeline import incidents

DEFAULT = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "incidents-dev")
GENERAL = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "article-extraction", "ground-truth.json")
LABELS = os.path.join(os.path.dirname(__file__), "data", "general_news_labels.json")


def run_general(path: str, nlp: object, verbose: bool = False) -> dict[str, float]:
    """Page-level false-positive rate and recall on the general-news pages (their clean article bodies)."""
    pages = json.load(open(path, encoding="utf-8"))
    labels = set(json.load(open(LABELS, encoding="utf-8"))["incident_pages"])
    ids = sorted(pages)
    articles = [{"id": k, "url": pages[k].get("url") or "", "title": pages[k].get("headline"),
                 "published": None, "text": pages[k]["articleBody"]} for k in ids]
    fired = {k: bool(msgs) for k, msgs in zip(ids, incidents(articles, nlp))}
    if verbose:
        for k in ids:
            if fired[k] != (k in labels):
                print(f"   general {'FP' if fired[k] else 'FN'} {k[:8]} {pages[k].get('url', '')[:90]}")
    return page_scores(fired, labels)


def run(data: str, nlp: object, verbose: bool = False) -> tuple[dict[str, float], float]:
    files = sorted(glob.glob(os.path.join(data, "*.json")))
    if not files:
        raise SystemExit(f"no gold files in {data}")
    gold = [json.load(open(f, encoding="utf-8")) for f in files]
    started = time.perf_counter()
    articles = [{"id": g["id"], "url": g.get("url"), "source": g.get("source"), "title": g.get("title"),
                 "published": g.get("published"), "text": g["text"]} for g in gold]
    predicted = incidents(articles, nlp)
    seconds = time.perf_counter() - started
    tally = Tally()
    for g, msgs in zip(gold, predicted):
        pred = [flatten(m) for m in msgs]
        tally.add(pred, g["incidents"])
        if verbose:
            print(f"## {g['id']}: {len(pred)} predicted, {len(g['incidents'])} gold")
            for p in pred:
                print("   P", {k: v for k, v in p.items()})
            for x in g["incidents"]:
                print("   G", {k: x[k] for k in p} if pred else x)
    report = tally.report()
    return report, len(files) / seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.normpath(DEFAULT))
    ap.add_argument("--general", default=os.path.normpath(GENERAL),
                    help="article-extraction ground-truth.json; skipped when absent")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    nlp = load_nlp(load(env={}).spacy_model)
    report, rate = run(args.data, nlp, args.verbose)
    if os.path.exists(args.general):
        report |= run_general(args.general, nlp, args.verbose)
    if args.json:
        print(json.dumps(report | {"docs_per_s": rate}, indent=2))
        return
    print(f"{'metric':28} {'value':>7}")
    for k, v in report.items():
        print(f"{k:28} {v:7.3f}")
    print(f"{'docs/s':28} {rate:7.1f}")


if __name__ == "__main__":
    sys.exit(main())
