"""A figure inside what someone is wanted, accused, suspected or known for counts that earlier deed's dead, not the
toll of the event the sentence tells. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, n", [
    ("The fugitive, who is wanted for the murder of three traders in Onitsha, shot dead a guard in Awka on Friday.", 1),
    ("A herder accused of killing five farmers in Agatu was lynched by a mob on Tuesday.", 1),
    ("Troops killed a kingpin known for the massacre of 20 miners in Anka.", 1),
    ("Police shot dead a man charged with the killing of two pastors in Jos.", 1),
])
def test_a_charge_clause_figure_is_no_toll(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n


def test_the_sentence_s_own_toll_stays() -> None:
    assert casualties.merge(casualties.counts("Bandits killed nine villagers in Maru on Sunday.", "killed"))[0] == 9
