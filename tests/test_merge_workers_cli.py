"""`run merger --workers N`: accepted like the extractor's (the supervisor runs either); other services refused."""
from __future__ import annotations

import pytest

from worker.cli import main


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("INCIDENTWIRE_BOOTSTRAP_SERVERS", raising=False)
    monkeypatch.delenv("INCIDENTWIRE_CONFIG", raising=False)


def test_workers_of_a_service_without_them_are_refused(capsys):
    assert main(["run", "connectors", "--workers", "2"]) == 2
    assert "only 'run extractor' and 'run merger'" in capsys.readouterr().err


def test_merger_workers_need_a_broker(capsys):
    assert main(["run", "merger", "--workers", "2"]) == 2
    assert "required for 'run merger --workers'" in capsys.readouterr().err
