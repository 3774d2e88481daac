"""People the text calls armed ("armed youths", "herders armed with rifles") are an armed group, not a crowd: their
raid on a village stays an attack, while a crowd that kills with no arms named is still mob violence, a riot.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import types


@pytest.mark.parametrize("texts, after", [
    (["Heavily armed youths killed 14 herders at a cattle camp in Jonglei on Sunday."], "attack"),
    (["Scores of armed villagers descended on the neighbouring hamlet and shot nine people dead."], "attack"),
    (["Herders armed with assault rifles crossed the river at dawn.", "The youths then attacked the settlement, "
      "killing six people."], "attack"),
    # a crowd with no arms named, or victims said to be armed robbers, keeps the riot
    (["Irate youths descended on the trader and beat him to death."], "riot"),
    (["Angry youths lynched two suspected armed robbers at the bus park."], "riot"),
])
def test_armed_people_raid_as_an_armed_group(texts: list[str], after: str) -> None:
    assert types.retype("attack", texts) == after
