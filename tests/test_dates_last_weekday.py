""""Last Saturday" names the day before the article only in a text that does not call that day "yesterday": a writer
who says "yesterday" for the day before means the Saturday a week earlier by "last Saturday". A "yesterday" inside a
quotation is the speaker's and changes nothing; "on Saturday" is not "last Saturday". Sentences written for these
tests."""
from __future__ import annotations

from worker.extract import extract_incidents, last_weekdays

SUNDAY = "2026-01-18"


def _dates(text: str) -> list[str | None]:
    return [i.date for i in extract_incidents(text, None, SUNDAY)]


def test_last_saturday_without_yesterday_is_the_day_before() -> None:
    text = "Police arrested two suspected kidnappers in Bida last Saturday, the command said."
    assert _dates(text)[:1] == ["2026-01-17"]


def test_last_saturday_in_a_text_that_says_yesterday_is_a_week_earlier() -> None:
    text = ("Gunmen killed four farmers in Bida yesterday, the police command said. The command also said that last "
            "Saturday it arrested two suspected kidnappers in Mokwa.")
    assert _dates(text)[:2] == ["2026-01-17", "2026-01-10"]


def test_a_quoted_yesterday_is_the_speakers() -> None:
    assert not last_weekdays.says_yesterday('"We buried them yesterday," a villager said.')
    assert last_weekdays.says_yesterday("The police said yesterday that two men were held.")


def test_on_saturday_stays_the_day_before() -> None:
    text = ("Gunmen killed four farmers in Bida yesterday, the police command said. The command also said that on "
            "Saturday it arrested two suspected kidnappers in Mokwa.")
    assert _dates(text)[1:2] == ["2026-01-17"]


def test_yesterday_that_names_no_day_of_the_writer_leaves_last_saturday() -> None:
    assert not last_weekdays.says_yesterday("Flooding cut the road to Mokwa the day before yesterday, officials said.")
    assert not last_weekdays.says_yesterday("The governor said yesterday's pledges of new patrols were not enough.")
    assert not last_weekdays.says_yesterday("‘They came back yesterday,’ a trader in Bida told reporters.")
    assert not last_weekdays.says_yesterday("'They came back yesterday,' a trader in Bida told reporters.")
    assert last_weekdays.says_yesterday("The farmers' union said yesterday that two more villages were emptied.")


def test_last_saturday_beside_a_day_before_yesterday_stays_the_day_before() -> None:
    text = ("Bandits burned a market in Mokwa the day before yesterday, residents said. Last Saturday, police arrested "
            "two suspected kidnappers in Bida.")
    assert "2026-01-17" in _dates(text)
