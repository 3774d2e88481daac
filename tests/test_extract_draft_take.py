"""worker/extract/__init__.py `_Draft.take` and `_places_of`: how a sentence joins a draft (the one way every
grouping rule adds one) and which places it brings. Fresh texts written for these tests."""
from __future__ import annotations

from worker.extract import _Draft, _places_of, segment, types


def test_a_sentence_brings_its_places_but_none_of_the_dateline() -> None:
    text = "KANO, Nigeria - Gunmen killed four traders in Kafanchan on Monday, police said."
    s = segment.sentences(text)[0]
    names = [p.text for p in _places_of(s, text, None, text.index("Gunmen"))]
    assert "Kafanchan" in names and "KANO" not in names and "Kano" not in names


def test_a_sentence_joins_with_its_act_or_none_and_its_places() -> None:
    text = "Gunmen killed four traders in Kafanchan on Monday. It happened near Zaria, residents said."
    first, second = segment.sentences(text)
    d = _Draft()
    d.take(first, types.classify(first.text), _places_of(first, text, None, 0))
    d.take(second, None, _places_of(second, text, None, 0))
    d.take(second)
    assert d.sents == [first, second, second] and d.kinds[1:] == [None, None] and d.kinds[0] is not None
    assert {"Kafanchan", "Zaria"} <= {p.text for p in d.places}
