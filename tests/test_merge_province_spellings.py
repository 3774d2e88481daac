"""Two reports naming one province in two spellings agree on it: an outlet (or an older extractor) writing
"Telangāna" and another writing "Telangana state" is no contradiction that keeps them apart."""
from __future__ import annotations

import dataclasses

import pytest

from worker.merge.match import place_agreement, province_key
from worker.merge.reports import Report

BASE = Report(incident_id="a", article_id="x", url=None, source=None, title=None, published=None, primary=True,
              event_type="attack", date=None, country="India", admin1=None, city=None, place=None, lat=None,
              lon=None, killed=None, injured=None)


@pytest.mark.parametrize("a, b", [("Telangāna", "Telangana"), ("Tamil Nādu", "tamil nadu"),
                                  ("Gombe State", "Gombe"), ("Petén", "Peten")])
def test_one_province_in_two_spellings_agrees(a: str, b: str) -> None:
    assert province_key(a) == province_key(b)
    assert place_agreement(dataclasses.replace(BASE, admin1=a), dataclasses.replace(BASE, admin1=b)) == 1.0


@pytest.mark.parametrize("a, b", [("Telangana", "Karnataka"), ("Punjab", "Sindh"), ("Gombe", "Bauchi State")])
def test_two_provinces_still_contradict(a: str, b: str) -> None:
    assert place_agreement(dataclasses.replace(BASE, admin1=a), dataclasses.replace(BASE, admin1=b)) is None


@pytest.mark.parametrize("region, province", [("Darfur", "North Darfur"), ("Kordofan", "South Kordofan"),
                                              ("Kivu", "Nord-Kivu")])
def test_a_region_and_one_of_its_provinces_agree(region: str, province: str) -> None:
    # one outlet names the region news uses ("in Darfur"), another the state the town lies in
    a, b = dataclasses.replace(BASE, admin1=region), dataclasses.replace(BASE, admin1=province)
    assert place_agreement(a, b) == 1.0 and place_agreement(b, a) == 1.0


def test_a_region_and_a_province_outside_it_still_contradict() -> None:
    a, b = dataclasses.replace(BASE, admin1="Darfur"), dataclasses.replace(BASE, admin1="South Kordofan")
    assert place_agreement(a, b) is None
