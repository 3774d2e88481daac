""""half a dozen" is six, read whole wherever a figure is ("killed half a dozen villagers", "half a dozen soldiers
were killed"); "a dozen" alone stays twelve. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, kind, n", [
    ("Raiders killed half a dozen fishermen on the lake shore.", "killed", 6),
    ("Half a dozen police officers were wounded in the riot.", "injured", 6),
    ("The car bomb killed a dozen shoppers.", "killed", 12),
])
def test_half_a_dozen_is_six(sentence: str, kind: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, kind))[0] == n


def test_settling_a_score_is_no_figure() -> None:
    from worker.extract.casualties import counts, merge
    assert merge(counts("Raiders bent on settling a score killed four fishermen near Baga.", "killed"))[0] == 4
    assert merge(counts("Pirates killed a score of fishermen near Baga.", "killed"))[0] == 20
