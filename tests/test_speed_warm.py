"""Start-up builds what the first article would otherwise build inside its time budget: after worker.nlp.load every
lazily built table is built (asserted on the caches themselves, not on time)."""
from __future__ import annotations

from functools import cache

from worker.extract import countries, geonames, syntax, tables
from worker.pipeline import incidents


def test_after_load_every_lazy_table_is_built(nlp) -> None:
    found = dict(tables.lazy_tables())
    for name in ("worker.extract.countries.neighbours", "worker.extract.countries.peoples",
                 "worker.extract.gazetteer.any_trigger", "worker.extract.syntax.word_lists", "connectors.clean.rules"):
        assert name in found, name
    assert [name for name, fn in found.items() if not fn.cache_info().currsize] == []
    assert tables.build_all() == []
    assert countries.neighbours.cache_info().currsize == 1


def test_after_load_the_parse_matcher_and_province_spellings_are_built(nlp) -> None:
    assert id(nlp.vocab) in syntax._MATCHERS
    assert geonames.index()._province_keys is not None


def test_a_table_of_a_newly_loaded_module_is_found_and_built(nlp) -> None:
    import sys
    import types

    mod = types.ModuleType("worker.extract._warm_probe")
    calls = []

    @cache
    def table() -> dict[str, int]:
        calls.append(1)
        return {"a": 1}

    @cache
    def keyed(word: str) -> str:  # an answer per argument, no table: left alone
        return word

    table.__module__ = keyed.__module__ = mod.__name__
    table.__qualname__ = "table"
    mod.table, mod.keyed = table, keyed
    sys.modules[mod.__name__] = mod
    try:
        assert tables.build_all() == ["worker.extract._warm_probe.table"]
        assert calls == [1] and keyed.cache_info().currsize == 0
        assert tables.build_all() == []
    finally:
        del sys.modules[mod.__name__]


def test_the_warm_up_article_yields_its_incident(nlp) -> None:
    from worker.pipeline import WARM_UP_TEXT
    found = incidents([{"id": "1" * 64, "text": WARM_UP_TEXT, "published": "2026-01-05", "title": None}], nlp)[0]
    assert len(found) == 1 and found[0]["killed"] == 2


def test_after_load_the_start_up_heap_is_out_of_the_collectors_scans(nlp) -> None:
    """The model, the gazetteers and the tables live as long as the process: frozen, a full collection set off by an
    article's allocations does not go over them again (one such scan cost 0.16 s inside a record)."""
    import gc

    from worker.extract.gazetteer import places
    assert gc.get_freeze_count() > 100_000
    assert not gc.is_tracked(places()) or not any(o is places() for o in gc.get_objects(generation=2))
