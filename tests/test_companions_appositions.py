"""An apposition set off by commas ("the pastor, a father of three, and his wife") is the first victim himself: the
people joined after it are read, the apposition adds no one. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Raiders killed the imam, a father of six, and his son near Bauchi.", 2),
    ("Gunmen shot dead Ibrahim Musa, a native of Jos, and two of his brothers.", 3),
    ("Raiders killed the imam, a father of six, near Bauchi.", 1),
    ("Raiders killed a trader, a farmer and a pupil near Bauchi.", 3),  # a list, no apposition
])
def test_an_apposition_adds_no_one_and_stops_nothing(sentence: str, n: int) -> None:
    assert _killed(sentence) == n
