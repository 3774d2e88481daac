"""One province spelled two ways (the text's "Kherson region", GeoNames' "Kherson Oblast" for its towns) is one
province when deciding whether a sentence starts another incident."""
from __future__ import annotations

from worker.extract import extract_incidents


def _incidents(nlp, text: str) -> list:
    return extract_incidents(text, doc=nlp(text), published="2024-05-01")


def test_a_town_of_the_named_province_continues_the_incident(nlp) -> None:
    text = ("Artillery fire killed three villagers in the Zaporizhzhia region on Sunday, the governor said. "
            "The shelling hit a school in Polohy.")
    incs = _incidents(nlp, text)
    assert len(incs) == 1
    assert (incs[0].admin1, incs[0].city, incs[0].killed) == ("Zaporizhzhia Oblast", "Polohy", 3)


def test_another_province_still_starts_another_incident(nlp) -> None:
    text = ("Rockets killed three people in Kharkiv region on Monday. In a separate attack, a drone struck a bus "
            "in Odesa region on Tuesday, killing one.")
    assert [(i.admin1, i.killed) for i in _incidents(nlp, text)] == [("Kharkiv Oblast", 3), ("Odesa Oblast", 1)]
