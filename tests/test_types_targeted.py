"""Targeted killings in whole extraction: a one-sided killing whose parse finds a singled-out victim (singled_out)
and one or two dead is a targeted killing (issue 13). Every sentence is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from worker.pipeline import incidents


def _type(nlp: Any, text: str) -> str:
    found = incidents([{"id": "t", "url": "u", "source": "s", "title": None, "published": "2025-03-04",
                        "text": text}], nlp)[0]
    assert found, text
    return found[0]["event_type"]


@pytest.mark.parametrize("text,expected", [
    ("Unidentified gunmen shot dead a district court judge outside his home in Kunduz on Tuesday, police said.",
     "targeted_killing"),
    ("Two gunmen killed the manager of a cement factory in Kismayo on Monday, a local official said.",
     "targeted_killing"),
    ("Gunmen on motorbikes shot and killed a prominent clan elder in Beledweyne on Sunday night, residents said.",
     "targeted_killing"),
    # no doer the lexicons know: the sentence is parsed for its victim all the same
    ("A gunman killed the manager of a cement factory in Kismayo on Monday, a local official said.",
     "targeted_killing"),
    # many dead, or people killed as members of a group, single no one out
    ("Gunmen shot dead five farmers in a village near Gusau in Zamfara State on Sunday, police said.", "attack"),
    ("Gunmen shot dead two police officers at a checkpoint in Quetta on Friday, officials said.", "attack"),
    ("Gunmen killed the village chief and eleven other residents in Bakura in Zamfara State on Sunday, police said.",
     "attack"),
])
def test_a_killing_of_an_office_holder_is_a_targeted_killing(nlp, text, expected):
    assert _type(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a subject that runs into the verb ("on a motorcycle shot dead") misleads the parse: the words still tell whom
    # the killers chose
    ("Two men on a motorcycle shot dead a school headmaster and his driver in Ghazni province on Sunday.",
     "targeted_killing"),
    # the victim found killed, a lecturer, a renown told by a reduced relative
    ("An opposition activist was found shot dead in his car in Harare on Thursday, his party said.",
     "targeted_killing"),
    ("A university lecturer was shot dead by two unknown gunmen in Mogadishu's Hodan district on Wednesday.",
     "targeted_killing"),
    ("A teacher known for criticising the militants was beheaded in his village in Mopti region on Tuesday.",
     "attack"),
    ("Two men on a motorcycle shot dead four farmers near Gao on Sunday.", "attack"),
])
def test_a_holder_the_parse_misses_is_still_chosen(nlp, text, expected):
    assert _type(nlp, text) == expected
