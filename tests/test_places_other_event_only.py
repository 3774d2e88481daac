"""A later sentence that times the incident by another event ("It happened two days after the minister toured Y",
"The attack came a week after soldiers left Y") gives that event's town, not the incident's, even when the incident
names no town of its own (review s16/13): the city is then not told, the country stays. Fresh sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Four policemen were shot dead at a checkpoint, a police spokesman said. It happened two days after the prime "
     "minister toured Peshawar.", ("Pakistan", None, None)),
    ("Gunmen killed six villagers on Saturday, officials said. The attack came a week after soldiers withdrew from "
     "Beni.", ("Democratic Republic of the Congo", None, None)),
    # the scene sentence's own town before the other event's clause stays the incident's
    ("Two soldiers died when their patrol hit a landmine, the army said. It happened in Djibo, days after a visit by "
     "the defence minister to Kaya.", ("Burkina Faso", "Sahel", "Djibo")),
])
def test_another_events_town_is_not_the_incidents(text: str, want: tuple[str | None, str | None, str | None]) -> None:
    assert where(text) == want
