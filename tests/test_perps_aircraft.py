"""Aircraft as the doer whatever the event word ("helicopters strafed", "a drone hit"): the state whose aircraft
the text names, else the sole air power of the country and period (data/air_powers.csv), else nobody, and never
the craft as a group; a sentence whose only doer is aircraft is worth parsing. Every sentence is written for these
tests."""
from __future__ import annotations

from tests.perps_support import doers_or_forces as doers
from worker.extract import actors


def test_whose_aircraft_the_text_names_did_it(nlp):
    assert doers(nlp, "Chadian army helicopters strafed a camp near Tine on Monday, killing six herders.", "attack",
                 "Chad", "2021-03-01") == ["Chadian military"]
    assert doers(nlp, "Ethiopian helicopters strafed a market in Ataye, killing eleven people.", "attack",
                 "Ethiopia", "2021-03-01") == [actors.military_of("Ethiopia")]


def test_unowned_aircraft_are_the_sole_air_power_or_nobody(nlp):
    sentence = "Helicopters strafed the village of Tabit on Monday, killing nine farmers."
    assert doers(nlp, sentence, "attack", "Sudan", "2015-03-02") == ["Sudanese Armed Forces"]
    assert doers(nlp, sentence, "attack", "Sudan", "2024-03-04") == []  # the RSF fly drones since April 2023
    assert doers(nlp, sentence, "attack", "Nigeria", "2015-03-02") == []


def test_aircraft_in_a_clash_name_no_doer(nlp):
    assert doers(nlp, "Israeli helicopters fired at gunmen in Jenin during a long gunfight, the army said.",
                 "armed_clash", "Palestine", "2023-06-19") == []


def test_a_sentence_whose_doer_is_aircraft_is_parsed():
    assert actors.names_an_actor("Helicopters strafed the village on Monday, killing nine.")
    assert not actors.names_an_actor("The flood destroyed the village on Monday, killing nine.")
