"""An "after" clause a newsroom writes is read whole for its event, however long its run-on description: only a clause
past 2,000 characters (a punctuation-free run-on page) is cut, and then at a whitespace after the limit, never inside
a word."""
from __future__ import annotations

from worker.extract import types

_CROWD = ("the masked fighters who by the account of traders and two nurses at the district clinic had come down from "
          "the hills above the valley on foot before dawn and waited for hours beside the dry riverbed behind the old "
          "cotton warehouse until the lorries carrying goods from the capital had passed the last checkpoint and the "
          "guards posted along the road had gone back to their barracks for the midday meal of rice and beans "
          "with their officers ")


def test_event_word_past_four_hundred_characters_is_read() -> None:
    s = "Troops shot dead six militants near Gao on Saturday, a week after " + _CROWD + "ambushed a convoy."
    assert len(_CROWD) > 430
    (a, b, distant), = types.earlier_clauses(s)
    assert s[a:b].endswith("ambushed a convoy") and distant


def test_head_keeps_a_word_ending_at_the_limit() -> None:
    words = ("word\u00a0" * 1000)[:types._CLAUSE_READ - 4]
    clause = words + "bombed\tthe market"
    assert clause[types._CLAUSE_READ - 4:types._CLAUSE_READ + 2] == "bombed"
    assert types._clause_head(clause) == words + "bombed"  # cut at the tab after the word, no plain space needed


def test_head_never_cuts_inside_a_word() -> None:
    clause = "a" * (types._CLAUSE_READ + 50) + "\nkilled"
    assert types._clause_head(clause) == "a" * (types._CLAUSE_READ + 50)
    assert types._clause_head("b" * (types._CLAUSE_READ + 10)) == "b" * (types._CLAUSE_READ + 10)


def test_short_clause_read_whole() -> None:
    assert types._clause_head("gunmen stormed a hotel") == "gunmen stormed a hotel"
