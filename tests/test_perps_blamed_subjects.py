"""Whom a blame names in the subject of a passive ("Ansaru was blamed for the attack by local officials", "X, which
has carried out similar attacks, has been blamed for the killings") and whom officials "suspected ... of" doing it
are the doers, whatever the parse hangs the by-phrase on; "suspected" before a name with no "of" is an adjective, and
victims "suspected of being X informants" are no doers' names. Texts written for these tests."""
from __future__ import annotations

import pytest

from tests.perps_support import doers, story


@pytest.mark.parametrize("text, group", [
    ("KADUNA - Gunmen killed seven worshippers at a church in Kajuru on Sunday. Ansaru was blamed for the attack by "
     "local officials.", "Ansaru"),
    ("MOGADISHU - Two lawmakers were shot dead in Mogadishu on Saturday. Al-Shabaab, which has carried out similar "
     "attacks, has been blamed for the killings.", "al-Shabaab"),
    ("KUNDUZ - A bomb killed eleven worshippers at a mosque in Kunduz on Friday. Authorities suspect the Islamic State "
     "group of planting it.", "Islamic State"),
    ("BAGHDAD - Katyusha rockets slammed into a residential area near the airport on Wednesday, killing three "
     "civilians. Officials suspected Kataib Hezbollah of firing them.", "Kataib Hezbollah"),
])
def test_the_blamed_or_suspected_name_is_the_doer(nlp, text, group):
    assert [group] in story(nlp, text)


def test_a_suspected_group_of_the_victims_or_a_denied_blame_is_no_doer(nlp):
    assert doers(nlp, "Gunmen killed five fishermen suspected of being Boko Haram informants near Baga.") == []
    assert doers(nlp, "Suspected Boko Haram fighters killed six farmers near Konduga, residents said.") == ["Boko Haram"]


def test_a_blame_set_aside_or_a_suspicion_of_no_violence_names_no_doer(nlp):
    assert all("al-Shabaab" not in p for p in story(nlp, (
        "Gunmen shot dead a shopkeeper in Mandera on Friday. Al-Shabaab was quickly blamed for the shooting, but "
        "detectives later found the gunmen were armed robbers.")))
    assert all("Indigenous People of Biafra" not in p for p in story(nlp, (
        "Police arrested nine people in Onitsha on Monday. Detectives suspect IPOB of printing forged permits.")))
