"""A relative clause set off by commas describes its noun; the main clause's event stands."""
from __future__ import annotations

from worker.extract import types


def test_a_relative_aside_about_the_doer_leaves_the_main_event() -> None:
    assert not types.context("The ADF, which often carries out such attacks, killed nine farmers near Beni on Monday.")


def test_a_backdrop_sentence_stays_background() -> None:
    assert types.context("Such attacks, which the army blames on the ADF, have become common near Beni.")
