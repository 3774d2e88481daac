"""A clause or an aside between the victims and their verb ("four miners, who were from Jos, were killed", "four
miners who were digging near Jos were killed", "four miners, all from one village, died") leaves the subject's
figure the toll: the clause describes the victims, the verb after it counts them. Fresh sentences written for these
tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentence: str, kind: str = "killed") -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize("sentence, kind, n", [
    ("Four miners, who were from Jos, were killed at the pit on Friday.", "killed", 4),
    ("Four miners who were digging near Jos were killed on Friday.", "killed", 4),
    ("Four miners, all from one village, died in the raid.", "killed", 4),
    ("Six farmers, residents of Bokkos, were wounded by the gunmen.", "injured", 6),
    ("Two drivers that were waiting at the depot were stabbed to death.", "killed", 2),
    ("Five farmers who had gone to the river were abducted.", "killed", None),
    ("Four herders (all from Gembu) were hacked to death.", "killed", 4),
    ("Two guards, officials said, died in the blast.", "killed", 2),
])
def test_a_clause_after_the_victims_keeps_their_figure(sentence: str, kind: str, n: int | None) -> None:
    assert _toll(sentence, kind) == n


def test_a_list_set_off_by_commas_is_no_aside() -> None:
    """A figure inside the commas is an item of the list, never an aside the reader skips."""
    assert _toll("Two soldiers, one policeman and a driver were killed.") == 4


def test_a_relative_clause_verb_is_not_the_subjects_toll() -> None:
    """"Three men who fought off two robbers were wounded": the robbers are the relative clause's object."""
    assert _toll("Three guards who chased two thieves were wounded.", "injured") == 3


def test_a_relative_aside_inside_an_object_list_is_skipped() -> None:
    """"killed four miners, who were from Jos, and a guard": the object list goes on after the aside."""
    assert _toll("Bandits killed four miners, who were from Jos, and a guard.") == 5
