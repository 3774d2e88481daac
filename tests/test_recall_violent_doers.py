"""A killing told without a figure ("villagers", "worshippers", "fishermen") is still an attack when a violent doer
did it, passive ("were killed by bandits") or active ("Boko Haram fighters killed fishermen"); the same words without
a doer (floods, a landslide) or over a period ("this year") are no incident. Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import types
from worker.extract.violent_doers import has_violent_doer


@pytest.mark.parametrize("text,perpetrators", [
    ("Villagers were killed by bandits in an overnight raid on Dansadau in Zamfara state, residents said on Monday.",
     ["bandits"]),
    ("Farmers were shot by suspected herdsmen in Agatu, Benue state, on Friday.", ["herdsmen"]),
    ("Boko Haram fighters killed fishermen on the shores of Lake Chad near Baga, Borno state, on Thursday.",
     ["Boko Haram"]),
    ("Al-Shabaab militants have killed civilians in an attack on a village near Afgooye, officials said on Wednesday.",
     ["al-Shabaab"]),
    ("Passengers were wounded by armed men in a bus near Zinder, Niger, on Tuesday.", []),
])
def test_a_killing_by_a_violent_doer_without_a_figure_is_an_attack(nlp: Any, text: str,
                                                                  perpetrators: list[str]) -> None:
    found = run(nlp, text)
    assert [(f["event_type"], f["killed"], f["perpetrators"]) for f in found] == [("attack", None, perpetrators)]


@pytest.mark.parametrize("text", [
    "Hundreds of villagers have been killed by bandits in Zamfara state this year, the governor said.",
    "Villagers were killed when floods swept through Maiduguri on Monday.",
    "Residents said the villagers were killed by a landslide in Rubavu district on Sunday.",
])
def test_a_casualty_word_without_a_violent_doer_is_no_incident(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize("sentence,word,doer", [
    ("Worshippers were killed by jihadists in Djibo.", "killed", True),
    ("Pilgrims were wounded at the hands of unknown gunmen.", "wounded", True),
    ("Rebels have reportedly killed traders in Beni.", "killed", True),
    ("Five bandits killed in Gusau.", "killed", False),  # a headline's passive: the bandits died
    ("Bandits were killed in an air raid.", "killed", False),
    ("Soldiers shot protesters in Nairobi.", "shot", True),  # a force (role_words force_nouns) is a doer too
    ("Hunters shot two lions in Tsavo.", "shot", False),
    ("A lawyer was shot by hitmen outside a court in Culiacan.", "shot", True),  # role_words violent_nouns
    ("Two traders were killed by unknown persons in Kulgam.", "killed", True),  # a hedged noun of people
    ("Hoodlums have reportedly killed a vigilante leader in Anambra.", "killed", True),
    ("Many men killed in the war are buried here.", "killed", False),  # a plain noun of people: no doer
    ("Villagers were killed on Sunday night in Dansadau, Zamfara state, by bandits.", "killed", True),  # an adjunct
    ("Farmers were killed in their fields in Guma allegedly by herdsmen.", "killed", True),
    ("Two men were killed in a crash on Sunday, and the driver was arrested by police.", "killed", False),
    ("Nine people were killed in floods on Saturday, as reported by local media.", "killed", False),
    ("Fans beat up two players after the match.", "beat up", False),
])
def test_the_doer_is_the_subject_or_the_agent(sentence: str, word: str, doer: bool) -> None:
    at = sentence.index(word)
    assert has_violent_doer(sentence, at, at + len(word)) is doer


def test_the_doer_makes_the_casualty_word_strong() -> None:
    tm = types.classify("Villagers were killed by bandits in Zamfara.")
    assert tm is not None and tm.strong and tm.event_type == "attack"


@pytest.mark.parametrize("text,perpetrators", [
    ("Soldiers raped at least 20 women during a raid on villages near Uvira, South Kivu, on Saturday, a UN report said.",
     ["military"]),
    ("Militiamen tortured and mutilated a village chief in Kasai Central on Tuesday.", []),
    ("Jihadists flogged 15 men accused of smoking in the market of Boulikessi on Friday.", []),
    ("Armed men beat up three journalists covering a rally in Harare on Saturday.", []),
    ("Bandits were killed by troops in a forest near Gusau, Zamfara state, on Sunday.", None),
])
def test_harm_by_an_armed_doer_or_a_force_is_an_incident(nlp: Any, text: str, perpetrators: list[str] | None) -> None:
    found = run(nlp, text)
    assert len(found) == 1 and found[0]["event_type"] in ("attack", "armed_clash"), found
    if perpetrators is not None:
        assert found[0]["perpetrators"] == perpetrators


@pytest.mark.parametrize("text", [
    "Police officers injured in the line of duty were honoured at a ceremony in Abuja on Monday.",
    "A documentary about soldiers tortured in Japanese camps during the Second World War opens in London on Friday.",
    "The coach said two players were beaten up by fans after the match in Lagos on Sunday.",
    "A court in Nairobi jailed a police officer who tortured a suspect in custody in 2019.",
    "Human rights groups say security forces have tortured hundreds of detainees since the coup.",
])
def test_harm_words_without_an_event_are_no_incident(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 villagers in Kauru, Kaduna state, on Monday night, police said. The victims were killed by "
    "bandits who came from neighbouring Plateau state, a resident said.",
    "Militants stormed a police post in Tank on Sunday, killing four officers. The officers were shot by fighters who "
    "had crossed from Afghanistan's Paktika province, police said.",
])
def test_a_doer_sentence_that_retells_the_event_starts_no_new_incident(nlp: Any, text: str) -> None:
    assert len(run(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    "Cattle rustlers killed villagers in Turkana on Saturday and drove away 500 goats.",
    "Hitmen shot a shopkeeper outside his store in Zamora, Michoacan, on Tuesday.",
])
def test_a_violent_doer_is_the_security_side(nlp: Any, text: str) -> None:
    assert [f["event_type"] for f in run(nlp, text)] == ["attack"]

