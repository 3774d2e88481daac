"""A group's name written with a letter that case-insensitive matching folds but str.lower() keeps (long s, dotted or
dotless i, Kelvin sign) is found and looked up, not a KeyError that fails the whole article."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents
from worker.extract.actors import _groups_in


@pytest.mark.parametrize("name", ["İslamic State", "ıslamic State", "Iſlamic State"])
def test_a_folded_letter_in_a_group_name_is_looked_up(name: str) -> None:
    assert [g[0] for g in _groups_in(f"Fighters of the {name} attacked the checkpoint.")] == ["Islamic State"]


def test_an_article_naming_such_a_group_is_extracted() -> None:
    found = extract_incidents("Gunmen from the İslamic State killed four guards at a checkpoint near Kirkuk on Monday, "
                              "police said.", None, "2025-05-06")
    assert found and found[0].killed == 4
