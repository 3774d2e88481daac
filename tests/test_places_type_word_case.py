"""A province named by a generic word and its type word ("Capital region") is reported with the type word
capitalised, as its name is written, not with the sentence's lower case. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import toponyms


@pytest.mark.parametrize(("text", "province"), [
    ("Arsonists set fire to a school in Frederiksberg, in Denmark's Capital region, on Saturday, police said.",
     "Capital Region"),
    ("A car bomb wounded four guards outside a ministry in Kuwait City, in the Capital governorate, on Thursday.",
     "Capital Governorate")])
def test_the_type_word_is_capitalised(text: str, province: str) -> None:
    assert where(text)[1] == province


@pytest.mark.parametrize(("name", "want"), [
    ("Capital governorate", "Capital Governorate"), ("Capital Region", "Capital Region"), ("Free State", "Free State"),
    ("Kharkiv", "Kharkiv"), ("Capital area", "Capital area")])
def test_only_a_lower_case_type_word_changes(name: str, want: str) -> None:
    assert toponyms._typed_up(name) == want
