"""A vehicle that kills people by a driver's loss of control, a brake failure or a hit-and-run is a road accident,
however the text words the impact ("ploughed into a crowd", "mowed down"); a vehicle driven into people on purpose
stays an attack (data/cues.csv accident, data/triggers.csv). Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run


@pytest.mark.parametrize("text", [
    "A minibus whose brakes failed on a steep hill ploughed into traders at a roadside market in Kabale on Saturday, "
    "killing four people, police said.",
    "A tanker driver lost control on the bridge and his truck slammed into a crowd waiting for a bus in Lokoja on "
    "Tuesday, killing seven people.",
    "A cyclist and his daughter were mowed down by a hit-and-run motorist on the outskirts of Kumasi on Friday.",
    "Three pupils were knocked down by a speeding lorry outside their school in Mbale on Wednesday.",
    "A runaway trailer crushed five hawkers at a bus stop in Ibadan on Thursday, the road safety corps said.",
])
def test_a_road_accident_is_no_incident(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize("text", [
    "A man rammed his car into a crowd of worshippers leaving a mosque in Leicester on Friday, killing two people.",
    "Gunmen mowed down six farmers in their fields in Bokkos, Plateau state, on Sunday.",
])
def test_a_deliberate_killing_stays_an_attack(nlp: Any, text: str) -> None:
    assert [f["event_type"] for f in run(nlp, text)] == ["attack"]
