"""A part of a sentence that only counts the dead ("...; at least five died") is the toll of the report before it,
not a second report; a record in one part ("1,200 have fled since 2019") does not void the event the other part
tells. Fresh sentences written for this test."""
from __future__ import annotations

from worker.extract import segment, types


def _parts(text: str) -> list[str]:
    return [c.text for s in segment.sentences(text) for c in segment.clauses(s)]


def test_a_toll_only_part_stays_with_its_report() -> None:
    text = "Police fired live rounds at thousands of marchers in the capital on Friday; at least five died."
    assert _parts(text) == [text]


def test_a_part_with_its_own_event_is_still_cut() -> None:
    text = "Police fired live rounds at marchers in the capital on Friday; gunmen killed two guards in the north."
    assert len(_parts(text)) == 2


def test_a_record_in_one_part_leaves_the_other_part_event() -> None:
    text = "Soldiers shot dead four young men at a checkpoint on Monday; 1,200 people have fled the area since 2019."
    match = types.classify(text)
    assert match is not None and match.event_type in ("attack", "targeted_killing")
    assert types.classify("More than 200 people have been killed so far this year in the state.") is None


def test_a_part_that_points_back_at_the_event_stays_with_it() -> None:
    text = ("Troops raided a hideout on the edge of the town on Friday; two gunmen and a soldier were killed in the "
            "ensuing gunfight.")
    assert _parts(text) == [text]


def test_pirates_are_actors_of_an_abduction() -> None:
    assert types.security_evidence("abduction", ["Pirates seized a trawler and took its crew hostage."])


def test_a_toll_with_its_own_day_or_place_is_not_joined() -> None:
    text = "Two soldiers were killed on Monday near the border; on Tuesday, three civilians died in Gao."
    assert len(_parts(text)) == 2
