"""A village the gazetteer lacks is read by its spelling (name_shapes) only when nothing else in the text points to a
country: a Pashto or Hausa name then names Afghanistan or Nigeria, and never outvotes a country the text writes.
Sentences and names written for these tests."""
from __future__ import annotations

from tests.country_cases import country
from worker.extract import countries, name_shapes


def test_shares_sum_to_one_and_short_names_have_none() -> None:
    assert abs(sum(name_shapes.shape_of("Qala-i-Naw Kandao").values()) - 1.0) < 1e-9
    assert name_shapes.shape_of("Ba") == {}


def test_a_pashto_name_reads_afghan_and_a_hausa_name_nigerian() -> None:
    assert name_shapes.likely_country("Khwaja Baghal")[0] == "Afghanistan"
    assert name_shapes.likely_country("Unguwar Sarkin Dutse", at_least=0.5)[0] == "Nigeria"


def test_an_unsure_reading_is_no_answer() -> None:
    # "Gunmen" has no country's spelling: the model spreads its belief and likely_country declines
    assert name_shapes.likely_country("Gunmen") is None


def test_an_unknown_village_alone_names_the_country_of_its_spelling(nlp) -> None:
    text = "Six civilians were killed in an air strike on Khwaja Baghal village on Monday, residents said."
    doc = nlp(text)
    assert countries.decide(countries.clues(text, countries.places.find(text, 0, len(text), doc), doc)) is None
    assert country(text, nlp) == "Afghanistan"


def test_a_spelling_never_outvotes_a_written_country(nlp) -> None:
    # the same Pashto-shaped village, in a story the text puts in Pakistan
    text = "Six civilians were killed in an air strike on Khwaja Baghal village in Pakistan on Monday."
    assert country(text, nlp) == "Pakistan"
    doc = nlp(text)
    found = countries.clues(text, countries.places.find(text, 0, len(text), doc), doc)
    assert all(c.why != "shape" for c in found)  # the spelling is not even read when the text names a country


def test_a_known_place_is_not_read_by_its_spelling() -> None:
    assert not countries._unknown("Kandahar") and countries._unknown("Khwaja Baghal")


class _Ent:
    def __init__(self, text: str, whole: str, label: str) -> None:
        self.text, self.label_, self.start_char = text, label, whole.index(text)
        self.end_char = self.start_char + len(text)


class _Doc:
    def __init__(self, *ents: _Ent) -> None:
        self.ents = ents


def test_a_village_ner_calls_a_firm_counts_where_a_preposition_puts_it() -> None:
    text = "Gunmen killed four guards at Khwaja Baghal on Sunday. Khwaja Baghal Traders closed."
    placed = _Ent("Khwaja Baghal", text, "ORG")
    assert [c.country for c in countries.shape_clues(text, [], _Doc(placed))] == ["Afghanistan"]
    said = "Khwaja Baghal said four guards were killed on Sunday."
    assert countries.shape_clues(said, [], _Doc(_Ent("Khwaja Baghal", said, "ORG"))) == []  # no preposition: a firm


def test_names_of_one_text_are_read_together() -> None:
    # each leans to Nigeria without being sure; together they are
    villages = ("Unguwar Kaura", "Dorowa Babuje", "Tudun Wada Dankadai")
    assert all(name_shapes.likely_country(n) is None for n in villages)
    assert name_shapes.likely_country(*villages)[0] == "Nigeria"


def test_a_name_said_twice_counts_once() -> None:
    assert name_shapes.likely_country("Dorowa Babuje", "Dorowa Babuje", at_least=0.0) == \
        name_shapes.likely_country("Dorowa Babuje", at_least=0.0)
