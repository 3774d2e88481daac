"""A country whose name carries a hyphen is found when the text writes it spaced ("Guinea Bissau"), not read as
the other country its first word names. Fresh sentences written for this test."""
from __future__ import annotations

from tests.place_cases import where


def test_a_hyphened_country_written_spaced_is_that_country() -> None:
    assert where("Soldiers fired on a crowd in Guinea Bissau on Monday, killing four protesters.")[0] == "Guinea-Bissau"


def test_the_hyphened_form_still_names_it() -> None:
    assert where("Soldiers fired on a crowd in Guinea-Bissau on Monday, killing four protesters.")[0] == "Guinea-Bissau"


def test_plain_guinea_stays_guinea() -> None:
    assert where("Soldiers fired on a crowd in Guinea on Monday, killing four protesters.")[0] == "Guinea"
