"""People joined to a first victim by a plural noun with no figure ("and his guards") are two or more, and a vague
figure ("and several of his aides") is a floor: the toll is a lower bound, never an exact count of one each.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, toll", [
    ("Gunmen killed the village chief and his guards in Zamfara.", (3, True)),
    ("Militants shot dead Yusuf Bello and his drivers near Gashua on Friday.", (3, True)),
    ("Soldiers killed rebel commander Idris Tanko and several of his fighters.", (4, True)),
    # a figure or a singular noun stays exact
    ("Gunmen killed the village chief and his two guards in Zamfara.", (3, False)),
    ("Gunmen killed the village chief and his wife in Zamfara.", (2, False)),
    # the same in a subject joined before a passive verb
    ("A fisherman and his nephews were killed when the boat was shelled.", (3, True)),
    ("A pastor and several of his relatives were killed in the blast.", (4, True)),
    ("A pastor and his three relatives were killed in the blast.", (4, False)),
])
def test_plural_companions_make_a_lower_bound(sentence: str, toll: tuple[int, bool]) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed")) == toll
