"""A province whose seat is a smaller town of its own name ("Batken", "Lamu", "Cetinje") gives that town when the
words name a town ("a market in Batken", "the outskirts of Lamu"); a bare mention, a rural setting or a town that
bears the name only as an alias (GeoNames' "Laghman" for Mehtar Lam) stays the province. A month's short form or a
feast before ", X State" is no town, nor a people's word NER tags as a place ("Kyrgyz officials"). Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import capital_names, places


def test_a_seat_of_the_own_name_is_a_twin_and_an_alias_is_not() -> None:
    places.warm()
    for name, country in [("Batken", "Kyrgyzstan"), ("Lamu", "Kenya"), ("Cetinje", "Montenegro")]:
        pair = capital_names.twin(name, country)
        assert pair is not None and pair[1].kind == "city" and pair[1].name == name
    for name, country in [("Laghman", "Afghanistan"), ("Nandi", "Kenya"), ("Issyk-Kul", "Kyrgyzstan"),
                          ("Makueni", "Kenya")]:
        assert capital_names.twin(name, country) is None


@pytest.mark.parametrize("text, want", [
    ("A bomb exploded in a market in Batken on Monday, killing two people.", ("Kyrgyzstan", "Batken", "Batken")),
    ("Gunmen killed three people on the outskirts of Lamu on Monday, police said.", ("Kenya", "Lamu", "Lamu")),
    ("A grenade thrown into a hospital in Marsabit wounded six people on Sunday, police said.",
     ("Kenya", "Marsabit", "Marsabit")),
    # no town's word: the province
    ("Gunmen killed two police officers in Lamu on Monday, Kenyan police said.", ("Kenya", "Lamu", None)),
    ("Bandits killed 14 herders in Marsabit on Sunday, police said.", ("Kenya", "Marsabit", None)),
    ("Gunmen attacked a village in Lamu on Monday, killing three people.", ("Kenya", "Lamu", None)),
])
def test_a_small_seat_named_as_a_town(text: str, want: tuple[str, str, str | None]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text", [
    "Gunmen killed two people in Feb, Kaduna State police said.",
    "Gunmen killed four traders in Oct, Katsina State police said.",
    "Gunmen killed three people in Lent, Benue State police said.",
    "Gunmen killed six worshippers at Mawlid, Kano State police said.",
])
def test_a_month_or_feast_before_a_typed_state_is_no_town(text: str) -> None:
    assert where(text)[2] is None


@pytest.mark.parametrize("text", [
    "Clashes killed two border guards in Batken on Monday, Kyrgyz officials said.",
    "Shelling killed four civilians near Batken on Wednesday, Kyrgyz officials said.",
])
def test_a_peoples_word_is_no_town(text: str) -> None:
    # data/demonyms.csv's "Kyrgyz", which NER may tag as a place, is no town of the province
    assert where(text) == ("Kyrgyzstan", "Batken", None)
