"""The offline GeoNames gazetteer: the builder's name handling, the index, and what places() gives the extractor."""
from __future__ import annotations

from worker.extract.build_gazetteer import bare, english, keys, latin, names
from worker.extract.gazetteer import places
from worker.extract.geonames import Index, fold, index


def test_builder_takes_the_common_english_form_of_a_subdivision():
    assert english("Qārat al-Wādī", ["Qarat al Wadi Governorate", "Qarat al Wadi", "Karat-el-Vadi"]) == "Qarat al Wadi"
    assert english("Norte de Xanadu", ["Norte", "Estado de Norte de Xanadu"]) == "Norte"  # short form of a long name
    assert english("Upland Province", []) == "Upland"
    assert bare("Province of Lorel") == "Lorel" and bare("Lorel Governorate") == "Lorel"


def test_builder_keeps_latin_names_and_folds_keys():
    assert latin("Ḩaraḑ") and not latin("حرض") and not latin("Харад")
    assert names("Amberton", ["AMB", "Амбертон", "Amberton Town", "amberton"]) == ["Amberton", "Amberton Town"]
    assert keys(["Kōta Baru", "Kota Baru"]) == ["kota baru"]


def _index() -> Index:
    lines = ["# test",
             "S\t1\tXA\t1\tNorthmark\tNorthmark|Northmark Province\tnorthmark|northmark province",
             "S\t2\tXB\t1\tSouthfold\tSouthfold\tsouthfold",
             "C\tAmberton\tXA\t1\t\t250000\t10.5\t20.25\tamberton|amberton city",
             "C\tAmberton\tXB\t2\t\t900\t-3.0\t4.0\tamberton",
             "C\tKōtaville\tXB\t2\t\t5000\t1.0\t1.0\tkotaville"]
    return Index(lines, {"XA": "Ardenia", "XB": "Borduria"})


def test_index_lists_namesakes_by_population_with_their_province():
    ix = _index()
    found = ix.cities("AMBERTON")
    assert [(c.country, c.admin1.name if c.admin1 else None) for c in found] == [("Ardenia", "Northmark"),
                                                                                 ("Borduria", "Southfold")]
    assert ix.cities("Kotaville")[0].name == "Kōtaville"  # accents do not matter for lookup
    assert ix.cities("Amberton City")[0].population == 250000
    assert ix.subdivisions_named("Northmark Province")[0].country == "Ardenia"
    assert ix.cities("Nowhere") == []


def test_shipped_index_knows_small_towns_and_their_provinces():
    ix = index()
    assert len(ix.subdivisions) > 40_000
    town = next(c for c in ix.cities("Uruapan") if c.country == "Mexico")
    assert town.admin1 is not None and fold(town.admin1.name) == "michoacan"
    assert 19 < town.lat < 20 and town.population > 100_000


def test_places_reaches_every_geonames_town_but_searches_only_safe_names():
    table = places()
    assert table["tzintzuntzan"].admin1 == "Michoacán" and table["tzintzuntzan"].source == "geonames"
    assert "tzintzuntzan" not in list(table)  # a small town is found by lookup (NER names it), not as a string
    assert "rivers state" in list(table) and "rivers" not in list(table)  # a province that is also a plain word
    assert table["nineveh governorate"].kind == "admin1"


def test_the_first_row_of_the_gazetteer_is_found_by_its_names():
    ix = index()
    first = ix._name[0]
    assert ix.cities(first) and ix.cities(first)[0].name == first  # row 0 is a row, not "nothing found"
