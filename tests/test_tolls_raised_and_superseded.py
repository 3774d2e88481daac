"""A toll a sentence raises ("..., raising the toll to nine") replaces the dead told before it in reading order; a
figure the sentence says was replaced ("earlier reports had put the figure at six") gives way to any other. Fresh
sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract.casualties import counts, merge


def _toll(*sentences: str) -> int | None:
    return merge([c for s in sentences for c in counts(s, "killed")])[0]


@pytest.mark.parametrize("sentences, n", [
    (("Five people were killed in the blast in Peshawar.",
      "Two of the injured later died in hospital, raising the toll to seven, police said."), 7),
    (("Four miners were shot dead on Monday.",
      "Rescuers found two more bodies on Tuesday, bringing the death toll to six."), 6),
    (("Two of the wounded died overnight, pushing the toll to 11.",), 11),
    (("Officials said three people died, while earlier reports had put the figure at five.",), 3),
    (("Initial reports said five people were killed in the raid.",), 5),  # no other figure: the only one told
])
def test_raised_and_superseded_tolls(sentences: tuple[str, ...], n: int) -> None:
    assert _toll(*sentences) == n
