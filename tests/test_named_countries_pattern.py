"""One builder for every country-name lexicon's pattern (named_countries.names_pattern): whole names, case-sensitive,
not inside a hyphenated compound; the tables of named_countries and actors are matched through it."""
from __future__ import annotations

import pytest

from worker.extract import actors, named_countries
from worker.extract.named_countries import names_pattern
from worker.extract.other_acts import in_peaceful_time_clause


@pytest.mark.parametrize("text, found", [
    ("Troops from Nigeria crossed into Niger at dawn.", ["Nigeria", "Niger"]),
    ("The U.S. embassy in Lome issued a warning.", ["U.S."]),
    ("Malian-backed fighters and Malian soldiers clashed.", ["Malian"]),
    ("let us go, the nigerian man said.", []),
    ("Nigerians queued at the border.", []),
])
def test_a_name_is_matched_whole_and_as_written(text: str, found: list[str]) -> None:
    rx = names_pattern(["Niger", "Nigeria", "U.S.", "US", "Malian"])
    assert [m.group() for m in rx.finditer(text)] == found


def test_the_longer_name_wins_whatever_the_table_order() -> None:
    assert names_pattern(["Guinea", "Guinea-Bissau"]).pattern == names_pattern(["Guinea-Bissau", "Guinea"]).pattern
    assert names_pattern(["Guinea", "Guinea-Bissau"]).search("in Guinea-Bissau").group() == "Guinea-Bissau"


def test_every_country_table_is_matched_by_the_one_builder() -> None:
    pattern, table = named_countries._names()
    assert pattern.pattern == names_pattern(table).pattern
    pattern, names = actors._countries()
    assert pattern.pattern == names_pattern(names).pattern
    pattern, by_demonym, _ = actors._world_demonyms()
    assert pattern.pattern == names_pattern(by_demonym).pattern


@pytest.mark.parametrize("verb", ["took the reins", "seized power", "assumed office", "ascended the throne"])
def test_any_power_object_tells_a_peaceful_time_clause(verb: str) -> None:
    s = f"Gunmen torched a market in the north a year after the Sovereign Council {verb} in the capital."
    at = s.index("Sovereign Council")
    assert in_peaceful_time_clause(s, at, at + len("Sovereign Council"))
