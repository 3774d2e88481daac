"""A recalled incident's own toll, told in a "when" clause of a period ("... since July 2016, when gunmen stormed a
cafe and killed 22 people"): the primary's counts leave the clause out, the recalled incident takes it. Fresh texts
written for these tests."""
from __future__ import annotations

from worker.extract import casualties, extract_incidents


def test_the_when_clause_is_the_recalled_events_toll() -> None:
    s = ("Pakistan has tightened security at churches since March 2015, when two suicide bombers struck churches in "
         "Lahore's Youhanabad and killed 17 worshippers.")
    # read once: as the when clause's own toll (the clause is no period's sum since h/aggr, which reads "since March
    # 2015, when ..." as the event that opened the period), or by recalled_counts where the sentence is blanked whole
    own, recalled = casualties.counts(s, "killed"), casualties.recalled_counts(s, "killed")
    assert {c.n for c in own + recalled} == {17}


def test_the_recalled_incident_keeps_its_toll(nlp) -> None:
    text = ("KARACHI (Reuters) - Police defused a bomb left outside a church in Karachi on Sunday, officials said. "
            "No one was hurt. Pakistan has tightened security at churches since March 2015, when two suicide bombers "
            "struck churches in Lahore's Youhanabad and killed 17 worshippers.")
    got = extract_incidents(text, nlp(text), "2024-03-11")
    assert any(not i.primary and i.killed == 17 for i in got)
    assert all(i.killed in (None, 0) for i in got if i.primary)


def test_a_period_without_when_gives_no_recalled_toll() -> None:
    s = "Militant attacks have killed more than 300 people in the province since January 2015."
    assert not casualties.recalled_counts(s, "killed")
