"""A fronted period governs every part of its sentence up to one with a day of its own; a year is no sum's figure."""
import pytest

from worker.extract import toll_phrases, types
from worker.pipeline import incidents


def _incidents(nlp, text: str, published: str = "2024-05-14") -> list[dict]:
    art = {"id": "t", "url": "", "title": None, "published": published, "text": text,
           "fetched_at": published + "T10:00:00Z"}
    return incidents([art], nlp)[0]


@pytest.mark.parametrize("sentence", [
    "Since March, gunmen have killed 310 people in Katsina, torched 25 villages and abducted 900.",
    "So far this year, militants have killed 140 people in Cabo Delgado, razed 30 villages and kidnapped 200.",
    "Since 2019, armed groups have killed 4,000 civilians in Ituri, burned schools and kidnapped hundreds.",
])
def test_a_fronted_period_sums_every_part_after_it(sentence: str) -> None:
    spans = toll_phrases.aggregate_spans(sentence)
    assert spans and spans[0][0] == 0 and spans[-1][1] >= sentence.rindex(",")
    assert types.classify(sentence) is None


def test_a_part_with_its_own_day_stays_an_event(nlp) -> None:
    text = ("Since April, rebels have shelled Goma's outskirts, displaced 9,000 families and on Thursday a shell "
            "killed four children in Mugunga.")
    found = _incidents(nlp, text)
    assert [(m["event_type"], m["killed"]) for m in found] == [("shelling", 4)]


def test_a_recalled_raid_with_a_year_and_no_comma_stays(nlp) -> None:
    text = ("Gunmen attacked a market in the town of Bungudu on Sunday, killing nine traders, police said. No group "
            "has claimed the attack, but bandits have claimed previous attacks in the same area including a raid on "
            "a clinic in 2022.")
    dates = sorted(m["date"] for m in _incidents(nlp, text))
    assert dates == ["2022", "2024-05-12"]



@pytest.mark.parametrize("text,killed", [
    ("Since January, bandits have killed 600 people in Zamfara, and hours later gunmen killed 14 traders in Gusau.", 14),
    ("So far this year, militants have killed 90 people in Borno, and in the latest raid gunmen killed 12 in Gwoza.", 12),
    ("Since April, rebels have killed 300 people in Ituri, and on May 3 militiamen killed 11 villagers in Djugu.", 11),
])
def test_a_part_with_its_own_subject_is_not_the_periods(nlp, text: str, killed: int) -> None:
    assert [m["killed"] for m in _incidents(nlp, text)] == [killed]
