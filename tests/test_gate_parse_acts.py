"""The parse's reading of who did a violent act (worker/extract/human_acts.py) at the gate: a page whose every
decisive trigger sentence tells an animal's, a vehicle's, a fire's, the weather's or an illness's act, a plan, a mock
act, a denial or a verdict's crime gives no incident, in wordings the gate's masks (negatives.csv, cues.csv,
types.without_animal_acts) do not hold; the mild wordings of real incidents still give one. Every text is written
for these tests (real places, invented events). The negatives of `NO_INCIDENT` all gave an incident before the parse
read them; the later texts of `INCIDENT` (a fire set by people, a rigged vehicle, a denied attack, an act in an
"after" clause, an animal among the victims, "found dead", an arrest of plotters) were dropped by its first version."""
from __future__ import annotations

import pytest

from tests.recall_cases import run
from worker import pipeline
from worker.extract import human_acts, syntax


@pytest.fixture(autouse=True)
def _parse_veto_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parse veto is off in the pipeline (worker.pipeline.PARSE_VETO); these tests measure it turned on."""
    monkeypatch.setattr(pipeline, "PARSE_VETO", True)


@pytest.fixture(autouse=True, scope="module")
def _nlp(nlp: object) -> None:
    _run.nlp = nlp  # the session's model (conftest)


def _run(text: str) -> list[dict]:
    return run(_run.nlp, text, published="2024-03-12")


def _tells(sentence: str) -> bool | None:
    doc = next(iter(syntax.parse(_run.nlp, [sentence[human_acts.reading_start(sentence):]])))
    return human_acts.tells_violence(doc)


NO_INCIDENT = [
    'A swarm of bees attacked a group of schoolchildren in Kiambu on Wednesday, injuring 14 of them.',
    'Scorpion stings killed three children in Aswan province this week, health officials said.',
    'A fire tore through a garment factory in Gazipur on Sunday, killing 17 workers.',
    'A magnitude 6.1 quake killed 40 people in eastern Turkey on Sunday.',
    'Tainted moonshine killed 31 villagers in Gujarat this week, police said.',
    'The man-eating tigress that killed nine villagers near Pandharkawada was finally tranquilised on Friday.',
    'A jaguar attacked a gold miner in Madre de Dios on Tuesday, leaving him with deep wounds to his arms.',
    'Stray dogs have attacked 40 people in Srinagar this month; on Sunday they killed a seven-year-old girl.',
    'A truck driver lost consciousness at the wheel and killed two pedestrians in Lyon on Monday, prosecutors said.',
    "Toxic fumes from a chemical plant killed three workers in Gujarat's Bharuch on Monday.",
    'Police staged a mock attack on a shopping mall in Nairobi on Sunday to test their response to gunmen.',
    'The army carried out a drill in Lahore on Monday simulating a bomb attack on a railway station.',
    'A former soldier who shot dead three colleagues at a base in Texas in 2022 was sentenced to life on Friday.',
    'A man who kidnapped a businessman in Lagos in 2021 was found guilty on Tuesday.',
    'Officials denied that soldiers had shot any protesters in Kinshasa on Saturday.',
    'A leopard killed a four-year-old boy in a tea garden near Jalpaiguri on Sunday, the forest department said.',
    'A puma attacked a cyclist on a trail near Boulder on Sunday, leaving him with wounds to his neck and arms.',
    'A cheetah attacked a keeper at a wildlife park in Limpopo on Saturday; he was airlifted to hospital.',
    'Hornets attacked a wedding party in Ghazipur on Sunday, killing an elderly guest and injuring 30 others.',
    'A pit bull killed a toddler in a backyard in Memphis on Monday, police said.',
    'A pair of wolves attacked and killed a shepherd in the mountains near Kars on Tuesday.',
    'Two baboons attacked a ranger near Kasane on Saturday and injured him badly.',
    'A box jellyfish killed a tourist swimming off Koh Phangan on Friday, police said.',
    'An anaconda killed a fisherman on the Amazon near Manaus on Tuesday, relatives said.',
    'A stingray killed a diver off Cairns on Monday, police said.',
    'Contaminated cough syrup killed 12 children in Jammu, health officials said on Monday.',
]

INCIDENT = [
    'Gunmen on motorbikes stormed a market in Zamfara on Monday, killing 17 traders, police said.',
    'A man was found dead with gunshot wounds in a flat in Malmo on Tuesday, police said.',
    'Eleven farmers were abducted from their fields near Kaduna on Sunday, residents said.',
    'A roadside device was defused near a checkpoint in Kirkuk on Monday, police said.',
    'Police opened fire on protesters in Conakry on Thursday, killing three, witnesses said.',
    'A mob lynched two men accused of theft in Bauchi on Saturday, police said.',
    'A landmine exploded under a bus in Kandahar province on Monday, killing nine passengers.',
    'An IED went off near an army convoy in North Waziristan on Tuesday, wounding four soldiers.',
    'A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 12 worshippers.',
    'A drone struck a fuel depot in Belgorod on Sunday, injuring two workers, the governor said.',
    'Militants torched six houses in a village in Manipur on Wednesday, police said.',
    'A man stabbed three commuters at a train station in Hamburg on Tuesday before police detained him.',
    'Armed men kidnapped a priest from his parish house in Enugu on Sunday.',
    'Unknown attackers shot dead a journalist outside his home in Tijuana on Monday.',
    'A car bomb killed five people near a police station in Mogadishu on Saturday.',
    'The Tamil Tigers ambushed an army patrol near Jaffna on Sunday, killing seven soldiers.',
    'Russian missiles hit apartment blocks in Kharkiv overnight, killing four civilians, officials said.',
    'A grenade thrown into a bar in Bujumbura injured nine people on Friday night.',
    'A driver deliberately rammed his car into a crowd at a Christmas market in Leipzig on Saturday, killing two people, in what police called a terror attack.',
    'Arsonists set fire to a mosque in Kano on Tuesday; police said the blaze was started deliberately.',
    'Bandits killed a ranger who was guarding elephants in Tsavo on Monday.',
    # each of these was dropped by the first version of the veto (its outside review)
    # a fire set by people
    "A fire set by looters killed 5 traders in a warehouse in Kano on Tuesday.",
    # a rigged or exploding vehicle
    "A booby-trapped truck exploded outside a police station in Quetta on Tuesday, killing 6 people.",
    "Three cars exploded at a checkpoint near Baidoa on Tuesday, killing 7 soldiers.",
    # a denial of an attack, not of the deaths
    "The Houthis denied the raid that killed 4 fishermen off Hodeidah on Tuesday.",
    # an act told in an "after"/"when" clause of a wish
    "The mayor called for restraint after gunmen killed 8 farmers in Makurdi on Tuesday.",
    "Elders pledged revenge after bandits shot dead 6 herders in Zamfara on Tuesday.",
    # gunfire, a side or a squad of people
    "Army fire killed four demonstrators in Khartoum on Tuesday.",
    "The Ukrainian side shelled Donetsk on Tuesday, killing 3 civilians.",
    "A squad of policemen shot dead 4 suspects in Dhaka on Tuesday.",
    # victims beside an animal
    "Gunmen shot dead a sniffer dog and two guards in Karachi on Tuesday.",
    # "found" without "guilty"
    "A gunman who killed 5 worshippers at a mosque in Kano on Tuesday was found hiding in a shed.",
    # an arrest of plotters
    "The gunmen plotted to attack a market in Peshawar on Tuesday but were captured.",
]


@pytest.mark.parametrize("text", NO_INCIDENT)
def test_no_incident(text: str) -> None:
    assert _run(text) == []


@pytest.mark.parametrize("text", INCIDENT)
def test_incident_kept(text: str) -> None:
    assert _run(text)


@pytest.mark.parametrize("sentence, expected", [
    ("KOLKATA, India, March 10 — A tiger attack killed a woman in the Sundarbans on Sunday.", False),
    ("A crocodile killed a fisherman near Darwin on Thursday.", False),
    ("Rangers shot dead a leopard that had killed two children near Nyeri.", False),
    ("A bus plunged into a gorge near Shimla, killing 14 passengers.", False),
    ("Two hikers were killed by a grizzly bear in Banff on Saturday.", False),
    ("Opposition senators killed the pension bill in committee on Tuesday.", False),
    ("A man who stabbed his neighbour in Bradford was jailed for life on Friday.", False),
    ("The group had planned to bomb a concert in Vienna, prosecutors said.", False),
    ("The Tamil Tigers attacked an army camp near Jaffna, killing 12 soldiers.", True),
    ("A landmine exploded under a bus in Kandahar, killing nine passengers.", True),
    ("A car laden with explosives hit a taxi in Maiduguri, killing eight people.", True),
    ("A bus hit a roadside bomb near Niono, killing 12 passengers.", True),
    ("Police opened fire on protesters in Conakry, killing three.", True),
    ("A journalist was gunned down in her car in Benghazi on Tuesday.", None),
    ("Five villagers were abducted near Gusau on Monday.", None),
    ("A fire set by looters killed 5 traders in a warehouse in Kano on Tuesday.", True),
    ("A booby-trapped truck exploded outside a police station in Quetta on Tuesday, killing 6 people.", True),
    ("Army fire killed four demonstrators in Khartoum on Tuesday.", True),
    ("Gunmen shot dead a sniffer dog and two guards in Karachi on Tuesday.", True),
    ("The mayor called for restraint after gunmen killed 8 farmers in Makurdi on Tuesday.", True),
    # still vetoed: a crash, a denied clause, a verdict, a plan with no arrest, animals only
    ("Officials denied that police had shot any students in Harare on Tuesday.", False),
    ("Rangers shot dead two leopards in Nairobi National Park on Tuesday.", False),
    ("A man who stabbed a guard in Kano in 2022 was found guilty on Tuesday.", False),
])
def test_reading(sentence: str, expected: bool | None) -> None:
    assert _tells(sentence) is expected
