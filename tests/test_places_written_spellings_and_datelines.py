"""Issue #13 (towns and provinces on a new source): a province the text writes as its two parts joined another way
("Sistan-Baluchestan" of "Sistan and Baluchestan") or five letters one off before its type word ("the Hiran
region") is reported in the text's spelling; a dateline in capitals with accented letters ("BOGOTÁ, Colombia —")
is a dateline, not the scene; a town the gazetteer lacks that the lead gives as the scene beats the dateline's
town. Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where
from worker.extract import segment, toponyms


def test_two_part_province_joined_by_a_hyphen_is_the_text_spelling() -> None:
    text = "Gunmen killed four border guards near Saravan in Sistan-Baluchestan province on Tuesday, state media said."
    assert toponyms.as_written("Sistan and Baluchestan", "Iran", text) == "Sistan-Baluchestan"


def test_joined_needs_two_real_parts() -> None:
    assert toponyms.joined("Sistan-Baluchestan") == toponyms.joined("Sistan and Baluchestan") != ""
    assert toponyms.joined("Borno") == ""
    assert toponyms.joined("Al-Anbar") == ""  # a two-letter article is no part of its own


def test_five_letter_spelling_counts_only_before_its_type_word() -> None:
    assert toponyms.as_written("Hiiraan", "Somalia", "A bomb hit a market in the Hiran region on Friday.") == "Hiran"
    assert toponyms.as_written("Hiiraan", "Somalia", "A bomb hit a market in Hiran on Friday.") == "Hiiraan"


def test_accented_capitals_open_a_dateline() -> None:
    line = "BOGOTÁ, Colombia — Dissidents killed six soldiers in an ambush near Tibú on Tuesday, the army said."
    assert segment.dateline(line)[0] == "Bogotá"
    line = "MEDELLÍN (Reuters) - Gunmen shot dead three people on Tuesday."
    assert segment.dateline(line)[0] == "Medellín"


def test_the_lead_town_beats_an_accented_dateline() -> None:
    text = ("CÚCUTA, Colombia — Clashes between the ELN and FARC dissidents in the Catatumbo region of Norte de "
            "Santander killed at least six people in the rural area of Tibú on Tuesday, the governor said.")
    assert where(text)[2] == "Tibú"


def test_an_unknown_town_given_as_the_scene_beats_the_dateline() -> None:
    text = ("MAROUA, Oct 2 — Boko Haram fighters attacked the village of Tourou in Mayo-Tsanaga department overnight, "
            "killing six people, a local official said.")
    assert where(text) == ("Cameroon", "Far North", "Tourou")  # the dateline's province: the text names none


def test_a_title_case_town_before_a_long_dash_is_a_dateline() -> None:
    line = "Kaduna — Bandits killed seven worshippers at a mosque in Kauru on Friday, residents said."
    assert segment.dateline(line)[0] == "Kaduna"
    assert segment.dateline("Gunmen — some on motorcycles — killed seven people in Kauru on Friday.") is None
    assert segment.dateline("Hamas — the group that rules Gaza — said two of its men were killed.") is None


def test_the_dateline_gives_the_province_of_an_unknown_scene_town() -> None:
    text = ("Narathiwat, Thailand — A bomb hidden in a motorcycle killed a village headman in Sungai Padi district "
            "on Tuesday, police said.")
    assert where(text) == ("Thailand", "Narathiwat", "Sungai Padi")
