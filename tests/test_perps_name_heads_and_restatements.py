"""Named doers on unseen shapes (issue #13, perpetrators named in the text but missed or replaced): a group outside the
lexicon whose own name ends in a body noun (data/group_nouns.csv: Network, Alliance, Battalion, Legion, Resistance,
capitalised Forces), a name the text gives the doers ("a militia known as the X Brigade", data/affiliations.csv), an
NER span that swallowed a bracketed alias ("Mozambique National Resistance (Renamo"), a count word the parse makes
the doer's head ("Dozens of Lendu militiamen"), an NER span cut after a particle ("Nduma Defence of" in "the Nduma
Defence of Congo-Renove"), a phrase that only restates the group beside it (an indefinite apposition "the Cobra
Forces, a Christian militia,", an alias in brackets "the People's Defence Force (PDF)", a kind of group before its
name "the Ambazonian separatist group Amba Boys": group_names.restates), and the sides of a feud a blame pins the
violence on ("blamed the violence on a dispute between the X and Y gangs", data/roles.jsonl, role_words.csv
feud_nouns). All texts written for these tests; the names that are not real groups are invented so that no lexicon
entry can answer."""
from __future__ import annotations

import pytest

from worker.extract import group_names
from worker.extract.syntax import Role


def incidents(nlp, text: str) -> list[dict]:
    from worker.pipeline import incidents as run
    article = {"id": "t", "url": "", "title": None, "published": "2024-03-12", "text": text}
    return run([article], nlp)[0]


def _role(text: str, start: int) -> Role:
    return Role("agent", "subject", text, start, start + len(text), text.split()[-1].lower(), text, "")


@pytest.mark.parametrize("text, doer", [
    ("The Kivu Defence Network killed nine villagers in Masisi territory on Monday.", "Kivu Defence Network"),
    ("Gunmen believed to be members of the Sahel Liberation Alliance killed six soldiers near Tillaberi, Niger, "
     "on Sunday.", "Sahel Liberation Alliance"),
    ("The Wana Battalion ambushed a police patrol in Zamboanga on Friday, killing three officers.", "Wana Battalion"),
    ("Zitu Resistance, a rebel group, attacked a camp in Uvira on Tuesday, killing eight people.", "Zitu Resistance"),
    ("Gunmen suspected to be members of the Eastern Security Network killed four policemen in Imo State on Friday, "
     "police said.", "Eastern Security Network"),
])
def test_a_name_ending_in_a_body_noun_is_the_doer(nlp, text: str, doer: str) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == [doer]


@pytest.mark.parametrize("text, doers", [
    ("Members of a criminal network killed a businessman in Lagos on Friday, police said.", []),
    ("Rebel forces attacked a village in Ituri on Sunday, killing six people.", []),
    ("Special Forces killed a senior al-Shabaab commander in Jilib on Friday, the army said.", ["al-Shabaab"]),
])
def test_a_body_noun_without_a_name_of_its_own_names_no_group(nlp, text: str, doers: list[str]) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == doers


@pytest.mark.parametrize("text, doer", [
    ("A militia known as the Zama Zama Brigade killed six miners in Rustenburg on Friday.", "Zama Zama Brigade"),
    ("Gunmen calling themselves the Tanezrouft Liberation Front killed five soldiers near Kidal, Mali, on Monday.",
     "Tanezrouft Liberation Front"),
])
def test_the_name_given_to_the_doers_is_the_doer(nlp, text: str, doer: str) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == [doer]


def test_a_bracketed_alias_in_the_name_span_is_cut(nlp) -> None:
    text = ("Two soldiers were killed in an attack by the Mozambique National Resistance (Renamo) on a convoy in "
            "Sofala province on Tuesday.")
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == ["Mozambique National Resistance"]


@pytest.mark.parametrize("text, doers", [
    ("Dozens of Lendu militiamen attacked a camp for displaced people in Djugu territory on Tuesday, killing 22.",
     ["Lendu militiamen"]),
    ("Scores of Bororo gunmen raided Ngaoui, Cameroon, on Friday, killing nine people.", ["Bororo gunmen"]),
    ("Dozens of gunmen attacked a village in Zamfara on Friday, killing 12 people.", []),
])
def test_a_count_word_heading_the_doers_gives_way_to_them(nlp, text: str, doers: list[str]) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == doers


def test_a_name_cut_after_a_particle_is_made_whole(nlp) -> None:
    text = ("Militiamen of the Nduma Defence of Congo-Renove (NDC-R) killed six civilians in Walikale territory on "
            "Thursday.")
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == ["Nduma Defence of Congo-Renove"]


def test_the_sides_of_a_blamed_feud_are_the_doers(nlp) -> None:
    text = ("Inmates battled for hours inside a prison in Culiacan late Monday, leaving at least 11 dead, authorities "
            "said. Officials blamed the violence on a dispute between the Sinaloa Cartel and the Jalisco New "
            "Generation Cartel.")
    found = incidents(nlp, text)
    assert found and sorted(found[0]["perpetrators"]) == ["Jalisco New Generation Cartel", "Sinaloa Cartel"]


def test_a_rivalry_told_as_background_names_no_side(nlp) -> None:
    text = ("A riot at a prison in Manaus killed 20 inmates on Sunday, officials said. The prison has long been "
            "the scene of a rivalry between two gangs, the Norte Vermelho and the Comando Sul.")
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == []


@pytest.mark.parametrize("text, doer", [
    ("The Ambazonian separatist group Amba Boys killed two gendarmes in Kumba, Cameroon, on Monday.", "Amba Boys"),
    ("The Cobra Forces, a Christian militia, attacked a Muslim village in Ouaka prefecture, Central African "
     "Republic, on Wednesday, killing 17 people.", "Cobra Forces"),
    ("The People's Defence Force (PDF) ambushed a military truck in Sagaing Region on Saturday, killing eight "
     "soldiers.", "People's Defence Force"),
])
def test_a_restatement_of_the_group_is_no_second_doer(nlp, text: str, doer: str) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == [doer]


@pytest.mark.parametrize("text, doers", [
    ("Fighters of the Allied Democratic Forces (ADF) killed 14 civilians in an overnight raid on a village near "
     "Beni in North Kivu province, the army said on Friday.", ["Allied Democratic Forces"]),
    ("Members of the Jalisco New Generation Cartel shot dead nine people at a bar in Celaya, Guanajuato state, on "
     "Saturday, prosecutors said.", ["Jalisco New Generation Cartel"]),
    ("Gang members from Gran Grif killed 15 people in Pont-Sonde, in Haiti's Artibonite department, on Thursday, "
     "the UN said.", ["Gran Grif"]),
    ("The Arakan Army attacked a police outpost in Rathedaung township, Rakhine State, on Monday, killing nine "
     "policemen, state media said.", ["Arakan Army"]),
    ("At least 30 people died in clashes between the Gulf Clan and the National Liberation Army (ELN) in Choco "
     "department, Colombia, on Sunday.", ["Gulf Clan", "National Liberation Army"]),
    ("Members of a gang called the 400 Mawozo kidnapped and killed five people in Croix-des-Bouquets, Haiti, on "
     "Monday.", ["400 Mawozo"]),
    ("A car bomb exploded near a market in Mogadishu on Sunday, killing eight people. Al-Shabaab, which has fought "
     "the government for years, denied involvement.", []),
    ("Unknown gunmen shot dead a Hezbollah commander in Tyre, southern Lebanon, on Sunday, security sources said.",
     []),
])
def test_doers_named_around_the_new_readings_stay(nlp, text: str, doers: list[str]) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == doers


def test_restates_reads_apposition_and_bracket_only_right_after_a_name() -> None:
    s = "The Cobra Forces, a Christian militia, attacked a village."
    assert group_names.restates(s, _role("a Christian militia", 18), [(4, 16)])
    s = "The Ambazonia Front (AF) attacked a village."
    assert group_names.restates(s, _role("AF", 21), [(4, 19)])
    s = "Hamas, PIJ and others attacked a village."
    assert not group_names.restates(s, _role("PIJ", 7), [(0, 5)])
    s = "The Cobra Forces and a Christian militia attacked a village."
    assert not group_names.restates(s, _role("a Christian militia", 21), [(4, 16)])


# review s26a: the readings above narrowed (texts written for these tests, names invented or the state's own)

@pytest.mark.parametrize("text, doers", [
    ("Scores of gunmen from the Wardei militia raided a cattle camp in Garissa county on Sunday, killing seven "
     "herders.", ["Wardei militia"]),
    ("Dozens of fighters belonging to the Zande Liberation Front raided Tambura on Monday, killing seven traders.",
     ["Zande Liberation Front"]),
])
def test_a_count_word_reads_the_group_inside_not_the_whole_phrase(nlp, text: str, doers: list[str]) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == doers


def test_counted_stops_at_the_words_after_the_people() -> None:
    def role(text: str) -> Role:
        return Role("agent", "subject", text, 0, len(text), text.split()[0].lower(), text.split()[0], "CARDINAL")
    assert group_names._counted("Scores", role("Scores of gunmen from the Wardei militia")) == "gunmen"
    assert group_names._counted("Hundreds", role("Hundreds of armed youths of the Zande militia")) == "armed youths"
    assert group_names._counted("Dozens", role("Dozens of Bororo gunmen")) == "Bororo gunmen"
    assert group_names._counted("Dozens", role("Dozens of Nduma Defence of Congo fighters")) \
        == "Nduma Defence of Congo fighters"


@pytest.mark.parametrize("text, doer", [
    ("The Libyan Legion ambushed a convoy near Sirte on Monday, killing five fighters.", "Libyan Legion"),
    ("The Syrian Resistance fired rockets at a Turkish post near Afrin on Sunday, killing two soldiers.",
     "Syrian Resistance"),
])
def test_a_nationality_before_a_body_noun_leaves_the_name_to_ner(nlp, text: str, doer: str) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == [doer]


@pytest.mark.parametrize("text, targets", [
    ("Troops of the Rwanda Defence Forces killed 12 rebels in Cabo Delgado on Sunday.", ["militants"]),
    ("Soldiers from the Alliance of Sahel States killed 18 jihadists near Ansongo on Thursday.", ["militants"]),
    ("Troops of the North Atlantic Alliance killed three insurgents in Helmand on Friday.", ["militants"]),
    ("Soldiers of the 3rd Mechanised Battalion killed four villagers in Rakhine on Tuesday, residents said.",
     ["civilians"]),
    ("Troops of the 2nd Scout Ranger Battalion killed six rebels in Sulu on Wednesday.", ["militants"]),
    ("Soldiers known as the Rapid Action Battalion shot dead three men in Cox's Bazar on Friday.", ["civilians"]),
])
def test_a_state_army_or_bloc_named_with_a_body_noun_is_the_military(nlp, text: str, targets: list[str]) -> None:
    found = incidents(nlp, text)
    assert found and found[0]["perpetrators"] == ["military"] and found[0]["targets"] == targets


@pytest.mark.parametrize("core, own", [
    ("Wana Battalion", True), ("Kivu Defence Network", True), ("Sahel Liberation Alliance", True),
    ("Tigray Defence Forces", True), ("Iraqi Resistance", False), ("Malawi Defence Forces", False),
    ("44th Infantry Battalion", False), ("Rapid Intervention Battalion", False), ("Alliance of Sahel States", False),
    ("Atlantic Alliance", False), ("Special Forces", False),
])
def test_named_body_wants_a_word_of_its_own(core: str, own: bool) -> None:
    assert group_names.named_body(core) is own


@pytest.mark.parametrize("text, doers", [
    ("At least nine people were killed in Bokkos, Plateau state, on Monday. The commissioner dismissed claims "
     "blaming the killings on a feud between the Mwaghavul and Fulani communities, saying bandits had attacked the "
     "villages.", ["bandits"]),
    ("At least nine people were killed in clashes in Bokkos, Plateau state, on Monday. Officials did not blame the "
     "violence on a rivalry between the Mwaghavul and Fulani communities.", []),
    ("At least nine people were killed in clashes in Bokkos, Plateau state, on Monday. Officials blamed the "
     "violence on a rivalry between the Mwaghavul and Fulani communities.", ["Mwaghavul community",
                                                                             "Fulani community"]),
])
def test_a_denied_or_negated_blame_on_a_feud_names_no_sides(nlp, text: str, doers: list[str]) -> None:
    found = incidents(nlp, text)
    assert found and sorted(found[0]["perpetrators"]) == sorted(doers)


def test_whole_name_stops_before_the_next_group() -> None:
    text = "Fighters of the Ndoki Defence of Lualaba and the Mai-Mai Kifuafua killed six civilians."
    assert group_names._whole_name("Ndoki Defence of", text) == "Ndoki Defence of Lualaba"
    text = "Militiamen of the Front for Justice and Equality of Darfur killed six civilians."
    assert group_names._whole_name("Front for", text) == "Front for Justice and Equality of Darfur"
