"""Pages that start no incident, and crowds fired on that are protests, in wordings the earlier rules missed: a
verdict page whose convict's crime is a relative clause ("was jailed on Monday for", "was handed a prison term",
the crime's own town), an animal's attack ("a wolf attack", "a leopard's attack", a hunted elephant "that had
trampled"), a market's figure of speech ("equities were massacred"), and a crowd "who were gathered" / "massing" / "who had gathered"
outside a police post fired on by the force. Every text is written for these tests (real places, invented events);
each failed on the session's base (8018008)."""
from __future__ import annotations

import pytest

from tests.recall_cases import run


@pytest.fixture(autouse=True, scope="module")
def _nlp(nlp: object) -> None:
    _run.nlp = nlp  # the session's model (conftest)


def _run(text: str) -> list[dict]:
    return run(_run.nlp, text, published="2024-06-12")


@pytest.mark.parametrize("text", [
    "CARDIFF, Wales, June 10 — A man who murdered his wife after a quarrel over money was jailed on Monday for life "
    "at Cardiff Crown Court.",
    "CARDIFF, Wales, June 10 — A man who murdered his wife after a quarrel over money was handed a life sentence on "
    "Monday at Cardiff Crown Court.",
    "CARDIFF, Wales, June 10 — A man who beat his brother to death in Swansea was jailed for life on Monday at "
    "Cardiff Crown Court.",
])
def test_a_convicts_crime_told_before_the_verdict_starts_no_incident(text: str) -> None:
    assert _run(text) == []


@pytest.mark.parametrize("text", [
    "ALMATY, Kazakhstan, June 10 — A wolf attack killed a shepherd in the hills near Almaty on Sunday, officials said.",
    "JAIPUR, India, June 10 — A leopard's attack killed a boy near Udaipur on Sunday, forest officials said.",
    "ARUSHA, Tanzania, June 10 — Wildlife officers shot dead an elephant that had trampled three farmers near "
    "Karatu on Sunday, officials said.",
])
def test_an_animals_attack_starts_no_incident(text: str) -> None:
    assert _run(text) == []


def test_a_markets_figure_of_speech_starts_no_incident() -> None:
    assert _run("Equities were massacred in Seoul on Tuesday as prices tumbled, killing the recovery.") == []


@pytest.mark.parametrize("text", [
    "Police opened fire on traders who were gathered outside a police post in Mbale on Tuesday, killing two people.",
    "Soldiers opened fire on youths massing outside a police station in Gulu on Tuesday, killing four people.",
    "Police opened fire on villagers who had gathered outside a police post in Mbale on Tuesday, killing two people.",
])
def test_a_crowd_gathered_outside_a_police_post_and_fired_on_is_a_protest(text: str) -> None:
    got = _run(text)
    assert got and got[0]["event_type"] == "protest"


@pytest.mark.parametrize("text", [
    "Gunmen killed a tiger keeper and two visitors at the zoo in Lahore on Sunday, police said.",
    "Bandits shot dead three herders and stole 200 cattle in Zamfara on Sunday, police said.",
    "A man who shot dead two police officers in Leeds on Monday was found dead on Tuesday, police said.",
])
def test_real_incidents_near_these_shapes_stay(text: str) -> None:
    assert _run(text) != []


@pytest.mark.parametrize("text", [
    "The gunmen, whom police have not identified as ISWAP fighters, stormed a church in Gwoza, Borno State, on "
    "Sunday, killing six worshippers.",
    "The gunmen, whom witnesses had wrongly identified as ISWAP fighters, stormed a church in Gwoza, Borno State, on "
    "Sunday, killing six worshippers.",
])
def test_a_negated_or_retracted_identification_names_no_doer(text: str) -> None:
    got = _run(text)
    assert got and got[0]["perpetrators"] == []
