"""A people NER takes for the whole name ("Suspected Fulani" tagged ORG before "gunmen") gets its group noun back:
a people alone names no group, "Fulani gunmen" does; a nation's men stay no group, a real name stays as it is."""
from __future__ import annotations

import pytest

from worker.extract import group_names
from worker.extract.syntax import Role


def _role(text: str, head: str, core: str, label: str = "ORG") -> Role:
    return Role("agent", "subject", text, 0, len(text), head, core, label)


@pytest.mark.parametrize("text,head,core,want", [
    ("Suspected Fulani gunmen", "gunmen", "Suspected Fulani", "Fulani gunmen"),
    ("Armed Tuareg militiamen", "militiamen", "Armed Tuareg", "Tuareg militiamen"),
    ("Druze militiamen", "militiamen", "Druze", "Druze militiamen"),
])
def test_people_before_a_group_noun_keeps_the_noun(text: str, head: str, core: str, want: str) -> None:
    assert group_names.name(_role(text, head, core)) == want


def test_a_nation_before_a_group_noun_names_no_group() -> None:
    assert group_names.name(_role("Suspected Somali gunmen", "gunmen", "Suspected Somali")) is None


def test_an_organisation_before_a_member_noun_is_the_name() -> None:
    assert group_names.name(_role("Suspected Zelva Liberation Front fighters", "fighters",
                                  "Suspected Zelva Liberation Front")) == "Zelva Liberation Front"
