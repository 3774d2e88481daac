"""Stand-in for `worker.pipeline.extract_batch` until it lands: same interface, no time budget."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from worker.pipeline import incidents

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    kind: str
    message: str


def extract_batch(articles: list[dict[str, Any]], nlp: Any, batch_size: int = 16, budget_s: float = 10.0,
                  max_batch_chars: int = 400_000) -> list[list[dict[str, Any]] | Failure]:
    try:
        return list(incidents(articles, nlp, batch_size))
    except Exception:
        out: list[list[dict[str, Any]] | Failure] = []
        for a in articles:  # isolate the article that breaks the extractor
            try:
                out.extend(incidents([a], nlp, 1))
            except Exception as e:
                log.exception("extractor failed", extra={"error_kind": "extractor_error"})
                out.append(Failure("extractor_error", f"{type(e).__name__}: {e}"))
        return out
