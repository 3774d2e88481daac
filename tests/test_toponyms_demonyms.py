"""A people's word one letter from a province's name ("Georgian" of Georgia) is no spelling of the province: the
province is reported by its own name (toponyms._spells). Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where
from worker.extract.toponyms import as_written


def test_a_demonym_is_no_spelling_of_its_province() -> None:
    text = "Two men were stabbed to death in Macon on Saturday. A Georgian businessman was arrested, the sheriff said."
    assert as_written("Georgia", "United States", text) == "Georgia"
    assert where(text) == ("United States", "Georgia", "Macon")


def test_a_province_s_other_spelling_is_still_read() -> None:
    # one letter off the gazetteer's name, and no people's word: the text's spelling is reported
    assert as_written("Oromia", "Ethiopia", "Gunmen killed nine people in the Oromiya region on Monday.") == "Oromiya"
