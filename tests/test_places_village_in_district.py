"""A name before a town's kind word that the text places in a district ("the Tudun town in Giwa Local Government
Area") is that village, whatever NER calls the name, unless the tables know it as a people's ("the Fulani village
in ..."). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Gunmen stormed the Dogon Daji town in Giwa Local Government Area of Kaduna State on Monday, killing six "
     "farmers.", ("Nigeria", "Kaduna", "Dogon Daji")),
    ("Bandits raided the Kurmin Kare village in Kauru Local Government Area of Kaduna State on Friday, killing "
     "four residents.", ("Nigeria", "Kaduna", "Kurmin Kare")),
    # the object of a verb in -ing ("storming X village in Y LGA") as of one in -ed
    ("Bandits killed eight people in Katsina State on Monday after storming Yar Gamji village in Batsari local "
     "government area.", ("Nigeria", "Katsina", "Yar Gamji")),
    # a people's village is no village's name: the district stays the place
    ("Gunmen attacked the Fulani village in Giwa Local Government Area of Kaduna State on Monday, killing five "
     "herders.", ("Nigeria", "Kaduna", "Giwa")),
])
def test_the_village_the_text_places_in_a_district(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
