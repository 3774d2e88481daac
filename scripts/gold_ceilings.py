"""How much of each gold set's date and perpetrator fields a reader of the text alone could reproduce: totals only.

Why: issue #13 sets targets on wad-test (date >= 0.90, perpetrators F1 >= 0.70). Whether a target is in reach of
any text reader depends on the gold's own conventions, so this counts, per set and without printing any text or id:
- date: documents whose text names no day at all (the date must be guessed from the publication date; the counts
  show how the gold's day falls around it), documents naming one weekday whose gold day is not that weekday, and
  documents saying only "yesterday" whose gold day is the publication day; for merge-dev, articles with neither a
  publication date nor the gold's year in the text (no reader can date them);
- perpetrators: gold names written in the text as the gold writes them, names that are canonical group names of
  `worker/extract/data/groups.csv`, and names neither (a coder's own wording: no reader of the text writes them).
Reading wad-test as totals is allowed by the evaluation's rules; nothing here looks at the extractor's output.

Usage: python scripts/gold_ceilings.py [--eval ../shared/eval]
"""
from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_incidents import EVAL, load_set  # noqa: E402

from worker.evaluation import _norm  # noqa: E402

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
_CUE = re.compile(rf"\b(yesterday|today|tonight|overnight|last night|this (?:morning|afternoon|evening|week)|"
                  rf"{'|'.join(WEEKDAYS)}|{_MONTHS})\b", re.I)
GROUPS = Path(__file__).resolve().parents[1] / "worker" / "extract" / "data" / "groups.csv"


def _gold(doc: dict[str, Any]) -> dict[str, Any] | None:
    if "incident" in doc:  # merge-dev: the primary only
        return doc["incident"]
    return next((g for g in doc.get("incidents") or [] if g.get("primary")), None)


def date_kinds(docs: list[dict[str, Any]]) -> collections.Counter[str]:
    out: collections.Counter[str] = collections.Counter()
    for doc in docs:
        g = _gold(doc)
        if g is None or "date" in (g.get("unscored") or ()) or not g.get("date") or len(g["date"]) != 10:
            continue
        out["scored"] += 1
        pub, text = doc.get("published"), doc["text"]
        if not pub:
            out["no publication date" + ("" if g["date"][:4] in text else ", gold year not in text")] += 1
            continue
        gap = (date.fromisoformat(g["date"]) - date.fromisoformat(pub[:10])).days
        cues = [m.group(1).lower() for m in _CUE.finditer(text)]
        days = {c for c in cues if c in WEEKDAYS}
        if not cues:
            out[f"no day named: gold - published = {gap if abs(gap) <= 2 else 'further'}"] += 1
        elif set(cues) == {"yesterday"}:
            out[f"only 'yesterday': gold - published = {gap}"] += 1
        elif len(days) == 1 and set(cues) <= set(WEEKDAYS) | {"overnight", "last night"}:
            on_it = WEEKDAYS[date.fromisoformat(g["date"]).weekday()] in days
            out["one weekday: gold " + ("on it" if on_it else "NOT on it")] += 1
        else:
            out["other day words"] += 1
    return out


def date_bound(kinds: collections.Counter[str]) -> float | None:
    """An upper bound of any text reader's date accuracy: a text naming no day is dated by one rule from the
    publication date (the best rule takes the gap the gold shows most), "yesterday" is read as the day before
    publication, and an undated article with no year in its text cannot be dated. Weekday disagreements are
    counted as reachable (a "said Tuesday" can mean the day before), so the bound is generous."""
    if not kinds["scored"]:
        return None
    no_day = {k: v for k, v in kinds.items() if k.startswith("no day named")}
    lost = sum(no_day.values()) - max(no_day.values(), default=0)
    lost += kinds["only 'yesterday': gold - published = 0"] + kinds["no publication date, gold year not in text"]
    return 1 - lost / kinds["scored"]


def perpetrator_kinds(docs: list[dict[str, Any]], groups: set[str]) -> collections.Counter[str]:
    out: collections.Counter[str] = collections.Counter()
    for doc in docs:
        g = _gold(doc)
        if g is None or "perpetrators" in (g.get("unscored") or ()) or g.get("perpetrators") is None:
            continue
        text = _norm(doc["text"])
        for name in map(_norm, g["perpetrators"]):
            out["names"] += 1
            out["written in the text" if name in text else "canonical group name" if name in groups
                else "its words scattered in the text" if all(w in text for w in name.split())
                else "neither (the coder's own wording)"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=EVAL)
    args = ap.parse_args()
    with GROUPS.open(encoding="utf-8") as f:
        groups = {_norm(r["canonical"]) for r in csv.DictReader(f)}
    for name in ("wad-dev", "wad-test", "merge-dev", "dev"):
        docs = load_set(name, args.eval)
        print(f"## {name}")
        for title, kinds in (("date", date_kinds(docs)), ("perpetrators", perpetrator_kinds(docs, groups))):
            print(f"  {title}: " + (", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "not annotated"))
            if title == "date" and (bound := date_bound(kinds)) is not None:
                print(f"  date: upper bound of a text reader's accuracy {bound:.3f}")


if __name__ == "__main__":
    main()
