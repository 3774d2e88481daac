"""A place inside what someone is wanted, charged, blamed or known for ("a commander wanted for the bombing of a
church in X", "gunmen who carried out the attack in X") is that earlier deed's, not the scene, when the sentence
names a place of its own (scene_choice._own_sentence_charges, place_charges). Fresh sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.place_charges import charge_spans


@pytest.mark.parametrize("text, want", [
    ("Troops killed a commander wanted for the bombing of a church in Madalla during a raid in Kano on Sunday.",
     ("Nigeria", "Kano", "Kano")),
    ("Police killed a suspect wanted for the murder of a lawyer in Kisumu during a raid in Eldoret on Friday.",
     ("Kenya", "Uasin Gishu", "Eldoret")),
    ("Police shot dead a man accused of killing three farmers in Gboko during a shootout in Makurdi on Tuesday.",
     ("Nigeria", "Benue", "Makurdi")),
    ("Police in Lahore shot dead a militant accused of the attack on a church in Peshawar on Tuesday.",
     ("Pakistan", "Punjab", "Lahore")),
    ("Gunmen who carried out the attack in Maiduguri last week killed four farmers in Damboa on Monday.",
     ("Nigeria", "Borno", "Damboa")),
    ("Troops killed the militant who carried out the bombing in Mogadishu during a raid in Kismayo on Monday.",
     ("Somalia", "Lower Juba", "Kismayo")),
    ("Police in Bauchi State shot dead a man wanted for the killing of a pastor in Jos on Tuesday.",
     ("Nigeria", "Bauchi", None)),
])
def test_a_charge_s_town_is_not_the_scene(text: str, want: tuple[str, str | None, str | None]) -> None:
    assert where(text) == want


def test_a_charge_alone_keeps_its_town() -> None:
    assert where("Police shot dead a man wanted for the bombing in Jos on Tuesday.")[2] == "Jos"


def test_a_charge_ends_where_the_main_clause_takes_up() -> None:
    text = "Soldiers killed a militant blamed for the attack on a market in Garissa in a gunfight in Mandera."
    assert [text[a:b].strip() for a, b in charge_spans(text)] == ["for the attack on a market in Garissa"]
    text = "Gunmen who carried out the raid in Damasak last week killed two herders in Gubio."
    assert [text[a:b].strip() for a, b in charge_spans(text)] == ["who carried out the raid in Damasak last week"]


@pytest.mark.parametrize("text, want", [
    # the main clause puts its event "there": at the charge's place, whatever other town the sentence names
    ("Police in Kano said gunmen wanted for the attack on a church in Jos killed 12 people there on Sunday.",
     ("Nigeria", "Plateau", "Jos")),
    # the province after the charge's town places that town: no place of the main clause's own
    ("Herdsmen wanted for the killing of a farmer in Agatu, Benue State, shot dead two villagers on Sunday.",
     ("Nigeria", "Benue", "Agatu")),
    ("Bandits, blamed for the raid on a market in Gusau, Zamfara State, abducted 30 traders there on Friday.",
     ("Nigeria", "Zamfara", "Gusau")),
])
def test_a_charge_s_town_stays_when_the_main_clause_names_no_other(text: str,
                                                                   want: tuple[str, str | None, str | None]) -> None:
    assert where(text) == want


def test_an_existential_there_puts_nothing_at_the_charge_s_town() -> None:
    text = ("Police in Bauchi State shot dead a man wanted for the killing of a pastor in Jos on Tuesday and said "
            "there was no other suspect.")
    assert where(text) == ("Nigeria", "Bauchi", None)
