"""An official force's name is found only as a whole name: the tail of a longer name ("New South Wales Police",
"the Johannesburg Metropolitan Police Service") is no British force (police_forces._longer_name); and a seat that is
its country's first-level unit ("Victoria police") places the state (police_forces._state_seats). Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text", [
    "A woman was found stabbed to death in her flat on Monday, New South Wales Police said.",
    "Victoria police said two men were stabbed outside a nightclub in the early hours of Saturday.",
])
def test_australian_force_is_australian(text: str) -> None:
    assert where(text)[0] == "Australia"


def test_tail_of_a_foreign_force_name_is_no_british_force() -> None:
    assert where("Three men were shot dead at a tavern on Saturday, the Johannesburg Metropolitan Police Service "
                 "said.")[0] != "United Kingdom"


def test_plain_word_before_a_force_name_keeps_it() -> None:
    assert where("A pensioner was beaten to death at his home on Friday. Yesterday Dorset Police said a man had "
                 "been arrested.")[0] == "United Kingdom"
