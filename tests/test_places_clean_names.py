"""Place names as records report them: no symbols NER took along, no invisible characters."""
import pytest

from tests.place_cases import where
from worker.extract.toponyms import clean_name


@pytest.mark.parametrize("raw, clean", [
    ("Kano 🙂🙂", "Kano"), ("Mai\u200bduguri", "Maiduguri"), ("★ Gao", "Gao"), ("St. Louis", "St. Louis"),
    ("Côte d'Ivoire", "Côte d'Ivoire"), ("'s-Hertogenbosch", "'s-Hertogenbosch"), ("🙂", None), (None, None),
])
def test_clean_name(raw: str | None, clean: str | None) -> None:
    assert clean_name(raw) == clean


def test_a_town_followed_by_emoji_is_reported_without_them() -> None:
    got = where("Gunmen killed five traders in Kano 🙂🙂 on Sunday, police said.")
    assert got[2] == "Kano"
