"""A second report after ', while' that tells its own toll in another province is its own incident, even when its
trigger word alone is weak ("bandits killed")."""
from __future__ import annotations

from worker.evaluation import flatten
from worker.pipeline import incidents


def _provinces_and_tolls(nlp, text: str) -> list[tuple[str | None, int | None]]:
    """(admin1, killed) of every incident the whole pipeline gives `text`: a toll test, not a place one
    (tests/place_cases.where reads places through extract_incidents alone)."""
    found = incidents([{"id": "t", "url": None, "source": "s", "title": None, "published": "2024-05-01",
                        "text": text}], nlp)[0]
    return sorted((flatten(m)["admin1"], flatten(m)["killed"]) for m in found)


def test_a_second_clause_with_its_own_toll_elsewhere_is_its_own_incident(nlp) -> None:
    text = ("Gunmen killed three traders in Katsina on Friday, while in neighbouring Kano state robbers killed "
            "two drivers.")
    assert _provinces_and_tolls(nlp, text) == [("Kano", 2), ("Katsina", 3)]


def test_a_weak_second_clause_in_the_same_place_continues_the_story(nlp) -> None:
    text = "Gunmen attacked a market in Katsina on Friday; two traders were killed and four others wounded."
    assert [k for _, k in _provinces_and_tolls(nlp, text)] == [2]


def test_a_dated_wire_dateline_is_no_place_of_the_story(nlp) -> None:
    text = "KANDAHAR, March 3, 2025 (AFP) - A roadside bomb killed three policemen in Zabul province on Sunday."
    found = incidents([{"id": "t", "url": None, "source": "s", "title": None, "published": "2025-03-03",
                        "text": text}], nlp)[0]
    assert [flatten(m)["admin1"] for m in found] == ["Zabul"]
