"""The counts of time units and of places that types, dates, actors and the incident splitter read come from the one
number-word lexicon (data/number_words.csv): "eleven days after", "nine days ago", "twelve years earlier", "in
fourteen villages" read as "two days after" did. Every text is written for these tests."""
from __future__ import annotations

from datetime import date

from worker.extract import actors, dates, number_words, types
from worker.extract import _INDEFINITE, _PLURAL_AREA


def test_count_words_cover_the_lexicon() -> None:
    assert number_words.count_value("eleven") == 11 and number_words.count_value("an") == 1
    assert number_words.count_value("forty-two") == 42


def test_a_distance_in_any_number_word_makes_an_earlier_clause_distant() -> None:
    s = "Police arrested three suspects on Friday, eleven days after gunmen killed four traders in Jos."
    assert [d for _, _, d in types.earlier_clauses(s)] == [True]
    assert types._EARLIER.search(s).group("dist") == "eleven days"  # the distance as written, its figure too


def test_an_event_recalled_nine_days_ago_is_recalled() -> None:
    s = "Mourners gathered at the site of the bombing nine days ago in Quetta."
    assert types.recalled(s)


def test_a_history_of_twelve_years_ago_is_no_deed_of_the_news() -> None:
    s = "Villagers were killed by bandits twelve years ago in Zurmi."
    tm = types.classify(s)
    assert tm is None or not tm.doer
    assert types._HISTORY.search(s).group() == "twelve years ago"  # the distance as written, its figure too


def test_days_ago_in_any_number_word_dates_the_event() -> None:
    found = dates.find("Gunmen abducted the chief ten days ago, his family said.", date(2024, 5, 20))
    assert any(d.value == "2024-05-10" for d in found)


def test_days_later_in_any_number_word_counts_from_the_told_day() -> None:
    found = dates.find("Gunmen abducted the chief on March 3. Eight days later, his body was found.".split(". ")[1],
                       date(2024, 3, 20), told=date(2024, 3, 3))
    assert any(d.value == "2024-03-11" for d in found)


def test_a_headline_count_in_words_names_victims() -> None:
    assert "Fourteen farmers" in actors._victim_text("Fourteen farmers killed in Benue raid")
    assert "Several herders" in actors._victim_text("Several herders abducted in Kebbi")


def test_places_and_victims_counted_in_any_number_word() -> None:
    assert _PLURAL_AREA.search("Cars were torched in fourteen towns overnight.")
    assert [m.group(1) for m in _INDEFINITE.finditer("Police said twelve herders were killed.")][0].startswith("herders")


def test_a_statement_days_after_the_event_counts_back_in_any_number_word() -> None:
    found = dates.find("The army said on Friday, nine days after the ambush, that 12 soldiers had died.", date(2024, 5, 20))
    assert any(d.value == "2024-05-08" and not d.reporting for d in found)
