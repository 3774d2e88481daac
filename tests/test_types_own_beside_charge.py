"""A sentence that tells an event of its own beside the crime someone is wanted, suspected or tried for is typed by
its own event: the charge's event word ("wanted for the bombing") names an earlier event. Fresh sentences written
for these tests."""
from __future__ import annotations

import pytest

from worker.extract import types


@pytest.mark.parametrize("sentence", [
    "Soldiers on Friday killed a militant leader wanted for the bombing of a mosque in Maiduguri.",
    "Police shot dead two men suspected of the market bombing near Kano.",
])
def test_the_own_killing_types_the_sentence(sentence: str) -> None:
    tm = types.classify(sentence)
    assert tm is not None and tm.event_type != "bombing"

