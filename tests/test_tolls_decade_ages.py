"""An age told by its decade ("a man in his 40s", "two women in their early twenties") is a person's age: it counts
no one and does not cut the victims joined after it. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("A cobbler in his 50s and his son were shot dead at the junction.", 2),
    ("Raiders killed two farmers in their 30s and a herder.", 3),
    ("A nurse in her early twenties and her brother were killed in the raid.", 2),
    ("Raiders killed three people in their homes.", 3),
])
def test_a_decade_age_keeps_the_joined_victims(sentence: str, n: int) -> None:
    assert _killed(sentence) == n
