"""Victims found dead after their abduction ("the bodies of nine farmers were found ..., a day after they were abducted")
were killed: the killing is the event (an attack) and the bodies its toll.
Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import found_killed, types


@pytest.mark.parametrize("text,killed,admin1", [
    ("The bodies of nine farmers were found in a field near Gwoza, Borno state, on Tuesday, a day after they were "
     "abducted by Boko Haram.", 9, "Borno"),
    ("Six herders were found dead in Mopti region of Mali on Wednesday, two days after gunmen kidnapped them.", 6,
     "Mopti"),
    ("The bodies of four miners abducted by armed men last week were found in a forest near Bunia, Ituri province, "
     "on Thursday.", 4, "Ituri"),
    ("The bodies of 14 passengers were found near Zamfara's Tsafe town on Monday, days after bandits kidnapped them "
     "on the highway.", 14, "Zamfara"),
    ("Three aid workers abducted in South Sudan's Jonglei state were found dead on Thursday, the UN said.", 3,
     "Jonglei"),
    ("Police recovered the bodies of five traders who had been kidnapped in Anambra state, a spokesman said on "
     "Friday.", 5, "Anambra"),
])
def test_victims_found_dead_after_an_abduction_were_killed(nlp: Any, text: str, killed: int, admin1: str) -> None:
    found = run(nlp, text)
    assert [(f["event_type"], f["killed"], f["admin1"]) for f in found] == [("attack", killed, admin1)]


def test_victims_found_beheaded_are_counted(nlp: Any) -> None:
    found = run(nlp, "Three farmers were found beheaded in a field near Palma, Cabo Delgado, on Saturday.")
    assert [(f["event_type"], f["killed"]) for f in found] == [("attack", 3)]


@pytest.mark.parametrize("sentence,typed", [
    ("The bodies of two journalists kidnapped in Michoacan were discovered on a roadside.", "attack"),
    ("Two hostages abducted in Kebbi were later found dead.", "attack"),
    ("Kidnappers abducted 20 students from a school in Kebbi.", "abduction"),
])
def test_an_abduction_whose_victims_are_found_dead_is_a_killing(sentence: str, typed: str) -> None:
    tm = types.classify(sentence)
    assert tm is not None and tm.strong and tm.event_type == typed
    assert (found_killed.found_dead(sentence) is not None) == (typed == "attack")


@pytest.mark.parametrize("text,killed,admin1", [
    ("Nine farmers were abducted by Boko Haram near Gwoza, Borno state, on Monday. Their bodies were found in a field "
     "on Tuesday, residents said.", 9, "Borno"),
    ("Gunmen kidnapped three aid workers in Jonglei state last week. The three were found dead on Thursday, the UN "
     "said.", 3, "Jonglei"),
    ("Gunmen abducted four engineers at a quarry near Bauchi on Friday. All of them were found dead on Sunday.", 4,
     "Bauchi"),
])
def test_the_abducted_told_found_dead_in_a_later_sentence_were_killed(nlp: Any, text: str, killed: int,
                                                                       admin1: str) -> None:
    found = run(nlp, text)
    assert [(f["event_type"], f["killed"], f["admin1"]) for f in found] == [("attack", killed, admin1)]


@pytest.mark.parametrize("text", [
    "Bandits abducted 30 villagers in Maru, Zamfara state, on Monday. Two of them were found dead on Wednesday, "
    "residents said.",  # some of the abducted: still an abduction
    "Gunmen kidnapped 20 students in Kaduna on Monday. They were released unharmed on Friday.",
    "Gunmen abducted five travellers near Lokoja on Sunday. The bodies of two other men were found nearby on Monday.",
])
def test_an_abduction_stays_one_unless_the_abducted_are_found_dead(nlp: Any, text: str) -> None:
    assert [f["event_type"] for f in run(nlp, text)][:1] == ["abduction"]


@pytest.mark.parametrize("sentence,retold", [
    ("Their bodies were found in a field on Tuesday.", True),
    ("The three were found dead on Thursday.", True),
    ("Both were later found dead.", True),
    ("Two of them were found dead.", False),
    ("The bodies of 20 migrants were found in the desert.", False),
])
def test_the_abducted_told_again_found_dead(sentence: str, retold: bool) -> None:
    assert found_killed.retold_found_dead(sentence) == retold


@pytest.mark.parametrize("sentence,n", [
    ("Nine farmers were abducted by Boko Haram.", 9),
    ("Gunmen kidnapped three aid workers in Jonglei.", 3),
    ("Gunmen kidnapped three cows in Jonglei.", None),
])
def test_the_number_abducted(sentence: str, n: int | None) -> None:
    assert found_killed.abducted_count(sentence) == n


# kidnapped then killed: where the killed are the abducted, the killing types the incident (WAD's nine types have no
# abduction); an abduction in which others, or some of the abducted, were killed stays an abduction
@pytest.mark.parametrize("text,typed,killed", [
    ("Armed men kidnapped and killed a village head in Zamfara State on Tuesday, residents said.",
     "targeted_killing", 1),
    ("Gunmen abducted a Catholic priest from his parish in Edo State and killed him on Sunday, the diocese said.",
     "targeted_killing", 1),
    ("Militants abducted three construction workers in Kunar on Monday and later executed them, officials said.",
     "attack", 3),
    ("Two aid workers abducted by gunmen near Bentiu on Monday were killed hours later, the UN said.", "attack", 2),
    ("A village chief was abducted and beheaded by militants in Cabo Delgado on Tuesday, local sources said.",
     "targeted_killing", 1),
    ("Islamic State militants abducted and killed seven shepherds in the desert near Rutba on Sunday.", "attack", 7),
    ("Unknown assailants kidnapped a tribal leader in Deir ez-Zor on Friday and later killed him.",
     "targeted_killing", 1),
    ("Bandits kidnapped a retired police inspector from his farm in Katsina State and shot him dead on Thursday.",
     "targeted_killing", 1),
    ("Gunmen abducted 20 passengers from a bus in Zamfara on Monday and killed three of them.", "abduction", 3),
    ("Gunmen abducted a village head and 40 others in Anka on Tuesday and also killed two other residents.",
     "abduction", 2),
    ("Militants kidnapped 15 farmers in Borno on Saturday; the victims were released on Monday.", "abduction", None),
])
def test_the_abducted_killed_make_the_killing_the_event(nlp: Any, text: str, typed: str, killed: int | None) -> None:
    found = run(nlp, text)
    assert [(f["event_type"], f["killed"]) for f in found][:1] == [(typed, killed)]


@pytest.mark.parametrize("texts,told", [
    (["Jihadists seized two traders near Menaka and slit their throats."], True),
    (["Gunmen beheaded a fisherman they had kidnapped in Sulu."], True),
    (["Bandits abducted 30 villagers and killed three others in Maru."], False),
    (["Gunmen who abducted 20 passengers were killed by troops."], False),
])
def test_killed_the_taken(texts: list[str], told: bool) -> None:
    assert found_killed.killed_the_taken(texts) is told


@pytest.mark.parametrize("texts,told", [
    # the killed are others than the abducted: a possessive, another sex, the hostages' escort, a freed captive
    (["Kidnappers seized a schoolboy in Kogi on Friday and shot both his grandparents dead."], False),
    (["Gunmen kidnapped the daughter of a chief in Benue and killed him when he gave chase."], False),
    (["Bandits abducted the husband of a nurse in Kebbi and hacked her to death as she screamed."], False),
    (["Militants abducted two engineers near Gao and killed the hostages' bodyguard."], False),
    (["A trader abducted near Jos on Monday was rescued in a raid in which three kidnappers were killed."], False),
    # the abducted themselves killed still count
    (["Gunmen abducted a schoolgirl in Zamfara and shot her dead on Sunday."], True),
    (["Rebels kidnapped a priest near Beni and killed him, the diocese said."], True),
    (["Militants kidnapped two herders and killed both, villagers said."], True),
])
def test_the_killed_must_be_the_abducted(texts: list[str], told: bool) -> None:
    assert found_killed.killed_the_taken(texts) is told


def test_killing_of_taken_is_linear() -> None:
    import time
    found_killed.killing_of_taken(["Gunmen kidnapped and killed them."])
    def cost(n: int) -> float:
        s = "Bandits abducted and killed four farmers, " + ", ".join(["abducted"] * n) + "."
        t0 = time.perf_counter()
        found_killed.killing_of_taken([s])
        return time.perf_counter() - t0
    assert cost(4000) < 2.0


def test_the_abduction_words_are_blanked_as_the_union_of_their_spans() -> None:
    from worker.extract import toll_phrases  # killing_of_taken blanks with it (overlapping spans, unsorted)
    assert toll_phrases.blank_spans("abcdefghij", [(6, 8), (1, 3), (2, 4)]) == "a   ef  ij"
    assert toll_phrases.blank_spans("abc", []) == "abc"
