"""A group every gold names by its full name is named so whatever the text calls it (data/groups.csv named
"canonical"): the Allied Democratic Forces, never "ADF" in the readable gold, though the text says "ADF rebels"."""
from __future__ import annotations

from tests.perps_support import story


def test_the_adf_is_named_in_full(nlp) -> None:
    text = ("BENI, DR Congo — ADF rebels killed nine farmers in an attack on a village near Oicha in North Kivu "
            "province on Thursday, the army said.")
    assert story(nlp, text, published="2024-09-13")[0] == ["Allied Democratic Forces"]
