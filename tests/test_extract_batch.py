"""worker.pipeline.extract_batch: one article's exception or time-out is its own Failure, NER runs in sub-batches
bounded by characters, and the per-record time budget holds whatever the input (issue 17)."""
from __future__ import annotations

import time
from typing import Any, Iterable

import pytest

from worker import pipeline
from worker.pipeline import Failure, char_batches, extract_batch, incidents, ner_spans

GOOD = ("Gunmen ambushed a police patrol near Garissa on Tuesday, killing three officers and wounding two, "
        "a county commander said.")
CALM = "The county assembly approved a new budget for roads and schools on Tuesday."


def art(n: int, text: str) -> dict[str, Any]:
    return {"id": f"{n:064x}", "url": f"http://news.example/{n}", "title": "t", "published": "2025-09-03",
            "text": text}


class FakeNLP:
    """A stand-in for spaCy: no entities, records the documents of every pipe() call, optionally slow or broken."""

    def __init__(self, seconds_per_char: float = 0.0, broken: str | None = None) -> None:
        self.calls: list[list[str]] = []
        self.seconds_per_char, self.broken = seconds_per_char, broken

    def pipe(self, texts: Iterable[str], batch_size: int = 16) -> Iterable[Any]:
        texts = list(texts)
        self.calls.append(texts)
        for t in texts:
            if self.broken and self.broken in t:
                raise ValueError("tagger exploded")
            time.sleep(self.seconds_per_char * len(t))
            yield type("Doc", (), {"ents": ()})()

    def __call__(self, text: str) -> Any:
        return next(iter(self.pipe([text])))


def test_results_keep_input_order_and_calm_articles_have_none():
    out = extract_batch([art(1, GOOD), art(2, CALM), art(3, GOOD)], FakeNLP())
    assert [isinstance(r, list) and len(r) > 0 for r in out] == [True, False, True]
    assert out[1] == []


def test_an_exception_in_one_article_is_its_own_failure(monkeypatch):
    real = pipeline.extract_incidents

    def flaky(text: str, *a: Any, **k: Any) -> Any:
        if "Mandera" in text:
            raise KeyError("boom")
        return real(text, *a, **k)

    monkeypatch.setattr(pipeline, "extract_incidents", flaky)
    out = extract_batch([art(1, GOOD), art(2, GOOD.replace("Garissa", "Mandera")), art(3, GOOD)], FakeNLP())
    assert isinstance(out[1], Failure) and out[1].kind == "extractor_error" and "boom" in out[1].message
    assert isinstance(out[0], list) and out[0] and isinstance(out[2], list) and out[2]


def test_a_failing_ner_document_fails_only_its_article():
    out = extract_batch([art(1, GOOD), art(2, GOOD.replace("Garissa", "Wajir")), art(3, GOOD)],
                        FakeNLP(broken="Wajir"))
    assert [type(r).__name__ for r in out] == ["list", "Failure", "list"]
    assert out[1].kind == "extractor_error"


def test_incidents_lets_exceptions_through_for_the_cli():
    with pytest.raises(ValueError):
        incidents([art(1, GOOD)], FakeNLP(broken="Garissa"))


def test_an_article_past_its_budget_times_out_and_the_others_do_not():
    slow_run_on = ("militiamen torched two lorries and shot dead a herder near Wajir on Monday while " * 1250)
    t = time.monotonic()
    out = extract_batch([art(1, GOOD), art(2, slow_run_on), art(3, GOOD)], FakeNLP(), budget_s=0.05)
    took = time.monotonic() - t
    assert isinstance(out[1], Failure) and out[1].kind == "extractor_timeout"
    assert isinstance(out[0], list) and out[0] and isinstance(out[2], list) and out[2]
    assert took < 3  # cooperative: the slow article stops at its next sentence, it does not run to the end


def test_ner_time_counts_against_the_articles_that_used_it():
    long_report = " ".join([GOOD] * 60)  # ~7,000 characters of passages
    nlp = FakeNLP(seconds_per_char=0.5 / 7000)
    out = extract_batch([art(1, long_report), art(2, CALM)], nlp, budget_s=0.3)
    assert isinstance(out[0], Failure) and out[0].kind == "extractor_timeout"
    assert out[1] == []


def test_ner_sub_batches_stay_under_the_character_limit():
    nlp = FakeNLP()
    arts = [art(i, " ".join([GOOD] * 30)) for i in range(6)]  # ~3,500 characters each
    extract_batch(arts, nlp, max_batch_chars=8_000)
    assert len(nlp.calls) >= 3
    assert all(sum(map(len, call)) <= 8_000 for call in nlp.calls)


def test_char_batches_group_in_order_and_a_big_piece_stands_alone():
    items = [(0, 0, 300), (0, 300, 600), (1, 0, 900), (2, 0, 100), (2, 100, 250)]
    assert char_batches(items, 600) == [[(0, 0, 300), (0, 300, 600)], [(1, 0, 900)], [(2, 0, 100), (2, 100, 250)]]


def test_ner_documents_are_short_and_capped_per_article():
    text = "rebels shelled the market and police fired back near the bridge " * 3000  # one run-on paragraph
    spans = ner_spans(text, [(0, len(text))])
    assert all(b - a <= pipeline.MAX_NER_DOC_CHARS for a, b in spans)
    assert sum(b - a for a, b in spans) <= pipeline.MAX_NER_CHARS
    assert spans[0][0] == 0 and all(a < b for a, b in spans)


def test_budget_and_batch_size_are_settings_with_limits():
    from worker.config import ConfigError, load
    s = load(env={"INCIDENTWIRE_EXTRACT_BUDGET_S": "2.5", "INCIDENTWIRE_MAX_BATCH_CHARS": "50000"})
    assert (s.extract_budget_s, s.max_batch_chars) == (2.5, 50_000)
    for key, bad in (("EXTRACT_BUDGET_S", "0.1"), ("EXTRACT_BUDGET_S", "600"), ("MAX_BATCH_CHARS", "10")):
        with pytest.raises(ConfigError, match=key.lower()):
            load(env={"INCIDENTWIRE_" + key: bad})


def test_every_adversarial_record_of_the_bench_is_extracted_quickly():
    from worker.bench import adversarial_corpus
    extract_batch([art(0, GOOD)], FakeNLP())  # gazetteers loaded, as in the service
    slow = {}
    for name, text in adversarial_corpus([GOOD, CALM]).items():
        t = time.process_time()  # CPU time: other processes on a busy machine do not make the rules slower
        out = extract_batch([art(1, text)], FakeNLP(), budget_s=60)[0]
        secs = time.process_time() - t
        assert not isinstance(out, Failure), (name, out)
        if secs > 3:  # measured at most ~1.8 s CPU without NER on this 2-core machine; the old code took minutes
            slow[name] = round(secs, 1)
    assert not slow
