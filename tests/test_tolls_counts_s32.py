"""Review s31 count fixes (helper counts): ages told as a list before a relative aside, a title before a named
victim joined to others, bracketed asides without a clause word. Texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> list[int]:
    return [c.n for c in casualties.counts(sentence, "killed")]


@pytest.mark.parametrize("sentence, want", [
    ("Four farmers, aged 33, 40, 52 and 61, who had gone to their fields, were hacked to death near Bokkos.", [4]),
    ("Three guards, aged 24, 29 and 35, who worked at the quarry, were shot dead in Zacatecas on Friday.", [3]),
    ("Five fishermen, aged 18, 22, 25, 40 and 47, who had set out before dawn, were killed by pirates off Bakassi.",
     [5]),
])
def test_an_aged_list_before_a_relative_aside_is_no_toll(sentence: str, want: list[int]) -> None:
    assert _killed(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Police officer Ana Ruiz and her husband were shot dead outside their home in Culiacan on Sunday.", [2]),
    ("Radio presenter Ana Ruiz, 34, who hosted a phone-in show, and her daughter were shot dead in Culiacan.", [2]),
])
def test_a_titled_name_with_people_joined_to_it_counts_them_all(sentence: str, want: list[int]) -> None:
    assert _killed(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Farmer Musa Bello died after bandits attacked him on his farm near Gusau on Monday.", [1]),
    ("Journalist Ana Ruiz, who covered the cartels, died after gunmen shot her in Culiacan.", [1]),
    ("The pastor died after being stabbed outside his church in Enugu on Sunday.", [1]),
    ("Musa Bello died after a long illness in Kano.", []),
])
def test_one_named_death_after_a_violent_act(sentence: str, want: list[int]) -> None:
    assert _killed(sentence) == want
