"""A province whose name several countries share, with its country named right before it ("India's Punjab",
"Indian Punjab"), and Iraq's Kurdistan Region by its names. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests import place_cases
from worker.extract.unit_towns import country_before


@pytest.mark.parametrize("text, where", [
    ("Gunmen shot dead two farmers in India's Punjab late on Friday, officers said.", ("India", "Punjab")),
    ("Gunmen shot dead two farmers in Indian Punjab late on Friday, officers said.", ("India", "Punjab")),
    ("Gunmen shot dead two farmers in Pakistan's Punjab late on Friday, officers said.", ("Pakistan", "Punjab")),
    ("A roadside bomb killed two guards in Iraqi Kurdistan on Monday, officials said.", ("Iraq", "Kurdistan Region")),
])
def test_the_country_named_before_a_shared_province_name_is_its_country(text: str, where: tuple[str, str]) -> None:
    assert place_cases.where(text)[:2] == where


def test_only_a_country_or_its_demonym_right_before_counts() -> None:
    text = "Militants in Punjab"
    assert country_before(text, text.index("Punjab")) is None
    text = "Nigeria's Kano"
    assert country_before(text, text.index("Kano")) == "Nigeria"
