"""A definite subject before a killing verb ("The bandits shot dead ...") tells the event: a charge against the
victims after it ("accused of theft") is no generic talk (types._told_before reads a past verb after "the X" as the
event told, a noun such as "the attack" as one recalled). Every text is written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents


def _killed(text: str) -> list[int | None]:
    return [i.killed for i in extract_incidents(text, None, "2024-05-01")]


def test_a_definite_subject_before_a_killing_verb_still_tells_the_event() -> None:
    assert _killed("The bandits shot dead four traders accused of theft in Gusau on Tuesday.") == [4]
    assert _killed("The insurgents hanged two herders accused of spying in Gwoza on Tuesday.") == [2]


def test_an_event_recalled_by_its_definite_noun_is_still_no_event_before_a_record() -> None:
    assert _killed("The attack comes amid a surge in kidnappings in Gusau this year.") == []
