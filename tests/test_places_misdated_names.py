"""A name NER calls a day that the date finder reads no day in is an unfamiliar name: right after "in" it is the
place the gazetteer knows ("in Amhara", Ethiopia's region, which the small model tags as a DATE); a real day stays
a day. Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_a_region_ner_reads_as_a_day() -> None:
    assert where("Militiamen shot dead nine farmers in Amhara on Tuesday, Ethiopian officials said.")[:2] \
        == ("Ethiopia", "Amhara")


def test_a_real_day_is_no_place() -> None:
    assert where("Gunmen shot dead nine farmers in Kano in March, police said.") == ("Nigeria", "Kano", "Kano")
