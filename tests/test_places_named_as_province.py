"""A town followed by a name that is both its province's and the province capital's ("near Safwan in Basra") lies
in that province: the province is named, the town is the scene, also where the gazetteer spells the capital
otherwise ("Basrah", "Al Qadarif") than the province (places._named_as_province). Fresh sentences."""
from __future__ import annotations

import unicodedata

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Militants ambushed a patrol near Umm Qasr in Basra on Sunday, killing three soldiers, police said.",
     ("Iraq", "Basra", "Umm Qasr")),
    ("Gunmen opened fire on a minibus near Doka in Gedaref on Friday, killing four traders, officials said.",
     ("Sudan", "Gedaref", "Doka")),
])
def test_town_in_province_named_like_its_capital(text: str, want: tuple[str, str, str]) -> None:
    # the gazetteer's accents ("Umm Qaşr") are as the evaluation reads them: folded
    assert tuple(_plain(v) for v in where(text)) == want


def _plain(v: str | None) -> str | None:
    return None if v is None else unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode()


def test_capital_alone_is_still_the_city() -> None:
    assert where("A car bomb killed six people in Basra on Sunday, police said.") == ("Iraq", "Basra", "Basra")
