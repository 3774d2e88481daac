"""'The group' as the doer of a past deed ("In April 2019, the group kidnapped 20 workers") is the group the article is
about, as "by the group" is. Every text is written for these tests."""
from __future__ import annotations

from typing import Any

from tests.recall_cases import run


def test_the_group_doing_a_past_deed_is_the_articles_group(nlp: Any) -> None:
    incs = run(nlp, "Fighters of the Allied Democratic Forces ambushed a convoy near Beni on Saturday, killing six "
                    "soldiers, the army said.\n\nIn March 2019, the group kidnapped 19 farmers in Oicha, in North Kivu, "
                    "releasing them weeks later.", published="2024-05-13")
    recalled = [i for i in incs if i["event_type"] == "abduction"]
    assert recalled and recalled[0]["perpetrators"] == incs[0]["perpetrators"] != []
