"""People joined in the subject of an intransitive death ("a woman and her baby died", "the herder and his two sons
perished") count each, as they do before a passive ("were killed"). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("The midwife and her baby died in the blast at the clinic.", 2),
    ("A herder and his two sons perished when the raiders torched the camp.", 3),
    ("Ibrahim Sule and his nephew died on the spot.", 2),
    ("A teacher, his wife and their daughter lost their lives in the attack.", 3),
])
def test_a_joined_subject_of_died_counts_each(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_a_lone_subject_is_one() -> None:
    assert _killed("A ranger died in the ambush.") == 1
