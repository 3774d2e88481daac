"""Killings by the rope or by starvation that an armed side carries out are attacks (a famine is not); a definite
subject before a killing verb ("The bandits shot dead ...") tells the event, so a charge against the victims after
it ("accused of theft") is no generic talk. Every text is written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents, types


def _incidents(text: str) -> list[tuple[str, int | None]]:
    return [(i.event_type, i.killed) for i in extract_incidents(text, None, "2024-05-01")]


def _type(sentence: str) -> str | None:
    tm = types.classify(sentence)
    return tm.event_type if tm else None


def test_a_hanging_by_militants_is_a_killing_even_with_the_victims_accused() -> None:
    text = "Insurgents hanged three farmers accused of informing the army in Kunduz on Tuesday."
    assert _incidents(text) == [("attack", 3)]


def test_hanging_an_object_kills_no_one() -> None:
    assert _type("Protesters hanged a banner from the bridge in Lagos on Tuesday.") != "attack"


def test_starving_captives_to_death_is_a_killing() -> None:
    assert _type("Jailers starved nine detainees to death in a prison near Sennar last year.") == "attack"
    assert _type("Nine detainees were starved to death by their jailers near Sennar last year.") == "attack"


def test_a_famine_starves_with_no_doer() -> None:
    assert _type("Dozens of children starved to death near Sennar as the harvest failed.") is None


def test_a_killing_manner_told_as_a_gerund_is_a_trigger_as_its_participle_is() -> None:
    """data/manner_of_death.csv counts 'clubbing six farmers to death'; the trigger lexicon reads it too."""
    assert _type("Herdsmen went on a rampage in Agatu, clubbing six farmers to death.") == "attack"
    assert _type("Raiders overran the hamlet near Kajuru, burying three elders alive.") == "attack"
    assert _type("The gang roamed the estate, gunning down two guards.") == "targeted_killing"


def test_a_gerund_of_an_animal_slaughter_is_no_trigger() -> None:
    assert _type("Families were slaughtering goats for the feast in Kano.") is None


def test_jailers_who_starve_detainees_to_death_are_an_incident() -> None:
    assert [t for t, _ in _incidents("Jailers starved nine detainees to death in a prison near Sennar on Tuesday.")] \
        == ["attack"]


def test_gerunds_that_kill_only_people_need_people_after_them() -> None:
    assert _type("The militia swept through Djugu at dawn, butchering nine villagers.") == "attack"
    assert _type("Deputies spent the day in Lagos executing two search warrants.") is None
