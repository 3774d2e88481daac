"""A named military undertaking ("Operation Desert Sanity", "Exercise Steel Shield") is no town, even after "in";
a town named beside it is the scene. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.name_readings import is_name


@pytest.mark.parametrize("name", ["Operation Desert Sanity", "Exercise Steel Shield", "Operation Whirl Stroke"])
def test_an_operation_is_no_town_name(name: str) -> None:
    assert not is_name(name)


def test_an_operation_after_in_gives_no_town() -> None:
    assert where("Soldiers killed 12 insurgents in Operation Desert Sanity on Monday, the army said.")[2] is None


def test_a_plain_name_is_still_one() -> None:
    assert is_name("Operations Hill") and is_name("Exeter Town")
