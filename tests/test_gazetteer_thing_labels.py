"""A town NER tags as a thing (PRODUCT, EVENT, WORK_OF_ART) right after "in"/"at" is a place when the gazetteer
knows the town. Fresh sentences written for this test."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from worker.extract.name_readings import mislabelled_place


def _ent(text: str, name: str, label: str) -> SimpleNamespace:
    start = text.index(name)
    return SimpleNamespace(text=name, label_=label, start_char=start, end_char=start + len(name))


@pytest.mark.parametrize("label", ["PRODUCT", "EVENT", "WORK_OF_ART"])
def test_a_known_town_after_in_is_a_place_whatever_thing_ner_calls_it(label: str) -> None:
    text = "Gunmen shot dead five traders in Shashamane late on Monday."
    assert mislabelled_place(text, _ent(text, "Shashamane", label))


def test_a_thing_not_after_in_or_unknown_to_the_gazetteer_stays_a_thing() -> None:
    text = "Rebels stormed Shashamane late on Monday."
    assert not mislabelled_place(text, _ent(text, "Shashamane", "PRODUCT"))  # a verb: only persons' and firms' names
    text = "Six people were hurt in Zorblaxian Cup scuffles."
    assert not mislabelled_place(text, _ent(text, "Zorblaxian Cup", "EVENT"))
