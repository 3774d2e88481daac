"""One wounded person told without a figure after an active verb ("the blast wounded the driver", "injured his
wife and daughter"), read as the dead are ("killed the pastor"), with the people joined to him. Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _tolls(sentence: str) -> tuple[int | None, int | None]:
    return (casualties.merge(casualties.counts(sentence, "killed"))[0],
            casualties.merge(casualties.counts(sentence, "injured"))[0])


@pytest.mark.parametrize("sentence, tolls", [
    ("Unknown attackers killed a trader and injured his wife and daughter.", (1, 2)),
    ("The roadside bomb wounded the driver and his two sons near Kandahar.", (None, 3)),
    ("The grenade wounded lawmaker Ahmed Khan outside his office.", (None, 1)),
    ("Gunmen killed the pastor and wounded his wife.", (1, 1)),
    ("The strike hurt the economy of the region.", (None, None)),  # no person noun
])
def test_one_wounded_person_after_an_active_verb(sentence: str, tolls: tuple[int | None, int | None]) -> None:
    assert _tolls(sentence) == tolls
