"""A lead that gives a toll and a day but names no event ("A police raid ... left several people dead on Thursday")
dates the event the next sentences tell when they give no day of their own. Texts written for these tests."""
from worker.extract import extract_incidents

FRIDAY = "2024-10-04"


def _primary_date(text: str) -> str | None:
    return next(i.date for i in extract_incidents(text, None, FRIDAY) if i.primary)


def test_the_untyped_lead_s_day_dates_the_event_told_after_it() -> None:
    text = ("RECIFE - An operation by state police against gangs in Coque, a cluster of slums in central Recife, "
            "left several people dead on Thursday, according to the Military Police.\n\n"
            "Four men described by officers as gang members were killed in gunfights with a unit that went into the "
            "slum at dawn, the force said.\n\n"
            "Two residents, a 12-year-old boy and a fruit seller, were also killed by stray bullets, neighbours said.")
    assert _primary_date(text) == "2024-10-03"
    # a day of the event's own still wins over the lead's
    own = ("RECIFE - A police raid on the Coque favela left several people dead on Thursday, police said.\n\n"
           "On Wednesday night, two residents were killed by stray bullets in a shootout, neighbours said.")
    assert _primary_date(own) in ("2024-10-02", "2024-10-03")


def test_a_day_after_a_left_toll_is_the_deaths_not_the_statement_s() -> None:
    from datetime import date

    from worker.extract import dates
    found = dates.find("An operation by state police in Coque left several people dead on Thursday, the Military "
                       "Police said.", date(2024, 10, 4))
    assert [(x.value, x.reporting) for x in found] == [("2024-10-03", False)]
    # a thing left in a state that is no toll keeps the statement's day
    found = dates.find("The storm left the town without power on Thursday, officials said.", date(2024, 10, 4))
    assert [x.reporting for x in found] == [True]
