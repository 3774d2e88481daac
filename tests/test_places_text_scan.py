"""The whole text's places are found once per article (review s16/04): every primary incident without a province
asked places.find over the whole text again, so a long report of many incidents cost incidents x length."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import extract_incidents, places


def _report(n: int) -> str:
    """One paragraph of `n` separate raids on villages no gazetteer holds, in a country the text names."""
    raids = " ".join(f"In a separate raid, bandits shot dead {k + 2} farmers at Tukurwa Gidan {chr(65 + k)}kedo."
                     for k in range(n))
    return f"Violence in Niger: raiders shot dead four herders at Dangwaje Kollo. {raids}"


@pytest.mark.parametrize("n", [3, 8])
def test_the_whole_text_is_scanned_for_places_once(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    text = _report(n)
    whole = []
    real = places.find

    def counting(t: str, a: int, b: int, *rest: Any) -> list[places.PlaceMention]:
        if (a, b) == (0, len(t)) and t == text:
            whole.append(1)
        return real(t, a, b, *rest)

    monkeypatch.setattr(places, "find", counting)
    found = extract_incidents(text, None, "2025-03-02")
    assert sum(i.primary for i in found) >= 3  # several primary incidents, each once asking for its province
    assert len(whole) == 1
