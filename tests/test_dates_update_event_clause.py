"""A toll update's sentence that goes on to tell its event (", after rioters burned houses on Tuesday") dates the
event by that clause's day, not the update's; a Spanish wire's dateline ("Lima, 3 Mar (EFE).- ...") is the filing
day, not the event's. Texts written for these tests (real places, invented events)."""
from datetime import date

import pytest

from worker.extract import dates
from worker.extract import _dates_of


@pytest.mark.parametrize("sentence, published, want", [
    ("LAGOS (Reuters) - The death toll from clashes in Jos, the capital of Plateau state, rose to 31 on Thursday, "
     "police said, after rioters burned houses and shops on Tuesday.", date(2024, 3, 14), "2024-03-12"),
    ("QUITO (AP) - The toll from a gang battle inside the Turi prison in Cuenca rose to 40 on Sunday, officials said, "
     "after inmates armed with rifles fought through the night from late Friday.", date(2024, 3, 10), "2024-03-08"),
])
def test_the_update_s_event_clause_keeps_its_day(sentence: str, published: date, want: str) -> None:
    own = [x.value for x in _dates_of(sentence, published) if not x.reporting]
    assert own == [want]
    # a clause of more deaths, no event, leaves every day the update's
    late = "The death toll from a bomb blast at a market in Kano rose to 12 on Wednesday, after two more victims " \
           "died of their wounds on Tuesday."
    assert not [x for x in _dates_of(late, published) if not x.reporting]


def test_a_spanish_wire_dateline_is_the_filing_day() -> None:
    found = dates.find("Lima, 3 Mar (EFE).- Police shot dead two robbers in Callao on Sunday night, prosecutors "
                       "said.", date(2025, 3, 3))
    assert [(x.value, x.reporting) for x in found] == [("2025-03-03", True), ("2025-03-02", False)]
    # the English wires' dateline still reads as before
    found = dates.find("Kano, Oct 5 (AFP) - Gunmen killed five on Sunday.", date(2025, 10, 5))
    assert [x.reporting for x in found] == [True, False]
