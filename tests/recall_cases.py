"""The whole pipeline (relevance gate, NER, extraction) on one fresh text, for the recall tests (test_recall_*)."""
from __future__ import annotations

from typing import Any

from worker.evaluation import flatten
from worker.pipeline import incidents


def run(nlp: Any, text: str, published: str = "2024-05-01") -> list[dict[str, Any]]:
    """The flattened incidents of an article made of `text` alone."""
    article = {"id": "t", "url": None, "source": "s", "title": None, "published": published, "text": text}
    return [flatten(m) for m in incidents([article], nlp)[0]]
