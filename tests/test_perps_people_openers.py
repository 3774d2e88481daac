"""A people or faith NER reads on its own opening the sentence ("Arab militiamen on horseback killed ...") is part
of the doer's name, though the sentence's first capital alone says nothing ("Armed men"); a nationality's men stay
no group ("Somali gunmen"). Every sentence here is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import doers as who


@pytest.mark.parametrize("sentence,want", [
    ("Arab militiamen on camels killed 23 farmers in the village of Tawila on Friday, a local chief said.",
     ["Arab militiamen"]),
    ("Christian militiamen killed 14 Muslim herders near the town of Bossangoa on Tuesday.", ["Christian militiamen"]),
    ("Somali gunmen killed four Kenyan quarry workers near Mandera on Monday.", []),
    ("Armed men killed four teachers near Wajir on Monday.", []),
])
def test_a_people_opening_the_sentence_names_the_doer(nlp: Any, sentence: str, want: list[str]) -> None:
    assert who(nlp, sentence) == want
