"""People joined after the object who fled, escaped, hid or got away are the subject of a new clause, not more dead.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, n", [
    ("Raiders killed three herders and 15 others fled into the bush near Kauru.", 3),
    ("Militants shot dead a nurse and dozens of patients ran out of the clinic.", 1),
    ("The gunmen killed four worshippers and about 40 others hid in the church hall.", 4),
    ("Attackers killed two guards and a dozen miners managed to flee.", 2),
])
def test_others_who_got_away_are_no_toll(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n


def test_people_joined_in_the_object_still_count() -> None:
    assert casualties.merge(casualties.counts("Raiders killed three herders and 15 others near Kauru.", "killed"))[0] == 18
