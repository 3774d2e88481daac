"""Guards of the aggregate cues (data/aggregates.csv, data/aggregate_contexts.csv): a clause that names the day of the
event it tells, a recalled attack with its doer, one named event sourced to records, an event ranked against a period
and a victims' 'the group' are no sums. Every text is written for these tests (real places, invented events)."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import casualties, types


def _total(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize(("sentence", "killed"), [
    ("A civil war deserter shot dead 4 people at a cafe in Sarajevo on Friday.", 4),
    ("A conflict over water rights killed 6 herders near Kidal on Thursday.", 6),
    ("Troops shot dead 5 demonstrators in Yangon on Friday in the largest rally since the coup.", 5),
    ("Smugglers who cross the river every night killed 3 border guards near Tumbes on Friday.", 3),
])
def test_a_clause_naming_its_events_day_is_no_sum(sentence: str, killed: int) -> None:
    assert types.classify(sentence) is not None
    assert _total(sentence) == killed


def test_a_decade_in_the_subject_leaves_the_blast() -> None:
    tm = types.classify("A mine laid in the 1990s exploded in an orchard near Vukovar on Friday, killing a farmer.")
    assert tm is not None and tm.event_type == "bombing"


@pytest.mark.parametrize(("sentence", "killed"), [
    ("Al-Qaeda fighters killed 44 soldiers in raids on bases near Gao in 2019.", 44),
    ("The Crocus-style siege of a theatre in Nalchik in March killed 31 people, according to official figures.", 31),
    ("A teenager who left school last year stabbed 3 people to death at a station in Leeds, police data show.", 3),
    ("A truck bomb killed 13 people in Kirkuk on Friday, the deadliest attack since 2020.", 13),
])
def test_one_event_keeps_its_toll(sentence: str, killed: int) -> None:
    assert types.classify(sentence) is not None
    assert _total(sentence) == killed


def test_the_group_as_victims_gives_no_doer(nlp: Any) -> None:
    incs = run(nlp, "Al-Shabaab fighters killed 8 soldiers in Hiraan on Friday, the army said.\n\nIn Kismayo, unknown "
                    "gunmen kidnapped 11 fishermen on Saturday after the group stopped at a beach, officials said.",
               published="2024-05-13")
    abd = [i for i in incs if i["event_type"] == "abduction"]
    assert abd and "Al-Shabaab" not in (abd[0]["perpetrators"] or [])
