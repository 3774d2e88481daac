"""A figure re-told by the items of an aside after its comma counts once (worker/extract/restatements.py)."""
from __future__ import annotations

import pytest

from worker.extract import restatements
from worker.extract.casualties import counts, merge


def _killed(sentence: str) -> int | None:
    return merge(counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    # the subject: an umbrella noun, then who the dead were, closed by a comma
    ("Three members of a farming family, a man and his two sons, were shot dead near Jos on Tuesday.", 3),
    ("Six people, two women and four children, were killed when the bus was hit.", 6),
    ("One person, an elderly shopkeeper, was found dead after the looting, police said.", 1),
    ("Four civilians, a mother and her three daughters, were killed in the strike.", 4),
    # the object of an active verb
    ("The drone strike killed three people, a teacher and his two pupils, in the village of Kafr Nabl.", 3),
    ("Gunmen killed two people, a trader and his driver, on the highway near Zaria.", 2),
    # lists of other people add up
    ("Two soldiers, a policeman and a driver were killed in the ambush.", 4),
    ("Gunmen killed two soldiers, a policeman and a driver near the border.", 4),
    ("Three people and a child were killed in the blast.", 4),
    ("Five people, including two children, were killed in the attack.", 5),
])
def test_restated_figure_counts_once(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_restates_needs_the_sum_and_an_aside() -> None:
    assert restatements.restates(3, [1, 2], " people", ", ", ", were killed")
    assert not restatements.restates(3, [1, 1], " people", ", ", ", were killed")  # no re-telling: they add up
    assert not restatements.restates(2, [1, 1], " soldiers", ", ", " were killed")  # no umbrella, no closing comma
    assert restatements.restates(2, [1, 1], " soldiers", ", ", ", in the attack")  # an aside closed by its comma
    assert not restatements.restates(2, [2], " people", " and ", ", in the attack")  # joined: no aside
