"""A bare name that is a big province of one country and a town of another is the town when its sentence writes
that other country ("in Victoria, Seychelles' capital"; "in Victoria ..., Canada's police said"): the text says
which namesake it means. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, country", [
    ("A man was shot dead outside a bank in Victoria, the island capital of Seychelles, on Friday.", "Seychelles"),
    ("Two guards were killed in Victoria on Friday night, Romania's police said.", "Romania"),
])
def test_the_country_its_sentence_writes(text: str, country: str) -> None:
    assert where(text)[0] == country


def test_the_province_when_the_country_is_its_own() -> None:
    assert where("Two hikers were stabbed to death in Victoria on Friday, Australia's police said.")[:2] \
        == ("Australia", "Victoria")
