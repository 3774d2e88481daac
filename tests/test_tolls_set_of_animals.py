"""A set noun with an of-phrase counts what the phrase names: 'a couple of rams' are no dead people, while 'the
pair' alone still names two. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, n", [
    ("Raiders shot dead a shepherd and a couple of rams near Gusau on Friday.", 1),
    ("Raiders killed a pair of camels near Gusau on Friday.", None),
    ("Raiders shot dead the pair near Gusau on Friday.", 2),
])
def test_set_noun_counts_what_its_of_phrase_names(sentence: str, n: int | None) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n
