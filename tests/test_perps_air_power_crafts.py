"""data/air_powers.csv says per craft kind which sides fly it: where one side alone has warplanes but several fly
drones (Yemen 2015-2022: the coalition and the Houthis), an unnamed drone names no side while an unnamed warplane
or air strike still names the sole flier. Sentences written for these tests."""
from __future__ import annotations

from tests.perps_support import doers_or_forces as doers
from worker.extract import actors


def test_an_unnamed_drone_where_several_sides_fly_drones_names_nobody(nlp):
    assert doers(nlp, "A drone hit an army checkpoint near Mukayras on Friday, killing five soldiers.",
                 "air_strike", "Yemen", "2018-07-06") == []
    assert doers(nlp, "Two drones struck a market in Sawwan on Friday, killing eight traders.",
                 "air_strike", "Yemen", "2018-07-06") == []


def test_an_unnamed_warplane_there_still_names_the_sole_flier(nlp):
    assert doers(nlp, "Warplanes struck a market in Sawwan on Friday, killing eight traders.",
                 "air_strike", "Yemen", "2018-07-06") == ["Saudi-led coalition"]


def test_the_craft_kind_of_an_incident():
    assert actors.craft_kind(["A UAV fired on the convoy."]) == "drones"
    assert actors.craft_kind(["Jets and drones bombed the town."]) == "aircraft"
    assert actors.craft_kind(["An air strike hit the depot."]) == "aircraft"


def test_drones_before_the_resistance_flew_them_name_the_sole_flier():
    assert actors.air_power("Myanmar", "2019-03-02", "drones") == "Myanmar military"
    assert actors.air_power("Myanmar", "2023-03-02", "drones") is None
    assert actors.air_power("Myanmar", "2023-03-02") == "Myanmar military"
