"""Hostile run-on inputs read in linear time, answers unchanged: a blanked run of spaces before a casualty tail, a
page of "after" clauses with no punctuation, the memorial row of negatives.csv, and a page of one repeated town
(the road and border checks per mention). CPU bars are wide (the quadratic readings took several times the bar)."""
from __future__ import annotations

import time

from worker.extract import casualties, countries, places, types
from worker.extract.gazetteer import data_rows


def _cpu(f) -> float:
    t0 = time.process_time()
    f()
    return time.process_time() - t0


def test_casualty_tails_read_a_blank_run_once() -> None:
    text = "A herder" + " " * 20_000 + "was found near the river"
    assert _cpu(lambda: [casualties._DIED_TAIL.search(text)]
                + [rx.search(text) for rx in casualties._PASSIVE_TAIL.values()]) < 1.0


def test_casualty_tails_find_the_same_subjects() -> None:
    import re
    for text in ("A farmer and his son    were   killed in Jos, and two women          died later.",
                 "   were killed", "Two guards\n\n were wounded and a driver   also died."):
        for rx in (casualties._DIED_TAIL, *casualties._PASSIVE_TAIL.values()):
            bare = re.compile(rx.pattern.removeprefix("(?<!\\s)"), rx.flags)
            assert rx.pattern.startswith("(?<!\\s)")
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_earlier_clauses_of_a_page_long_sentence_stay_linear() -> None:
    types.earlier_clauses("Gunmen killed five after bandits torched shops.")  # word lists loaded
    s = "Police counted 30 dead in Mopti on Sunday" + "".join(
        f" after militants torched {i} homes on Friday" for i in range(220)) + "."
    assert len(s) > 9_000
    found: list = []
    assert _cpu(lambda: found.extend(types.earlier_clauses(s))) < 3.0
    assert len(found) == 220 and found[-1][1] == len(s) - 1  # each clause's span still runs to the sentence's end


def test_earlier_clauses_of_a_news_sentence_unchanged() -> None:
    s = "Soldiers shot dead three suspects in Kaduna on Monday, two days after gunmen killed 12 worshippers."
    (a, b, distant), = types.earlier_clauses(s)
    assert s[a:b] == "gunmen killed 12 worshippers" and distant


def test_memorial_negative_is_guarded_and_matches_as_before() -> None:
    import re
    row = next(r["pattern"] for r in data_rows("negatives.csv") if "years\\s+since" in r["pattern"])
    assert row.startswith("(?=\\b(?:anniversar")  # the day lookahead runs only where a memorial word starts
    bare = re.compile(row[row.index("(?![^.;]"):], re.I)
    guarded = re.compile(row, re.I)
    for text in ("Crowds marked the anniversary of the 2004 massacre in Beslan, in which 334 died.",
                 "The anniversary of the bombing was marked on Monday.", "A memorial for victims of the war.",
                 "Residents mourned the victims of the attack in Garissa, where 147 students were killed."):
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in bare.finditer(text)]


class _Spy:
    def __init__(self, rx) -> None:
        self.rx, self.calls = rx, 0

    def finditer(self, *a):
        self.calls += 1
        return self.rx.finditer(*a)


def test_road_pattern_runs_only_where_a_road_is_named(monkeypatch) -> None:
    spy = _Spy(places._ROAD_IN_TOWN)
    monkeypatch.setattr(places, "_ROAD_IN_TOWN", spy)
    text = "Gunmen killed two people in Kano " + "Kano Sokoto " * 50
    assert places.roads_in_towns(text, 0, len(text)) == [] and spy.calls == 0
    road = "Police closed the Kashmir Highway in Islamabad after the blast."
    assert places.roads_in_towns(road, 0, len(road)) == [(18, 33)] and spy.calls == 1


def test_border_word_check_admits_every_demonym_border() -> None:
    for text in ("Bandits struck Mora near the Nigerian border on Monday.", "A raid near the Malian   frontier.",
                 "Troops in Gao said the Nigerien" + " " * 30 + "boundary was shut."):
        for a in range(0, len(text), 7):
            for b in range(a, len(text), 5):
                must = any(countries._BORDER_AFTER.match(text, e) for e in range(a, b + 1))
                assert countries._border_word_by(text, a, b) or not must
    assert not countries._border_word_by("Kano Kano Kano Kano", 0, 10)
