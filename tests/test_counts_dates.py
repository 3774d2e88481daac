"""Tolls and dates on fresh sentences (issue #13): the grammar of counts and of dates, not one text's wording."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import casualties, dates


def _toll(sentence: str, kind: str = "killed") -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize("sentence,killed,injured", [
    ("Gunmen killed four farmers and two herders near the river on Monday.", 6, None),
    ("The blast killed two members of the election staff and three others.", 5, None),
    ("The shelling left five villagers and two soldiers dead.", 7, None),
    ("A roadside bomb left nine pupils wounded near the market.", None, 9),
    ("A grenade hit the bus, killing 3 and leaving 11 passengers injured.", 3, 11),
    ("Rescuers said there were 14 confirmed dead and 30 injured.", 14, 30),
    ("The raid caused at least one fatality, officials said.", 1, None),
    ("The missile hit a block of flats, resulting in the deaths of at least 12 residents.", 12, None),
    ("The death toll from the bombing of the bus station in the northern provincial capital has risen to 41.", 41, None),
    ("At least eight traders, including women, were killed when the convoy was ambushed.", 8, None),
    ("Eleven Kurds killed and four wounded in a drone strike.", 11, 4),
    ("Five demonstrators have reportedly been killed on the main square.", 5, None),
    ("Three guards were again killed at the depot.", 3, None),
    ("Seven herders had died and nine others had sustained injuries in the raid.", 7, 9),
    ("A bomb attack kills at least 6 people and injures 20 in a crowded market.", 6, 20),
    ("A villager said that at least four people were killed by soldiers.", 4, None),
    ("A masked attacker killed two shoppers and injured five.", 2, 5),
    ("Unknown gunmen attacked the mosque and killed the imam, a cousin of the governor.", 1, None),
    ("The raiders left, and the chief said that no lives were lost in the raid.", 0, None),
])
def test_counts_read_the_grammar_of_tolls(sentence, killed, injured):
    assert _toll(sentence) == killed
    assert _toll(sentence, "injured") == injured


def test_a_toll_of_another_event_is_not_this_events():
    assert _toll("The fire at the depot broke out just hours after 12 people were killed in a raid in the capital.") is None
    assert _toll("Two weeks after the raid, 5 people were killed in the same village.") == 5


def test_the_attacker_who_died_is_added_to_the_toll():
    found = casualties.counts("The driver killed four pedestrians before being shot dead by responding officers.", "killed")
    assert casualties.merge(found)[0] == 5
    found = casualties.counts("Officers shot and killed the gunman at the gate.", "killed")
    assert [(c.n, c.also) for c in found] == [(1, True)]


def test_a_listed_figure_of_other_people_is_not_added():
    assert _toll("Gunmen killed 10 people, a police officer said.") == 10
    assert _toll("The troops killed 5 rebels and 3 others were injured.") == 5


PUB = date(2024, 3, 10)  # a Sunday


def _values(sentence: str, published: date | None = PUB) -> list[tuple[str | None, bool]]:
    return [(m.value, m.reporting) for m in dates.find(sentence, published)]


def test_a_weekday_beside_its_date_is_that_date():
    assert _values("Raiders on Wednesday, 6 March, 2024 burned the market.") == [("2024-03-06", False)]
    assert _values("The school was stormed on Friday (March 8), residents said.") == [("2024-03-08", False)]


def test_a_period_that_ranks_the_event_is_not_its_date():
    assert _values("It was the worst ambush in the region in 2024.") == []
    assert _values("It was the bloodiest raid since launching the campaign in 2019.") == []
    assert _values("Fighters attacked the town in 2019, killing three.") == [("2019", False)]


def test_statement_days_are_reporting_days():
    assert _values("Confirming the raid to reporters by phone on Saturday, the spokesman said two died.") == \
        [("2024-03-09", True)]
    assert _values("The toll had risen to 30, police said on Saturday.") == [("2024-03-09", True)]


def test_an_unknown_publication_date_is_taken_from_an_event_sentence():
    text = ("Gunmen stormed the village on Friday. Photo: smoke rises after the attack on September 20, 2024. "
            "Market prices 26 Oct, 2024")
    assert dates.reference_date(text) == date(2024, 9, 20)
    assert dates.reference_date("Prices rose. Updated 26 Oct, 2024") is None


@pytest.mark.parametrize("sentence,killed", [
    ("No fewer than 14 traders were yesterday feared killed when the convoy was ambushed.", 14),
    ("Nine herders have so far been killed in the clashes over grazing land.", 9),
    ("Six were reportedly killed near the checkpoint.", 6),
])
def test_adverbs_between_auxiliary_and_verb(sentence, killed):
    assert _toll(sentence) == killed


def test_items_after_including_are_part_of_the_first_figure():
    assert _toll("A truck bomb killed five civilians including a baby and two toddlers.") == 5
    assert _toll("The shelling killed four soldiers and two policemen near the depot.") == 6


def test_an_aside_without_commas_joins_with_and():
    assert _toll("At least nine villagers including women and children were killed in the raid.") == 9
    assert _toll("Five villagers and two soldiers were killed in the raid.") == 7


def test_reference_date_reads_a_sentence_that_dates_the_incident():
    text = ("Gunmen abducted 40 farmers near their fields outside the town, residents said. "
            "Residents said the incident happened on Sunday, June 2, 2024, but was only reported later. "
            "The kidnapping recalls the abduction of pupils from a school on March 7, 2021.")
    assert dates.reference_date(text) == date(2024, 6, 2)


@pytest.mark.parametrize("sentence,kind,n", [
    ("A further 38 villagers were hurt in the raid on the market.", "injured", 38),
    ("A young activist was shot and killed on Tuesday by police during a march.", "killed", 1),
    ("Unknown gunmen have shot and killed a village chief near the border, reports said.", "killed", 1),
])
def test_figures_after_a_further_shot_and_killed_and_unknown_gunmen(sentence, kind, n):
    assert _toll(sentence, kind) == n


def test_a_stated_figure_wins_over_a_vague_one_and_a_death_ends_a_victim_item():
    vague = casualties.counts("Gunmen stormed the hall, killing at least 100 people and injuring hundreds.", "injured")
    stated = casualties.counts("More than 150 people were injured when the gunmen fired at the crowd.", "injured")
    assert casualties.merge(vague + stated)[0] == 150
    assert _toll("More than 30 civilians died in the attack and about 60 others were wounded.", "injured") == 60


def test_a_news_conference_day_is_a_statement_day():
    found = dates.find("Nine people were killed, the mayor told a news conference on Friday.", date(2024, 5, 11))
    assert [(d.value, d.reporting) for d in found] == [("2024-05-10", True)]
