"""A date after a town's comma ("Sokoto, March 8 —", "Herat, Sunday (AFP) -": a chronology's line or a dateline)
names no region the town lies in: "March" is an English town and reads as Italy's Marche. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where_all
from worker.extract.unit_towns import units_after


@pytest.mark.parametrize("text, end", [
    ("Sokoto, March 8 — Bandits killed six farmers.", 6),
    ("Gao, May 2 — A mine killed three soldiers.", 3),
    ("Bama, Sunday — Gunmen abducted four traders.", 4),
])
def test_a_date_after_the_comma_is_no_unit(text: str, end: int) -> None:
    assert units_after(text, end) == ()


def test_a_unit_after_the_comma_still_is() -> None:
    assert units_after("Lisbon, Maine — A gunman killed three people.", 6)


@pytest.mark.parametrize("text, first", [
    ("Recent attacks:\nSokoto, March 8 — Bandits killed six farmers at a market.\n"
     "Gusau, March 11 — Gunmen abducted 14 travellers.", ("Nigeria", "Sokoto")),
    ("Timeline:\nMopti, March 8 — A roadside mine killed four soldiers.\n"
     "Gao, March 12 — Gunmen killed two traders.", ("Mali", "Mopti")),
])
def test_a_chronology_line_keeps_its_town(text: str, first: tuple[str, str]) -> None:
    got = where_all(text)[0]
    assert (got[0], got[1]) == first
