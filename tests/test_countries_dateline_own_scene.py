"""A dateline abroad gives way only to a country the event's own clause puts the event in: not one named in a clause
that recalls another event ("a week after a bombing in Pakistan"), as a base or a force's post ("militants based in
Somalia", "troops in Niger"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"


def _country(text: str) -> str | None:
    found = extract_incidents(text, None, PUBLISHED)
    return found[0].country if found else None


@pytest.mark.parametrize("text, country", [
    ("KAMPALA, Uganda (AP) — Gunmen killed three people at a shopping centre outside the capital on Monday, a week "
     "after a bombing in South Sudan, police said.", "Uganda"),
    ("NAIROBI, Kenya (AP) — Militants based in Somalia killed four police officers near the border on Monday, "
     "officials said.", "Kenya"),
    ("DAKAR, Senegal (AP) — Soldiers deployed in Mali were not involved when gunmen killed five fishermen near the "
     "port on Monday, officials said.", "Senegal"),
])
def test_a_country_beside_the_scene_leaves_the_dateline(text: str, country: str) -> None:
    assert _country(text) == country


def test_a_country_the_event_is_placed_in_still_wins() -> None:
    assert _country("WASHINGTON (AP) — A drone strike killed 12 people in Yemen on Monday, officials said.") == "Yemen"


@pytest.mark.parametrize("text, country", [
    # soldiers or a base in X that are the victims or the target: X is the scene (review s23, 04)
    ("DAKAR, Senegal (Reuters) - Jihadists killed 12 soldiers in Mali on Sunday, the army said.", "Mali"),
    ("NAIROBI, Kenya (AP) — Al-Shabaab militants attacked a military base in Somalia on Sunday, killing 10 soldiers, "
     "officials said.", "Somalia"),
    ("ABUJA, Nigeria (AP) — Gunmen ambushed peacekeepers in Niger on Tuesday, killing four, officials said.", "Niger"),
    ("DAKAR, Senegal (AP) — Jihadists attacked soldiers stationed in Mali on Sunday, killing nine, the army said.",
     "Mali"),
])
def test_a_force_struck_in_a_country_is_the_scene(text: str, country: str) -> None:
    assert _country(text) == country


def test_a_force_kept_in_a_country_leaves_the_dateline() -> None:
    assert _country("NAIROBI, Kenya (AP) — Kenya, which keeps troops in Somalia, said gunmen killed five police "
                    "officers near the border town on Monday.") == "Kenya"
