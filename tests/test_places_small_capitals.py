"""A province named after a capital town of 15,000-50,000 people ("Batken", "Cetinje", "Tillaberi") is read as
the town when the words around the bare name do not say the province: the gold sets' convention, as for the big
capitals ("in Kandahar"); with its type word or a rural setting it stays the province. A village of the
province's name beside a bigger capital ("Nariño", whose capital is Pasto) is no capital. Fresh sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import capital_names, places


def test_a_small_capital_is_its_province_twin() -> None:
    places.warm()
    for name, country in (("Batken", "Kyrgyzstan"), ("Cetinje", "Montenegro"), ("Tillaberi", "Niger")):
        pair = capital_names.twin(name, country)
        assert pair is not None and (pair[0].kind, pair[1].kind) == ("admin1", "city"), name
    assert capital_names.twin("Nariño", "Colombia") is None  # a village far smaller than Pasto, the capital
    assert capital_names.twin("Kunar", "Afghanistan") is None  # no town of the province's name


@pytest.mark.parametrize("text, want", [
    ("Mortar fire killed four civilians in Batken on Thursday, officials said.", ("Kyrgyzstan", "Batken", "Batken")),
    ("Border guards shelled Batken overnight, killing two women, the emergencies ministry said.",
     ("Kyrgyzstan", "Batken", "Batken")),
    ("A bomb killed four people in Tillaberi on Friday, officials said.", ("Niger", "Tillaberi", "Tillaberi")),
    ("Soldiers were killed when their truck hit a mine on a street in Tillaberi on Monday.",
     ("Niger", "Tillaberi", "Tillaberi")),
    ("A man shot dead six people in a residential district of Cetinje on Friday, police said.",
     ("Montenegro", "Cetinje", "Cetinje")),
    ("Mortar fire from Tajikistan killed four civilians in the Kyrgyz town of Batken on Thursday.",
     ("Kyrgyzstan", "Batken", "Batken")),
    # the province: its type word, or villages of it
    ("Gunmen killed five people in Tillaberi region on Friday, officials said.", ("Niger", "Tillaberi", None)),
    ("Jihadists attacked a village in Tillaberi, killing nine herders, on Tuesday.", ("Niger", "Tillaberi", None)),
    ("Clashes killed three guards in Batken province on Wednesday, officials said.", ("Kyrgyzstan", "Batken", None)),
    ("A roadside bomb killed three soldiers in Kandahar province on Wednesday.", ("Afghanistan", "Kandahar", None)),
    ("Police said an improvised bomb killed a soldier in Kunar on Wednesday.", ("Afghanistan", "Kunar", None)),
    # the text calls the name a province elsewhere: the bare name is that province
    ("Jihadists killed 12 villagers in the western province of Tillaberi on Sunday. The army said the attacks in "
     "Tillaberi went on for hours.", ("Niger", "Tillaberi", None)),
    # a big town the gazetteer gives as the province stays the province, as it always read
    ("Abu Sayyaf militants killed two soldiers in Sulu on Wednesday, the military said.", ("Philippines", "Sulu", None)),
    # the capitals of the gold sets' own shapes stay as they were
    ("A roadside bomb killed three soldiers in Kandahar on Wednesday, the army said.",
     ("Afghanistan", "Kandahar", "Kandahar")),
    ("Houthi shelling killed three children in Taiz city on Monday, officials said.", ("Yemen", "Taiz", "Taiz")),
    ("A landmine killed three children in Kidal on Wednesday, the UN mission said.", ("Mali", "Kidal", "Kidal")),
])
def test_bare_capital_or_province(text: str, want: tuple[str, str, str | None]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, city", [
    ("TILLABERI, Niger (AP) — Jihadists killed four soldiers at a checkpoint on Thursday, officials said.", "Tillaberi"),
    ("CETINJE, Montenegro (AP) — A gunman killed ten people on Friday before police shot him, officials said.",
     "Cetinje"),
    ("BATKEN, Kyrgyzstan (AP) — Mortar shells fired across the border killed four civilians on Thursday.", "Batken"),
])
def test_a_dateline_names_the_town(text: str, city: str) -> None:
    assert where(text)[2] == city


def test_a_demonym_is_no_town() -> None:
    # NER's place "Kyrgyz" is the people of the country, not an unknown village
    assert where("Four civilians were killed when mortar shells hit a market in Batken on Thursday, Kyrgyz "
                 "officials said.")[2] == "Batken"
