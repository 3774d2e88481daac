""""The attack came eleven days after bandits killed 20 in Katsina": the main clause points back at the story's
event, so the "after" clause set back by its distance tells another event; its doer and toll are not the story's."""
from __future__ import annotations

from tests.recall_cases import run


def found(nlp, text: str) -> list[tuple[str | None, int | None, list[str]]]:
    return [(f["admin1"], f["killed"], f["perpetrators"]) for f in run(nlp, text, "2025-02-17")]


def test_the_recalled_doer_is_not_the_storys(nlp) -> None:
    text = ("Unknown gunmen shot dead six traders in Kebbi, Nigeria, on Sunday. The attack came nine days after "
            "Lakurawa fighters killed 15 herders in Sokoto.")
    story = found(nlp, text)[0]
    assert story == ("Kebbi", 6, [])
