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
    ("The former soldier was found dead in a barn on Thursday after a four-day manhunt.", "other"),
    # without a reference to an earlier event the violence stays the event
    ("Police arrested two gunmen after they shot dead a shopkeeper in Multan.", "targeted_killing"),
    ("Gunmen attacked a police post in Dera Ismail Khan, killing three officers.", "attack"),
    # an arrest in a place is not an arrest for an event
    ("Two suspected kidnappers were arrested in Kogi State on Friday.", "arrest"),
    # arrests read as abductions: the kidnapping gang is who was arrested
    ("Police in Enugu arrested four members of a kidnapping syndicate and recovered two pistols.", "arrest"),
    ("Gunmen kidnapped six farmers from their fields near Zaria on Tuesday.", "abduction"),
    # recovered IEDs read as bombings
    ("Bomb disposal experts defused three improvised explosive devices found near a bridge in Kismayo.", "other"),
    ("Soldiers recovered a cache of grenades and landmines from a farmhouse outside Mopti on Tuesday.", "other"),
    ("A roadside bomb exploded near a bus in Khost, and police later found a second device nearby.", "bombing"),
    ("Investigators are searching the area after discovering two suspected explosive devices.", "other"),
    # drone and aircraft strikes read as bombings or attacks
    ("Military aircraft struck a fuel depot outside Tobruk, killing four guards.", "air_strike"),
    ("A drone strike hit a car on the coastal road near Tyre on Monday.", "air_strike"),
    ("Two men on a motorcycle were killed by an Israeli drone near Bint Jbeil, and a third man was injured.", "air_strike"),
    ("A Russian drone slammed into an apartment block in Sumy overnight, causing a large explosion.", "air_strike"),
    # suicide explosions and vehicle bombs
    ("Nine people died in a suicide explosion at a bus terminal in Hilla.", "suicide_bombing"),
    ("Twelve people died when a minibus rigged with explosives blew apart at a market in Gao.", "bombing"),
    # a fight between two sides; inside a prison the gangs are inmates, and their fight is a riot (fresh README: "riot
    # (mob and prison-gang violence)"; tests/test_types_crowds_prisons_drones.py: inmates fighting each other riot)
    ("Fighting erupted between rival gangs inside a detention centre in Tegucigalpa.", "riot"),
    ("Fighting erupted between rival gangs in the outskirts of Tegucigalpa.", "armed_clash"),
    # "feared killed" is a toll, "feared attacks" a fear
    ("Twelve villagers were feared killed in Agatu by armed herders.", "attack"),
    ("Residents feared attacks on the market.", None),
])
def test_the_main_action_and_its_means_decide(sentence, expected):
    assert _kind(sentence) == expected


def test_a_followup_lead_is_not_retyped_by_the_attack_it_recalls():
    text = ("Police in Tampere arrested a 40-year-old man on Saturday suspected of the knife attack at a bus station. "
            "The attack on Thursday left two people dead and five wounded, police said.")
    found = extract_incidents(text, None, "2025-05-10")
    assert found[0].primary and found[0].event_type == "arrest"
    assert any(i.event_type == "attack" and i.killed == 2 for i in found[1:])


def test_a_suspect_found_dead_is_kept_as_its_own_event():
    text = ("The former soldier was found dead in a barn on Thursday after a four-day manhunt, the sheriff said. "
            "He was the suspect in Monday's shooting at a Brandon warehouse that left five people dead.")
    assert extract_incidents(text, None, "2025-02-14")[0].event_type == "other"


def test_a_reference_without_violence_changes_nothing():
    assert types.reference_spans("He was arrested in Gurara Local Government Area.") == []
    tm = types.classify("Police said three men suspected of fraud were arrested in Lagos.")
    assert tm is not None and not tm.followup


def test_force_against_protesters_is_a_protest():
    texts = ["Riot police shot dead four demonstrators in Mandalay on Sunday, witnesses said."]
    assert types.retype(_kind(texts[0]) or "", texts) == "protest"
    stones = ["Police shot dead four demonstrators who were throwing stones and torching cars in Mandalay on Sunday."]
    assert types.retype("attack", stones) == "attack"  # a violent crowd: ACLED's violent demonstration, not a protest


def test_backdrop_after_an_event_keeps_it():
    told = "A car bomb killed six soldiers near Gao on Monday, amid a wave of attacks on the army."
    assert not types.context(told)
    assert types.context("Amid a wave of attacks on the army, the government extended the curfew.")
    assert types.context("The bombing comes amid a wave of attacks on the army.")  # the event already told


def test_communal_fighting_has_a_security_side():
    assert types.security_evidence("armed_clash", ["Eight people died in fighting between two rival clans near Galkayo."])
    assert not types.security_evidence("armed_clash", ["The two teams clashed over the transfer fee."])


def test_protests_after_a_killing_do_not_make_it_a_protest():
    texts = ["Police shot dead a motorcycle taxi driver at a checkpoint in Goma on Friday, sparking protests."]
    assert types.retype("targeted_killing", texts) == "targeted_killing"
    texts = ["Soldiers opened fire to disperse a crowd in Kassala on Monday, killing three people."]
    assert types.retype("attack", texts) == "protest"



@pytest.mark.parametrize("text,expected", [
    # a gunfight that ends an attack does not retype it
    ("A man opened fire on shoppers at a mall in Tulsa on Saturday, killing four people. "
     "He was later killed in a shootout with police officers outside the mall.", "attack"),
    # an arrest raid that turns into a gun battle is a clash
    ("Police arrested two suspected kidnappers in Lokoja on Friday. "
     "The officers had a gun battle with the gang in a forest before the arrest.", "armed_clash"),
    # nor does the arson of the armed men who attacked
    ("Armed men attacked a village near Djibo at dawn, killing 14 people. "
     "The gunmen set fire to houses and granaries before fleeing.", "attack"),
    # an arrest told after the event does not type it
    ("Five people were killed in Kano on Monday. "
     "Police arrested two men suspected of the killings later that day, a spokesman said.", "attack"),
])
def test_what_a_later_sentence_may_refine(text, expected):
    assert extract_incidents(text, None, "2025-06-08")[0].event_type == expected


def test_a_clash_with_police_and_no_armed_side_is_a_riot():
    assert types.retype("armed_clash", ["Four residents died in Garissa when youths clashed with police on Sunday."]) \
        == "riot"
    assert types.retype("armed_clash", ["Two officers died when police clashed with gunmen in Garissa on Sunday."]) \
        == "armed_clash"


@pytest.mark.parametrize("sentence,expected", [
    # a suicide attacker told without the word "suicide": the attacker's own explosives, a vehicle bomb driven into
    # its target, a bomb hidden under the clothes
    ("An attacker drove an explosives-laden truck into a military base in Lower Shabelle and detonated it.",
     "suicide_bombing"),
    ("A bomber on foot set off his explosives at the gate of a police academy in Quetta on Monday.", "suicide_bombing"),
    ("Three women with bombs hidden under their clothes detonated them at a market in Mubi on Tuesday.",
     "suicide_bombing"),
    ("A militant rammed a car packed with explosives into the gates of an army base in Helmand on Sunday.",
     "suicide_bombing"),
    ("The assailant detonated explosives he was carrying as he approached a police checkpoint in Diyala.",
     "suicide_bombing"),
    # a bomb set off from afar, or a vehicle bomb that only went off, is a bombing
    ("Police said the attacker detonated his bomb remotely from a car parked nearby in Kano.", "bombing"),
    ("Five people were killed when an explosive-laden motorcycle went off near a checkpoint in Jalalabad.", "bombing"),
    ("Two people died when a car bomb parked outside a restaurant in Mogadishu was detonated on Tuesday.", "bombing"),
])
def test_a_suicide_attacker_told_without_the_word(sentence: str, expected: str) -> None:
    assert _kind(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the bomber lived: he fled, left the vehicle, or the blast was a controlled one
    "Insurgents set off their explosives at a bus stop in Mardan and fled on foot, wounding six passengers.",
    "A gunman detonated his bomb at the entrance of a bank in Imphal before running away, injuring two guards.",
    "A driver steered a truck laden with explosives into a fuel depot in Baidoa, abandoned it and escaped before the blast.",
    "Sappers detonated the explosives they had been carrying out of the tunnel in a controlled explosion near Idlib.",
    "Police blew up the bombs they were hiding in a warehouse after the raid in Quetta.",
])
def test_a_bomber_who_lived_is_no_suicide_attacker(sentence: str) -> None:
    assert _kind(sentence) != "suicide_bombing"


@pytest.mark.parametrize("sentence,expected", [
    # two sides told by a reciprocal or by what they fought over: an armed clash, not a one-sided attack
    ("Six people were killed on Thursday when Dogon and Fulani militiamen fought over grazing land near Mopti.",
     "armed_clash"),
    ("Nine people died when members of the Garre and Degodia clans fought over a water point in Mandera on Tuesday.",
     "armed_clash"),
    ("Four people were killed when armed youths from two neighbouring villages attacked each other in Jonglei.",
     "armed_clash"),
    ("Members of rival gangs opened fire on each other in a market in Port-au-Prince on Monday, killing six people.",
     "armed_clash"),
    ("Gunmen opened fire on a market in Port-au-Prince on Monday, killing six people.", "attack"),
])
def test_two_sides_told_by_a_reciprocal_or_a_stake(sentence: str, expected: str) -> None:
    assert _kind(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a quarrel of two kin over land, one killing the other: no two armed sides, no armed clash
    "Two cousins fought over a plot of farmland in Mbale on Sunday, and one speared the other to death.",
    "A woman and her brother-in-law fought over a boundary in Embu before he struck her dead with a hoe.",
    "Two farmers fought over a field near Gulu on Monday and one stabbed the other to death.",
])
def test_a_family_quarrel_over_land_is_no_armed_clash(sentence: str) -> None:
    assert _kind(sentence) != "armed_clash"


@pytest.mark.parametrize("text,expected", [
    # the dead where protesters and a state force clashed: protesters killed by the force, a protest
    ("Five people were killed in clashes between police and demonstrators in the town of Kisumu on Tuesday.",
     "protest"),
    ("Three people died when protesters clashed with riot police in the town of Ambo on Wednesday, as demonstrators "
     "burned tyres and blocked roads.", "protest"),
    # a crowd that loots or sets buildings ablaze, or communal sides, keep the riot or the clash
    ("Five people were killed in clashes between police and demonstrators in Kisumu on Tuesday as crowds looted shops.",
     "riot"),
    ("Seven people were killed in sectarian clashes between rival groups in Jos on Sunday.", "armed_clash"),
])
def test_clashes_of_protesters_and_forces_are_a_protest(text: str, expected: str) -> None:
    assert types.retype(_kind(text) or "", [text]) == expected


@pytest.mark.parametrize("text", [
    # protesters who kill, stone, beat or burn out the police: a violent demonstration, a riot
    "Protesters clashed with riot police in Bamako on Friday, killing a policeman and burning two police vehicles.",
    "Clashes between demonstrators and police in Conakry left two gendarmes dead after protesters clubbed them.",
    "Demonstrators fought with security forces in Goma on Monday and torched a police post; one officer was killed.",
])
def test_protesters_who_kill_the_police_riot(text: str) -> None:
    assert types.retype(_kind(text) or "", [text]) == "riot"


def test_the_sibling_clause_vetoes_the_protest() -> None:
    first, second = "Protesters clashed with police in Sucre on Sunday;", "a policeman was stoned to death by the crowd."
    assert types.retype("armed_clash", [first]) == "protest"
    assert types.retype("armed_clash", [first], [first + " " + second]) == "riot"


@pytest.mark.parametrize("sentence,expected", [
    # the explosive told late, by its device
    ("Officials said the device had been hidden in a motorcycle parked outside the police station.", "bombing"),
    ("Witnesses said the attacker threw an explosive at the waiting passengers.", "bombing"),
    ("A police spokesman said a sticky bomb was attached to the official's car.", "bombing"),
])
def test_the_explosive_told_by_its_device(sentence: str, expected: str) -> None:
    assert _kind(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # fire from afar told by a projectile or a town pounded with heavy weapons: shelling
    ("Government forces pounded the village of Habit with heavy weapons on Tuesday, killing seven civilians.",
     "shelling"),
    ("Seven people were killed when a projectile hit a house in the Saada governorate on Wednesday.", "shelling"),
    ("Gunmen attacked the village of Habit on Tuesday, killing seven civilians.", "attack"),
])
def test_fire_from_afar_told_by_its_projectile(sentence: str, expected: str) -> None:
    assert _kind(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # heavy weapons in the hands of raiders (machine guns, RPGs) are no artillery: an attack, not shelling
    "Armed bandits stormed Gidan Kara and attacked the market with heavy weapons on Saturday, killing 14 traders.",
    "Jihadists hit the gendarmerie post at Tessit with heavy weapons at dawn, killing four gendarmes.",
    "Raiders targeted the cattle camp with heavy weapons near Pibor, killing nine herders.",
    # a tear-gas, rubber or thrown projectile is no shell
    "A tear-gas projectile fired by riot police struck a student in the chest in Lagos on Monday, killing him.",
    "A rubber projectile fired by officers hit a woman in the face in Quito on Thursday.",
    "Supporters hurled bottles and projectiles onto the pitch in Split and a projectile hit the referee.",
])
def test_no_shell_from_raiders_or_a_thrown_projectile(sentence: str) -> None:
    assert _kind(sentence) != "shelling"


@pytest.mark.parametrize("sentence", [
    "The army attacked the rebel-held village of Kitsanga with heavy weapons on Friday, killing five civilians.",
    "Six people died when a projectile fired from across the border struck a school in Shebaa on Sunday.",
])
def test_heavy_weapons_of_a_state_force_are_shelling(sentence: str) -> None:
    assert _kind(sentence) == "shelling"


@pytest.mark.parametrize("sentence,background", [
    # a group's record told in the perfect over a span of places is background, not the event told
    ("The group has carried out suicide bombings across the Sahel.", True),
    ("The militants have repeatedly staged raids throughout the province.", True),
    ("Al-Shabaab has launched deadly attacks all over Somalia.", True),
    # the event itself stays an event
    ("The group carried out a suicide bombing in Mogadishu on Tuesday, killing 12 people.", False),
])
def test_a_groups_record_across_a_region_is_background(sentence: str, background: bool) -> None:
    assert types.context(sentence) is background
