"""Spanish wires' datelines in their other spellings are the filing day: the abbreviation's own stop ("9 Feb.
(Europa Press).-") and a spaced dash ("(EFE). -"). Texts written for these tests."""
from datetime import date

import pytest

from worker.extract import dates

PUB = date(2024, 2, 12)  # a Monday


@pytest.mark.parametrize("sentence", [
    "Quito, 9 Feb. (Europa Press).- Gunmen killed two prison guards in Guayaquil on Wednesday night, police said.",
    "Quito, 9 Feb (EFE). - Gunmen killed two prison guards in Guayaquil on Wednesday night, police said.",
])
def test_a_spanish_wire_dateline_variant_is_the_filing_day(sentence: str) -> None:
    # Wednesday before the filing day (Friday 9 February), not before publication
    assert [x.value for x in dates.find(sentence, PUB) if not x.reporting] == ["2024-02-07"]
