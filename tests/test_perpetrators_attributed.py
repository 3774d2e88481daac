"""A sentence after the attack that only claims or blames ("X later claimed responsibility", "Officials blamed X")
names the attack's doer: it joins the incident and is parsed."""
from __future__ import annotations

import pytest

from worker.evaluation import flatten
from worker.pipeline import incidents


def _perpetrators(nlp, text: str) -> list[str]:
    found = incidents([{"id": "t", "url": None, "source": "s", "title": None, "published": "2024-05-01",
                        "text": text}], nlp)[0]
    assert len(found) == 1, text
    return flatten(found[0])["perpetrators"]


@pytest.mark.parametrize("text,doer", [
    ("A roadside bomb killed four soldiers near Garissa on Tuesday. Officials blamed al-Shabaab.", "al-Shabaab"),
    ("Gunmen stormed a police post in Menaka on Monday, killing three officers. The Islamic State in the Greater "
     "Sahara later claimed responsibility.", "Islamic State Sahel Province"),
])
def test_a_later_claim_or_blame_names_the_doer(nlp, text: str, doer: str) -> None:
    assert _perpetrators(nlp, text) == [doer]


def test_a_later_arrest_names_no_doer(nlp) -> None:
    text = "A bomb killed two people at a bus station in Kano on Friday. Police said they had arrested a suspect."
    assert _perpetrators(nlp, text) == []
