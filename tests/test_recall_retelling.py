"""A follow-up's recalled clause that tells again an event the article already told ("... killed the cleric" after
"shot dead a pastor") adds no second incident; one that brings in another victim ("a teacher"), day, town or toll
is an event of its own. Fresh sentences written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"  # a Wednesday


def _killings(text: str) -> list[int | None]:
    return [i.killed for i in extract_incidents(text, None, PUBLISHED) if i.event_type != "arrest"]


def test_a_killing_retold_in_other_words_is_told_once() -> None:
    text = ("Gunmen assassinated a chief in Jos on Saturday. Detectives detained a farmer on Monday after "
            "attackers killed the traditional ruler in his palace.")
    assert _killings(text) == [1]


def test_a_second_recalled_victim_is_a_killing_of_its_own() -> None:
    text = ("Police arrested a driver on Monday after gunmen killed a nurse in Bauchi on Saturday. Soldiers detained "
            "two herders on Tuesday after bandits killed a miner in Bauchi on Saturday.")
    assert sorted(k or 0 for k in _killings(text)) == [1, 1]


def test_a_recalled_killing_on_another_day_is_its_own() -> None:
    text = ("Gunmen shot dead a trader in Yola on Sunday. Police arrested two youths on Tuesday after gunmen "
            "killed the trader's brother in Yola on Monday.")
    assert len(_killings(text)) == 2


def test_a_definite_subject_with_a_toll_tells_the_recalled_killing() -> None:
    text = "Troops arrested nine men on Sunday after the bandits killed seven farmers in Katsina on Friday."
    assert [(i.primary, i.killed, i.date) for i in extract_incidents(text, None, PUBLISHED)
            if i.event_type != "arrest"] == [(False, 7, "2024-04-26")]
