#!/usr/bin/env python3
"""Scores incident extraction on ../shared/eval/incidents-dev (or --data DIR) and prints a table.

Runs the same code path as `incidentwire incidents` (gate, spaCy, rules) in-process.
Usage: python scripts/eval_incidents.py [--data DIR] [--json] [--verbose]
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time

from worker.config import load
from worker.evaluation import Tally, flatten
from worker.nlp import load as load_nlp
from worker.pipeline import incidents

DEFAULT = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "incidents-dev")


def run(data: str, verbose: bool = False) -> tuple[dict[str, float], float]:
    files = sorted(glob.glob(os.path.join(data, "*.json")))
    if not files:
        raise SystemExit(f"no gold files in {data}")
    gold = [json.load(open(f, encoding="utf-8")) for f in files]
    nlp = load_nlp(load(env={}).spacy_model)
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
    return tally.report(), len(files) / seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.normpath(DEFAULT))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    report, rate = run(args.data, args.verbose)
    if args.json:
        print(json.dumps(report | {"docs_per_s": rate}, indent=2))
        return
    print(f"{'metric':28} {'value':>7}")
    for k, v in report.items():
        print(f"{k:28} {v:7.3f}")
    print(f"{'docs/s':28} {rate:7.1f}")


if __name__ == "__main__":
    sys.exit(main())
