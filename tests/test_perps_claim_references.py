"""A claim or blame in a sentence of its own that points back at the story's event by a definite noun ("claimed
responsibility for the attack on Saturday") names that event's doer on the claim's day: no incident of its own. A
claim of another event (its own town and toll, or a day that owns the noun) stays apart."""
from __future__ import annotations

import pytest

from tests.recall_cases import run


def found(nlp, text: str) -> list[tuple[str | None, int | None, list[str]]]:
    return [(f["date"], f["killed"], f["perpetrators"]) for f in run(nlp, text, "2025-06-09")]


@pytest.mark.parametrize("text, group", [
    ("A bomb ripped through a cattle market in Gwoza on Friday, killing seven traders. ISWAP claimed responsibility "
     "for the attack on Saturday.", "Islamic State West Africa Province"),
    ("A suicide bomber killed eight worshippers at a mosque in Bama on Friday. Officials on Sunday blamed Boko Haram "
     "for the bombing.", "Boko Haram"),
    ("Gunmen stormed a police post in Lamu on Friday, killing three officers. The attack was claimed by al-Shabaab "
     "on Sunday.", "al-Shabaab"),
])
def test_a_claim_of_the_story_event_names_its_doer(nlp, text: str, group: str) -> None:
    assert [(d, doers) for d, _, doers in found(nlp, text)] == [("2025-06-06", [group])]


def test_a_claim_of_another_event_stays_apart(nlp) -> None:
    text = ("A bomb ripped through a cattle market in Gwoza on Friday, killing seven traders. ISWAP also claimed the "
            "attack on an army base in Dikwa on Thursday that killed 11 soldiers.")
    assert [(d, k) for d, k, _ in found(nlp, text)] == [("2025-06-06", 7), ("2025-06-05", 11)]


@pytest.mark.parametrize("text", [
    "A bomb ripped through a cattle market in Gwoza on Friday, killing seven traders. ISWAP claimed responsibility "
    "for the market bombing on Saturday.",
    "A bomb ripped through a cattle market in Gwoza on Friday, killing seven traders. ISWAP claimed responsibility "
    "for the deadly attack on Saturday.",
])
def test_a_definite_noun_with_its_own_words_points_back(nlp, text: str) -> None:
    assert [(d, doers) for d, _, doers in found(nlp, text)] == [("2025-06-06", ["Islamic State West Africa Province"])]


def test_the_claimed_kind_names_the_story_event_past_a_recalled_one(nlp) -> None:
    text = ("A bomb ripped through a cattle market in Gwoza on Friday, killing seven traders. Two days earlier, gunmen "
            "killed three farmers in Bama. ISWAP claimed responsibility for the market bombing on Saturday.")
    assert found(nlp, text) == [("2025-06-06", 7, ["Islamic State West Africa Province"]), ("2025-06-04", 3, [])]


@pytest.mark.parametrize("text", [
    "A bomb ripped through a cattle market in Gwoza on Friday, killing seven traders. ISWAP claimed responsibility "
    "on Saturday.",
    "A bomb ripped through a cattle market in Gwoza on Friday, killing seven traders. Authorities on Sunday blamed "
    "ISWAP.",
])
def test_a_claim_without_an_event_word_on_its_own_day(nlp, text: str) -> None:
    assert [(d, doers) for d, _, doers in found(nlp, text)] == [("2025-06-06", ["Islamic State West Africa Province"])]


def doers_and_targets(nlp, text: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(f["admin1"], f["perpetrators"], f["targets"]) for f in run(nlp, text, "2025-06-09")]


LEAD = "A bomb tore through a bus station in Gombe, Nigeria, on Friday, killing six passengers. "


@pytest.mark.parametrize("claim", [
    "No one claimed responsibility on Saturday.",
    "Nobody has claimed responsibility for the attack.",
    "Boko Haram is likely to claim responsibility for the bombing on Sunday.",
    "If Boko Haram claimed responsibility for the attack on Sunday, it would be its second in Gombe this month.",
    "Boko Haram claimed responsibility for the bombing in 2019.",
])
def test_a_denied_hedged_or_older_claim_names_no_doer(nlp, claim: str) -> None:
    assert doers_and_targets(nlp, LEAD + claim)[0][:2] == ("Gombe", [])


@pytest.mark.parametrize("blame", [
    "In 2018, the police blamed Ansaru.",
    "Last year the police blamed Ansaru, not bandits.",
    "On Sunday, the police blamed Ansaru for the deaths of four hunters in Kebbi.",
])
def test_an_older_or_other_blame_does_not_join_the_story(nlp, blame: str) -> None:
    text = "Bandits killed nine traders in Sokoto, Nigeria, on Friday. " + blame
    assert doers_and_targets(nlp, text)[0][:2] == ("Sokoto", ["bandits"])


@pytest.mark.parametrize("blame", ["The governor on Sunday blamed Boko Haram for the bombing.",
                                   "Officials on Sunday blamed Boko Haram."])
def test_the_blamed_group_is_no_target(nlp, blame: str) -> None:
    assert doers_and_targets(nlp, LEAD + blame)[0][1:] == (["Boko Haram"], ["civilians"])
