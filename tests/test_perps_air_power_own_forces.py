"""Where a state's own military alone flies (data/air_powers.csv), an unattributed strike is that military's, but not
one that hit its own soldiers or police: a state does not bomb its own forces, the strike was someone else's."""
from __future__ import annotations

from worker.extract.actors import state_forces


def test_strike_on_civilians_is_the_sole_fliers() -> None:
    s = "An air strike destroyed a monastery in Kachin State, killing seven monks and two novices."
    assert state_forces([s], "air_strike", "Myanmar", None, "2023-09-10") == ["Myanmar military"]


def test_strike_on_the_states_own_troops_is_nobodys_named() -> None:
    s = "A drone strike hit an army checkpoint in Kayah State, killing three soldiers."
    assert state_forces([s], "air_strike", "Myanmar", None, "2023-09-10") == []


def test_strike_on_the_states_police_is_nobodys_named() -> None:
    s = "An air strike killed four policemen at their barracks in North Darfur."
    assert state_forces([s], "air_strike", "Sudan", None, "2015-02-03") == []


def test_a_foreign_flier_still_strikes_the_states_forces() -> None:
    s = "An air strike killed 20 soldiers at a base in Sanaa."
    assert state_forces([s], "air_strike", "Yemen", None, "2017-06-01") == ["Saudi-led coalition"]
