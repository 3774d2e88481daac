"""How people are joined to a toll's first victims: a comma with a joining word (", along with his guards"), a
companion after a passive verb ("were killed along with their commander"), and a state after an item that opens a
new clause ("the pastor was killed and his wife wounded": the wife is no companion of the dead). Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _tolls(sentence: str) -> tuple[int | None, int | None]:
    return (casualties.merge(casualties.counts(sentence, "killed"))[0],
            casualties.merge(casualties.counts(sentence, "injured"))[0])


@pytest.mark.parametrize("sentence, tolls", [
    ("The magistrate was shot dead, along with his two bodyguards, outside the court.", (3, None)),
    ("Gunmen killed the imam's guard, together with his son, near the mosque.", (2, None)),
    ("A police officer was killed along with his driver on the highway.", (2, None)),
    ("Two soldiers were killed along with their commander in the ambush.", (3, None)),
    ("A farmer and his son were killed together with their herdsman.", (3, None)),
    ("Four traders were wounded alongside two soldiers at the checkpoint.", (None, 6)),
    # "and" after a passive verb opens a new clause; a state after an item makes it a new subject
    ("Two soldiers were killed and a policeman was injured at the checkpoint.", (2, 1)),
    # (the wife is no companion of the dead, but the elided clause's one wounded: casualties._ELIDED_OWNED)
    ("The pastor was killed and his wife wounded when gunmen stormed the church.", (1, 1)),
    ("Gunmen killed the teacher and his son injured in the raid.", (1, None)),
])
def test_people_joined_to_the_first_victims(sentence: str, tolls: tuple[int | None, int | None]) -> None:
    assert _tolls(sentence) == tolls
