"""Ethiopia's official type words ("Regional State", "Kilil") are no part of a region's name."""
from __future__ import annotations

from worker.extract.build_gazetteer import bare, english
from worker.extract.gazetteer import places


def test_regional_state_and_kilil_are_type_words() -> None:
    assert bare("Gurage Regional State") == "Gurage"
    assert bare("Gurage National Regional State") == "Gurage"
    assert bare("Gurage Regional") == "Gurage" and bare("Gurage Kilil") == "Gurage"
    assert english("Gurage Regional", ["Gurage Regional State"]) == "Gurage"


def test_a_new_ethiopian_region_is_reported_by_its_name() -> None:
    found = places().province("South Ethiopia")
    assert found is not None and found.admin1 == "South Ethiopia" and found.country == "Ethiopia"
