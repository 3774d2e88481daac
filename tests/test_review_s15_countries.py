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
