#!/usr/bin/env python3
"""Fits the place ranker's weights (worker/extract/data/place_ranker.json) on the gold sets of ../shared/eval.

Each incident the extractor finds offers its town candidates (worker.extract.place_ranking); a candidate whose name
is the gold city is the right one, the "no town" option is right when the gold has no city. A conditional logit
(softmax over an incident's options, L2-regularised) is fitted by gradient descent in numpy.

  python scripts/train_place_ranker.py                       # fit on wad-dev + dev + merge-dev, write the weights
  python scripts/train_place_ranker.py --train wad-dev --test merge-dev   # a split: accuracy only, nothing written
  python scripts/train_place_ranker.py --cv                  # also the held-out accuracy (5-fold by document, x3)
  python scripts/train_place_ranker.py --cv-city --test dev  # the whole extractor's held-out city accuracy, no write
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from typing import Any, Callable

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from eval_incidents import ARTICLE_KEYS, EVAL, load_set  # noqa: E402

from worker.config import load  # noqa: E402
from worker.evaluation import _norm, flatten, match  # noqa: E402
from worker.extract import place_ranking, scene_choice  # noqa: E402
from worker.nlp import load as load_nlp  # noqa: E402
from worker.pipeline import incidents  # noqa: E402

SETS = ("wad-dev", "dev", "merge-dev")
FREE = ("none",)
# option rows (the "no town" option first), the right option, the rule's option, the document (set/index)
Group = tuple[np.ndarray, int, int, str]
Recorded = tuple[list[list[float]], list[str], int, str | None, str]


def record(name: str, nlp: Any) -> list[Recorded]:
    """For each incident the extractor resolves in `name`'s documents: its option rows, candidate names, the
    rule's option, the doc's gold cities (merge-dev: the first incident, its primary; dev: every gold city) and the
    document's key, which cross-validation folds by."""
    out: list[Recorded] = []
    calls: list[tuple[list[list[float]], list[str], int]] = []

    rules: list[Any] = [None]

    def rule_spy(*args: Any) -> Any:
        rules[0] = real_rules(*args)
        return rules[0]

    def spy(cands: Any, cue: Any, country: Any) -> None:
        rows = place_ranking.matrix(cands, cue, country)
        city = rules[0][0].city
        rule = next((k + 1 for k, c in enumerate(cands) if city and c.name.lower() == city.lower()), 0)
        calls.append((rows, [c.name for c in cands], rule))
        return None

    real, real_rules = place_ranking.pick, scene_choice._by_rules
    place_ranking.pick, scene_choice._by_rules = spy, rule_spy  # type: ignore[assignment]
    try:
        for d, g in enumerate(load_set(name, EVAL)):
            calls.clear()
            incidents([{k: g.get(k) for k in ARTICLE_KEYS}], nlp)
            golds = [x.get("city") for x in g["incidents"]]
            for i, (rows, names, rule) in enumerate(calls[:1] if name == "merge-dev" else calls):
                out.append((rows, names, rule, json.dumps(golds), f"{name}/{d}"))
    finally:
        place_ranking.pick, scene_choice._by_rules = real, real_rules  # type: ignore[assignment]
    return out


def groups(recorded: list[Recorded]) -> list[Group]:
    """Incidents whose right option is known: exactly one option names a gold city (or none, with no gold city)."""
    out = []
    for rows, names, rule, golds_json, doc in recorded:
        golds = [_norm(c) for c in json.loads(golds_json or "[]") if c]
        hits = [k + 1 for k, n in enumerate(names) if _norm(n) in golds]
        if len(hits) == 1:
            out.append((np.array(rows), hits[0], rule, doc))
        elif not golds and json.loads(golds_json or "[]"):
            out.append((np.array(rows), 0, rule, doc))
    return out


def fit(train: list[Group], l2: float = 0.01, steps: int = 3000, lr: float = 0.1) -> np.ndarray:
    """Conditional-logit weights by full-batch gradient descent (Adam)."""
    w = np.zeros(len(place_ranking.FEATURES))
    # the "no town" option is free: the gold sets name a town nearly always
    penalised = np.array([f not in FREE for f in place_ranking.FEATURES], dtype=float)
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        grad = l2 * w * penalised
        for x, y, *_ in train:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += (p @ x - x[y]) / len(train)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def accuracy(w: np.ndarray, test: list[Group]) -> tuple[float, float]:
    """How often the model's and the hand rules' option is the right one."""
    if not test:
        return 0.0, 0.0
    model = sum(int(np.argmax(x @ w)) == y for x, y, *_ in test) / len(test)
    rule = sum(r == y for _, y, r, _ in test) / len(test)
    return model, rule


def cross_validate(data: list[Group], l2: float, folds: int = 5, seeds: int = 3) -> float:
    """Accuracy of the model on held-out folds (repeated k-fold over the documents, so that an article's incidents
    are never on both sides: they share its wording), an estimate for unseen text."""
    docs = sorted({g[3] for g in data})
    right = 0
    for seed in range(seeds):
        order = np.random.default_rng(seed).permutation(len(docs))
        for k in range(folds):
            held = {docs[i] for i in order[k::folds].tolist()}
            w = fit([g for g in data if g[3] not in held], l2=l2, steps=800)
            right += sum(int(np.argmax(x @ w)) == y for x, y, _, doc in data if doc in held)
    return right / (len(data) * seeds)


def city_right(sets: list[str], nlp: Any, weights_of: Callable[[str], list[float] | None]) -> tuple[int, int]:
    """How many of the matched gold incidents of `sets` (merge-dev: the primary) get the right city from the whole
    extractor, each document run with `weights_of(its key)` as the ranker's weights (None: the hand rules alone)."""
    right = total = 0
    real = place_ranking.weights
    try:
        for name in sets:
            for d, g in enumerate(load_set(name, EVAL)):
                w = weights_of(f"{name}/{d}")
                place_ranking.weights = lambda w=w: w  # type: ignore[assignment,misc]
                pred = [flatten(m) for m in incidents([{k: g.get(k) for k in ARTICLE_KEYS}], nlp)[0]]
                for i, j in match(pred, g["incidents"]):
                    gold = g["incidents"][j]
                    if (name == "merge-dev" and j) or "city" in (gold.get("unscored") or ()):
                        continue
                    right += _norm(pred[i]["city"]) == _norm(gold["city"])
                    total += 1
    finally:
        place_ranking.weights = real  # type: ignore[assignment]
    return right, total


def held_out_city(sets: list[str], data: list[Group], nlp: Any, l2: float, folds: int = 5) -> str:
    """The city accuracy of the whole extractor on documents whose fold the ranker was not trained on, beside the
    same with weights fitted on every document (in-sample) and with the hand rules alone: what unseen text gets."""
    docs = sorted({f"{n}/{d}" for n in sets for d in range(len(load_set(n, EVAL)))})
    order = np.random.default_rng(0).permutation(len(docs))
    fold = {docs[i]: k % folds for k, i in enumerate(order)}
    w = [list(fit([g for g in data if fold[g[3]] != k], l2=l2)) for k in range(folds)]
    full = list(fit(data, l2=l2))
    out = []
    for label, weights_of in (("held-out", lambda doc: w[fold[doc]]), ("in-sample", lambda doc: full),
                              ("rules alone", lambda doc: None)):
        right, total = city_right(sets, nlp, weights_of)
        out.append(f"{label} {right}/{total} = {right / max(total, 1):.3f}")
    return "city of the whole extractor (5 folds by document): " + ", ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", action="append", choices=SETS)
    ap.add_argument("--test", action="append", choices=SETS)
    ap.add_argument("--l2", type=float, default=0.003)
    ap.add_argument("--cv", action="store_true", help="also print the repeated 5-fold accuracy over the training sets")
    ap.add_argument("--cv-city", action="store_true", help="also the whole extractor's city accuracy on held-out "
                    "documents (5 folds), in-sample and by the hand rules alone")
    args = ap.parse_args()
    train_sets, test_sets = args.train or list(SETS), args.test or []
    # the old weights are not used here (pick is spied on), and may be missing or lack a new feature
    place_ranking.read_weights = lambda path: []  # type: ignore[assignment]
    nlp = load_nlp(load(env={}).spacy_model)
    data = {n: groups(record(n, nlp)) for n in dict.fromkeys(train_sets + test_sets)}
    train = [g for n in train_sets for g in data[n]]
    w = fit(train, l2=args.l2)
    print(f"train {'+'.join(train_sets)}: {len(train)} incidents, model/rule accuracy "
          + "%.3f / %.3f" % accuracy(w, train))
    if args.cv:
        print(f"5-fold x3 on {'+'.join(train_sets)}: model {cross_validate(train, args.l2):.3f} (the rules, written on "
              f"these texts: {accuracy(w, train)[1]:.3f})")
    if args.cv_city:
        print(held_out_city(train_sets, train, nlp, args.l2))
    for n in test_sets:
        print(f"test {n}: {len(data[n])} incidents, model/rule accuracy " + "%.3f / %.3f" % accuracy(w, data[n]))
    if not test_sets:
        tmp = place_ranking.WEIGHTS + ".tmp"  # written whole, then renamed: a cut-short write never replaces it
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"trained_on": train_sets, "incidents": len(train), "l2": args.l2,
                       "date": datetime.date.today().isoformat(),
                       "weights": {k: round(float(x), 4) for k, x in zip(place_ranking.FEATURES, w)}}, f, indent=1)
            f.write("\n")
        os.replace(tmp, place_ranking.WEIGHTS)
        print("wrote", place_ranking.WEIGHTS)


if __name__ == "__main__":
    main()
