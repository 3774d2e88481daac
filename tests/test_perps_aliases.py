"""Other spellings of the groups named canonically (transliterations, wire-agency spellings, names in another
language, long forms: data/groups.csv), which the lexicon must map to the one canonical name."""
from __future__ import annotations

import pytest

from worker.extract.actors import groups_in
from worker.extract.gazetteer import groups


@pytest.mark.parametrize("sentence, group", [
    ("Huthi rebels fired a ballistic missile at a fuel depot in Jizan late on Tuesday.", "Houthis"),
    ("Somalia's Shebab said its fighters overran a base near Balad.", "al-Shabaab"),
    ("The Taleban stormed a district centre in Ghazni before dawn.", "Taliban"),
    ("GSIM said it had ambushed a convoy on the road to Djibo.", "JNIM"),
    ("Fighters of the Islamic State in West Africa burned a market in Gubio.", "Islamic State West Africa Province"),
    ("Militants of Tehrik-i-Taliban raided a checkpoint in Bannu.", "Tehreek-e-Taliban Pakistan"),
    ("A Daech cell was dismantled in the suburbs of Mosul.", "Islamic State"),
    ("Hizbullah fighters fired anti-tank missiles across the border.", "Hezbollah"),
    ("The Ejército de Liberación Nacional bombed a pipeline in Arauca.", "National Liberation Army"),
    ("An Israel Defence Forces statement said the strike hit a depot.", "Israel Defense Forces"),
])
def test_spellings_of_canonical_groups(sentence: str, group: str) -> None:
    assert group in [c for c, *_ in groups_in(sentence)]


def test_wire_spellings_name_one_group() -> None:
    table = groups()[1]
    assert table["huthis"].canonical == "Houthis" and table["shebab"].canonical == "al-Shabaab"


@pytest.mark.parametrize("sentence, group", [
    ("Insurgents of the Islamic State Mozambique Province torched a church near Mocimboa da Praia.",
     "Islamic State Mozambique Province"),
    ("Islamic State Somalia fighters overran a Puntland outpost in the Cal Miskaad hills.", "Islamic State Somalia Province"),
    ("ISPP said its men shot a tribal elder in Bajaur.", "Islamic State Pakistan Province"),
    ("Members of 400 Mawozo seized a bus on the road out of the capital.", "400 Mawozo"),
    ("The Viv Ansanm coalition of gangs torched a police station in Mirebalais.", "Viv Ansanm"),
    ("G9 gang members set fire to a clinic in Cite Soleil on Sunday.", "G9 an Fanmi e Alye"),
    ("The G-9 alliance of gangs clashed with rivals near the port.", "G9 an Fanmi e Alye"),
])
def test_province_branches_and_gangs(sentence: str, group: str) -> None:
    assert group in [c for c, *_ in groups_in(sentence)]


@pytest.mark.parametrize("sentence, group", [
    ("The West Papua National Liberation Army said its men shot two workers in Intan Jaya.",
     "West Papua National Liberation Army"),
    ("TPNPB fighters burned a school in Nduga regency on Friday.", "West Papua National Liberation Army"),
    ("Jama'at Nasr al-Islam wal Muslimin fighters ambushed a convoy near Djibo.", "JNIM"),
])
def test_long_names_are_not_cut_to_a_shorter_group(sentence: str, group: str) -> None:
    assert [c for c, *_ in groups_in(sentence)] == [group]


@pytest.mark.parametrize("sentence", ["NIAMEY, 4 March: Gunmen killed nine villagers near Tera.",
                                      "GAO, 12 Jan: Jihadists attacked an army post."])
def test_a_dateline_with_its_day_is_no_actor(sentence: str) -> None:
    from worker.extract.group_names import dateline_end
    assert sentence[:dateline_end(sentence)].strip().endswith(":")
