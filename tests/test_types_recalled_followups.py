"""A follow-up sentence (an arrest) that tells the earlier event in a clause of its own ("police arrested four
suspects after gunmen killed nine herders") keeps the arrest as its own action, and the recalled event becomes a
background incident of its own (README: recalled events are background). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents, types

PUBLISHED = "2024-05-01"  # a Wednesday


@pytest.mark.parametrize("sentence", [
    "Police arrested four suspects after gunmen killed nine herders in Sokoto on Monday.",
    "Detectives detained two brothers following a knife attack that left three worshippers dead.",
    "A day after six traders were shot dead in Kebbi, soldiers arrested three men.",
])
def test_an_arrest_after_a_told_killing_is_the_sentence_own_action(sentence: str) -> None:
    match = types.classify(sentence)
    assert match is not None and match.event_type == "arrest" and match.followup


@pytest.mark.parametrize("sentence, recalled", [
    ("Police arrested four suspects after gunmen killed nine herders in Sokoto on Monday.",
     "gunmen killed nine herders in Sokoto on Monday"),
    ("A day after six traders were shot dead in Kebbi, soldiers arrested three men.",
     "six traders were shot dead in Kebbi"),
])
def test_the_recalled_clause_is_found(sentence: str, recalled: str) -> None:
    span = types.recalled_event(sentence, types.classify(sentence))
    assert span is not None and sentence[span[0]:span[1]] == recalled


@pytest.mark.parametrize("sentence", [
    "Police arrested four suspects after the attack on the village.",  # a definite noun: told elsewhere
    "Police arrested four suspects after Sunday's bombing in Gombe.",
    "Gunmen killed nine herders after they raided a cattle market.",  # no follow-up at all
])
def test_an_event_named_only_by_a_definite_noun_or_no_follow_up_recalls_none(sentence: str) -> None:
    assert types.recalled_event(sentence, types.classify(sentence)) is None


def test_a_new_violence_after_an_earlier_one_keeps_its_own_type() -> None:
    match = types.classify("Bandits attacked a second village after gunmen killed nine herders in Sokoto.")
    assert match is not None and match.event_type == "attack" and not match.followup


def test_the_arrest_is_primary_and_the_recalled_killing_a_background_incident() -> None:
    text = "A day after gunmen killed 12 villagers in Zamfara, police arrested three suspects on Tuesday."
    incs = extract_incidents(text, None, PUBLISHED)
    assert [(i.primary, i.event_type, i.killed) for i in incs] == [(True, "arrest", None), (False, "attack", 12)]


def test_the_recalled_killing_keeps_its_own_day() -> None:
    text = "Police on Wednesday arrested four suspects after gunmen killed nine herders in Benue state on Monday."
    incs = extract_incidents(text, None, PUBLISHED)
    assert [(i.primary, i.event_type, i.date, i.killed) for i in incs] == \
        [(True, "arrest", "2024-05-01", None), (False, "attack", "2024-04-29", 9)]


def test_a_killing_the_article_already_told_is_not_told_twice() -> None:
    text = ("Gunmen killed nine herders in Benue state on Monday. "
            "Police arrested four suspects after gunmen killed the herders.")
    assert [i.event_type for i in extract_incidents(text, None, PUBLISHED)].count("attack") == 1


def test_a_funeral_of_the_killed_it_counts_folds_into_the_killing() -> None:
    # the funeral counts the dead of the killing it recalls: one attack, the story's, on the killing's day
    text = ("Mourners buried 14 victims in Kankara on Saturday, a day after gunmen killed them in an attack on "
            "their village in Katsina State.")
    incs = extract_incidents(text, None, PUBLISHED)
    assert [(i.primary, i.event_type, i.killed) for i in incs] == [(True, "attack", 14)]
