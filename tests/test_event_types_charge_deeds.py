"""The deed a person is known, notorious or wanted for is a charge (data/references.csv), not the event the sentence
tells: the main clause's killing types the incident. Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run


@pytest.mark.parametrize("text", [
    "Troops killed a gang leader notorious for the kidnapping of travellers on the Kaduna highway near Kachia on "
    "Saturday, the army said.",
    "Vigilantes killed a cult leader known for the bombing of a beer parlour in Port Harcourt on Tuesday.",
])
def test_the_main_clause_killing_types_the_incident(nlp: Any, text: str) -> None:
    assert [(f["event_type"], f["killed"]) for f in run(nlp, text)] == [("targeted_killing", 1)]
