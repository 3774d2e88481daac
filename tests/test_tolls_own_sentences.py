"""A sentence with no event of its own after the report gives its wounded or updates its dead; another source's
different count of the dead leaves the report's figure (README: a later update replaces the lead's)."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents


@pytest.mark.parametrize("text, killed, injured", [
    ("A car bomb killed seven people at a bus station in Mosul on Friday. At least 31 people were hurt.", 7, 31),
    ("A car bomb killed seven people at a bus station in Mosul on Friday. Eleven others are receiving treatment.",
     7, 11),
    ("A car bomb killed seven people at a bus station in Mosul on Friday. The toll later rose to 12.", 12, None),
    ("A car bomb killed seven people at a bus station in Mosul on Friday. By evening the death toll had climbed to 9.",
     9, None),
    ("A car bomb killed seven people at a bus station in Mosul on Friday. A hospital director said the death toll "
     "stands at 10.", 7, None),
])
def test_a_toll_sentence_after_the_report(nlp, text: str, killed: int, injured: int | None) -> None:
    got = extract_incidents(text, nlp(text), "2024-03-09")
    assert [(i.killed, i.injured) for i in got] == [(killed, injured)]
