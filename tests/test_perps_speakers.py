"""The group that reports an event is no doer of it: the subject of a report verb ("X said", "X told reporters")
whose clause names another doer ("X said a drone killed ..."), and no target either ("..., a rebel spokesman said"
names no militants struck). A speaker whose clause points back to it ("X said its fighters killed", "X said it
killed") stays the doer. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.perps_support import doers as who
from worker.extract import actors


@pytest.mark.parametrize("sentence, event_type, speaker", [
    ("Al-Shabaab said a Kenyan air strike killed eight civilians near Bardere on Friday.", "air_strike", "al-Shabaab"),
    ("Hezbollah on Tuesday said an Israeli drone killed two of its members near Tyre.", "air_strike", "Hezbollah"),
    ("ISWAP fighters told villagers that soldiers killed their commander near Kukawa.", "attack",
     "Islamic State West Africa Province"),
])
def test_a_speaker_whose_clause_names_another_doer_is_no_doer(nlp, sentence: str, event_type: str,
                                                            speaker: str) -> None:
    assert speaker not in who(nlp, sentence, event_type)


@pytest.mark.parametrize("sentence, doer", [
    ("Al-Shabaab said its fighters killed eleven soldiers near Bardere on Friday.", "al-Shabaab"),
    ("Al-Shabaab said it killed eleven soldiers near Bardere on Friday.", "al-Shabaab"),
])
def test_a_speaker_that_claims_the_act_stays_the_doer(nlp, sentence: str, doer: str) -> None:
    assert who(nlp, sentence, "attack") == [doer]


@pytest.mark.parametrize("sentence", [
    "Jets bombed a market in Kauda on Monday, killing nine traders, an SPLM-N rebel spokesman said.",
    "Jets bombed a market in Kauda on Monday, killing nine traders, said insurgent commander Ali Musa.",
    "Jets bombed a market in Kauda on Monday, killing nine traders, according to rebel sources.",
])
def test_the_speakers_side_is_no_target(sentence: str) -> None:
    assert "militants" not in actors.target_categories([sentence], "air_strike")[0]


def test_militants_struck_stay_a_target() -> None:
    assert "militants" in actors.target_categories(
        ["Jets bombed a rebel camp near Kauda on Monday, killing nine insurgents, officials said."], "air_strike")[0]
