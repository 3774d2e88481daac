"""The relevance gate passes a plain report of victims killed by a weak trigger's doers once their toll is read:
vigilantes (person lexicon), a list of victims set off as an apposition, named victims. Every text is written for
these tests."""
from __future__ import annotations

import pytest

from worker import pipeline


@pytest.mark.parametrize("text", [
    "Three vigilantes were killed by bandits near Funtua on Monday.",
    "The victims, a cobbler and two porters, were killed by bandits near Funtua on Monday.",
    "The victims, Halima Garba and Yusuf Danjuma, were killed by bandits near Funtua on Monday.",
])
def test_killed_by_bandits_passes_the_gate(text: str) -> None:
    assert pipeline.gate(text)[0]


def test_victims_of_no_violence_stay_out() -> None:
    assert not pipeline.gate("The victims of the scam, two pensioners and a widow, were left penniless on Monday.")[0]
