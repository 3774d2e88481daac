"""A region named by the word its subdivisions share ("Kordofan": North, South and West Kordofan) names their
country (region_cores); a core of one subdivision only, or of several countries', names none. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country
from worker.extract.region_cores import country_of_region



@pytest.mark.parametrize("text, expected", [
    ("Fighting between two militias in Kordofan killed 12 herders, residents said.", "Sudan"),
    ("Militants ambushed a convoy in Waziristan on Monday, killing three soldiers.", "Pakistan"),
    ("Gunmen attacked a checkpoint in Sinai, killing five conscripts.", "Egypt"),
    ("Soldiers killed three militants in a gunfight in Maguindanao on Sunday.", "Philippines"),
])
def test_a_region_its_subdivisions_share_names_their_country(text: str, expected: str, nlp) -> None:
    assert country(text, nlp) == expected


def test_cores_name_one_country_or_none() -> None:
    assert country_of_region("Kivu") == "Democratic Republic of the Congo"
    assert country_of_region("Nile") is None  # only Upper Nile bears it with a position word: a river
    assert country_of_region("Kigoma Xyz") is None


def test_a_capital_is_not_read_as_a_region(nlp) -> None:
    # Lower and Middle Juba are Somali regions; Juba is South Sudan's capital
    assert country("Gunmen killed four traders in Juba on Monday, police said.", nlp) == "South Sudan"
