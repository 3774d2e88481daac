"""A town whose name holds a shorter town's name is the longer town ("Mocimboa da Praia", not Praia)."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.whole_names import whole_name


def test_whole_name_span() -> None:
    text = "Fighters entered Mocimboa da Praia at dawn."
    a, b = whole_name(text, text.index("Praia"), text.index("Praia") + 5)
    assert text[a:b] == "Mocimboa da Praia"
    text = "Shells hit Kabul overnight."
    assert whole_name(text, 11, 16) == (11, 16)


@pytest.mark.parametrize("text,expected", [
    ("Insurgents beheaded five farmers outside Mocimboa da Praia on Friday.", ("Mozambique", "Mocimboa da Praia")),
    ("A motorbike bomb killed four fighters in Tal Abyad late on Wednesday.", ("Syria", "Tal Abyad")),
    ("Police shot dead two robbers in Praia on Friday.", ("Cabo Verde", "Praia")),
])
def test_the_longest_known_name_is_the_town(text: str, expected: tuple[str, str]) -> None:
    country, _, city = where(text)
    assert (country, city) == expected
