"""'X town of Y LGA' names town X of district Y; only 'the <unit> town of X' names a unit first. Fresh texts."""
from __future__ import annotations

from tests.place_cases import where


def test_a_town_of_a_district_is_no_province_spelled_like_it() -> None:
    # "Kuriga town of Chikun LGA": Kuriga is the town; no province spelled like it (Morocco's Khouribga) is meant,
    # and only "the <unit> town of" names a unit first ("the Ohio town of Lebanon")
    assert where("Bandits killed four traders in Kuriga town of Chikun LGA in Kaduna state on Friday.") == \
        ("Nigeria", "Kaduna", "Kuriga")
    assert where("A gunman shot dead two clerks in the Ohio town of Lebanon on Friday.") == \
        ("United States", "Ohio", "Lebanon")
