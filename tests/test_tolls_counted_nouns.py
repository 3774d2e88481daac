"""The toll as the subject of a verb that counts it ("the dead numbered 40", "fatalities reached 17", "seventeen lives
were lost"), hyphenated person plurals ("passers-by", "sons-in-law") and a reflexive object ("a bomber killed
himself and 14 others": an active verb, not a passive subject "a bomber killed"), the dead told by where they died
("seven on the spot and two in hospital") and a victim noun's long relative clause. Fresh sentences written for
these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, toll_phrases


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("The dead numbered 40, a village elder told reporters.", 40),
    ("By Thursday the dead were put at 23 by the district council.", 23),
    ("Fatalities reached 17, the civil defence agency said.", 17),
    ("Deaths totalled nine, according to the hospital.", 9),
    ("The number of dead stood at 31 on Sunday.", 31),
    ("Seventeen lives were lost, the mayor said.", 17),
    ("Six innocent lives have been lost in the violence.", 6),
])
def test_a_counted_noun_is_the_toll(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence", [
    "The dead were taken to the morgue in Bunia, where the queue reached 40 metres.",
    "Prices reached 17 dollars a bag after the fighting.",
])
def test_no_counting_verb_no_noun_toll(sentence: str) -> None:
    assert _killed(sentence) is None


@pytest.mark.parametrize("word, person", [
    ("passers-by", True), ("passer-by", True), ("sons-in-law", True), ("brothers-in-law", True),
    ("man-made", False), ("self-defence", False), ("check-in", False),
])
def test_hyphenated_person_plurals(word: str, person: bool) -> None:
    assert toll_phrases.is_person_noun(word) is person


@pytest.mark.parametrize("sentence, n", [
    ("Three passers-by lost their lives when the grenade went off.", 3),
    ("Gunmen shot dead two passers-by and a shopkeeper in Karachi.", 3),
    ("A trader and his two sons-in-law were hacked to death on the farm.", 3),
])
def test_hyphenated_victims_count(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    # the attacker counted with the others, as tests/test_tolls_attacker_among_dead.py has it
    ("A suicide bomber killed himself and 14 others at a cattle market in Gwoza.", 15),
    ("A gunman killed herself and three customers at a pharmacy in Lyon.", 4),
    ("Two bombers killed themselves and nine worshippers at the mosque.", 11),
])
def test_a_reflexive_object_is_no_passive_subject(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    ("Seven vigilantes died on the spot and two died in hospital.", 9),
    ("Five soldiers were killed instantly and three died later in hospital.", 8),
    ("Four pilgrims died at the scene while two succumbed to their injuries in hospital.", 6),
    ("Two people died on the spot and 14 were rushed to hospital.", 2),  # the 14 are the wounded
    ("Six people were killed in the blast and 12 were taken to hospital.", 6),
])
def test_the_dead_at_the_scene_and_after(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    ("Four police officers who were guarding a polling station in the town of Wukari were killed.", 4),
    ("Three traders who were returning home from the weekly market in the village of Gamboru were shot dead.", 3),
    ("Two herders who had taken their cattle to graze near the river at the edge of the forest were killed.", 2),
])
def test_a_long_relative_clause_keeps_its_victims(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    # a reflexive before no figure of others: the one who killed is among the dead the list reads
    ("A prison guard killed himself and his brother-in-law at a farm outside Arequipa on Friday.", 2),
    ("A police sergeant killed himself and his girlfriend at her flat in Cusco on Tuesday.", 2),
    ("A gunman killed himself and three hostages at a bank in Bogor.", 4),
])
def test_a_reflexive_without_others_keeps_the_subject(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    # a subordinate clause inside the relative one holds another subject's verb
    ("Soldiers arrested two youths who had been loitering near the bus depot on the edge of the city just before "
     "five passengers were killed by a grenade in Mogadishu.", 5),
    ("Police questioned three drivers who were parked outside the stadium in the north of the town when six people "
     "were killed by a car bomb.", 6),
])
def test_a_relative_clause_ends_at_another_clause(sentence: str, n: int) -> None:
    assert _killed(sentence) == n
