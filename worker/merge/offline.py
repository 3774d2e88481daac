"""`incidentwire events PATH...`: article JSON files or folders -> extract -> merge in publication order -> the
final events. The file reading is here; extraction and merging are the same code the services run."""
from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from worker.config import ConfigError
from worker.merge.core import State, apply, build

STRING_FIELDS = ("url", "title", "source", "published", "duplicate_of")  # an id is made a string


def read_articles(paths: Iterable[str], errors: list[str] | None = None) -> list[dict[str, Any]]:
    """Every article JSON object in the given files, and in the *.json files of the given folders (sorted).

    A file may hold one article or a list of them; ids are kept as given (one is derived from the URL or text when
    missing). A file that cannot be read or parsed, or an article whose optional fields are not strings, is one
    line in `errors` (printed to stderr when no list is given) and the rest is read: one bad file in a scraper's
    dump must not stop the others. A path that does not exist is a ConfigError (a typo in the command)."""
    from connectors.urls import article_id
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.glob("*.json") if f.is_file())
        elif p.is_file():
            files.append(p)
        else:
            raise ConfigError(f"cannot read {p}: no such file or folder")
    problems: list[str] = [] if errors is None else errors
    out = []
    for f in files:
        try:
            data = json.loads(f.read_text("utf-8"))
        except (OSError, ValueError, RecursionError) as e:
            problems.append(f"cannot read {f}: {type(e).__name__}: {str(e)[:200]}")
            continue
        for n, a in enumerate(data if isinstance(data, list) else [data]):
            if not isinstance(a, dict) or not isinstance(a.get("text"), str):
                continue  # not an article (e.g. a README or a summary file in the folder)
            bad = [k for k in STRING_FIELDS if a.get(k) is not None and not isinstance(a[k], str)]
            if bad:
                problems.append(f"skipped article {n} of {f}: {', '.join(bad)} not a string")
                continue
            a = dict(a)
            a["id"] = str(a.get("id") or article_id(a.get("url") or a["text"][:2000]))
            out.append(a)
    if errors is None:
        for line in problems:
            print(line, file=sys.stderr)
    return out


def publication_order(articles: list[dict[str, Any]]) -> list[int]:
    """Indexes by publication day; undated articles keep their order after the dated ones."""
    return sorted(range(len(articles)), key=lambda i: (articles[i].get("published") is None,
                                                       articles[i].get("published") or ""))


def merge_articles(articles: list[dict[str, Any]], nlp: Any, window_days: int = 14,
                   max_open: int = 100_000) -> list[dict[str, Any]]:
    """The final event records of these articles (absorbed events left out), in order of first report."""
    from worker.pipeline import incidents
    ordered = [articles[i] for i in publication_order(articles)]
    now = datetime.now(timezone.utc).isoformat()
    state = State(window_days=window_days, max_open=max_open)
    latest: dict[str, dict[str, Any] | None] = {}
    for msgs in incidents(ordered, nlp):
        for inc in msgs:
            state, changes = apply(state, inc, now)
            latest.update(changes)
    latest.update((k, build(e, state.manifests)) for k, e in state.events.items())
    return [e for e in latest.values() if e is not None and not e["merged_into"]]
