"""What narrows actors.clash_forces after the s35 review: a text naming a mission's, coalition's or regional state's
men (data/role_words.csv other_forces), a group's own "its/their soldiers", a counting word before a demonym
("Eight Ugandan soldiers"), and a state whose forces began after the clash (states.csv forces_from). Texts written
for these tests (real groups and places, invented events)."""
import time

from tests.recall_cases import run
from worker.extract.actors import _foreign_named


def _perps(nlp, text: str) -> list[str]:
    found = run(nlp, text)
    assert found, text
    return found[0]["perpetrators"]


def test_mission_named_gives_no_home_army(nlp) -> None:
    text = ("Four soldiers were killed in a gunfight with al-Shabaab militants near Dinsoor, Somalia, on Friday, "
            "a spokesman for the African Union mission said.")
    assert "Somali National Army" not in _perps(nlp, text)


def test_regional_force_named_gives_no_national_army(nlp) -> None:
    text = ("Two soldiers were killed in a gunfight with al-Shabaab militants near Garbaharey, Somalia, on Friday, "
            "Jubaland officials said.")
    assert "Somali National Army" not in _perps(nlp, text)


def test_groups_own_soldiers_are_no_state_side(nlp) -> None:
    text = ("The Karen National Union said two of its soldiers were killed in a gunfight with the Democratic Karen "
            "Buddhist Army in Kayin state, Myanmar, on Thursday.")
    assert "Myanmar military" not in _perps(nlp, text)


def test_counting_word_before_demonym_is_no_longer_name() -> None:
    assert _foreign_named(["Eight Ugandan soldiers were killed near Afgoye."], "Somalia")


def test_forces_not_yet_formed(nlp) -> None:
    text = "In October 1997, four soldiers were killed in a gunfight with Taliban fighters near Mazar-i-Sharif, Afghanistan."
    assert "Afghan security forces" not in _perps(nlp, text)


def test_foreign_name_scan_is_linear() -> None:
    start = time.perf_counter()
    _foreign_named(["Lake Chad " * 4000], "Nigeria")
    assert time.perf_counter() - start < 2.0
