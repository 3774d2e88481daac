"""Review s15 defects of the article's country (countries.py, region_cores.py, their data). Sentences written for
these tests."""
from __future__ import annotations

import time

import pytest

from tests.country_cases import country
from worker.extract import countries


def test_the_currency_pattern_is_linear_in_a_table_of_figures() -> None:
    table = ("7,250,000," * 1200)[:12_000]
    start = time.perf_counter()
    assert countries.currency_clues(table + " 40,000 cedis") != []
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("text", [
    "The mayor, who in 2018 won a third term, was shot outside the town hall.",
    "Her side in 1998 won the cup; she was stabbed at a bus stop.",
    "A court gave 12 real reasons in its ruling.",
])
def test_a_currency_noun_that_is_an_english_word_needs_a_money_context(text: str) -> None:
    assert countries.currency_clues(text) == []


@pytest.mark.parametrize("text", ["The kidnappers demanded 300 million won.", "He was paid 45,000 won.",
                                  "a bail of 8,500 rand"])
def test_an_english_word_currency_with_a_money_context_is_still_money(text: str) -> None:
    assert [c.why for c in countries.currency_clues(text)] == ["currency"]


@pytest.mark.parametrize("text, expected", [
    ("Two men were stabbed in the Penrith local government area overnight, detectives said.", "Australia"),
    ("Robbers shot a trader in the Gulu local government council area on Monday.", "Uganda"),
    ("Gunmen killed five farmers in Zangon Kataf local government area on Sunday.", "Nigeria"),
])
def test_a_unit_word_several_countries_use_lets_the_town_decide(text: str, expected: str) -> None:
    assert country(text) == expected


def test_a_shared_unit_word_alone_is_no_clue() -> None:
    assert countries.unit_word_clues("Two local government areas were flooded.") == []
    assert [c.country for c in countries.unit_word_clues("Gunmen raided three woredas.")] == ["Ethiopia"]


def _clue_countries(text: str, nlp) -> set[str]:
    """Every country a clue of `text` points to (NER included)."""
    from worker.extract import places
    doc = nlp(text)
    return {c.country for c in countries.clues(text, places.find(text, 0, len(text), doc), doc)}


@pytest.mark.parametrize("text, expected", [
    ("A bomb exploded in a market in Concepcion on Tuesday, killing two vendors.", "Chile"),
    ("Two officers were shot in St. Paul late on Friday, the police chief said.", "United States"),
])
def test_a_big_town_outweighs_a_region_core_of_its_name(text: str, expected: str, nlp) -> None:
    assert country(text, nlp) == expected


def test_a_region_core_still_names_a_hamlets_name(nlp) -> None:
    assert country("Gunmen ambushed an army convoy in Sinai on Sunday, killing three conscripts.", nlp) == "Egypt"


@pytest.mark.parametrize("text", [
    "Pirates fired on a tanker in the Red Sea on Thursday, wounding two sailors.",
    "A drone hit a fishing boat on the Caribbean Coast overnight, killing one.",
])
def test_a_sea_or_its_coast_is_no_region_core(text: str, nlp) -> None:
    assert _clue_countries(text, nlp) & {"Eritrea", "Nicaragua"} == set()


def test_the_before_an_untagged_name_makes_it_a_region_not_a_town(nlp) -> None:
    assert _clue_countries("Soldiers were killed by a roadside bomb in the Sinai on Monday.", nlp) <= {"Egypt"}


def test_a_persons_name_in_the_possessive_is_no_town(nlp) -> None:
    assert _clue_countries("Robbers shot a guard near Kim's shop and at Ray's garage on Monday.", nlp) == set()


def test_a_groups_province_is_no_place(nlp) -> None:
    text = "Militants of the Islamic State's Central Africa Province burned a church in Oicha, killing nine."
    assert "Tunisia" not in _clue_countries(text, nlp)
