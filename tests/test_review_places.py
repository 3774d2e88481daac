"""Defects an outside review found in the place code (issue #13): the ranker's weights file, its cost and memory,
and where towns and provinces come from. Fresh sentences written for these tests."""
from __future__ import annotations

import gc
import re
import tracemalloc
from pathlib import Path

import pytest

from worker.extract import place_ranking, places


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    places.warm()


def test_a_cut_short_or_mismatched_weights_file_stops_the_start(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The service start (places.warm) refuses a bad weights file; per article the rules decide alone."""
    bad = tmp_path / "place_ranker.json"
    monkeypatch.setattr(place_ranking, "WEIGHTS", str(bad))
    for content in ('{"weights": {"bias": 0.1, "none": -0.5', '{"weights": {"some_old_feature": 2.0}}', "[]"):
        bad.write_text(content, encoding="utf-8")
        with pytest.raises(place_ranking.WeightsError):
            places.warm()
        place_ranking.weights.cache_clear()
        try:
            assert place_ranking.weights() is None
        finally:
            place_ranking.weights.cache_clear()
    bad.unlink()
    with pytest.raises(place_ranking.WeightsError):
        places.warm()


def _cands(text: str) -> list[place_ranking.Candidate]:
    mentions = places.localize(places.find(text, 0, len(text), None), "Nigeria")
    return place_ranking.candidates(mentions, "Nigeria", places._is_name)


def _cue(text: str) -> place_ranking.Cue:
    at = text.index("killed")
    return place_ranking.Cue(text, (at, at + 6), ((0, len(text)),), None)


def test_occurrences_find_whole_names_only() -> None:
    text = "Bauchi-Jos road. Bauchi town, Bauchis, Jos, Jos-North, the Jos Plateau; in Bauchi."
    cands = _cands("Gunmen killed two people in Bauchi town, police said.")
    ctx = place_ranking.context(cands, place_ranking.Cue(text, (0, 1), ((0, len(text)),), None))
    for name in ("Bauchi", "Jos", "Jos Plateau", "Bauchi town"):
        expected = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
        assert place_ranking.occurrences(ctx, text, name) == expected, name


def test_matrix_equals_features_computed_alone() -> None:
    """The once-per-incident context gives each candidate the features it has on its own."""
    text = ("Gunmen killed nine villagers in Tungan Maje, a village in Zamfara State, and two in Gusau, "
            "Zamfara's capital, police in Kaduna said.")
    cands, cue = _cands(text), _cue(text)
    rows = place_ranking.matrix(cands, cue, "Nigeria")
    assert len(cands) >= 3
    assert rows[1:] == [place_ranking.features(c, k, cands, cue, "Nigeria") for k, c in enumerate(cands)]


def test_ranking_keeps_no_past_article() -> None:
    """Memory held after ranking does not grow with the number of articles ranked."""
    def rank(i: int) -> None:
        text = f"Gunmen killed four people in Jos on Tuesday, residents said. Report {i} \u2603 " + "y" * 60_000
        place_ranking.pick(_cands(text[:60]), _cue(text), "Nigeria")

    rank(-1)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(30):
        rank(i)
    gc.collect()
    retained = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert retained < 1_000_000  # 30 texts of 60,000 4-byte characters would be 7 MB


@pytest.mark.parametrize("text", [
    "KAMPALA, Uganda (Reuters) — A grenade killed three people at a bus park on Friday, police said.",
    "LUSAKA, Zambia (Reuters) — Armed robbers shot dead two guards at a bank on Friday, police said.",
    "DAKAR, Senegal — Unknown assailants killed two fishermen at the port on Friday, officials said.",
])
def test_a_datelines_capitals_are_not_the_provinces_spelling(text: str) -> None:
    from worker.extract import extract_incidents
    found = extract_incidents(text, None, "2031-05-02")
    assert found and found[0].admin1 and not found[0].admin1.isupper()


@pytest.mark.parametrize("text,name", [
    ("Zorgani fighters attacked a convoy on Friday, killing four soldiers.", "Zorgani"),
    ("Gunmen killed four Kelbari traders on Friday, police said.", "Kelbari"),
])
def test_a_name_before_a_noun_of_people_is_no_town(text: str, name: str) -> None:
    """An unknown name NER calls a place, used as a people's or group's name, is not the ranker's town."""
    at, kill = text.index(name), text.index("kill")
    mention = places.PlaceMention(None, name, at, at + len(name))
    cue = place_ranking.Cue(text, (kill, kill + 4), ((0, len(text)),), None)
    assert places.resolve([mention], "Nigeria", cue)[0].city is None


def test_an_unknown_name_given_as_a_place_stays_a_candidate() -> None:
    text = "Gunmen killed four traders in Kpakungu Dawaki village on Friday, police said."
    m = next(m for m in places.find(text, 0, len(text), None) if m.text.startswith("Kpakungu"))
    assert not places._people_modifier(m, text)


def test_a_headlines_place_gives_no_evidence_span_outside_the_text() -> None:
    """The town only the headline names is the incident's, but its offsets are the headline's: no text span."""
    from worker.extract import extract_incidents
    title = "Bus station bombing in Kano leaves six dead"
    text = ("Traders had complained about weak security for months. A bomb tore through a crowded bus station in "
            "northern Nigeria on Thursday, killing six people, police said. Rescuers searched the wreckage.")
    found = extract_incidents(text, None, "2031-05-02", title=title)
    assert found and found[0].city == "Kano"
    assert all(text[e.start:e.end] == e.text for i in found for e in i.evidence)
