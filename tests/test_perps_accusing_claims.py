""""Claimed" as "asserted": a group that claims the violence was done by someone else ("the rebels claimed the
killings were carried out by soldiers") is the accuser, not the doer; a claim whose doer points back to the group
("claimed the raid was carried out by its fighters") still names it."""
from __future__ import annotations

from functools import partial

import pytest

from tests.perps_support import story


doers = partial(story, published="2025-04-08")  # the perpetrators of each incident of a text


@pytest.mark.parametrize("text", [
    "Gunmen killed 14 herders near Bunia, Congo, on Sunday. CODECO claimed the massacre was perpetrated by the army.",
    "Attackers killed nine fishermen on Lake Edward, Congo, on Sunday. M23 claimed that soldiers committed the massacre.",
])
def test_the_accuser_is_no_doer(nlp, text: str) -> None:
    assert all("CODECO" not in p and "M23" not in p for p in doers(nlp, text))


def test_a_claim_done_by_its_own_fighters_names_the_group(nlp) -> None:
    text = "Gunmen killed 14 herders near Bunia, Congo, on Sunday. CODECO claimed the raid was carried out by its fighters."
    assert doers(nlp, text)[0] == ["CODECO"]
