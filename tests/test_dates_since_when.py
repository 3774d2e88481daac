"""A 'since <day>, when <event>' start is the event's day, not a period's: a later day of something else in the
sentence does not replace it. Texts written for these tests."""
from datetime import date

from worker.extract import dates

TUESDAY = date(2024, 3, 12)


def test_since_a_day_when_an_event_happened_keeps_that_day() -> None:
    found = dates.find("Forty passengers have been held since February 25, when bandits stopped their bus near Kachia, "
                       "and on Sunday the kidnappers released a video.", TUESDAY)
    assert "2024-02-25" in [x.value for x in found]


def test_a_period_start_without_when_still_gives_way() -> None:
    found = dates.find("Militiamen have shelled Goma since January, and on Sunday a shell killed four children.",
                       TUESDAY)
    assert [x.value for x in found] == ["2024-03-10"]


def test_since_a_weekday_gives_way_to_the_own_day_too() -> None:
    found = dates.find("Dozens of people have died in fighting in Misrata since Wednesday, and on Sunday a rocket hit a "
                       "school in the town.", TUESDAY)
    assert [x.value for x in found if not x.reporting] == ["2024-03-10"]
    # 'since <weekday>, when <event>' is the event's day
    found = dates.find("Nine traders have been missing since Friday, when gunmen stopped their lorry near Zaria.",
                       TUESDAY)
    assert [x.value for x in found] == ["2024-03-08"]
