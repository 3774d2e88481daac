"""assaulted_names: what tells a person or a base from a town in an assault's object slot. Fresh texts."""
from __future__ import annotations

from worker.extract.assaulted_names import spoken_of_as_person, titled_or_post, vouched_seat
from worker.extract.gazetteer import Place


def test_titles_and_posts() -> None:
    assert titled_or_post("Governor Zulum") and titled_or_post("Camp Lemonnier") and titled_or_post("Senator Ubah")
    assert not titled_or_post("Ezzakoko") and not titled_or_post("Gidan Dawa")


def test_spoken_of_as_person() -> None:
    text = "Gunmen attacked Musa on Monday, killing him and his wife. Police said nothing of his car."
    assert spoken_of_as_person(text, text.index(" on Monday"))
    text = "Gunmen attacked Ogwukpo on Monday, killing a farmer. Police said two of his sons fled."
    assert not spoken_of_as_person(text, text.index(" on Monday"))


def test_vouched_seat() -> None:
    seat = Place(name="Musa", kind="city", country="Yemen", admin1="Taiz", lat=0, lon=0, population=None)
    text = "Gunmen attacked Musa on Monday."
    s, e = text.index("Musa"), text.index("Musa") + 4
    assert not vouched_seat(seat, text, s, e, None, {"Nigeria"})
    assert vouched_seat(seat, text, s, e, None, {"Yemen"})
    village = "Gunmen attacked Musa village on Monday."
    assert vouched_seat(seat, village, s, e, None, ())
