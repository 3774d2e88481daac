"""An arrest sentence joined to an attack's incident takes no victim of that attack: the suspects it takes are not
the attack's criminals. An arrest incident still takes its criminals, and the event an arrest recalls keeps its
victims. Texts written for these tests."""
from __future__ import annotations

from worker.extract import actors, extract_incidents

PUBLISHED = "2025-06-04"


def test_an_arrest_after_the_attack_leaves_its_civilians() -> None:
    found = extract_incidents("Gunmen shot dead four traders at a cattle market in Gombe on Monday. Police arrested "
                              "two suspects near the market later that day.", None, PUBLISHED)
    assert found[0].event_type != "arrest"
    assert found[0].targets == ["civilians"]


def test_the_arrest_sentence_adds_no_category_to_an_attack() -> None:
    cats, _ = actors.target_categories(["Gunmen killed five villagers in Zamfara.",
                                        "Soldiers arrested a suspected bandit."], "attack")
    assert cats == ["civilians"]


def test_an_arrest_incident_keeps_its_criminals() -> None:
    cats, _ = actors.target_categories(["Police arrested three suspected robbers in Ibadan."], "arrest")
    assert cats == ["criminals"]


def test_the_recalled_attack_keeps_its_victims() -> None:
    cats, _ = actors.target_categories(["Police arrested two men after gunmen killed three soldiers in Kano."],
                                       "attack")
    assert cats == ["military"]
