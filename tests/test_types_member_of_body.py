"""A member of a governing or deliberative body ("a member of parliament", "a member of the provincial assembly")
holds an office: killing one singles him out, as killing a lawmaker does; a member of a crowd, a community or an
armed group is no office holder. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.perps_support import roles_of
from worker.extract import singled_out
from worker.pipeline import incidents


@pytest.mark.parametrize("sentence", [
    "Gunmen killed a member of parliament outside a mosque in Baidoa on Sunday.",
    "A member of the provincial assembly was shot dead in Mardan on Monday.",
])
def test_a_member_of_a_governing_body_is_singled_out(nlp, sentence: str) -> None:
    found = singled_out.victim([sentence], [roles_of(nlp, sentence)])
    assert found is not None and found.head == "member"


@pytest.mark.parametrize("sentence", [
    "Gunmen shot dead a member of the community in Bokkos on Monday.",
    "Gunmen shot dead two members of a vigilante group in Tsafe on Monday.",
])
def test_a_member_of_anything_else_is_not(nlp, sentence: str) -> None:
    assert singled_out.victim([sentence], [roles_of(nlp, sentence)]) is None


def test_the_killing_of_a_member_of_parliament_is_a_targeted_killing(nlp) -> None:
    text = "Gunmen killed a member of parliament outside a mosque in Baidoa on Sunday."
    [found] = incidents([{"id": "t", "url": None, "source": "s", "title": None, "published": "2024-05-01",
                          "text": text}], nlp)
    assert [i["event_type"] for i in found] == ["targeted_killing"]
