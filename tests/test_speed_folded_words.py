"""`CaselessTest.folded_words`: a lexicon's matches over a whole page, read on the lower-cased page where that gives
the same words as the case-blind scan (sport_pages reads the page's sport words so)."""
from __future__ import annotations

import re

import pytest

from worker.extract import sport_pages
from worker.extract.alternation import CaselessTest

PAGES = [
    "The Striker scored twice before HALF-TIME; the coach praised the league's best wicket-keeper.",
    "İstanbul derby: the striker's goal in extra time. The KELVIN scale is not sport.",  # İ lower-cases to two
    "ſtriker (a long s) and the ﬁnal whistle at the stadium",  # letters whose case partner is ASCII
    "No sport here: the council met on Tuesday.",
    "",
]


@pytest.mark.parametrize("page", PAGES)
def test_folded_words_are_the_case_blind_matches_lower_cased(page: str) -> None:
    rx = sport_pages._words(("sport", "sport_common"))
    assert CaselessTest(rx.pattern).folded_words(page) == [m.group().lower() for m in rx.finditer(page)]


def test_a_pattern_that_tells_case_apart_keeps_the_exact_path() -> None:
    test = CaselessTest(r"\b(?-i:[A-Z])\w+ police\b")
    assert test.folded_words("Kano police and kano police") == ["kano police"]
    assert [m.group().lower() for m in re.finditer(r"\b(?-i:[A-Z])\w+ police\b", "Kano police and kano police",
                                                    re.I)] == ["kano police"]


def test_a_sports_page_is_still_read_as_one() -> None:
    page = ("The visitors lost three wickets before lunch. The batsman's innings was killed off by a yorker; the "
            "coach said the league table flatters the team and the fans.")
    assert sport_pages.sports_page(page)
    assert not sport_pages.sports_page("Gunmen killed three villagers in Zamfara State on Monday, police said.")


def test_the_case_crossers_search_answers_as_the_per_character_reading() -> None:
    """`_folds_apart` by one search for the characters that cross case: the same answer as asking each character
    (the slow reading, kept here as the definition), on every non-ASCII character alone and beside ASCII."""
    from worker.extract.alternation import _folds_apart

    def by_character(text: str) -> bool:
        return text.isascii() or all(len(c.lower()) == 1 and not c.lower().isascii() and not c.upper().isascii()
                                     for c in set(text) if not c.isascii())

    for code in range(0x80, 0x30000, 7):
        c = chr(code)
        assert _folds_apart(c) == by_character(c) and _folds_apart("ab" + c) == by_character("ab" + c), hex(code)
    for c in "ßİıſ\u212aﬀﬁﬂﬃﬄﬅﬆ":
        assert not _folds_apart("Wicket " + c)
