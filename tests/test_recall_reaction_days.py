"""The day of a reaction ("the governor on Tuesday condemned the killing ... on Saturday") is, like a statement's,
not the event's: the killing is dated by the day told with it (role_words reaction_verbs). Texts written for these
tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run


@pytest.mark.parametrize("text,day", [
    ("The Plateau governor on Tuesday condemned the killing of a herder near Bokkos by gunmen on Saturday.",
     "2024-04-27"),
    ("The Archbishop of Jos on Wednesday deplored the shooting of a priest in Barkin Ladi by gunmen on Monday.",
     "2024-04-29"),
])
def test_a_reaction_day_does_not_date_the_killing(nlp: Any, text: str, day: str) -> None:
    assert [f["date"] for f in run(nlp, text)] == [day]
