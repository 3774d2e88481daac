"""Where the project's file reports a promoted province by its region (Burkina Faso), every promoted province of
that country is reported so; elsewhere (the Philippines) the province stays."""
from __future__ import annotations

from worker.extract.gazetteer import places
from worker.extract.geonames import Index, index


def test_every_burkina_province_is_reported_as_its_region() -> None:
    assert places().get("bogande").admin1 == "Est"  # type: ignore[union-attr]  # Gnagna province, no project row
    assert places().get("yako").admin1 == "Nord"  # type: ignore[union-attr]  # Passoré province
    gnagna = places().province("Gnagna")
    assert gnagna is not None and gnagna.admin1 == "Est"


def test_a_philippine_province_stays_a_province() -> None:
    assert places().get("marawi").admin1 == "Lanao del Sur"  # type: ignore[union-attr]


def test_the_index_reads_a_promoted_provinces_region() -> None:
    lines = ["S\t7\tXA\t1\tHighreach\tHighreach\thighreach\t",
             "S\t8\tXA\t1\tLowfen\tLowfen|Lowfen Province\tlowfen|lowfen province\t7",
             "S\t9\tXA\t1\tOldmark\tOldmark\toldmark"]  # a line of the file's older shape
    subs = Index(lines, {"XA": "Ardenia"}).subdivisions
    assert subs[8].parent == 7 and subs[7].parent is None and subs[9].parent is None
    assert any(s.parent for s in index().subdivisions.values() if s.country == "Burkina Faso")


def test_malis_menaka_region_is_its_own_province() -> None:
    assert places().get("menaka").admin1 == "Ménaka"  # type: ignore[union-attr]  # a region since 2016, not Gao's
    assert places().get("inekar").admin1 == "Ménaka"  # type: ignore[union-attr]
