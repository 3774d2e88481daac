"""Event types on fresh sentences, one confusion case each (issue 13): the main action of a sentence decides its type,
violence it names only as what someone is suspected of is an earlier event."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents, types


def _kind(sentence: str) -> str | None:
    tm = types.classify(sentence)
    return tm.event_type if tm else None


@pytest.mark.parametrize("sentence,expected", [
    # arrests read as attacks: the attack is what the man is suspected of
    ("Officers in Graz detained a 31-year-old man suspected of stabbing two tram passengers on Tuesday.", "arrest"),
    ("Two brothers were charged on Monday with the grenade attack on a wedding hall in Tetovo.", "arrest"),
    ("A teenager wanted over the shooting at a Leeds bus stop handed himself over to police.", "arrest"),
    ("Prosecutors said the man detained in the Ostrava hospital shooting had confessed to killing six people.", "arrest"),
    # the suspect found dead, the victims buried: their own events
    ("The gunman believed to be responsible for the Hamar mall shooting was found dead in a forest on Sunday.", "other"),
    ("Hundreds of mourners gathered as the victims of the Kenton market bombing were laid to rest.", "other"),
    # without a reference to an earlier event the violence stays the event
    ("Police arrested two gunmen after they shot dead a shopkeeper in Multan.", "targeted_killing"),
    ("Gunmen attacked a police post in Dera Ismail Khan, killing three officers.", "attack"),
    # an arrest in a place is not an arrest for an event
    ("Two suspected kidnappers were arrested in Kogi State on Friday.", "arrest"),
])
def test_the_main_action_decides(sentence, expected):
    assert _kind(sentence) == expected


def test_a_followup_lead_is_not_retyped_by_the_attack_it_recalls():
    text = ("Police in Tampere arrested a 40-year-old man on Saturday suspected of the knife attack at a bus station. "
            "The attack on Thursday left two people dead and five wounded, police said.")
    found = extract_incidents(text, None, "2025-05-10")
    assert found[0].primary and found[0].event_type == "arrest"
    assert any(i.event_type == "attack" and i.killed == 2 for i in found[1:])


def test_a_reference_without_violence_changes_nothing():
    assert types.reference_spans("He was arrested in Gurara Local Government Area.") == []
    tm = types.classify("Police said three men suspected of fraud were arrested in Lagos.")
    assert tm is not None and not tm.followup
