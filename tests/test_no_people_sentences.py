"""A trigger sentence whose violence is no people's against people starts no incident and gives none its dead
(human_acts.no_people_act, read by the pipeline from the parse of the trigger sentence; extract._drafts skips it):
a non-human agent (the winter, a cold spell), a non-person patient (a reform, a proposal), a definition or a
statistic ("defined as the killing of three or more", "the murder rate"), a drill's targets (floating or dummy
targets, in a sentence that names an exercise). Every negative gave an incident on the base (b902404). The near misses (people
among the agents, a drill where gunmen kill, a car's driver, a rally against a bill) must still give one. Every text
is written for these tests (real places, invented events)."""
from __future__ import annotations

import pytest

from tests.recall_cases import run
from worker.extract import human_acts, syntax


@pytest.fixture(autouse=True, scope="module")
def _nlp(nlp: object) -> None:
    _run.nlp = nlp  # the session's model (conftest)


def _run(text: str) -> list[dict]:
    return run(_run.nlp, text, published="2024-03-12")


def _no_people(sentence: str) -> bool:
    return human_acts.no_people_act(next(iter(syntax.parse(_run.nlp, [sentence]))))


NO_INCIDENT = [
    # (1) a non-human agent
    "One of the coldest winters in decades killed 85 people across Mongolia in January, officials said on Monday.",
    "Last winter, one of the harshest cold spells in years killed more than 90 people in Kabul, according to the "
    "authorities.",
    # (2) a non-person patient
    "The reform was killed on Monday in Rome when two coalition parties walked out of the vote.",
    # (3) a definition or a statistic
    "Police in Cali define a massacre as the killing of three or more people in one event. The number of massacres, "
    "defined as killings of three or more people, fell to 40 in Colombia last year.",
    "A massacre is defined by prosecutors in Mexico as the killing of four or more people, and such killings rose in "
    "Guerrero last year.",
    # (4) a drill's targets
    "North Korean gunners fired artillery shells at floating targets off the coast near Rason on Tuesday during war "
    "games.",
    "During the war games, North Korean artillery units fired at floating targets off Rason on Tuesday.",
    "Off Zambales on Friday, Philippine jets bombed decoy targets in a live-fire drill.",
]

INCIDENT = [
    ("Dogs and gunmen attacked a village near Gusau in Zamfara on Monday, killing six farmers.", 6),
    ("A leopard and gunmen killed five villagers near Garissa on Monday, police said.", 5),
    ("Gunmen killed five soldiers during a drill at a base in Maiduguri on Monday, the army said.", 5),
    ("Gunmen killed the driver of the minister's car in Jalalabad on Sunday, police said.", 1),
    ("Police shot dead a man who attacked villagers with a machete in Kisii on Saturday.", 1),
    ("A bomb killed three people at a rally against the bill in Quetta on Friday.", 3),
    ("Three people were shot dead in Kumasi on Sunday and a dog was also killed, police said.", 3),
    ("Soldiers were firing at dummy targets at a range near Kaduna on Monday when gunmen attacked them, killing two.",
     2),
]


@pytest.mark.parametrize("text", NO_INCIDENT)
def test_no_incident(text: str) -> None:
    assert _run(text) == []


@pytest.mark.parametrize("text,killed", INCIDENT)
def test_incident_still_found(text: str, killed: int) -> None:
    found = _run(text)
    assert found and found[0]["killed"] == killed


@pytest.mark.parametrize("sentence", [
    "One of the harshest winters in years killed more than 160 people.",
    "The frost is a silent killer that attacks the homeless first.",
    "The pension proposal was killed on Tuesday when two parties joined the opposition.",
    "The number of massacres, defined as killings of three or more people at once, fell to 53.",
    "The murder rate fell to 31 per 100,000 last year.",
    "During the drill, missiles launched from ships hit floating targets at sea and a dummy radar site.",
    "Attack helicopters fired rockets at targets painted on hillsides during the exercise.",
])
def test_no_people_act(sentence: str) -> None:
    assert _no_people(sentence)


@pytest.mark.parametrize("sentence", [
    "A leopard and gunmen killed 5 villagers.",
    "Gunmen killed 5 soldiers during a drill.",
    "Gunmen killed the driver of the minister's car.",
    "Police shot dead a man who attacked villagers with a machete.",
    "A bomb killed 3 at a rally against the bill.",
    "Three people were shot dead and a dog was also killed.",
    "Gunmen fired at soldiers guarding a training area.",
    "Soldiers fired at dummy targets as gunmen attacked the base.",
    "Police arrested two men who planned to kill the bill's author.",
])
def test_people_act(sentence: str) -> None:
    assert not _no_people(sentence)


def test_police_training_centre_is_a_real_target() -> None:
    """"training" tells a drill only on a target noun ("practice targets"), not on a place people are at."""
    found = _run("Militants attacked a police training centre in Quetta on Monday, officials said.")
    assert found and found[0]["city"] == "Quetta"
    assert not _no_people("Militants attacked a police training centre in Quetta on Monday.")
    assert _no_people("Tanks fired at practice targets during a drill on Monday.")


@pytest.mark.parametrize("sentence", [
    "Yusuf Danjuma died after being attacked by a rhino near Hwange on Friday.",
    "Yusuf Danjuma died after being attacked by a gorilla near Bwindi on Friday.",
])
def test_named_death_by_an_animal_of_the_lexicon_counts_no_one(sentence: str) -> None:
    """casualties reads its animals from data/nonhuman_agents.csv (a regex of a dozen repeated them before)."""
    from worker.extract import casualties
    assert casualties.counts(sentence, "killed") == []


def test_named_death_by_people_still_counted() -> None:
    from worker.extract import casualties
    assert [c.n for c in casualties.counts("Yusuf Danjuma died after being attacked by gunmen near Gusau on Friday.",
                                           "killed")] == [1]


def test_dateline_sentence_read_after_its_dateline() -> None:
    """The dateline's town parses as the lead verb's subject (a name: people); the sentence is read after it."""
    assert _run("MOMBASA, Kenya, March 10 — One of the coldest winters in decades killed 85 people across Mongolia "
                "in January, officials said.") == []
    assert _run("HARARE, Zimbabwe, March 10 — A crocodile killed a fisherman on Lake Kariba on Sunday, police "
                "said.") == []
