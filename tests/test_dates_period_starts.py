"""Dates beside a period: a 'since <month>' start gives way to the sentence's own day; a month with its year dates
an event it qualifies ('the May 2019 raid'); a ranked event that is the subject of 'came in <month year>' is dated
by it. Texts written for these tests (real places, invented events)."""
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


@pytest.mark.parametrize("sentence, want", [
    ("Survivors of the May 2019 raid on Kidal gathered at the market.", "2019-05"),
    ("Gunmen killed nine pupils in the October 2021 attack on a school in Bamenda.", "2021-10"),
    ("The Sept. 2020 ambush near Tillaberi left 14 soldiers dead.", "2020-09"),
])
def test_a_month_with_its_year_needs_no_preposition(sentence: str, want: str) -> None:
    assert _values(sentence) == [want]
    # a full day keeps its day; a month-year after "since" still only starts the span an event is ranked in
    assert _values("The bridge reopened on 4 May 2021 after repairs.") == ["2021-05-04"]
    assert _values("The ceasefire signed on May 3, 2020 held for a week.") == ["2020-05-03"]
    assert _values("It was the deadliest raid in Tillaberi since an April 2021 truce between the villages.") == []


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
