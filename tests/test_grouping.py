"""Grouping of sentences into incidents (issue #13, round 2): whose toll and whose date, on fresh texts.

Each text is written for the test; each case is one cause: a relative clause of another event, a statement's day
before the event's own date, the most precise consistent date, a toll updated later, an aggregate.
"""
from __future__ import annotations

import pytest

from worker.extract import casualties, extract_incidents


def _primary(text: str, published: str):
    found = extract_incidents(text, None, published)
    assert found, text
    return found[0], found


def test_relative_clause_of_another_event_keeps_its_toll():
    text = ("A man stabbed four passengers on a tram in Graz on Tuesday evening, police said. "
            "The attack comes two weeks after a shooting in the town of Leoben, where a gunman killed three people "
            "and wounded five.")
    lead, _ = _primary(text, "2024-05-15")
    assert lead.killed is None
    assert lead.date == "2024-05-14"


@pytest.mark.parametrize("text,published,date,killed", [
    pytest.param("Gunmen killed six villagers in a night raid on a farming settlement in Zamfara, police said "
                 "Wednesday. The raid took place on March 4, when the gunmen stormed the settlement on motorcycles.",
                 "2024-03-07", "2024-03-04", 6, id="statement-day-then-explicit-date"),
    pytest.param("Militants attacked an army post near Kidal in March, killing four soldiers. The assault on the post "
                 "on March 3 began at dawn and lasted two hours, the army said.",
                 "2024-03-20", "2024-03-03", 4, id="most-precise-consistent-date"),
    pytest.param("A car bomb exploded near a busy market in Mogadishu on Sunday, killing five people and wounding 20. "
                 "The death toll from the bombing rose to nine on Monday, hospital officials said.",
                 "2024-06-11", "2024-06-09", 9, id="updated-toll-and-its-day"),
])
def test_one_incident_with_its_date_and_toll(text, published, date, killed):
    lead, found = _primary(text, published)
    assert len(found) == 1
    assert (lead.date, lead.killed) == (date, killed)


def test_a_recalled_month_stays_another_incident():
    text = ("Militants attacked an army post near Gao on March 18, killing four soldiers. "
            "Earlier this month, militants ambushed a supply convoy near Gao, killing two drivers.")
    lead, found = _primary(text, "2024-03-20")
    assert (lead.date, lead.killed) == ("2024-03-18", 4)
    assert len(found) == 2 and found[1].killed == 2


def test_victims_who_died_later_are_added():
    text = ("A car bomb exploded near a busy market in Mogadishu on Sunday, killing five people and wounding 20. "
            "Two of the wounded later died in hospital, a doctor at the hospital said.")
    lead, _ = _primary(text, "2024-06-11")
    assert lead.killed == 7


def test_an_aggregate_is_not_the_toll():
    text = ("A car bomb exploded near a busy market in Mogadishu on Sunday, killing five people and wounding 20. "
            "This year more than 200 people have been killed in such attacks in the capital.")
    lead, _ = _primary(text, "2024-06-11")
    assert lead.killed == 5


def test_a_follow_up_does_not_take_the_toll_it_recalls():
    text = ("Police arrested a man suspected of killing three people in a knife attack in Wuppertal, officials said "
            "on Sunday. The suspect was detained near the railway station after a search that lasted a day.")
    lead, _ = _primary(text, "2024-09-15")
    assert lead.event_type == "arrest"
    assert lead.killed is None


def test_a_relative_clause_of_the_recalled_event_is_not_the_follow_up_toll():
    text = ("A court in Vienna charged two men over the bombing of a train station, which killed eleven people "
            "and wounded forty, prosecutors said on Tuesday.")
    lead, _ = _primary(text, "2024-10-08")
    assert lead.event_type == "arrest"
    assert (lead.killed, lead.injured) == (None, None)


def test_a_relative_clause_set_in_an_earlier_year_keeps_its_toll():
    text = ("A bomb exploded outside a shrine in Herat on Friday, wounding six worshippers. The shrine, which in "
            "2019 was hit by a car bomb that killed nine people, had been closed for repairs.")
    lead, _ = _primary(text, "2024-10-12")
    assert (lead.killed, lead.injured) == (None, 6)


def test_an_anaphoric_opening_takes_the_sentence_it_points_back_to():
    text = ("A van ploughed into shoppers on a pedestrian street in Lyon on Saturday, leaving two people dead.\n\n"
            "The incident is being investigated as a deliberate attack, prosecutors said.")
    lead, _ = _primary(text, "2024-11-17")
    assert (lead.killed, lead.date) == (2, "2024-11-16")


def test_a_series_of_clashes_told_is_their_toll_but_the_latest_in_a_wave_is_not():
    told = "As many as 40 herders were killed in a series of clashes between two clans near Burao on Monday."
    assert casualties.merge(casualties.counts(told, "killed"))[0] == 40  # (types.context drops the sentence today)
    wave = ("Gunmen killed five soldiers near Burao on Monday, the latest in a wave of attacks that have killed "
            "300 people.")
    assert _primary(wave, "2024-02-14")[0].killed == 5


def test_a_sentence_dating_the_incident_before_it_is_told_dates_it():
    text = ("Armed men invaded a boarding school in Kebbi State in the early hours, sending pupils fleeing.\n\n"
            "The incident happened on Thursday, June 6, 2024, shortly after midnight, residents said.\n\n"
            "Parents searched the bush near the school for their children.\n\n"
            "Local officials said at least 30 pupils were abducted by the gunmen.")
    lead, _ = _primary(text, "2024-06-08")
    assert (lead.event_type, lead.date) == ("abduction", "2024-06-06")


def test_a_sentence_pointing_back_at_the_other_event_keeps_its_toll():
    text = ("A car bomb exploded outside a cafe in Baidoa, killing four people, police said.\n\n"
            "The attack comes a day after gunmen stormed a police post on the edge of the town.\n\n"
            "Authorities said six officers were killed in Saturday's attack.")
    lead, found = _primary(text, "2024-07-15")
    assert (lead.killed, lead.date) == (4, "2024-07-15")
    assert [(i.primary, i.killed) for i in found[1:]] == [(False, 6)]


def test_a_recalled_event_in_the_lead_paragraph_is_not_primary():
    text = ("A car bomb exploded outside a cafe in Baidoa, killing four people, police said. The attack comes a "
            "day after gunmen stormed a police post on the edge of the town. Authorities said six officers were "
            "killed in Saturday's attack.")
    found = extract_incidents(text, None, "2024-07-15")
    assert [(i.primary, i.killed) for i in found] == [(True, 4), (False, 6)]


def test_an_explicit_day_after_a_news_conference_day_is_the_event_day():
    text = ("At least nine people were killed in shootings in Linz, the governor said at a press conference on "
            "Thursday. Police said a gunman opened fire in a bar and a gym in Linz late on May 8.")
    lead, found = _primary(text, "2024-05-10")
    assert len(found) == 1
    assert (lead.date, lead.killed) == ("2024-05-08", 9)
