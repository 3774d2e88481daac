"""One victim after a gerund ("stormed the mosque, killing the imam and his son", "wounding the governor"): read as
after the participle ("killed the imam"), with the people joined to him. Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _total(sentence: str, kind: str = "killed") -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("Gunmen stormed the mosque in Bakura, killing the imam and his son.", 2),
    ("The suspect fled after murdering his landlady, police said.", 1),
    ("Bandits ambushed the farmers, killing Danladi Yusuf and Garba Ahmed.", 2),
    ("The driver escaped after fatally stabbing a conductor and his assistant.", 2),
])
def test_a_gerund_kills_its_object(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_a_gerund_wounds_its_object() -> None:
    assert _total("A roadside bomb struck the convoy, wounding the district commissioner.", "injured") == 1


def test_the_killing_of_is_a_noun_with_no_toll() -> None:
    assert not _total("The killing of the imam sparked protests in Bakura.")
