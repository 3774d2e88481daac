"""A town named right before a time phrase that NER joined to it ("in Jos early Friday" read as one DATE) is still
the town: the rest of the entity is a day the date finder reads, not part of the name."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.place_cases import where
from worker.extract.name_readings import ends_in_time


@pytest.mark.parametrize("text,city", [
    ("Unknown attackers stabbed two herders to death in Jos early Friday, a spokesman said.", "Jos"),
    ("Unknown attackers stabbed two herders to death in Jos last Tuesday night, a spokesman said.", "Jos"),
])
def test_a_town_before_a_time_phrase_ner_joined_to_it_is_the_town(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text,joined", [
    ("in Goma on New Year's Day, police said", True),
    ("in Goma late on Saturday, police said", True),
    ("in Goma last weekend, police said", True),
    ("in Goma Amateur Boxing Club, police said", False),
    ("in Goma Friday Market, police said", False),
])
def test_only_a_time_phrase_after_the_name_frees_it(text: str, joined: bool) -> None:
    end = text.index("Goma") + 4
    ent = SimpleNamespace(start_char=3, end_char=text.index(","))
    assert ends_in_time(text, end, ent) is joined


@pytest.mark.parametrize("text", [
    "Unknown attackers stabbed two herders to death in March last year, a spokesman said.",
    "Unknown attackers stabbed two herders to death in May last year, a spokesman said.",
])
def test_a_month_that_opens_the_date_is_no_town(text: str) -> None:
    assert where(text)[2] is None
