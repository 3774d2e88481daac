"""places._DEMONYM_PLACE joins the demonyms by alternation.literal (longest first), not by a hand-sorted join."""
from __future__ import annotations

import pytest

from worker.extract import places


@pytest.mark.parametrize("text, dem, name", [
    ("Gunmen stormed the Nigerian border town of Gamboru on Friday.", "Nigerian", "Gamboru"),
    ("Shells hit the Afghan district of Khost overnight.", "Afghan", "Khost"),
])
def test_a_demonym_before_a_kind_of_place_names_its_country(text: str, dem: str, name: str) -> None:
    m = places._DEMONYM_PLACE.search(text)
    assert m is not None and m.group("dem") == dem and m.group("name").startswith(name)
