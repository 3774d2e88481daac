"""A wire dateline's date ("KABUL, Oct 5 (Reuters) -") is the day the report was filed: the lead's own day comes
first, and the dateline's dates the event only when the lead gives none. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates

SUNDAY = date(2025, 10, 5)


@pytest.mark.parametrize("sentence", [
    "KABUL, Oct 5 (Reuters) - A roadside bomb killed four soldiers in Helmand on Saturday, officials said.",
    "Oct. 5 (UPI) -- Gunmen killed four soldiers in Helmand province on Saturday.",
    "LAGOS, Nigeria, October 5, 2025 /PRNewswire/ -- Gunmen killed four villagers in Kaduna State on Saturday.",
])
def test_a_datelines_date_is_the_reports_day(sentence: str) -> None:
    assert [(m.value, m.reporting) for m in dates.find(sentence, SUNDAY)] == \
        [("2025-10-05", True), ("2025-10-04", False)]


@pytest.mark.parametrize("sentence", [
    "On Oct 3 - the day the truce ended - gunmen killed four villagers in Kaduna.",
    "October 3 - Gunmen killed four villagers in Kaduna.",  # a chronology's line: no wire, no capitalised place
])
def test_a_date_that_opens_a_lead_without_a_dateline_is_the_events(sentence: str) -> None:
    assert [(m.value, m.reporting) for m in dates.find(sentence, SUNDAY)] == [("2025-10-03", False)]


@pytest.mark.parametrize("text,published,day", [
    ("KABUL, Oct 5 (Reuters) - A roadside bomb killed four soldiers in Helmand province on Saturday, "
     "officials said.", "2025-10-05", "2025-10-04"),
    # no day in the lead: the dateline's, the day the report was filed
    ("KABUL, Oct 5 (Reuters) - A roadside bomb killed four soldiers in Helmand province, officials said.",
     "2025-10-05", "2025-10-05"),
    # no publication date: the dateline's full date is the reference the lead's weekday resolves against
    ("LAGOS, October 5, 2025 /PRNewswire/ -- Gunmen killed four villagers in Kaduna State on Friday.",
     None, "2025-10-03"),
])
def test_the_incident_takes_the_leads_day_before_the_datelines(text: str, published: str | None, day: str) -> None:
    assert primary_date(text, published) == day  # type: ignore[arg-type]


# a dateline closed by a colon ("GAO, 5 Oct:", "Maiduguri, October 5:"): the filing day too, whether the town is in
# capitals or title case; the lead's weekday is the event's
@pytest.mark.parametrize("text", [
    "GAO, 5 Oct: Jihadist fighters overran an army post outside Gao at dawn on Saturday, killing nine soldiers.",
    "Maiduguri, October 5: Insurgents stormed a market in Konduga on Saturday evening, killing eleven traders, "
    "residents said.",
    "Port Moresby, 5 October: Tribal fighters torched a village in Enga on Saturday, leaving six people dead.",
])
def test_a_colon_dateline_is_the_reports_day(text: str) -> None:
    assert primary_date(text, "2025-10-05") == "2025-10-04"
    assert dates.filed_day(text, SUNDAY) == SUNDAY


def test_a_colon_after_a_date_without_a_place_is_no_dateline() -> None:
    sentence = "5 October: Tribal fighters torched a village in Enga, leaving six people dead."
    assert [(m.value, m.reporting) for m in dates.find(sentence, SUNDAY)] == [("2025-10-05", False)]


# a wire's bracket closes the dateline without a dash: "Chandigarh, Aug 1 (IANS) Five people"
def test_a_wire_bracket_without_a_dash_closes_the_dateline() -> None:
    text = "Lucknow, Oct 5 (IANS) Three people were killed when a mob attacked a bus in Bahraich district on Saturday."
    assert primary_date(text, "2025-10-05") == "2025-10-04"
    assert dates.filed_day(text, SUNDAY) == SUNDAY
