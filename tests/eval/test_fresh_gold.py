"""The outside-written sets stay well formed: tests/eval/check_gold.py finds no error in any of them (a gold edit that
puts a city the text does not contain, a scored state-force doer or a date the text's weekday contradicts fails)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize("name,size", [("fresh", 160), ("fresh2", 180), ("fresh3", 180)])
def test_checker_finds_no_error(name: str, size: int) -> None:
    out = subprocess.run([sys.executable, str(HERE / "check_gold.py"), str(HERE / name)],
                         capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[0].startswith(f"{size} docs; errors 0;"), out[:2000]
    assert "ERR" not in out, out[:2000]


def test_checker_reports_a_broken_document(tmp_path: Path) -> None:
    import json
    src = sorted((HERE / "fresh3").glob("fresh3-d00*.gold.json"))[0]
    doc = json.loads(src.read_text("utf-8"))
    doc["incidents"][0]["city"] = "Nowhereville"
    doc["incidents"][0]["unscored"] = [u for u in doc["incidents"][0]["unscored"] if u != "city"]
    folder = tmp_path / "fresh3"
    folder.mkdir()
    (folder / src.name).write_text(json.dumps(doc), "utf-8")
    out = subprocess.run([sys.executable, str(HERE / "check_gold.py"), str(folder)], capture_output=True, text=True).stdout
    assert "errors 1;" in out.splitlines()[0] and "Nowhereville" in out, out
