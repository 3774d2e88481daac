"""Review s31 count fixes (helper counts): ages told as a list before a relative aside, a title before a named
victim joined to others, bracketed asides without a clause word. Texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> list[int]:
    return [c.n for c in casualties.counts(sentence, "killed")]


@pytest.mark.parametrize("sentence, want", [
    ("Four farmers, aged 33, 40, 52 and 61, who had gone to their fields, were hacked to death near Bokkos.", [4]),
    ("Three guards, aged 24, 29 and 35, who worked at the quarry, were shot dead in Zacatecas on Friday.", [3]),
    ("Five fishermen, aged 18, 22, 25, 40 and 47, who had set out before dawn, were killed by pirates off Bakassi.",
     [5]),
])
def test_an_aged_list_before_a_relative_aside_is_no_toll(sentence: str, want: list[int]) -> None:
    assert _killed(sentence) == want
