"""The city when a text names several places: the village and its district town, the scene and where people were
going, a name inside a longer name, a route's two ends. The smallest place where it happened is the city. Fresh
sentences written for these tests (session 26, city helper)."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, city", [
    # a village named as one beside the district the text names as one: the village, not the district
    ("Gunmen shot dead a schoolteacher in Mahadeopur village under Gadchiroli district on Tuesday.", "Mahadeopur"),
    # "X, a village 15 km east of Y": the village the text locates by its distance from a landmark
    ("Five people were killed in an attack on Tawilah, a village 15 kilometres east of Kutum in North Darfur, on "
     "Sunday.", "Tawilah"),
    # "in X, <district>": an unknown name the district right after it places
    ("A drone strike hit a house in Mir Ali, North Waziristan, killing four suspected militants, officials in "
     "Miranshah said.", "Mir Ali"),
    # a district owning a town the text names as one: the town
    ("Four people were killed when a bomb exploded in a minibus in Kurram's Parachinar town on Friday.",
     "Parachinar"),
    # where the victims were going is no scene
    ("Gunmen ambushed a bus near Mandera town on Tuesday, killing eight passengers travelling to Nairobi.",
     "Mandera"),
    ("Bandits ambushed a convoy of traders bound for Kano near Birnin Gwari on Friday, killing six.",
     "Birnin Gwari"),
    # a village whose name ends in a known town's: the village
    ("At least six people died when militants attacked Kafin Koro town in Paikoro LGA of Niger State on Sunday.",
     "Kafin Koro"),
    # the first end of "between X and Y" placed in a county: X
    ("A police officer was killed when suspected militants ambushed a patrol vehicle between Bodhei and Basuba in "
     "Lamu County on Monday.", "Bodhei"),
    # a town after "near" that WordNet also lists as a person noun ("katari"), beside a highway's two ends
    ("Gunmen killed four commuters on the Abuja-Kaduna highway near Katari on Sunday.", "Katari"),
    # where the victims came from, told in an aside or by a verb of flight: not the scene
    ("The victims, all from Zaria, were abducted near Kaduna airport on Friday.", "Kaduna"),
    ("Six civilians displaced from Djibo were killed near Kaya on Wednesday.", "Kaya"),
    ("Two farmers fleeing from Kalehe were shot dead near Rutshuru on Monday.", "Rutshuru"),
    # a landmark named by its province's capital ("35 km southeast of the Borno capital Maiduguri")
    ("A suicide bomber struck a market in Konduga, 35 km southeast of the Borno capital Maiduguri, killing 12 "
     "people.", "Konduga"),
    # a known town and the district the text names as its unit: the town
    ("A bomb exploded near a police van in Miranshah, the headquarters of North Waziristan district, on Sunday, "
     "killing three.", "Miranshah"),
    ("Gunmen killed a policeman in Mingora, the main town of Swat district, on Saturday.", "Mingora"),
])
def test_the_scene_among_several_places(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, city", [
    ("Gunmen killed seven villagers in the village of Tungan Maje in Zangon Kataf district of Kaduna State on "
     "Sunday, police said.", "Tungan Maje"),
    ("At least four soldiers were killed when militants attacked an army post in Bama, about 70 km from Maiduguri, "
     "on Tuesday. The wounded were flown to Maiduguri for treatment.", "Bama"),
    ("Two people were killed and nine injured when a bomb exploded at a market in Kismayo on Saturday. The injured "
     "were taken to a hospital in Mogadishu, officials said.", "Kismayo"),
    ("Armed men attacked the village of Kpankpandu, some 20 kilometres outside Tamale, killing three farmers on "
     "Wednesday.", "Kpankpandu"),
    ("Five villagers were hacked to death in Mbau, 30 km north of Beni, by rebels on Thursday night, local "
     "officials said.", "Mbau"),
    ("Fighters attacked Djibo, a town in northern Burkina Faso, on Sunday, killing 15 civilians, the government "
     "said in Ouagadougou.", "Djibo"),
    ("Gunmen killed a journalist in his home in Tijuana on Thursday. The reporter was originally from Culiacan and "
     "worked for a local weekly.", "Tijuana"),
    ("Four traders from Onitsha were killed by gunmen at Ihiala on Sunday.", "Ihiala"),
    ("Gunmen killed 10 people in Gidan Zaki, Sabon Birni LGA, Sokoto State, on Sunday.", "Gidan Zaki"),
])
def test_shapes_that_already_held(text: str, city: str) -> None:
    assert where(text)[2] == city


def test_a_city_quarter_stays_the_city() -> None:
    text = "Police said two men were shot dead outside a mosque in Karachi's Orangi Town on Friday."
    assert where(text)[2] == "Karachi"


def test_a_region_after_in_the_is_no_town() -> None:
    text = "Nine inmates were killed in a prison riot in the Amazon on Saturday, officials in Roraima state said."
    assert where(text)[2] != "Amazon"


def test_a_destination_alone_is_no_town() -> None:
    text = "Gunmen killed four passengers of a bus travelling to Nairobi on Tuesday, police said."
    assert where(text)[2] != "Nairobi"


@pytest.mark.parametrize("text, city", [
    # a journey over: the people were at the place when they were killed
    ("A nurse who had travelled to Timbuktu for a polio drive was shot dead by gunmen on Monday, officials said.",
     "Timbuktu"),
    ("Bandits killed three guests who had travelled to Kamuru in Giwa LGA for a naming ceremony, police said.",
     "Kamuru"),
    # the movers are the doers: their destination is where they struck
    ("Insurgents returning to Kunduz killed nine civilians in the city's northern districts on Sunday.", "Kunduz"),
    ("Gunmen heading to Ghazni on Sunday killed six traders, officials said.", "Ghazni"),
    # the sentence tells the deed at the destination ("in the town", "the port")
    ("Police reinforcements headed to Gwoza on Monday after insurgents killed nine farmers in the town, an official "
     "said.", "Gwoza"),
    ("A fishing boat bound for Aden was hit by a drone as it entered the port on Friday, killing three sailors.",
     "Aden"),
])
def test_a_destination_that_is_the_scene(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, city", [
    # the town of the people quoted ("a youth leader in X village told", "officials at X town said") is no scene
    # beside the district the sentence tells the deed in
    ("Gunmen killed four miners in Anka LGA on Saturday, a youth leader in Rafin Gero village told reporters.",
     "Anka"),
    ("A landmine killed two soldiers in Dantewada district on Monday, police officials at Kuakonda town said.",
     "Dantewada"),
    # the town the deed is told in, with its district, stays the scene
    ("Gunmen shot dead a shopkeeper in Kuakonda town of Dantewada district on Monday, officials said.", "Kuakonda"),
])
def test_a_speakers_town_is_no_scene(text: str, city: str) -> None:
    assert where(text)[2] == city


def test_a_quarter_after_an_assault_verb_stays_the_city() -> None:
    # "raided X neighbourhood in <city>": a city's quarter, the city is the city (not "attacked X town in <LGA>")
    text = "Gunmen raided Mabatini neighbourhood in Mwanza on Friday, killing three people."
    assert where(text)[2] == "Mwanza"


def test_an_appositive_town_keeps_its_route_role() -> None:
    # "taken to X, a town 90 km east of <scene>": where the wounded went, not the scene
    text = ("Jihadists killed six soldiers in Douentza on Sunday. The wounded were taken to Boni, a town 90 km east "
            "of Douentza.")
    assert where(text)[2] == "Douentza"
