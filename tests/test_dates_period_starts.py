"""Dates beside a period: a 'since <month>' start gives way to the sentence's own day; a month with its year and no
preposition dates an event noun ('the May 2019 raid') told before any event of the sentence's own; a ranked
event that is the subject of 'came in <month year>' is dated by it. Texts written for these tests (real places, invented events)."""
from datetime import date

import pytest

from worker.extract import dates

PUB = date(2024, 3, 12)  # a Tuesday


def _values(sentence: str, published: date = PUB) -> list[str | None]:
    return [x.value for x in dates.find(sentence, published) if not x.reporting]


@pytest.mark.parametrize("sentence, want", [
    ("Militia fighters have besieged Kadugli since November, and on Saturday a rocket killed six people at a clinic.",
     "2024-03-09"),
    ("Herders, who have killed more than 200 villagers in Plateau since January, attacked Mangu on Sunday.",
     "2024-03-10"),
    ("Insurgents have raided the valley since 2018, and on Monday they burned a school near Chitral.", "2024-03-11"),
    ("Gunmen have killed 30 people in Riyom since Christmas Eve, and on Sunday they killed four more.", "2024-03-10"),
    ("Raiders have struck Bassa since last week, and on Saturday they burned 20 houses.", "2024-03-09"),
])
def test_a_period_start_gives_way_to_the_own_day(sentence: str, want: str) -> None:
    assert _values(sentence) == [want]
    # alone, the period's start stays the sentence's only date
    assert _values("Shelling since February has killed 40 people in the town of Bakhmut.") == ["2024-02"]


@pytest.mark.parametrize("sentence", [
    "Soldiers killed four fighters near Menaka, Mali, days before the July 2026 trial of their leader.",
    "Bandits killed three farmers in Katsina, Nigeria, officials said, citing a November 2022 survey of attacks.",
    "Gunmen killed five villagers near Kidal, Mali, months after the April 2019 raid on the town.",
])
def test_a_month_year_without_a_preposition_dates_nothing(sentence: str) -> None:
    # a month with its year before a noun dates only an event noun, and not after the sentence told its own event
    assert _values(sentence) == []
    # a full day keeps its day
    assert _values("The bridge reopened on 4 May 2021 after repairs.") == ["2021-05-04"]


@pytest.mark.parametrize("sentence, want", [
    ("The worst single massacre in the district came in August 2018, when gunmen killed 40 people in Djibo.",
     "2018-08"),
    ("The deadliest raid on the camp took place in May 2021, when fighters killed 22 refugees.", "2021-05"),
])
def test_a_ranked_event_that_came_in_a_month_is_dated_by_it(sentence: str, want: str) -> None:
    assert _values(sentence)[0] == want
    # a rank in a period (no verb of happening between) still dates nothing
    assert _values("It was the deadliest attack in 2023 in the region.") == []
    assert _values("It was the third raid this month on the village.") == []


def test_a_month_year_event_noun_dates_the_recalled_event() -> None:
    assert _values("One of the worst days was the November 2019 ambush near Mopti, in which jihadists killed nine.") \
        == ["2019-11"]
