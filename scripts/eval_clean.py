#!/usr/bin/env python3
"""Scores the project's cleaning on three benchmarks in ../shared/eval, each next to trafilatura's default in the
same run: article-extraction (Zyte, 181 pages, shingle F1), fundus (257 pages in 22 languages: bag-of-words F1,
first+last paragraph kept, residue lines, per language) and news-html (South Asian pages, no gold: output size and
agreement with trafilatura). Speed is timed page by page, the two extractors alternating, so that the load of a
shared machine weighs on both alike.

Usage: python scripts/eval_clean.py [--bench zyte,fundus,news] [--limit N] [--split all|even|odd] [--verbose]
       [--json OUT]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

import trafilatura

from connectors.clean import CleanError, clean
from worker.evaluation import extraction_scores

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
DEFAULT = SHARED / "article-extraction"
Extract = Callable[[str, "str | None"], str]


def _project(html: str, url: str | None = None) -> str:
    try:
        return clean(html, url=url).text
    except CleanError:
        return ""


def _trafilatura(html: str, url: str | None = None) -> str:
    return trafilatura.extract(html, url=url) or ""


EXTRACTORS: dict[str, Extract] = {"trafilatura": _trafilatura, "incidentwire": _project}


def in_split(page_id: str, split: str) -> bool:
    """A fixed dev/held-out split by the parity of the id's hash: tune on 'even', report 'odd' too."""
    if split == "all":
        return True
    even = int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 2 == 0
    return even == (split == "even")


def timed_outputs(items: list[tuple[str, str | None]]) -> tuple[dict[str, list[str]], dict[str, float]]:
    """Every extractor's output per page and its total seconds, the order alternating page by page."""
    names = list(EXTRACTORS)
    outs: dict[str, list[str]] = {n: [] for n in names}
    secs = dict.fromkeys(names, 0.0)
    for i, (html, url) in enumerate(items):
        for name in (names if i % 2 == 0 else names[::-1]):
            t0 = time.perf_counter()
            outs[name].append(EXTRACTORS[name](html, url))
            secs[name] += time.perf_counter() - t0
    return outs, secs


# --------------------------------------------------------------------------- Zyte article-extraction

def pages(data: Path, limit: int | None = None, split: str = "all") -> list[tuple[str, str]]:
    truth = json.loads((data / "ground-truth.json").read_text("utf-8"))
    ids = [i for i in sorted(truth) if in_split(i, split)][:limit]
    return [(gzip.decompress((data / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace"),
             truth[i]["articleBody"]) for i in ids]


def run(data: Path, limit: int | None = None, split: str = "all") -> dict[str, dict[str, float]]:
    items = pages(data, limit, split)
    outs, secs = timed_outputs([(h, None) for h, _ in items])
    return {name: extraction_scores([(p, g) for p, (_, g) in zip(outs[name], items)])
            | {"pages": len(items), "pages_per_s": len(items) / secs[name]} for name in outs}


def score_project(data: Path, limit: int | None = None) -> float:
    items = pages(data, limit)
    return extraction_scores([(_project(h), g) for h, g in items])["f1"]


# --------------------------------------------------------------------------- fundus

def fundus_scorer(data: Path) -> Any:
    """The benchmark's own scorer module (eval_fundus.py beside its data), so figures match its README."""
    spec = importlib.util.spec_from_file_location("eval_fundus", data / "eval_fundus.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def fundus_pages(data: Path, split: str = "all", min_visible: float = 0.5, only: str | None = None) -> list[dict]:
    mod = fundus_scorer(data)
    return [p for p in mod.load_pages(data, only, None)
            if (p.get("body_shingles_visible") or 0) >= min_visible and in_split(p["id"], split)]


def fundus_summary(rows: list[dict]) -> dict[str, float]:
    mean = lambda k: statistics.fmean(float(r[k]) for r in rows) if rows else 0.0  # noqa: E731
    return {"pages": len(rows), "f1": mean("f1"), "precision": mean("p"), "recall": mean("r"),
            "firstlast": statistics.fmean(r["first_kept"] and r["last_kept"] for r in rows) if rows else 0.0,
            "residue_per_page": mean("residue")}


def score_project_fundus(data: Path, split: str = "all") -> dict[str, float]:
    """The project's cleaning alone on fundus (the CI floor): means over pages, no trafilatura run."""
    mod = fundus_scorer(data)
    return fundus_summary([mod.score_page(p, _project(p["html"], p.get("url"))) for p in fundus_pages(data, split)])


def run_fundus(data: Path, split: str = "all", only: str | None = None) -> dict[str, Any]:
    mod = fundus_scorer(data)
    items = fundus_pages(data, split, only=only)
    outs, secs = timed_outputs([(p["html"], p.get("url")) for p in items])
    res: dict[str, Any] = {}
    rows_by = {}
    for name, texts in outs.items():
        rows = [mod.score_page(p, t) for p, t in zip(items, texts)]
        rows_by[name] = rows
        langs = defaultdict(list)
        for r in rows:
            langs[r["language"]].append(r)
        res[name] = fundus_summary(rows) | {
            "pages_per_s": len(items) / secs[name],
            "by_language": {k: fundus_summary(v) for k, v in sorted(langs.items(), key=lambda kv: -len(kv[1]))}}
    gaps = sorted(((t["f1"] - o["f1"], o["id"]) for o, t in zip(rows_by["incidentwire"], rows_by["trafilatura"])),
                  reverse=True)
    res["worst_gap"] = gaps[:5]
    res["pages_over_005_below"] = sum(1 for g, _ in gaps if g > 0.05)
    res["rows"] = rows_by
    return res


# --------------------------------------------------------------------------- news-html (no gold)

def run_news(data: Path) -> dict[str, Any]:
    from worker.evaluation import _shingles  # the Zyte shingle bag
    files = sorted(data.glob("*.html"))
    outs, secs = timed_outputs([(f.read_text("utf-8", "replace"), None) for f in files])
    per_page = []
    for i, f in enumerate(files):
        ours, ref = outs["incidentwire"][i], outs["trafilatura"][i]
        a, b = _shingles(ours), _shingles(ref)
        tp = sum((a & b).values())
        per_page.append({"page": f.stem, "words_ours": len(ours.split()), "words_trafilatura": len(ref.split()),
                         "lines_ours": len(ours.splitlines()), "lines_trafilatura": len(ref.splitlines()),
                         "share_of_trafilatura_kept": tp / sum(b.values()) if b else 1.0,
                         "share_of_ours_in_trafilatura": tp / sum(a.values()) if a else 1.0})
    return {"pages": per_page, "pages_per_s": {n: len(files) / s for n, s in secs.items()}, "outputs": outs,
            "files": [f.stem for f in files]}


# --------------------------------------------------------------------------- report

def _ratio(res: dict[str, Any]) -> float:
    return res["incidentwire"]["pages_per_s"] / res["trafilatura"]["pages_per_s"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", default="zyte,fundus,news")
    ap.add_argument("--data", type=Path, default=DEFAULT, help="article-extraction folder")
    ap.add_argument("--fundus", type=Path, default=SHARED / "fundus")
    ap.add_argument("--news", type=Path, default=SHARED / "news-html")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--split", default="all", choices=("all", "even", "odd"))
    ap.add_argument("--only", default=None, help="fundus: only ids containing this")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    benches = set(args.bench.split(","))
    report: dict[str, Any] = {}

    if "zyte" in benches:
        res = run(args.data, args.limit, args.split)
        report["zyte"] = res
        print(f"== article-extraction (Zyte), {res['incidentwire']['pages']} pages, shingle metric")
        print(f"{'extractor':14} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'pages/s':>8}")
        for name, r in res.items():
            print(f"{name:14} {r['f1']:6.3f} {r['precision']:6.3f} {r['recall']:6.3f} {r['accuracy']:6.3f} "
                  f"{r['pages_per_s']:8.1f}")
        print(f"speed ratio incidentwire/trafilatura: {_ratio(res):.2f}\n")

    if "fundus" in benches:
        res = run_fundus(args.fundus, args.split, args.only)
        rows = res.pop("rows")
        report["fundus"] = res
        print(f"== fundus, {res['incidentwire']['pages']} pages, bag-of-words metric (split {args.split})")
        print(f"{'extractor':14} {'F1':>6} {'prec':>6} {'recall':>6} {'1st+last':>8} {'residue':>7} {'pages/s':>8}")
        for name in EXTRACTORS:
            r = res[name]
            print(f"{name:14} {r['f1']:6.3f} {r['precision']:6.3f} {r['recall']:6.3f} {r['firstlast']:8.3f} "
                  f"{r['residue_per_page']:7.2f} {r['pages_per_s']:8.1f}")
        print(f"speed ratio incidentwire/trafilatura: {_ratio(res):.2f}")
        print(f"pages more than 0.05 F1 below trafilatura: {res['pages_over_005_below']}; worst: "
              + ", ".join(f"{i} ({g:+.3f})" for g, i in res["worst_gap"][:3]))
        print("per language (incidentwire F1 / trafilatura F1, pages):")
        for lang, r in res["incidentwire"]["by_language"].items():
            print(f"  {lang:4} {r['f1']:.3f} / {res['trafilatura']['by_language'][lang]['f1']:.3f}  "
                  f"({r['pages']}; first+last {r['firstlast']:.2f})")
        if args.verbose:
            print(f"\n{'page':44} {'F1':>5} {'traf':>5} {'P':>5} {'R':>5} {'1st':>4} {'last':>4} {'res':>3}")
            for o, t in sorted(zip(rows["incidentwire"], rows["trafilatura"]), key=lambda x: x[0]["f1"]):
                print(f"{o['id'][:44]:44} {o['f1']:5.3f} {t['f1']:5.3f} {o['p']:5.3f} {o['r']:5.3f} "
                      f"{'ok' if o['first_kept'] else 'NO':>4} {'ok' if o['last_kept'] else 'NO':>4} "
                      f"{o['residue']:3d}")
        print()

    if "news" in benches:
        res = run_news(args.news)
        report["news"] = {k: v for k, v in res.items() if k != "outputs"}
        print("== news-html (South Asian pages, no gold): words and lines, shingles shared with trafilatura")
        for r in res["pages"]:
            print(f"  {r['page'][:36]:36} words {r['words_ours']:5d} / {r['words_trafilatura']:5d}  lines "
                  f"{r['lines_ours']:3d} / {r['lines_trafilatura']:3d}  trafilatura's kept "
                  f"{r['share_of_trafilatura_kept']:.2f}  ours in trafilatura {r['share_of_ours_in_trafilatura']:.2f}")
        sp = res["pages_per_s"]
        print(f"  pages/s incidentwire {sp['incidentwire']:.1f}, trafilatura {sp['trafilatura']:.1f}")
        if args.verbose:
            for name, f in zip(res["outputs"]["incidentwire"], res["files"]):
                print(f"\n--- {f}\n{name}")

    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
