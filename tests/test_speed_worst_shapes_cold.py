"""scripts/worst_shapes.py times every cell in a fresh process: in one process the 10 kB text, whose first half is
the 5 kB text just timed, would find the extractor's per-sentence caches warm and look faster than a page read once."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace


def _script():
    path = Path(__file__).resolve().parents[1] / "scripts" / "worst_shapes.py"
    spec = importlib.util.spec_from_file_location("worst_shapes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_size_of_each_shape_is_timed_in_its_own_process(monkeypatch, capsys) -> None:
    ws = _script()
    calls: list[list[str]] = []

    def fake_run(cmd, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(cmd)
        return SimpleNamespace(stdout="0.2500\n")

    monkeypatch.setattr(subprocess, "run", fake_run)
    ws.report(["many numbers", "many dates"], repeat=2)
    assert len(calls) == 2 * len(ws.SIZES) * 2  # shapes x sizes x repeats, one process each
    assert all(c[0] == sys.executable and "--cold" in c for c in calls)
    assert {(c[-2], c[-1]) for c in calls} == {(n, str(s)) for n in ("many numbers", "many dates") for s in ws.SIZES}
    assert "cold" in capsys.readouterr().out
