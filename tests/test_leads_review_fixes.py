"""Fixes after review of the leads branch: each text is the reviewer's finding's shape, written afresh."""
from datetime import date

from worker.extract import dates


def test_modal_may_after_a_count_is_no_dateline_month() -> None:
    pub = date(2024, 3, 12)
    s = "In Kano state, 9 may (according to the police) have drowned when the boat capsized."
    assert not [d for d in dates.find(s, pub) if "-05-" in d.value]
    assert dates.filed_day("Jos, 14 may (residents said) have fled the village after the raid.", pub) is None


def test_lower_case_wire_dateline_still_read() -> None:
    assert dates.filed_day("Lima, 6 mar (EFE).- Police said two men were shot.", date(2024, 3, 12)) == date(2024, 3, 6)
