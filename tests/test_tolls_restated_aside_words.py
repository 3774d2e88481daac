"""A figure re-told by an aside set off by commas counts once even when a person of the aside has words of his own
("a boy on his way to school", "a farmer from the next hamlet"), which stop the joined-people reader before the
aside's last item (casualties._restated_aside). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract.casualties import counts, merge


def _killed(sentence: str) -> int | None:
    return merge(counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Three residents, a boy on his way to school and two elderly women, were killed by stray bullets in Recife "
     "on Tuesday, police said.", 3),
    ("Three villagers, a farmer from the next hamlet and two herders, were shot dead by gunmen near Jos on "
     "Sunday.", 3),
    ("Four people, a driver on his first trip and three passengers, were killed when a bomb hit a bus in Quetta.", 4),
])
def test_an_aside_with_a_persons_own_words_retells_the_figure(sentence: str, n: int) -> None:
    assert _killed(sentence) == n
