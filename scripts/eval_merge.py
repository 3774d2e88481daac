#!/usr/bin/env python3
"""Scores the event merger on ../shared/eval/merge-dev (or --data DIR): B-cubed precision/recall/F1 over articles.

Each article is extracted with the project's extractor (same code path as `incidentwire incidents`), the incidents
are merged in publication order (undated articles last), and an article belongs to the event that holds its first
primary incident (an article without one is an event of its own). "distractors merged" counts distractor articles
that ended up in an event with any other article. The naive baseline groups primary incidents by (type, date,
finest place). `--cache FILE` keeps the extracted incidents between runs (delete it after extractor changes).
Usage: python scripts/eval_merge.py [--data DIR] [--cache FILE] [--json] [--verbose]
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from typing import Any

DEFAULT = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "merge-dev")
NOW = "1970-01-01T00:00:00+00:00"
WINDOW_DAYS = 3650  # the set spans three years and undated articles come last: score matching, not the window


def extract(gold: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    from worker.config import load
    from worker.nlp import load as load_nlp
    from worker.evaluation import set_received, with_received
    from worker.pipeline import incidents
    arts = [{k: g.get(k) for k in ("id", "url", "source", "title", "published", "text")} for g in gold]
    return incidents(with_received(arts, set_received(gold)), load_nlp(load().spacy_model))  # no clock dependence


def order(gold: list[dict[str, Any]], found: list[list[dict[str, Any]]]) -> list[int]:
    """Publication order; an undated article by its primary incident's date; neither: last (stable)."""
    def key(i: int) -> tuple[int, str]:
        day = gold[i].get("published") or next((m["date"] for m in found[i] if m["primary"] and m["date"]
                                                and len(m["date"]) == 10), None)
        return (0, day) if day else (1, "")
    return sorted(range(len(gold)), key=key)


def merged_clusters(gold: list[dict[str, Any]], found: list[list[dict[str, Any]]]) -> list[str]:
    """Predicted event per article (its first primary incident's event after the whole stream)."""
    from worker.merge.core import State, apply
    state = State(window_days=WINDOW_DAYS)
    for i in order(gold, found):
        for inc in found[i]:
            state, _ = apply(state, inc, NOW)
    out = []
    for g, msgs in zip(gold, found):
        first = next((m for m in msgs if m["primary"]), None)
        out.append(state.by_incident.get(first["id"], first["id"]) if first else "alone:" + g["id"])
    return out


def naive_clusters(gold: list[dict[str, Any]], found: list[list[dict[str, Any]]]) -> list[str]:
    out = []
    for g, msgs in zip(gold, found):
        m = next((m for m in msgs if m["primary"]), None)
        if m is None:
            out.append("alone:" + g["id"])
            continue
        loc = m["location"]
        out.append(json.dumps([m["event_type"], m["date"], loc["city"] or loc["admin1"] or loc["country"]]))
    return out


def bcubed(pred: list[str], truth: list[str]) -> dict[str, float]:
    n = len(pred)
    p = r = 0.0
    for i in range(n):
        same_pred = {j for j in range(n) if pred[j] == pred[i]}
        same_true = {j for j in range(n) if truth[j] == truth[i]}
        both = len(same_pred & same_true)
        p += both / len(same_pred)
        r += both / len(same_true)
    p, r = p / n, r / n
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def distractors_merged(gold: list[dict[str, Any]], pred: list[str]) -> int:
    return sum(1 for i, g in enumerate(gold) if g.get("distractor") and pred.count(pred[i]) > 1)


def score(gold: list[dict[str, Any]], found: list[list[dict[str, Any]]]) -> dict[str, Any]:
    truth = [g["event"] for g in gold]
    out = {}
    for name, pred in (("merger", merged_clusters(gold, found)), ("naive", naive_clusters(gold, found))):
        out[name] = bcubed(pred, truth) | {"distractors_merged": distractors_merged(gold, pred),
                                           "events": len(set(pred))}
    out["gold_events"] = len(set(truth))
    out["articles"] = len(gold)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT)
    ap.add_argument("--cache", help="JSON file with the extracted incidents (written when missing)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="print predicted vs gold clusters")
    args = ap.parse_args(argv)
    files = sorted(glob.glob(os.path.join(args.data, "*.json")))
    if not files:
        raise SystemExit(f"no gold files in {args.data}")
    gold = [json.load(open(f, encoding="utf-8")) for f in files]
    if args.cache and os.path.exists(args.cache):
        found = json.load(open(args.cache, encoding="utf-8"))
    else:
        found = extract(gold)
        if args.cache:
            json.dump(found, open(args.cache, "w", encoding="utf-8"))
    report = score(gold, found)
    if args.verbose:
        pred = merged_clusters(gold, found)
        for c in sorted(set(pred)):
            members = [g for g, p in zip(gold, pred) if p == c]
            print(f"[{c[:8]}] " + "; ".join(f"{g['event'][:38]}{' (D)' if g.get('distractor') else ''} "
                                              f"<{g['source']}>" for g in members))
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"merge-dev: {report['articles']} articles, {report['gold_events']} gold events")
    print(f"{'':8} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'events':>6} {'distractors merged':>18}")
    for name in ("merger", "naive"):
        s = report[name]
        print(f"{name:8} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['events']:6d} "
              f"{s['distractors_merged']:18d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
