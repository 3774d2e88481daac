"""A figure set off by commas or brackets right after a person is that person's age ("a trader, 52, and his wife"):
it counts no one and does not cut the victims joined after it. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, toll_phrases


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Robbers shot dead a farmer, 61, and his son, 9, on the Jos road.", 2),
    ("Assailants killed Ibrahim Bello, 38, and his three brothers at dawn.", 4),
    ("Attackers stabbed a nurse (29) and her husband (33) to death in their flat.", 2),
    ("Militants killed Sunita Devi (40) and her two daughters in the village.", 3),
    ("Gunmen killed 5, wounded 12, and fled into the forest.", 5),  # no person before the 12: no age
])
def test_an_age_aside_keeps_the_joined_victims(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_the_age_is_blanked_with_offsets_kept() -> None:
    sentence = "They killed a driver, 47, and his son."
    blanked = toll_phrases.blank_ages_and_times(sentence)
    assert len(blanked) == len(sentence) and "47" not in blanked and "driver" in blanked
