"""A town the text places in a district ("Rampur village in Purnia district", "Nagar village under Bastar
district") lies in that district's province, even where the gazetteer's namesake of the town is a bigger town
of another province; a district the gazetteer knows by no town of its name ("Masisi territory", "Pashchim
Champaran district") gives its province by the towns GeoNames lists in it. A city of a million people abroad
keeps its own country. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where, where_all
from worker.extract import toponyms
from worker.extract.gazetteer import places


@pytest.mark.parametrize("text, want", [
    ("Armed men killed six people in Rampur village in Purnia district on Saturday, police said.",
     ("India", "Bihar", "Rampur")),
    ("Gunmen killed four people in Nagar village under Bastar district on Tuesday, police said.",
     ("India", "Chhattisgarh", "Nagar")),
    ("Armed men killed six people in Ratanpur village in Pashchim Champaran district on Saturday, police said.",
     ("India", "Bihar", "Ratanpur")),
    ("Gunmen killed nine people in the village of Ngoroba in Masisi territory on Thursday, local sources said.",
     ("Democratic Republic of the Congo", "North Kivu", "Ngoroba")),
    # the town's own district and province: unchanged
    ("A mob lynched two men in Fatehpur village of Sikar district on Sunday, police said.",
     ("India", "Rajasthan", "Fatehpur")),
    ("Suspected rebels killed five people in Kalyanpur village in Samastipur district on Wednesday.",
     ("India", "Bihar", "Kalyanpur")),
])
def test_the_district_places_the_town(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_a_city_of_a_million_abroad_is_that_city() -> None:
    kyiv = next(p for p in places().candidates("Kyiv") if p.kind == "city" and p.country == "Ukraine")
    assert toponyms.unmistakable(kyiv)
    small = next(p for p in places().candidates("Nagar") if p.kind == "city" and p.country == "India")
    assert not toponyms.unmistakable(small)


def test_the_attack_on_a_city_of_a_million_abroad_is_there() -> None:
    found = where_all("Ukrainian shelling of central Belgorod killed 24 people and wounded more than 100 on "
                      "Saturday, the regional governor said, a day after Russia's heaviest air attack on Kyiv.")
    assert found[0][0] == "Russia" and found[0][2] == "Belgorod"
    assert ("Ukraine", "Kyiv", "Kyiv") in found[1:]
