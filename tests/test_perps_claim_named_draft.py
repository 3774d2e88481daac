"""The draft a claim's definite noun names ("claimed responsibility for the bus station bombing"): among the events of
its kind, the one told with the noun's own words; a noun of another kind than any event told ("the ambush" after a
bombing) names none of them, so the claim stays apart from the story."""
from __future__ import annotations

from tests.recall_cases import run


def found(nlp, text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(f["date"], f["city"], f["perpetrators"]) for f in run(nlp, text, "2025-03-13")]


def test_the_nouns_own_words_pick_the_claimed_event(nlp) -> None:
    text = ("A bomb tore through a bus station in Quetta, Pakistan, on Monday, killing nine passengers. A second "
            "explosion killed three policemen at a checkpoint in Mastung on Tuesday. Tehreek-e-Taliban Pakistan "
            "claimed responsibility for the bus station bombing on Wednesday.")
    doers = {city: p for _, city, p in found(nlp, text)}
    assert doers["Quetta"] == ["Tehreek-e-Taliban Pakistan"] and doers["Mastung"] == []


def test_a_claim_of_an_ambush_is_not_the_bombings(nlp) -> None:
    text = ("A car bomb killed six people outside a bank in Gao, Mali, on Tuesday. JNIM also claimed responsibility "
            "for the ambush on Thursday.")
    assert [(d, p) for d, c, p in found(nlp, text) if c == "Gao"] == [("2025-03-11", [])]


def test_a_claim_of_the_ambush_told_names_its_doer(nlp) -> None:
    text = ("Gunmen ambushed a military convoy near Gao, Mali, on Tuesday, killing six soldiers. JNIM claimed "
            "responsibility for the ambush on Thursday.")
    assert [(d, p) for d, _, p in found(nlp, text)] == [("2025-03-11", ["JNIM"])]
