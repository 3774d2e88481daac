"""State forces the text does not name: air strikes in countries where one side alone flies (data/air_powers.csv),
the resistance force whose drones must not be taken for that side's aircraft, and the police of any country."""
from __future__ import annotations

from worker.extract import actors


def test_sole_fliers_in_their_periods() -> None:
    assert actors.air_power("Myanmar", "2019-04-04") == "Myanmar military"
    assert actors.air_power("Sudan", "2016-05-03") == "Sudanese Armed Forces"
    assert actors.air_power("Sudan", "2023-06-01") is None  # the RSF flies drones since April 2023
    assert actors.air_power("Nigeria", "2020-01-01") is None  # no row: which name its air arm takes is not settled


def test_unattributed_strike_is_the_sole_flier() -> None:
    s = "An air strike on a village in Kachin State killed six villagers on Monday, residents said."
    assert actors.state_forces([s], "air_strike", "Myanmar", [[]], "2019-04-01") == ["Myanmar military"]


def test_the_resistance_force_is_a_known_group() -> None:
    assert [c for c, *_ in actors.groups_in("Drones of the People's Defence Force hit a checkpoint.")] == \
        ["People's Defence Force"]


def test_arrest_by_the_police_of_a_country_outside_the_table() -> None:
    """data/states.csv lists some states; any other's police is '<demonym> police', as its military."""
    s = "Police arrested three men in Leipzig on Monday over the arson attack on the refugee shelter."
    assert actors.state_forces([s], "arrest", "Germany") == ["German police"]
    assert actors.state_forces([s], "arrest", "Nigeria") == ["Nigeria Police Force"]
    assert actors.police_of(None) is None
