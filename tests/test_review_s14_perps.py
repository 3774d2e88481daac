"""Review s14 defects of the perpetrator reading: a relative clause that readies the weapon names the doer, not
background; the victims of an attack are not its doers when blamed for other attacks; a doer's name keeps only its
own words (no date tail, no foreign-script neighbour). Every sentence is written for these tests."""
from __future__ import annotations

from typing import Any

from tests.perps_support import roles_of as parsed
from worker.extract import actors, syntax


def who(nlp: Any, sentences: list[str], event_type: str) -> list[str]:
    return actors.perpetrators(sentences, event_type, [parsed(nlp, s) for s in sentences])[0]


def test_the_group_that_rigged_the_scene_with_explosives_is_the_doer(nlp):
    text = "Three worshippers died in Maiduguri on Friday in a mosque that ISWAP fighters had packed with explosives."
    assert not any(r.role == syntax.CONTEXT for r in parsed(nlp, text))
    assert who(nlp, [text], "bombing") == ["Islamic State West Africa Province"]


def test_a_relative_clause_without_a_weapon_stays_background(nlp):
    text = "Nine villagers died in the valley where ISWAP fighters operate."
    assert [r.core for r in parsed(nlp, text) if r.role == syntax.CONTEXT] == ["ISWAP fighters"]


def test_victims_blamed_for_other_attacks_are_not_the_doers(nlp):
    sentences = ["Unknown attackers killed six al-Shabaab fighters near Baidoa on Friday.",
                 "Officials held al-Shabaab responsible for previous bombings in the town."]
    assert who(nlp, sentences, "attack") == []


def test_a_blamed_group_that_was_not_struck_stays_the_doer(nlp):
    sentences = ["Unknown attackers killed six traders near Baidoa on Friday.",
                 "Officials held al-Shabaab responsible for the killings."]
    assert who(nlp, sentences, "attack") == ["al-Shabaab"]


def test_a_doer_name_keeps_no_date_tail(nlp):
    roles = parsed(nlp, "On Friday (Jun 7) gunmen shot dead three farmers in Jos, police said.")
    assert [r.core for r in roles if r.role == syntax.AGENT] == ["gunmen"]


def test_a_doer_name_keeps_no_word_of_another_script(nlp):
    roles = parsed(nlp, "\u0645\u0633\u0644\u062d\u0648\u0646 gunmen shot dead three farmers in Jos on Friday.")
    assert [r.core for r in roles if r.role == syntax.AGENT] == ["gunmen"]


def test_a_qualified_group_noun_keeps_its_own_name(nlp):
    roles = parsed(nlp, "Residents said Zanga militiamen shot dead three farmers in Jos on Friday.")
    assert [r.core for r in roles if r.role == syntax.AGENT] == ["Zanga militiamen"]
