"""A funeral of victims the story has told, named by the killing that made them dead ("buried the three policemen
killed in the ambush"), is that killing retold: the funeral is a follow-up of its own (no toll), never a second
killing on the funeral's day. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"


@pytest.mark.parametrize("funeral", [
    "On Sunday, relatives buried the three policemen killed by the gunmen.",
    "Hundreds of mourners on Sunday attended the burial of the three officers shot dead in the ambush.",
    "The three policemen killed in the ambush were buried in Owerri on Sunday.",
])
def test_a_funeral_of_told_victims_adds_no_killing(funeral: str) -> None:
    text = "Gunmen shot dead three policemen in Owerri on Friday. " + funeral
    found = extract_incidents(text, None, PUBLISHED)
    assert [(i.date, i.killed) for i in found if i.killed] == [("2024-04-26", 3)]


def test_burying_people_alive_is_still_a_killing() -> None:
    text = "Militants buried alive two farmers in Borno on Sunday."
    assert [i.killed for i in extract_incidents(text, None, PUBLISHED)] == [2]
