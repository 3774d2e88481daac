"""The state's side of an armed clash with a named group, when the text calls the state's men by a common noun
(actors.clash_forces): the men who fell in the clash, or a side named with its state. Texts written for these tests
(real groups and places, invented events)."""
from tests.recall_cases import run


def _perps(nlp, text: str) -> list[str]:
    found = run(nlp, text)
    assert found, text
    return found[0]["perpetrators"]


def test_fallen_soldiers_are_the_states_side(nlp) -> None:
    text = ("Three soldiers were killed and four wounded in a gunfight with Abu Sayyaf militants in Patikul, Sulu, "
            "on Wednesday, the military said.")
    assert set(_perps(nlp, text)) == {"Abu Sayyaf", "Philippine military"}


def test_fallen_policemen_are_the_states_police(nlp) -> None:
    text = "Four policemen were killed in a shootout with Jaish-e-Mohammed militants in Pulwama on Friday, officials said."
    assert set(_perps(nlp, text)) == {"Jaish-e-Mohammed", "Indian police"}


def test_side_named_with_its_state(nlp) -> None:
    text = ("Fighting between al-Shabaab militants and Somali soldiers in the town of Bulo Burde killed seven "
            "civilians on Sunday, residents said.")
    perps = _perps(nlp, text)
    assert "al-Shabaab" in perps and len(perps) == 2 and perps[1] != "al-Shabaab"

