"""A killing told with another kind of deed set back by hours ("..., hours after bandits abducted 20 in X") is two
incidents: the main clause decides the incident's type and doers, the clause its own, even without a toll of its
own. A deed of the same fight ("hours after militants stormed the area") stays with the sentence. Fresh sentences
written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"  # a Wednesday


def test_killing_hours_after_an_abduction_keeps_its_own_type() -> None:
    found = extract_incidents("Armed men shot dead six farmers in Gusau on Monday, hours after kidnappers abducted "
                              "15 travellers near Tsafe.", None, PUBLISHED)
    lead = next(i for i in found if i.killed == 6)
    assert lead.event_type != "abduction"
    assert "kidnappers" not in lead.perpetrators
    assert any(i.event_type == "abduction" for i in found if i is not lead)


def test_the_other_clause_gives_no_doer() -> None:
    found = extract_incidents("Gunmen killed six farmers in Gusau on Monday, hours after bandits abducted 15 "
                              "travellers near Tsafe.", None, PUBLISHED)
    lead = next(i for i in found if i.killed == 6)
    assert lead.event_type != "abduction" and "bandits" not in lead.perpetrators


def test_same_fight_hours_apart_stays_one_event() -> None:
    found = extract_incidents("Armed men shot dead six farmers in Gusau on Monday, hours after militants stormed "
                              "the area.", None, PUBLISHED)
    assert [i.killed for i in found] == [6]


def test_a_demonym_after_the_recalled_town_is_no_province() -> None:
    # "Mogadishu, Somali officials said": Somali qualifies officials, not Ethiopia's Somali region (review s23, 03)
    from tests.place_cases import where_all
    for text in ("Al Shabaab fighters killed seven soldiers at a base in Lower Shabelle on Sunday, a week after a "
                 "bombing in Mogadishu, Somali officials said.",
                 "Gunmen killed five traders near Kidal on Sunday, days after a bombing in Gao, Malian officials said."):
        for country, _, city in where_all(text):
            assert city not in ("Mogadishu", "Gao") or country in ("Somalia", "Mali")
