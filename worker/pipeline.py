"""Article dicts -> incident/v1 messages: the relevance gate, batched NER, extraction, shaping. No Kafka here."""
from __future__ import annotations

from typing import Any

import schemas
from worker.extract import extract_incidents, relevant
from worker.models import to_message
from worker.nlp import docs

MAX_TEXT_CHARS = 200_000


class BadArticle(ValueError):
    kind = "schema_violation"


def check_article(article: Any) -> dict[str, Any]:
    """An article.v1 record, or BadArticle naming the first violations of the schema."""
    problems = schemas.errors("article.v1", article)
    if problems:
        raise BadArticle("not an article.v1 record: " + "; ".join(problems[:3]))
    return article


def incidents(articles: list[dict[str, Any]], nlp: Any, batch_size: int = 16) -> list[list[dict[str, Any]]]:
    """Incident messages per article, in input order; NER runs only on articles that pass the gate."""
    out: list[list[dict[str, Any]]] = [[] for _ in articles]
    todo = [i for i, a in enumerate(articles) if relevant(a["text"][:MAX_TEXT_CHARS])]
    texts = [articles[i]["text"][:MAX_TEXT_CHARS] for i in todo]
    for i, doc in zip(todo, docs(nlp, texts, batch_size)):
        a = articles[i]
        found = extract_incidents(a["text"][:MAX_TEXT_CHARS], doc, a.get("published"))
        out[i] = [to_message(inc, n, a) for n, inc in enumerate(found)]
    return out
