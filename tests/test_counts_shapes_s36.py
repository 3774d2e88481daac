"""Toll shapes read since session 36: one wound of one victim ("sustained a gunshot injury"), the wounded still
"being treated for" wounds, "neutralised" as a killing of people and an
adverb between a passive's auxiliary and its prior act ("were briefly taken hostage and injured"). Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentence: str, kind: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize("sentence, kind, want", [
    ("A police sergeant sustained a gunshot injury in the exchange, the army said.", "injured", 1),
    ("One trooper of the Assam Rifles suffered a bullet wound in his shoulder and was flown to Imphal.", "injured", 1),
    ("Three others were still being treated for burn injuries on Tuesday.", "injured", 3),
    ("Troops repelled the raid near Bama, neutralising six of the insurgents, the army said.", "killed", 6),
    ("Police said officers neutralized two gunmen who opened fire at the checkpoint.", "killed", 2),
    ("Two wardens were briefly held hostage and suffered minor injuries before the riot ended.", "injured", 2),
    # a participle's phrase after the victims runs as long as a relative clause's
    ("Four gang members identified by the police as members of the Barrio Dieciocho gang were killed in shootouts "
     "with troops.", "killed", 4),
    ("Two officers accompanied by reporters from a television crew based in the city of Kano said three traders "
     "were killed.", "killed", 3),
])
def test_a_shape_of_a_toll_is_read(sentence: str, kind: str, want: int) -> None:
    assert _toll(sentence, kind) == want


@pytest.mark.parametrize("sentence, kind", [
    ("A soldier sustained a fatal gunshot wound at the gate.", "injured"),  # a fatal wound wounds no survivor
    ("Engineers neutralised three roadside bombs near Dikwa on Monday.", "killed"),  # devices, no people
    ("The team neutralised the threat within minutes.", "killed"),
])
def test_a_near_shape_gives_no_toll(sentence: str, kind: str) -> None:
    assert _toll(sentence, kind) is None
