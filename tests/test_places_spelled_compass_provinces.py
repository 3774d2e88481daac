"""A province whose gazetteer name is a hyphenated compass compound (Cameroon's "North-West") is reported as the
text spells it when its type word follows ("North West region"), as the gold sets do. Fresh
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import toponyms


@pytest.mark.parametrize(("spelled", "province"), [
    ("North West", "North-West"), ("South West", "South-West")])
def test_the_text_spelling_with_its_type_word(spelled: str, province: str) -> None:
    text = f"Soldiers burned a market in Batibo, in Cameroon's {spelled} region, on Monday, residents said."
    assert toponyms.as_written(province, "Cameroon", text) == spelled


def test_the_incident_reports_the_text_spelling() -> None:
    text = ("Separatist fighters shot dead two gendarmes at a checkpoint in Bamenda, in Cameroon's North West "
            "region, on Tuesday, the army said.")
    assert where(text)[:2] == ("Cameroon", "North West")
