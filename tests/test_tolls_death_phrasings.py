"""Deaths told in other words: a killing verb of WordNet's (strangled, crucified), an idiom of the dead ("paid the
ultimate price"), corpses and remains found, the later dead whose update raises the event's toll on a day of its own
("two more died on Sunday, bringing the toll to five"), and victims a reduced relative describes by a charge that
names no violence ("three women accused of witchcraft were burned to death"). Fresh sentences written for these
tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"  # a Wednesday


def _killed(text: str) -> list[int | None]:
    return [i.killed for i in extract_incidents(text, None, PUBLISHED)]


@pytest.mark.parametrize("text, dead", [
    ("Two herders were strangled to death by suspected militiamen near Rutshuru, North Kivu, on Monday.", 2),
    ("Four soldiers paid the ultimate price when insurgents ambushed their patrol near Gao on Tuesday.", 4),
    ("The corpses of eight migrants showing signs of torture were found near Sabha, Libya, on Friday.", 8),
    ("The charred remains of three people with bullet wounds were found in a car in Culiacan, Sinaloa, on Sunday.", 3),
    ("Three women accused of witchcraft were burned to death by villagers in Tabora, Tanzania, on Sunday.", 3),
])
def test_a_death_told_in_other_words_counts(text: str, dead: int) -> None:
    assert _killed(text) == [dead]


@pytest.mark.parametrize("text", [
    "A shopkeeper was strangled by robbers in Mombasa on Sunday and was later treated in hospital.",
    "Four workers were asphyxiated by fumes after gunmen torched a warehouse in Onitsha on Friday; all were revived.",
])
def test_strangled_alone_kills_nobody(text: str) -> None:
    assert all(not k for k in _killed(text))


@pytest.mark.parametrize("text, dead", [
    ("A suicide bomber blew himself up at a checkpoint in Tank on Saturday, killing three policemen. Two more "
     "policemen died of their wounds on Sunday, bringing the toll to five.", 5),
    ("Gunmen killed four villagers in Kauru on Friday. Two others died in hospital on Saturday, taking the death "
     "toll to six.", 6),
])
def test_a_later_update_raises_the_events_toll(text: str, dead: int) -> None:
    assert _killed(text) == [dead]


def test_a_charge_that_names_violence_stays_a_charge() -> None:
    assert _killed("A man accused of killing his neighbour was arrested in Kisii on Friday.") == [None]


@pytest.mark.parametrize("text", [
    "In the film's final scene, the hero is hacked to death by his own brother in a Lagos market.",
    "The novel's heroine is shot dead by a sniper in Sarajevo.",
])
def test_a_storys_plot_tells_no_event(text: str) -> None:
    assert _killed(text) == []


def test_a_real_attack_during_a_scene_is_an_event() -> None:
    text = "During the play's closing scene, a gunman opened fire on the audience in Kaduna on Friday, killing four people."
    assert _killed(text) == [4]


def test_a_screening_struck_is_an_event() -> None:
    assert _killed("A bomb exploded during the screening of the film in Kabul on Monday, killing three people.") == [3]


def test_bodies_found_after_an_abduction_are_its_killing() -> None:
    text = "Six bodies were pulled from a canal in Reynosa after gunmen abducted a group of fishermen, police said."
    assert [(i.event_type, i.killed) for i in extract_incidents(text, None, PUBLISHED)] == [("attack", 6)]


@pytest.mark.parametrize("text, dead", [
    ("Armed men attacked the village of Dandume in Katsina State on Monday. Residents said 13 people were buried "
     "on Tuesday.", 13),
    ("Suspected insurgents stormed a wedding in Bama, Borno State, on Sunday. Local sources said 18 guests died.", 18),
    ("Gunmen attacked a mining site in Kauru, Kaduna State, on Thursday. Nine miners were confirmed dead.", 9),
])
def test_the_dead_told_after_an_act_that_counted_none(text: str, dead: int) -> None:
    assert _killed(text) == [dead]


def test_the_dead_told_after_an_act_that_counted_its_own_add_nothing() -> None:
    text = "Gunmen killed four traders in Kauru on Thursday. Nine miners were confirmed dead."
    assert _killed(text) == [4]


def test_the_remains_of_one_found_after_an_abduction_are_one_dead() -> None:
    text = ("The remains of a missing activist were found in a shallow grave near Tijuana on Tuesday, a week after he "
            "was abducted by armed men.")
    assert [(i.event_type, i.killed) for i in extract_incidents(text, None, PUBLISHED)][0] == ("attack", 1)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police post in Zurmi, Zamfara State, on Monday. Separately, 12 people died in floods.",
    "Bandits attacked a village in Maru, Zamfara State, on Monday. Five people died in a road accident nearby.",
    "Militants attacked an army base near Gao on Tuesday. Hundreds of people have died in the drought.",
    "Gunmen raided a farm settlement in Kebbi on Monday. Six people were found dead on Tuesday after drinking bad water.",
])
def test_deaths_of_another_cause_or_event_are_not_the_acts(text: str) -> None:
    assert all(k is None for k in _killed(text))


@pytest.mark.parametrize("text, found", [
    ("Eleven farmers died when suspected herdsmen invaded their farms in Agatu, Benue State, on Monday.", [11]),
    ("Bandits invaded Kurmin Masara village in Kaduna State on Sunday night.", [None]),
    ("Locusts invaded farms in Kano on Monday, destroying crops.", []),
    ("Fans invaded the pitch in Lagos on Sunday.", []),
    ("Four people drowned when floodwaters invaded their houses in Ibadan on Tuesday.", []),
    ("Thousands died when the army invaded the island in 1978, a truth commission said.", []),
])
def test_an_invasion_is_an_attack_by_its_violent_doer(text: str, found: list[int | None]) -> None:
    assert _killed(text) == found


@pytest.mark.parametrize("text, found", [
    ("Mob violence claimed the life of a man accused of theft in Sitamarhi district on Monday.", [1]),
    ("The mutilated body of a missing trader was found in a bush near Ikom, Cross River State, on Wednesday.", [1]),
    ("The body of a missing fisherman was found on a beach in Mombasa on Monday.", []),
])
def test_one_dead_told_in_other_words(text: str, found: list[int]) -> None:
    assert _killed(text) == found


def test_the_life_of_a_list_gives_no_one_count() -> None:
    text = "The bombing in Mogadishu on Friday claimed the life of a teacher and three of his pupils."
    assert all(k != 1 for k in _killed(text))


def test_a_sibilant_plural_of_a_thing_names_no_people() -> None:
    from worker.extract import toll_phrases
    assert toll_phrases.is_person_noun("witches") and not toll_phrases.is_person_noun("coaches")


def test_a_plural_after_a_sibilant_names_people() -> None:
    assert _killed("Two suspected witches were lynched by villagers in Kilifi County on Tuesday.") == [2]


@pytest.mark.parametrize("sentence, n", [
    ("The ambush near Kolofata resulted in the loss of 14 lives, officials said.", 14),
    ("Residents mourned the tragic loss of nine innocent lives in the market blast.", 9),
])
def test_the_loss_of_lives_counts_the_dead(sentence: str, n: int) -> None:
    from worker.extract.casualties import counts, merge
    assert merge(counts(sentence, "killed"))[0] == n


def test_a_loss_of_money_is_no_toll() -> None:
    from worker.extract.casualties import counts
    assert counts("The looting caused a loss of 20 million naira to traders.", "killed") == []


@pytest.mark.parametrize("sentence", [
    "Police defused a device at the bus park in Maiduguri that could have led to the loss of 150 lives.",
    "Troops intercepted the truck bomb near Mogadishu port, averting the loss of hundreds of lives.",
    "The swift arrest of the cell prevented the potential loss of 80 lives at the stadium, the army said.",
])
def test_a_loss_of_lives_averted_or_possible_is_no_toll(sentence: str) -> None:
    from worker.extract.casualties import counts, merge
    assert merge(counts(sentence, "killed"))[0] is None
