"""Scoring of extracted incidents against the gold format of ../shared/eval (GOLD_FORMAT.md). Pure."""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any

FIELDS = ("event_type", "date", "country", "admin1", "city", "killed", "injured")
SETS = ("perpetrators", "targets", "weapons")


def _norm(v: Any) -> Any:
    if isinstance(v, str):
        return unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode().lower().strip()
    return v


def flatten(msg: dict[str, Any]) -> dict[str, Any]:
    """incident/v1 message -> the flat gold shape."""
    loc = msg.get("location", {})
    return {"primary": msg["primary"], "event_type": msg["event_type"], "date": msg["date"],
            "country": loc.get("country"), "admin1": loc.get("admin1"), "city": loc.get("city"),
            "killed": msg["killed"], "injured": msg["injured"], "perpetrators": msg["perpetrators"],
            "targets": msg["targets"], "weapons": msg["weapons"]}


def _similarity(p: dict[str, Any], g: dict[str, Any]) -> float:
    score = 0.0
    score += 1.5 * (p["event_type"] == g["event_type"])
    score += 1.0 * (g["date"] is not None and _norm(p["date"]) == _norm(g["date"]))
    score += 1.0 * (g["city"] is not None and _norm(p["city"]) == _norm(g["city"]))
    score += 1.0 * (g["killed"] is not None and p["killed"] == g["killed"])
    score += 0.5 * (p["primary"] == g["primary"])
    return score


def match(pred: list[dict[str, Any]], gold: list[dict[str, Any]], threshold: float = 2.0) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by field agreement; pairs below `threshold` are not the same incident."""
    pairs = sorted(((_similarity(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for s, i, j in pairs:
        if s >= threshold and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


@dataclass
class Tally:
    pred: int = 0
    gold: int = 0
    matched: int = 0
    prim_pred: int = 0
    prim_gold: int = 0
    prim_matched: int = 0
    field_ok: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    field_n: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    set_tp: dict[str, int] = field(default_factory=lambda: {f: 0 for f in SETS})
    set_fp: dict[str, int] = field(default_factory=lambda: {f: 0 for f in SETS})
    set_fn: dict[str, int] = field(default_factory=lambda: {f: 0 for f in SETS})
    set_n: dict[str, int] = field(default_factory=lambda: {f: 0 for f in SETS})
    negatives: int = 0
    negatives_with_output: int = 0

    def add(self, pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
        self.pred += len(pred)
        self.gold += len(gold)
        if not gold:
            self.negatives += 1
            self.negatives_with_output += bool(pred)
        pairs = match(pred, gold)
        self.matched += len(pairs)
        self.prim_pred += sum(p["primary"] for p in pred)
        self.prim_gold += sum(g["primary"] for g in gold)
        self.prim_matched += sum(pred[i]["primary"] and gold[j]["primary"] for i, j in pairs)
        for i, j in pairs:
            self._fields(pred[i], gold[j])

    def add_primary(self, pred: list[dict[str, Any]], gold: dict[str, Any]) -> None:
        """One article whose gold is its primary incident only (merge-dev): the first predicted primary is paired
        with it whatever its fields, and a field counts as wrong when nothing was predicted, so the figures are
        fractions of all articles, not of the incidents found."""
        mine = [p for p in pred if p["primary"]][:1]
        self.pred += len(mine)
        self.gold += 1
        self.prim_pred += len(mine)
        self.prim_gold += 1
        if not mine:
            for f in FIELDS:
                self.field_n[f] += f not in gold.get("unscored", ())
            for f in SETS:
                if f not in gold.get("unscored", ()) and gold.get(f) is not None:
                    self.set_fn[f] += len(gold[f])
            return
        self.matched += 1
        self.prim_matched += 1
        self._fields(mine[0], gold)

    def _fields(self, p: dict[str, Any], g: dict[str, Any]) -> None:
        """Field agreement of one matched pair; fields the gold lists in `unscored` are not counted."""
        skip = set(g.get("unscored") or ())
        for f in FIELDS:
            if f not in skip:
                self.field_n[f] += 1
                self.field_ok[f] += _norm(p[f]) == _norm(g[f])
        for f in SETS:
            if f not in skip and g.get(f) is not None:
                self.set_n[f] += 1
                ps, gs = {_norm(x) for x in p[f]}, {_norm(x) for x in g[f]}
                self.set_tp[f] += len(ps & gs)
                self.set_fp[f] += len(ps - gs)
                self.set_fn[f] += len(gs - ps)

    def report(self) -> dict[str, float]:
        def f1(tp: float, npred: float, ngold: float) -> float:
            p = tp / npred if npred else 0.0
            r = tp / ngold if ngold else 0.0
            return 2 * p * r / (p + r) if p + r else 0.0

        out = {"incident_precision": self.matched / self.pred if self.pred else 0.0,
               "incident_recall": self.matched / self.gold if self.gold else 0.0,
               "incident_f1": f1(self.matched, self.pred, self.gold),
               "primary_f1": f1(self.prim_matched, self.prim_pred, self.prim_gold)}
        for f in FIELDS:
            out[f] = self.field_ok[f] / self.field_n[f] if self.field_n[f] else 0.0
        for f in (f for f in SETS if self.set_n[f] or not self.matched):
            tp, fp, fn = self.set_tp[f], self.set_fp[f], self.set_fn[f]
            out[f"{f}_f1"] = f1(tp, tp + fp, tp + fn) if tp + fp + fn else 1.0
        out["negative_fp_rate"] = self.negatives_with_output / self.negatives if self.negatives else 0.0
        return out


def wad_half(doc_id: str) -> str:
    """'wad-dev' or 'wad-test': a stable split of incidents-wad by the first byte of sha1(id), even -> dev.
    Independent of file order and of which documents exist, so adding documents never moves old ones."""
    return "wad-dev" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "wad-test"


def merge_primary_gold(record: dict[str, Any]) -> dict[str, Any]:
    """A merge-dev file's `incident` (its primary incident as its text states it) in the flat gold shape; it
    annotates no actors or weapons, so those are unscored."""
    inc = dict(record["incident"])
    return inc | {"primary": True, "perpetrators": None, "targets": None, "weapons": None,
                  "unscored": ["perpetrators", "targets", "weapons"]}


def page_scores(fired: dict[str, bool], incident_pages: set[str]) -> dict[str, float]:
    """Page-level figures on general news: how many pages without an incident still yield one (false positives),
    and how many pages with one yield something (recall)."""
    negatives = [k for k in fired if k not in incident_pages]
    positives = [k for k in fired if k in incident_pages]
    return {"general_pages": float(len(fired)),
            "general_fp_rate": sum(fired[k] for k in negatives) / len(negatives) if negatives else 0.0,
            "general_page_recall": sum(fired[k] for k in positives) / len(positives) if positives else 0.0}


def _shingles(text: str, n: int = 4) -> dict[tuple[str, ...], int]:
    import re
    from collections import Counter
    tokens = re.findall(r"\w+", text.lower())
    return Counter(tuple(tokens[i:i + n]) for i in range(max(0, len(tokens) - n + 1)))


def extraction_scores(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """The article-extraction benchmark metric: 4-token shingles, precision over non-empty outputs, recall over all."""
    import re
    precisions, recalls, exact = [], [], 0
    for pred, gold in pairs:
        p, g = _shingles(pred), _shingles(gold)
        tp = sum((p & g).values())
        if p:
            precisions.append(tp / sum(p.values()))
        recalls.append(tp / sum(g.values()) if g else 1.0)
        exact += re.findall(r"\w+", pred.lower()) == re.findall(r"\w+", gold.lower())
    prec = sum(precisions) / len(precisions) if precisions else 0.0
    rec = sum(recalls) / len(recalls) if recalls else 0.0
    return {"f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0, "precision": prec, "recall": rec,
            "accuracy": exact / len(pairs) if pairs else 0.0}


# the general pages (article-extraction) have no `published`: its README says they were collected for the benchmark's
# first evaluation, in November 2019
GENERAL_RECEIVED = "2019-11-30T00:00:00+00:00"


def set_received(records: list[dict[str, Any]], fallback: str = GENERAL_RECEIVED) -> str:
    """A fixed arrival time for the records of one evaluation set that carry no `fetched_at`, so the scores never
    depend on the day the evaluation runs (the pipeline reads the clock for such a record, and an undated text's
    yearless weekday pins its year by it). The READMEs of incidents-dev and merge-dev do not say when their pages
    were collected, so it is the newest `published` of the set (end of that day, UTC); `fallback` when none has one."""
    days = [r["published"][:10] for r in records if isinstance(r.get("published"), str) and r["published"][:10]]
    return f"{max(days)}T23:59:59+00:00" if days else fallback


def with_received(articles: list[dict[str, Any]], received: str) -> list[dict[str, Any]]:
    """The articles, each without its own `fetched_at` given `received` as one."""
    return [a if a.get("fetched_at") else a | {"fetched_at": received} for a in articles]
