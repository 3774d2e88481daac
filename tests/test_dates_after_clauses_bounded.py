"""A sentence of many "after" clauses (a list, or hostile input) is read for its first few only: each clause makes
its callers read the rest of the sentence again, which grew quadratic in the sentence's length. Texts written for
these tests."""
from __future__ import annotations

from worker.extract import types


def test_only_the_first_after_clauses_are_read() -> None:
    sentence = "The toll rose to 40 on Friday, officials said" + ", after gunmen torched shops on Thursday" * 60 + "."
    found = types.earlier_clauses(sentence)
    assert 1 <= len(found) <= 8
    assert found[0][0] < sentence.index("gunmen") + 1  # the first clause is among them

