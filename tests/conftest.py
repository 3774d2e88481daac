from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

SHARED_EVAL = Path(os.environ.get("INCIDENTWIRE_SHARED_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval"))


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    if not SHARED_EVAL.is_dir():
        pytest.skip(f"evaluation data not found at {SHARED_EVAL} (CI has ../shared beside the checkout)")
    return SHARED_EVAL


@pytest.fixture(scope="session")
def nlp():
    from worker.config import Settings
    from worker.nlp import load
    return load(Settings().spacy_model)


@pytest.fixture(scope="session")
def broker() -> Iterator[str]:
    from worker.kafka import EmbeddedBroker
    with EmbeddedBroker() as b:
        yield b.bootstrap
