"""A failure while a service starts (a table builder, the model) reaches the JSON log as one critical line and the
process exits 1: log pipelines keyed on level/error_kind see it, and the kubelet's restarts show in the alerts."""
from __future__ import annotations

import io
import json
import logging

import pytest

import worker.services
from worker.cli import main


def test_a_start_up_failure_is_one_critical_json_line_and_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    import worker.logs
    real_setup = worker.logs.setup
    monkeypatch.setattr(worker.logs, "setup", lambda level="INFO", stream_=None: real_setup(level, stream))

    def broken(*_a: object, **_k: object) -> int:
        raise RuntimeError("a table builder broke")

    monkeypatch.setattr(worker.services, "run_services", broken)
    try:
        code = main(["run", "extractor"])
    finally:
        logging.getLogger().handlers[:] = []
    assert code == 1
    records = [json.loads(line) for line in stream.getvalue().splitlines() if line.startswith("{")]
    failed = [r for r in records if r["level"] == "critical"]
    assert len(failed) == 1
    assert failed[0]["error_kind"] == "RuntimeError" and "a table builder broke" in failed[0]["msg"]
    assert "Traceback" in failed[0]["exc"]

