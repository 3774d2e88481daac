"""Armed groups of the 2010s-2020s the lexicon knows (data/groups.csv), named as the text names them, and aliases
that are common English phrases kept out of it."""
from __future__ import annotations

import pytest

from worker.extract.actors import as_written, groups_in, perpetrators


@pytest.mark.parametrize("sentence, group", [
    ("Imbonerakure members beat two men to death in Ngozi on Saturday.", "Imbonerakure"),
    ("Gunmen of the Cartel del Noreste killed six people at a bar.", "Cartel del Noreste"),
    ("The KNLA attacked an army outpost near Myawaddy.", "Karen National Liberation Army"),
    ("LNA warplanes struck a field hospital south of the capital.", "Libyan National Army"),
    ("Twirwaneho fighters burned a village in the highlands of Fizi.", "Twirwaneho"),
])
def test_known_groups(sentence: str, group: str) -> None:
    assert group in [c for c, *_ in groups_in(sentence)]


def test_named_as_the_text_names_it() -> None:
    text = "LNA warplanes struck a field hospital south of the capital, killing five."
    assert as_written("Libyan National Army", text) == "LNA"


def test_one_sided_attack_by_a_new_group() -> None:
    s = "Fighters of the Myanmar National Democratic Alliance Army shelled a market in Laukkai, killing five."
    names, _ = perpetrators([s], "shelling")
    assert names == ["Myanmar National Democratic Alliance Army"]


@pytest.mark.parametrize("sentence", [
    "Troops set up a security belt around the city after the attack.",
    "The minister walked into the lion's den at the party congress.",
    "Fans watched the EPL match in a bar in Kampala.",
])
def test_common_phrases_are_no_group(sentence: str) -> None:
    assert groups_in(sentence) == []
