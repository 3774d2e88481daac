"""Narrowings after a review of the branch's toll rules: a man who shoots himself in the leg is no dead attacker; a
ministry's running total of martyrs is no strike's toll; a figure a source gave first stays unless one replaces it,
and a first word with no figure cancels nothing; more dead of one side add only to a toll of that side; the wounded
still treated are the wounded now; "one of them died in captivity" is none of the wounded. Fresh sentences written
for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentences: list[str], kind: str) -> int | None:
    return casualties.merge([c for s in sentences for c in casualties.counts(s, kind)])[0]


_TOLLS = [
    (["An attacker stabbed two men to death at a market in Lyon on Friday.",
      "A guard who chased him was hurt after shooting himself in the foot by mistake."], "killed", 2),
    (["A drone strike on a car in Rafah killed four people on Sunday.",
      "The number of martyrs in the Strip has now reached 29,410, the ministry said."], "killed", 4),
    (["Bandits raided a market near Gusau on Tuesday. Residents first told Reuters that 11 traders had been killed.",
      "A local imam was killed too."], "killed", 11),
    (["Militants overran a base near Menaka. The army first reported that eight soldiers died in the assault.",
      "Two herders died in the crossfire."], "killed", 10),
    (["The ministry, which earlier said the blast was an accident, said nine workers were killed.",
      "Two guards died in the fire."], "killed", 11),
    (["In a separate raid, militants stormed a wedding party near Tank, killing 12 guests.",
      "Three more policemen later died of their wounds."], "killed", 12),
    (["A car bomb killed six people in Mogadishu.",
      "Three of the wounded later died, and 15 others are still being treated in hospital."], "injured", 15),
    (["Gunmen kidnapped eight travellers and wounded two drivers near Birnin Gwari, and one of them died in captivity."],
     "injured", 2),
]


@pytest.mark.parametrize("sentences,kind,toll", _TOLLS)
def test_toll(sentences: list[str], kind: str, toll: int | None) -> None:
    assert _toll(sentences, kind) == toll


def test_one_shot_and_alive_beside_other_wounded() -> None:
    assert _toll(["A gunman opened fire at a cafe in Graz, killing one man.",
                  "A waiter was shot twice but survived, and four customers were hurt."], "injured") == 5
    assert _toll(["Gunmen attacked a bus in Quetta, killing two and wounding three.",
                  "The driver was stabbed but is recovering."], "injured") == 4
    assert _toll(["A teacher was shot in the arm but survived."], "injured") == 1


def test_a_total_since_a_recalled_event_is_not_its_toll() -> None:
    text = ("Raids have grown common since April 2022, when bandits stormed a market near Gusau, and more than 80 "
            "people have been killed in the state since then.")
    assert casualties.counts(text, "killed") == []
    assert casualties.recalled_counts(text, "killed") == []
    assert [c.n for c in casualties.counts("The toll has since then risen to 12.", "killed")] == [12]
