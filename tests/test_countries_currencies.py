"""An amount in a country's currency is a weak clue to the country (data/currencies.csv, built from CLDR by
build_currencies); a currency noun without a figure, capitalised, or quoted everywhere is none. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country, data_rows
from worker.extract import countries



@pytest.mark.parametrize("text, expected", [
    ("Gunmen abducted nine travellers and demanded a ransom of 20 million naira, police said.", "Nigeria"),
    ("The family of a trader shot dead by robbers was paid 50,000 cedis in compensation.", "Ghana"),
    ("Kidnappers freed the engineer after his employer paid 2 billion rupiah, police said.", "Indonesia"),
    ("Militants killed two guards; the state offered 10 lakh rupees to each family.", "India"),
])
def test_an_amount_in_a_currency_names_its_country(text: str, expected: str) -> None:
    assert country(text) == expected


def test_no_figure_a_capital_or_a_world_currency_is_no_clue() -> None:
    assert countries.currency_clues("They won the real prize in 2008, won it again later.") == []
    assert countries.currency_clues("In 2019 Real Madrid paid 100 million dollars and 5 euros.") == []


def test_a_shared_currency_noun_leans_to_its_most_populous_user_by_its_share() -> None:
    (clue,) = countries.currency_clues("a bounty of 5 lakh rupees")
    assert clue.country == "India" and clue.weight < countries.DEMONYM


def test_the_table_is_what_the_build_makes() -> None:
    pytest.importorskip("babel")
    from worker.extract.build_currencies import rows
    assert [(r["noun"], r["country"], float(r["share"])) for r in data_rows("currencies.csv")] == rows()
