"""A figure of more dead than a sentence before told ("Two more soldiers later died of their wounds", "two more
bodies were found"): more dead, added to the toll, not a rival figure; inside a sentence that gives a new toll ("the toll rose to seven
after two more died") the new toll already counts them. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentences: list[str], kind: str) -> int | None:
    return casualties.merge([c for s in sentences for c in casualties.counts(s, kind)])[0]


_TOLLS = [
    (["Six policemen were killed when militants stormed a checkpoint in Tank on Friday.",
      "Two more policemen later died of their wounds in hospital, officials said."], "killed", 8),
    (["Search teams found the bodies of four herders near Kidal on Tuesday.",
      "Two more bodies were found on Wednesday."], "killed", 6),
]


@pytest.mark.parametrize("sentences,kind,toll", _TOLLS)
def test_toll(sentences: list[str], kind: str, toll: int | None) -> None:
    assert _toll(sentences, kind) == toll


# controls: a new toll counts the ones it names; "more than" bounds a figure; more wounded in a second blast may be
# inside a total the lead gave
_CONTROLS = [
    (["Six policemen were killed at the checkpoint.",
      "The toll rose to eight after two more died in hospital."], "killed", 8),
    (["More than five people were killed.", "At least five people were killed."], "killed", 5),
    (["Gunmen killed four villagers on Monday.", "Troops killed three attackers in a pursuit."], "killed", 7),
    (["Fourteen people were wounded in two blasts at bus stops in Haifa.",
      "The second blast, half an hour later, wounded three more."], "injured", 14),
]


@pytest.mark.parametrize("sentences,kind,toll", _CONTROLS)
def test_control(sentences: list[str], kind: str, toll: int | None) -> None:
    assert _toll(sentences, kind) == toll


def test_a_sentence_of_more_dead_joins_the_story(nlp) -> None:
    from worker.extract import extract_incidents
    text = ("KIDAL (AFP) - Four soldiers were killed when their patrol hit a roadside bomb near Tessalit on Saturday, "
            "the army said. Three more soldiers later died of their wounds in hospital.")
    got = extract_incidents(text, nlp(text), "2024-03-11")
    assert [i.killed for i in got if i.primary] == [7]
