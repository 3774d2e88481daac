#!/usr/bin/env python3
"""Scores the project's cleaning on ../shared/eval/article-extraction next to plain trafilatura, in the same run.

Usage: python scripts/eval_clean.py [--data DIR] [--limit N]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from pathlib import Path

import trafilatura

from connectors.clean import CleanError, clean
from worker.evaluation import extraction_scores

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "article-extraction"


def pages(data: Path, limit: int | None = None) -> list[tuple[str, str]]:
    truth = json.loads((data / "ground-truth.json").read_text("utf-8"))
    ids = sorted(truth)[:limit]
    return [(gzip.decompress((data / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace"),
             truth[i]["articleBody"]) for i in ids]


def _project(html: str) -> str:
    try:
        return clean(html).text
    except CleanError:
        return ""


def _trafilatura(html: str) -> str:
    return trafilatura.extract(html, include_comments=False) or ""


def run(data: Path, limit: int | None = None) -> dict[str, dict[str, float]]:
    items = pages(data, limit)
    out = {}
    for name, fn in (("trafilatura", _trafilatura), ("incidentwire", _project)):
        started = time.perf_counter()
        preds = [fn(h) for h, _ in items]
        secs = time.perf_counter() - started
        out[name] = extraction_scores([(p, g) for p, (_, g) in zip(preds, items)]) | {"pages_per_s": len(items) / secs}
    return out


def score_project(data: Path, limit: int | None = None) -> float:
    items = pages(data, limit)
    return extraction_scores([(_project(h), g) for h, g in items])["f1"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    res = run(args.data, args.limit)
    print(f"{'extractor':14} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'pages/s':>8}")
    for name, r in res.items():
        print(f"{name:14} {r['f1']:6.3f} {r['precision']:6.3f} {r['recall']:6.3f} {r['accuracy']:6.3f} {r['pages_per_s']:8.1f}")
    print(f"speed ratio incidentwire/trafilatura: {res['incidentwire']['pages_per_s'] / res['trafilatura']['pages_per_s']:.2f}")


if __name__ == "__main__":
    main()
