"""An age set off by commas right before a relative aside ("Ana Lopez, 41, who ran a school, was shot dead") is an
age, not a count of the dead: the aside's blanking must not take the comma that closes the age."""
import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, dead", [
    ("Teacher Ana Lopez, 41, who ran a school in the town, was shot dead by gunmen in Cali on Monday.", 1),
    ("Trader Musa Bello, 52, who sold grain at the market, was killed by bandits near Gusau on Friday.", 1),
])
def test_an_age_before_a_who_aside_is_no_count(sentence: str, dead: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == dead
