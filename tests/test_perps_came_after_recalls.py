""""The attack came eleven days after bandits killed 20 in Katsina": the main clause points back at the story's
event, so the "after" clause set back by its distance tells another event; its doer and toll are not the story's."""
from __future__ import annotations


def found(nlp, text: str) -> list[tuple[str | None, int | None, list[str]]]:
    from worker.evaluation import flatten
    from worker.pipeline import incidents
    article = {"id": "t", "url": "", "title": None, "published": "2025-02-17", "text": text}
    return [(f["admin1"], f["killed"], f["perpetrators"]) for f in map(flatten, incidents([article], nlp)[0])]


def test_the_recalled_doer_is_not_the_storys(nlp) -> None:
    text = ("Unknown gunmen shot dead six traders in Kebbi, Nigeria, on Sunday. The attack came nine days after "
            "Lakurawa fighters killed 15 herders in Sokoto.")
    story = found(nlp, text)[0]
    assert story == ("Kebbi", 6, [])
