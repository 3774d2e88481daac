"""A figure given as an approximation ("an estimated 30", "roughly 30", "approximately 30", "close to 30") is the
toll, read as a floor like "nearly 30"; the article of "an estimated" is no figure of one. Fresh texts."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence", [
    "Gunmen killed an estimated 40 herders near Bokkos on Friday.",
    "Gunmen killed roughly 40 herders near Bokkos on Friday.",
    "Gunmen killed approximately 40 herders near Bokkos on Friday.",
    "Gunmen killed close to 40 herders near Bokkos on Friday.",
    "Roughly 40 herders were killed near Bokkos on Friday.",
    "Approximately 40 herders were killed near Bokkos on Friday.",
])
def test_an_approximate_figure_is_the_toll(sentence: str) -> None:
    total, _ = casualties.merge(casualties.counts(sentence, "killed"))
    assert total == 40


def test_a_plain_article_still_counts_one() -> None:
    total, bound = casualties.merge(casualties.counts("Gunmen killed a herder near Bokkos on Friday.", "killed"))
    assert (total, bound) == (1, False)
