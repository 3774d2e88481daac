"""A parsed sentence looks its roles' names up among the entities of its own span only (pipeline.ents_within):
the same entities, in the same order, as a scan of the whole article's, found by bisection."""
from __future__ import annotations

import random

from worker.pipeline import Entity, _ent_bounds, ents_within


def _scan(ents: list[Entity], a: int, b: int) -> list[Entity]:
    return [e for e in ents if e.start_char < b and a < e.end_char]


def _article_ents(rng: random.Random, n: int) -> list[Entity]:
    """Entities in text order without overlaps, as NER gives them over disjoint passages."""
    out, at = [], 0
    for k in range(n):
        at += rng.randint(0, 6)
        length = rng.randint(1, 9)
        out.append(Entity(f"E{k}", "GPE", at, at + length))
        at += length
    return out


def test_a_span_gets_the_entities_it_shares_characters_with():
    ents = [Entity("Garissa", "GPE", 10, 17), Entity("al-Shabaab", "ORG", 30, 40), Entity("Kenya", "GPE", 50, 55)]
    bounds = _ent_bounds(ents)
    assert bounds is not None
    assert [e.text for e in ents_within(ents, bounds, 0, 10)] == []
    assert [e.text for e in ents_within(ents, bounds, 16, 31)] == ["Garissa", "al-Shabaab"]
    assert [e.text for e in ents_within(ents, bounds, 40, 50)] == []
    assert [e.text for e in ents_within(ents, bounds, 12, 60)] == ["Garissa", "al-Shabaab", "Kenya"]


def test_bisection_finds_what_a_scan_finds():
    rng = random.Random(7)
    for _ in range(300):
        ents = _article_ents(rng, rng.randint(0, 40))
        bounds = _ent_bounds(ents)
        end = ents[-1].end_char + 5 if ents else 10
        for _ in range(20):
            a = rng.randint(0, end)
            b = rng.randint(a, end + 3)
            assert ents_within(ents, bounds, a, b) == _scan(ents, a, b)


def test_entities_out_of_text_order_are_scanned_in_their_order():
    ents = [Entity("Mandera", "GPE", 40, 47), Entity("Wajir", "GPE", 5, 10), Entity("Lamu", "GPE", 20, 24)]
    assert _ent_bounds(ents) is None
    assert [e.text for e in ents_within(ents, None, 0, 45)] == ["Mandera", "Wajir", "Lamu"]
