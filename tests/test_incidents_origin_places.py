"""A person's origin ("arrested the driver, a man from Leipzig") is not where the sentence's event happened: it
starts no incident of its own in another town. Every text is written for these tests."""
from __future__ import annotations

from typing import Any

from tests.recall_cases import run


def test_an_arrested_man_from_another_town_is_no_other_incident(nlp: Any) -> None:
    text = ("HAMBURG (AP) — A man deliberately drove a van into a crowd at a street festival in Hamburg on Saturday, "
            "killing two people.\nPolice arrested the driver, a 51-year-old man from Bremen, at the scene.")
    found = run(nlp, text)
    assert [(f["event_type"], f["city"]) for f in found] == [("attack", "Hamburg")]
