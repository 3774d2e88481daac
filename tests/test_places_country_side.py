"""A country's old name that a compass word in lower case spells ("in southern Sudan": GeoNames keeps "Southern
Sudan" as a name of South Sudan) is the side of the country written, not the other country. Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, country", [
    ("Raiders killed eleven herders near Talodi in southern Sudan on Friday, a local official said.", "Sudan"),
    ("Gunmen killed eleven herders in Southern Sudan on Friday, a local official said.", "South Sudan"),
])
def test_the_side_of_the_country(text: str, country: str) -> None:
    assert where(text)[0] == country
