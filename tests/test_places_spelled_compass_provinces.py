"""A province whose gazetteer name is a hyphenated compass compound (Cameroon's "North-West") is reported as the
text spells it when its type word follows ("North West region"), as the gold sets do. Fresh
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import toponyms


@pytest.mark.parametrize(("spelled", "province"), [
    ("North West", "North-West"), ("South West", "South-West")])
def test_the_text_spelling_with_its_type_word(spelled: str, province: str) -> None:
    text = f"Soldiers burned a market in Batibo, in Cameroon's {spelled} region, on Monday, residents said."
    assert toponyms.as_written(province, "Cameroon", text) == spelled


def test_the_incident_reports_the_text_spelling() -> None:
    text = ("Separatist fighters shot dead two gendarmes at a checkpoint in Bamenda, in Cameroon's North West "
            "region, on Tuesday, the army said.")
    assert where(text)[:2] == ("Cameroon", "North West")


@pytest.mark.parametrize("text", [
    "Insurgents ambushed a bus near Kumba, in Cameroon's South West Region, on Friday, the governor said.",
    "In South West region, insurgents ambushed a bus near Kumba on Friday, the governor said.",
    "Insurgents ambushed a bus near Kumba, in the Anglophone South West region, on Friday, the governor said."])
def test_the_text_spelling_whatever_the_words_around_it(text: str) -> None:
    """The pair is found inside a longer run of capitalised words: a capitalised type word ("Region") or a word
    before it ("In", "Anglophone") does not bring back the gazetteer's hyphen."""
    assert where(text)[:2] == ("Cameroon", "South West")


@pytest.mark.parametrize(("text", "province"), [
    ("A drone struck a house in Nahariya, in Israel's Northern region, on Sunday, the army said.", "Northern District"),
    ("Bandits killed two farmers in Gicumbi, in Rwanda's North province, on Sunday, officials said.", "Northern")])
def test_a_single_compass_word_keeps_the_gazetteer_name(text: str, province: str) -> None:
    """Only a hyphenated name's two words spaced lift the compass words' stopword veto: a bare "Northern" or
    "North" with its type word is no spelling of the province."""
    assert where(text)[1] == province
