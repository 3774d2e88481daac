"""A state's armed forces named as the gold names them when the text gives no name of its own (data/states.csv
military): "<demonym> military" ("Russian military", "Syrian military", "Turkish military"), the name the readable
gold uses for every state whose forces it names by the country alone, not a formal title ("Russian armed forces",
"Ethiopian National Defense Force") that no gold writes. A force the text names after the demonym keeps the text's
name ("Syrian Arab Army")."""
from __future__ import annotations

import pytest

from tests.perps_support import story
from worker.extract import actors


@pytest.mark.parametrize("country, name", [
    ("Russia", "Russian military"), ("Syria", "Syrian military"), ("Turkey", "Turkish military"),
    ("Ethiopia", "Ethiopian military"), ("Mali", "Malian military"), ("Philippines", "Philippine military"),
    ("Burkina Faso", "Burkinabe military"),
])
def test_the_table_names_a_military_as_the_gold_does(country: str, name: str) -> None:
    assert actors.military_of(country) == name


@pytest.mark.parametrize("text, doer", [
    ("KHARKIV, Ukraine — Russian shelling killed three people in the town of Vovchansk on Tuesday, the regional "
     "governor said.", "Russian military"),
    ("Turkish warplanes struck a village near Amadiya in Iraq's Duhok province on Friday, killing four civilians, "
     "local officials said.", "Turkish military"),
    ("Six civilians were killed in regime airstrikes on the town of Ariha in Idlib province on Wednesday, the "
     "Syrian Observatory for Human Rights said.", "Syrian military"),
])
def test_a_strike_by_a_country_names_its_military(nlp, text: str, doer: str) -> None:
    assert story(nlp, text, published="2024-05-15")[0] == [doer]


@pytest.mark.parametrize("text, doer", [
    # the force as the text names it: the table's generic name stands only for a force the text leaves unnamed
    ("Syrian Arab Army rocket launchers hit the village of Maarat al-Numan in Idlib on Thursday, killing three "
     "farmers, rescuers said.", "Syrian Arab Army"),
    ("Turkish Armed Forces artillery shelled a village near Tal Tamr in Hasakah province on Saturday, killing two "
     "civilians, a monitor said.", "Turkish Armed Forces"),
])
def test_a_force_the_text_names_keeps_its_name(nlp, text: str, doer: str) -> None:
    assert story(nlp, text, published="2024-05-15")[0] == [doer]
