"""The sixth outside-written set (tests/eval/fresh6: whole pages by writers l and m, half with no security
incident) stays well formed: each writer's own checker (key order, places verbatim in the text, figures present,
weekdays agreeing with the dates, types and targets from the lists, the mix of 15 negatives and 15 incident pages) finds no
error in the writer's 30 pages."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "fresh6"


@pytest.mark.parametrize("writer", ["l", "m"])
def test_each_writers_checker_finds_no_error(writer: str) -> None:
    out = subprocess.run([sys.executable, str(HERE / f"check_{writer}.py")], capture_output=True, text=True,
                         check=True, cwd=HERE).stdout
    assert out.splitlines()[0].startswith("30 docs; errors 0;"), out[:2000]
