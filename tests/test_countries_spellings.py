"""A town or district the gazetteer knows only in another romanisation still names its country, weakly
(spelling_variants.variants, countries.spelled_votes); a lone small town of one country names it. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country
from worker.extract import countries
from worker.extract.spelling_variants import variants



def test_variants_are_one_romanisation_change_away() -> None:
    found = variants("dhuusamareeb")
    assert {"dhuusamarreeb", "dhuusamarib", "dhuusamareb", "dhuusa mareeb"} <= set(found)
    assert "dhuusamareeb" not in found
    assert "maywand" in variants("maiwand") and "bosaso" in variants("bosasso")
    assert variants("gumar") == []  # too short: one change from too many hamlets


def test_a_district_spelled_otherwise_names_its_country() -> None:
    assert country("A roadside bomb killed four farmers in Maiwand district on Sunday.") == "Afghanistan"


def test_a_town_spelled_otherwise_names_its_country(nlp) -> None:
    # NER takes the town for a person; "north of" puts it in place
    assert country("Clan militias fought for hours in a village 30 km north of Dhuusamareeb, elders said, "
                   "and six people died.", nlp) == "Somalia"


def test_a_name_known_as_written_or_of_several_countries_gets_no_spelled_vote() -> None:
    assert countries.spelled_votes("Mogadishu") == {}
    assert countries.spelled_votes("Zxqwvbn") == {}
    votes = countries.spelled_votes("Maiwand")
    assert set(votes) == {"Afghanistan"} and 0 < votes["Afghanistan"] < 1


def test_a_lone_small_town_of_one_country_names_it(nlp) -> None:
    # Tarmiya has no population in GeoNames: it counts as the 500 people cities500 keeps a town for
    assert country("A bomb hidden in a cart killed four people in Tarmiya on Monday.", nlp) == "Iraq"


@pytest.mark.parametrize("text, want", [
    # a village the gazetteer lacks, one letter from a big town abroad ("Kuriga", Morocco's Khouribga): the state the
    # text names (even as a speaker's seat) decides
    ("Gunmen killed five people in Kuriga on Thursday, police in Kaduna State said.", "Nigeria"),
    ("Bandits abducted 20 pupils in Kuriga on Thursday, Kaduna State police said.", "Nigeria"),
    ("Bandits abducted 20 pupils in Kuriga on Thursday, Kaduna State governor Uba Sani said.", "Nigeria"),
    ("Police in Kaduna State said bandits abducted 20 pupils in Kuriga on Thursday.", "Nigeria"),
])
def test_a_spelling_never_outvotes_what_the_text_names(text, want, nlp) -> None:
    assert country(text, nlp) == want


def test_a_spelling_alone_still_names_its_country() -> None:
    found = countries.unknown_clues("Kuriga", 1.0, 0)
    assert [c.why for c in found] == ["spelled"]
    assert country("Gunmen killed five people in Maiwand district on Sunday.") == "Afghanistan"


@pytest.mark.parametrize("text, want", [
    # a place the text writes only by another romanisation still outweighs the demonym of foreign victims or of a
    # speaker's country: neither is a place clue
    ("Gunmen killed two Uzbek drivers in Maiwand district on Friday.", "Afghanistan"),
    ("A roadside bomb killed three Indian engineers in Maiwand district on Monday.", "Afghanistan"),
])
def test_a_spelling_outweighs_a_lone_demonym(text, want, nlp) -> None:
    assert country(text, nlp) == want
