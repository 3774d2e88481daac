"""An untyped toll lead dates the event told next only with its toll's own day, and only when the toll is no
accident's. Texts written for these tests."""
import pytest

from worker.extract import extract_incidents

FRIDAY = "2024-10-04"


def _primary_date(text: str) -> str | None:
    return next(i.date for i in extract_incidents(text, None, FRIDAY) if i.primary)


@pytest.mark.parametrize("text", [
    "A bus crash near Lokoja left nine people dead on Wednesday, officials said. Gunmen killed two herders in Benue "
    "State, police said.",
    "A boat capsizing on Lake Kainji left 14 traders dead on Wednesday. Bandits killed five vigilantes in an ambush "
    "near Birnin Gwari, police said.",
])
def test_an_accident_lead_s_day_does_not_date_the_attack_told_next(text: str) -> None:
    assert _primary_date(text) != "2024-10-02"


def test_a_report_s_day_after_the_toll_does_not_date_the_raid() -> None:
    text = ("A police operation in Belem left five people dead, according to a tally published on Wednesday.\n\n"
            "Officers raided the Jurunas district and exchanged fire with gang members, witnesses said.")
    assert _primary_date(text) != "2024-10-02"
