"""A day counted back in a sentence of its own ("The attack happened two days earlier.") counts from the day of the
statement a sentence before it made without an event day ("Police said on Monday that gunmen killed four."), as it
would in the statement's own sentence; not once a sentence told an event day of its own. Sentences written for these
tests (publication dates on both sides of month and year ends)."""
from __future__ import annotations

import pytest

from tests.test_dates_followups import primary_date


@pytest.mark.parametrize("text, published, day", [
    ("Police in Kano said on Monday that bandits had killed eight farmers in a village near the Katsina border. "
     "The attack took place the day before.", "2024-03-05", "2024-03-03"),
    ("Authorities in Borno said on Monday that a suicide bomber killed 12 people at a mosque. "
     "The blast happened a day earlier, during evening prayers.", "2024-03-05", "2024-03-03"),
    ("The army said on Wednesday that jihadists had ambushed a convoy in northern Mali, killing nine soldiers. "
     "The ambush took place two days earlier near the town of Boni.", "2025-01-02", "2024-12-30"),
    ("Officials in Tillaberi said on Monday that gunmen killed 20 villagers. The massacre happened three days "
     "earlier.", "2024-07-02", "2024-06-28"),
    ("Health officials in Gaza said on Tuesday that an Israeli strike killed seven people in a school shelter in "
     "Nuseirat. The strike hit the school two days earlier.", "2024-09-17", "2024-09-15"),
    ("Indian police said on Tuesday that suspected militants had shot dead two labourers in Anantnag district. "
     "The killing took place the previous night.", "2024-09-17", "2024-09-16"),
    ("Militants attacked a police post in Khyber district, killing three officers, a police official said on "
     "Monday. The attack happened three days earlier.", "2024-03-05", "2024-03-01"),
    ("Authorities in Sinaloa said on Tuesday that gunmen killed six men at a car wash in Culiacan. The shooting "
     "occurred two days earlier, on a Sunday afternoon.", "2024-10-02", "2024-09-29"),
    ("The ministry said on Monday that 14 soldiers were killed in an ambush in Cabo Delgado. The soldiers had been "
     "attacked three days earlier while escorting a convoy.", "2024-03-05", "2024-03-01"),
    ("Militants stormed a checkpoint in Diyala province, killing four soldiers, officials said on Monday. "
     "The attack happened two days earlier.", "2024-03-05", "2024-03-02"),
    ("Two policemen were shot dead in Peshawar, police said on Monday. The officers had been attacked the previous "
     "day while on patrol.", "2024-03-05", "2024-03-03"),
])
def test_counted_back_from_the_statement_before(text: str, published: str, day: str) -> None:
    assert primary_date(text, published) == day


@pytest.mark.parametrize("text, published, day", [
    # a day counted forward is never counted from a statement
    ("Police said on Monday that gunmen killed four worshippers at a church in Ogun state. The next day, troops "
     "arrested three suspects.", "2024-03-05", "2024-03-04"),
    # a later sentence's own day is the event's
    ("Police said on Monday that gunmen killed four worshippers at a church in Ogun state. The attack took place on "
     "Saturday.", "2024-03-05", "2024-03-02"),
    # an event day told before: "the day before" counts from it, not from the statement
    ("Gunmen killed four worshippers at a church in Ogun state on Monday, police said on Tuesday. The day before, "
     "gunmen had abducted a pastor in a neighbouring village.", "2024-03-06", "2024-03-04"),
    # another event in another place keeps its counted day to itself
    ("Gunmen killed four worshippers at a church in Ogun state, police said on Monday. A day earlier, bandits "
     "abducted 20 students in Kaduna.", "2024-03-05", "2024-03-04"),
])
def test_not_counted_from_the_statement_before(text: str, published: str, day: str) -> None:
    assert primary_date(text, published) == day


def test_without_a_publication_date_a_counted_day_stays_unknown() -> None:
    text = ("Police said on Monday that gunmen killed four worshippers at a church in Ogun state. "
            "The attack took place the day before.")
    assert primary_date(text, None) is None
