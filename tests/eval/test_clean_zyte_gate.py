"""The Zyte article-extraction benchmark whole (181 pages, shingle F1) against its pinned floor: the gate in
test_eval_gate.py pins only its first 60 pages."""
from __future__ import annotations

import json
import sys
from pathlib import Path

FLOORS = json.loads((Path(__file__).parent / "baseline.json").read_text())


def test_clean_zyte_floor(shared_eval):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from eval_clean import score_project
    f1 = score_project(shared_eval / "article-extraction")
    assert f1 >= FLOORS["clean_zyte"]["f1"], f1
