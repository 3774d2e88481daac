"""scripts/gold_ceilings.py: the date bound counts what no reader of the text can reach (synthetic gold, no eval data)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import gold_ceilings  # noqa: E402


def _doc(text: str, published: str | None, day: str, perps: list[str] | None = None) -> dict:
    return {"text": text, "published": published,
            "incidents": [{"primary": True, "date": day, "perpetrators": perps}]}


def test_date_bound_loses_the_minority_gap_and_yesterday_read_as_today() -> None:
    docs = [_doc("Gunmen killed four herders in a village.", "2024-03-05", "2024-03-05"),
            _doc("Gunmen killed four herders in a village.", "2024-03-05", "2024-03-05"),
            _doc("Gunmen killed four herders in a village.", "2024-03-05", "2024-03-04"),  # minority gap: lost
            _doc("Bandits yesterday killed a chief.", "2024-03-05", "2024-03-05"),  # gold disagrees with text: lost
            _doc("A bomb killed six on Monday.", "2024-03-05", "2024-03-04"),  # 2024-03-04 is a Monday
            _doc("A bomb killed six on Friday.", None, "2023-06-02")]  # undated, no year in text: lost
    kinds = gold_ceilings.date_kinds(docs)
    assert kinds["one weekday: gold on it"] == 1
    assert kinds["no publication date, gold year not in text"] == 1
    assert gold_ceilings.date_bound(kinds) == 1 - 3 / 6


def test_perpetrators_written_canonical_or_the_coders_own() -> None:
    docs = [_doc("Militants of the Lord's Resistance Army raided Obo.", "2024-01-01", "2024-01-01",
                 ["Lord's Resistance Army", "Islamic State", "armed herders"])]
    kinds = gold_ceilings.perpetrator_kinds(docs, {"islamic state"})
    assert (kinds["written in the text"], kinds["canonical group name"], kinds["neither (the coder's own wording)"]) \
        == (1, 1, 1)
