"""A named first victim's apposition ("Musa Ali, a village head,") is the victim himself, not one more dead; a list
of people set off by commas still counts each. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, n", [
    ("Bandits shot dead Garba Danladi, a ward councillor, and his driver near Funtua.", 2),
    ("Militants killed Halima Yusuf, an aid worker, and her two colleagues in Dikwa.", 3),
    ("Raiders killed a cobbler, a tailor, and their apprentice in Bida.", 3),
    ("Gunmen shot dead Tunde Bakare, a lecturer, in Ogbomoso.", 1),
])
def test_a_name_s_apposition_is_no_extra_victim(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n
