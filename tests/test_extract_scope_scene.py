"""An incident's town told in the next sentence of its paragraph, which names the event or its setting again ("The
wedding was held in the town of X"); never a town of another incident's sentence, of another paragraph, or of a
noun that only qualifies another ("The town's mayor"). Fresh sentences written for this test."""
from __future__ import annotations

import pytest

from tests.place_cases import nlp
from worker.extract import extract_incidents
from worker.extract.scene_reference import points_back
from worker.models import Incident


def _incidents(text: str) -> list[Incident]:
    return extract_incidents(text, nlp()(text), "2031-05-02")


@pytest.mark.parametrize("sentence, expected", [
    ("The rally was being held in the town of Khar.", True),
    ("The bombardment fell on a village north of the town.", True),
    ("The remote village lies near the border.", True),
    ("This attack happened near a school.", True),
    ("The town's mayor condemned the violence.", False),
    ("The government promised an inquiry.", False),
    ("They fled towards the hills.", False),
])
def test_points_back(sentence: str, expected: bool) -> None:
    assert points_back(sentence) is expected


def test_town_of_the_setting_named_next() -> None:
    text = ("A suicide bomber struck a wedding party in Nangarhar province on Friday, killing 12 people. The wedding "
            "was being held in the town of Jalalabad, the provincial capital, police said.")
    [inc] = _incidents(text)
    assert (inc.country, inc.admin1, inc.city, inc.killed) == ("Afghanistan", "Nangarhar", "Jalalabad", 12)
    [ev] = [e for e in inc.evidence if e.field == "location"]
    assert ev.text.startswith("The wedding was being held") and text[ev.start:ev.end] == ev.text


def test_neighbouring_sentence_of_another_incident_keeps_its_town() -> None:
    """The setting sentence follows the second incident: its town is the second's, not the first's."""
    text = ("Gunmen killed four traders in Zamfara State on Monday. Bandits also abducted 20 villagers in Katsina "
            "State on Tuesday. The village is near the town of Funtua.")
    first, second = _incidents(text)
    assert (first.admin1, first.city, first.killed) == ("Zamfara", None, 4)
    assert (second.admin1, second.city) == ("Katsina", "Funtua")


def test_separate_attack_then_setting() -> None:
    text = ("Gunmen killed four traders in Zamfara State on Monday. In a separate attack, bandits abducted 20 "
            "villagers in Kaduna State on Tuesday. The village lies near the town of Birnin Gwari.")
    first, second = _incidents(text)
    assert first.city is None and (second.admin1, second.city) == ("Kaduna", "Birnin Gwari")


def test_incident_with_a_town_keeps_it() -> None:
    text = ("A bomb killed three people at a market in Maiduguri on Monday, police said. The market lies on the "
            "road to Bama.")
    [inc] = _incidents(text)
    assert inc.city == "Maiduguri"


@pytest.mark.parametrize("text", [
    # another paragraph
    "Gunmen killed four traders in Zamfara State on Monday, police said.\n\nThe village of Anka is home to a gold mine.",
    # the town is the mayor's, not the setting's
    "Militants ambushed an army convoy in Balochistan province on Sunday, killing five soldiers. The town's mayor, "
    "speaking in Quetta, condemned the ambush.",
])
def test_no_town_from_elsewhere(text: str) -> None:
    [inc] = _incidents(text)
    assert inc.city is None


def test_town_sentence_is_the_evidence_when_the_province_is_named_first() -> None:
    text = ("Artillery fire killed six civilians in Kherson region on Tuesday, officials said. The market lies in "
            "the town of Beryslav.")
    [inc] = _incidents(text)
    assert (inc.country, inc.city, inc.killed) == ("Ukraine", "Beryslav", 6)
    [ev] = [e for e in inc.evidence if e.field == "location"]
    assert ev.text == "The market lies in the town of Beryslav."


def test_definite_event_noun_of_another_town_is_another_incident() -> None:
    """"The shelling of Odesa" after a shelling in Kharkiv: another incident, which keeps its own town."""
    text = "Rockets killed three people in Kharkiv on Monday. The shelling of Odesa killed two more."
    first, second = _incidents(text)
    assert (first.city, first.killed) == ("Kharkiv", 3)
    assert (second.city, second.killed) == ("Odesa", 2)


def test_noun_outside_the_lexicons_points_nowhere() -> None:
    """"The pitch" is no event or setting noun of the lexicons: the town of its sentence is not the incident's."""
    text = ("Gunmen opened fire on players at a football pitch in Guerrero state on Saturday, killing five. The pitch "
            "lies on the edge of the town of Chilpancingo.")
    [inc] = _incidents(text)
    assert (inc.admin1, inc.city) == ("Guerrero", None)

@pytest.mark.parametrize("sentence", [
    "The Home Office said the inquiry would begin in Leeds.",
    "The Bar Council met in Lahore on Monday.",
])
def test_capitalised_name_is_no_setting(sentence: str) -> None:
    assert not points_back(sentence)
