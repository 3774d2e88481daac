"""A group's name written with a typographic apostrophe ("Lord’s Resistance Army", as most news sites print it) is
the lexicon's name: every alias of data/groups.csv with "'" has its "’" twin, and the group is named as its
straight spelling. Every sentence is written for these tests."""
from __future__ import annotations

import csv
from importlib import resources
from typing import Any

from tests.perps_support import doers
from worker.extract import actors


def test_every_apostrophe_alias_has_its_typographic_twin():
    text = resources.files("worker.extract").joinpath("data", "groups.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        aliases = row["aliases"].split("|")
        assert all(a.replace("'", "’") in aliases for a in aliases if "'" in a), row["canonical"]


def test_a_curly_apostrophe_names_the_whole_group(nlp: Any):
    sentence = "Fighters of the Lord’s Resistance Army killed six farmers near Obo on Monday."
    found = doers(nlp, sentence)
    assert [actors.as_written(n, sentence) for n in found] == ["Lord's Resistance Army"]
