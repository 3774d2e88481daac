"""A victim told by rank ("and a third died") makes the toll that rank; "a dozen" after a joined clause is twelve.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract.casualties import counts, merge


def _toll(sentence: str, kind: str = "killed") -> int | None:
    return merge(counts(sentence, kind))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Two farmers were killed on the spot and a third died on the way to hospital in Makurdi.", 3),
    ("Four pupils died in the fire, and a fifth succumbed to her burns on Tuesday.", 5),
    ("Two men were shot dead and a third man was later found dead in the bush.", 3),
    ("A second blast killed two people near the market.", 2),  # a rank of a thing, not of a victim
    ("Two guards were killed and a second attacker was shot dead.", 2),  # an attacker's rank is no victim's
])
def test_a_ranked_victim_makes_the_toll_its_rank(sentence: str, n: int) -> None:
    assert _toll(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    ("Three people were killed and a dozen injured when the bomb went off in Maiduguri.", 12),
    ("The blast killed two and wounded a score of worshippers.", 20),
])
def test_the_article_of_a_set_figure_counts_the_set(sentence: str, n: int) -> None:
    assert _toll(sentence, "injured") == n


@pytest.mark.parametrize("sentence, n", [
    ("Forty-odd villagers were killed when raiders stormed Dogo Nahawa on Sunday.", 40),
    ("Soldiers killed 20-odd fighters in the raid.", 20),
])
def test_an_odd_round_figure_reads_as_the_figure(sentence: str, n: int) -> None:
    assert _toll(sentence) == n


@pytest.mark.parametrize("sentence", [
    "A sixth environmental defender was shot dead in Guatemala this year on Sunday.",
    "Three guards died in the raid on Friday and a fourth guard was killed in a separate ambush near Kaya.",
])
def test_a_rank_of_a_series_or_of_another_event_is_no_toll(sentence: str) -> None:
    from worker.extract.casualties import counts, merge
    assert merge(counts(sentence, "killed"))[0] in (None, 1, 3)
    assert merge(counts(sentence, "killed"))[0] not in (4, 6)


@pytest.mark.parametrize("sentence", [
    "Two herders were shot dead and a third kidnapper was killed in the gunfight near Kajuru.",
    "Three passengers died and a second hijacker was killed by the crew.",
    "Two villagers were killed and a fourth raider was shot dead by vigilantes.",
    "Two shopkeepers died and a third suspect was killed by police.",
])
def test_an_attackers_rank_is_no_victims_rank(sentence: str) -> None:
    # the armed nouns are the lexicon's (data/role_words.csv armed_nouns), the one every reader of armed men shares
    from worker.extract import ordinal_victims
    from worker.extract.casualties import KILL, _is_person_word
    assert ordinal_victims.ordinal_deaths(sentence, KILL, _is_person_word) == []


def test_the_ordinal_reader_uses_the_armed_lexicon() -> None:
    from worker.extract import ordinal_victims
    from worker.extract.other_acts import armed_nouns
    assert {"kidnapper", "hijacker", "raider", "suspect", "perpetrator"} <= armed_nouns()
    assert not hasattr(ordinal_victims, "_ARMED")


@pytest.mark.parametrize("sentence, n", [
    # armed men told killed before their rank are the dead the rank counts
    ("Soldiers shot dead a bandit leader near Tsafe on Friday, and a second bandit died of his wounds.", 2),
    ("An airstrike killed two rebel commanders near Goma, and a third commander was killed in the fighting.", 3),
])
def test_an_armed_rank_after_armed_dead_counts(sentence: str, n: int) -> None:
    from worker.extract.casualties import counts, merge
    assert merge(counts(sentence, "killed"))[0] == n


def test_an_armed_rank_after_other_dead_is_no_rank() -> None:
    from worker.extract.casualties import counts, merge
    assert merge(counts("Bandits killed two farmers near Tsafe and a third bandit was killed by vigilantes.",
                        "killed"))[0] == 2
