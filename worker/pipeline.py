"""Article dicts -> incident/v1 messages: the relevance gate, batched NER on the passages that matter, extraction,
shaping. No Kafka here."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import schemas
from worker.extract import casualties, extract_incidents, segment, types
from worker.models import to_messages
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


@dataclass(frozen=True)
class Entity:
    """The part of a spaCy Span the extractors read, with offsets into the whole article text."""
    text: str
    label_: str
    start_char: int
    end_char: int


@dataclass
class PassageDoc:
    """NER results of selected passages of one article, shaped like a Doc for the extractors (`.ents`)."""
    ents: list[Entity] = field(default_factory=list)


def passages(text: str) -> list[tuple[int, int]]:
    """Spans worth NER, or [] when the article has no strong violence trigger and no toll (the relevance gate).

    The spans are the lead paragraph and every paragraph with a trigger, with one neighbour each side: most of a
    long article is not about the incident, and running the tagger only here keeps the cost close to the gate's.
    """
    sents = segment.sentences(text)
    kinds = [types.classify(s.text) for s in sents]
    if not any(k is not None and (k.strong or casualties.counts(s.text, "killed")) for s, k in zip(sents, kinds)):
        return []  # no event word, and no "rebels killed 40 civilians" toll either
    paras: dict[int, tuple[int, int]] = {}
    for s in sents:
        a, b = paras.get(s.para, (s.start, s.end))
        paras[s.para] = (min(a, s.start), max(b, s.end))
    keep = {sents[0].para}
    for s, k in zip(sents, kinds):
        if k is not None:
            keep |= {s.para - 1, s.para, s.para + 1}
    return [paras[p] for p in sorted(keep) if p in paras]


def incidents(articles: list[dict[str, Any]], nlp: Any, batch_size: int = 16) -> list[list[dict[str, Any]]]:
    """Incident messages per article, in input order; NER runs only on the passages of articles past the gate."""
    out: list[list[dict[str, Any]]] = [[] for _ in articles]
    texts = [a["text"][:MAX_TEXT_CHARS] for a in articles]
    found_spans = [passages(t) for t in texts]  # one pass of the trigger lexicon: gate and passages together
    todo = [i for i, sp in enumerate(found_spans) if sp]
    spans = [(i, a, b) for i in todo for a, b in found_spans[i]]
    pdocs = {i: PassageDoc() for i in todo}
    for (i, a, _), doc in zip(spans, docs(nlp, (texts[i][a:b] for i, a, b in spans), batch_size)):
        pdocs[i].ents.extend(Entity(e.text, e.label_, a + e.start_char, a + e.end_char) for e in doc.ents)
    for i in todo:
        found = extract_incidents(texts[i], pdocs[i], articles[i].get("published"), articles[i].get("title"))
        out[i] = to_messages(found, articles[i])
    return out
