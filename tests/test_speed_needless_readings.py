"""Work the extractor skipped because its answer could change nothing: the gate classifies no sentence past its parse
budget in a paragraph whose neighbours are kept already, and a clause's dates read its toll (the costliest rule of a
draft) only when it holds a word of an updated toll. Counted calls, no clock."""
from __future__ import annotations

from datetime import date

import pytest

from worker import pipeline
from worker.extract import _dates_of, casualties, types

_TOWNS = ["Kano", "Jos", "Bauchi", "Gombe", "Yola", "Zaria", "Katsina", "Sokoto", "Lokoja", "Minna"]
_MONTHS = ["January", "February", "April", "May", "August", "October"]


def _log(n: int) -> str:
    """One paragraph of `n` dated raids, as a dump of a conflict log reads."""
    return " ".join(f"On {_MONTHS[i % 6]} {i % 25 + 1}, gunmen shot dead {i % 9 + 2} farmers near {_TOWNS[i % 10]}, "
                    f"residents said." for i in range(n))


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    calls: list[str] = []
    real = getattr(module, name)
    monkeypatch.setattr(module, name, lambda s, *a: calls.append(s) or real(s, *a))
    return calls


def test_a_log_of_raids_is_classified_only_up_to_its_parse_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _log(1200)
    calls = _counting(monkeypatch, types, "classify")
    spans, triggers, decisive, checked = pipeline.gate_checked(text, False)
    assert len(calls) < 200  # the base classified all 1,200 sentences
    assert spans == [(0, len(text))] and decisive == [triggers[0]]
    for read in (triggers, checked):  # both budgets fill with the first raids
        assert 60 < len(read) < 120 and sum(b - a for a, b in read) <= pipeline.MAX_PARSE_CHARS


def test_past_the_budget_a_paragraph_that_may_add_a_passage_is_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A log and one paragraph after it (kept by the log's first raid): the log's other sentences add nothing. With
    paragraphs after that one, a raid two paragraphs on still makes its paragraphs passages."""
    log = _log(600)
    text = log + "\n\nSchools in the district stayed closed on Friday."
    calls = _counting(monkeypatch, types, "classify")
    spans, _, _, _ = pipeline.gate_checked(text, False)
    assert len(calls) < 150  # the base classified all 601 sentences
    assert spans == [(0, len(log)), (len(log) + 2, len(text))]
    tail = ["The market reopened on Friday.", "Traders said prices had risen.",
            "In a separate raid, bandits abducted 14 travellers on the road to Funtua.", "Schools stayed open."]
    text = log + "\n\n" + "\n\n".join(tail)
    spans, _, _, _ = pipeline.gate_checked(text, False)
    starts = [text.index(x) for x in tail]
    assert [a for a, _ in spans] == [0, starts[0], starts[1], starts[2], starts[3]]


def test_a_clause_without_an_update_word_reads_no_toll(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch, casualties, "counts")
    ds = _dates_of("Gunmen killed five traders in Jos on Monday.", date(2031, 3, 20))
    assert [d.value for d in ds] == ["2031-03-17"] and not ds[0].reporting
    assert calls == []  # the base read the toll of every dated clause


@pytest.mark.parametrize("sentence", [
    "The death toll from the bombing in Maiduguri rose to nine on Monday.",
    "Two more of the wounded died on Sunday, bringing the toll to 14.",
    "Officials revised the toll up to 31 on Tuesday.",
])
def test_an_updated_toll_is_still_the_update_day(sentence: str) -> None:
    assert casualties.tells_update(sentence)
    assert all(d.reporting for d in _dates_of(sentence, date(2031, 3, 20)) if d.value)
