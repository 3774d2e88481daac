"""One incident's tolls told across a page: a figure a source gave first and replaced since ("police initially said
..."), the wounded who died as the toll was raised leaving the wounded first counted, a toll told as "the number of
martyrs has now reached", the wounded as they are ("twelve others are still being treated"), the wounded of a
sentence one of whom then died, an attacker who shot himself after the killing, umbrella nouns an aside re-tells,
a bracketed short form inside a subject. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentences: list[str], kind: str) -> int | None:
    return casualties.merge([c for s in sentences for c in casualties.counts(s, kind)])[0]


_TOLLS = [
    # a first figure replaced by the lead's present one
    (["Five people were killed and 23 wounded when gunmen fired on a crowd outside a stadium in Kaduna late on Friday.",
      "Police initially said four people had been killed and 24 wounded."], "injured", 23),
    # the wounded who died as the toll was raised leave the wounded first counted
    (["Police initially said two people had been killed and 15 wounded in the blast at the bus depot in Quetta.",
      "Three of the wounded died in hospital overnight, raising the toll to five, a police spokesman said."],
     "injured", 12),
    # the number of the dead, told as it now stands
    (["\"Two of the injured died overnight, so the number of martyrs has now reached nine,\" the governor said."],
     "killed", 9),
    (["Two of the injured died in hospital, so the number of dead is now six."], "killed", 6),
    # the wounded as they are
    (["A mortar shell hit a market in Mogadishu, killing five traders.",
      "Eleven others are still being treated at Madina hospital, a doctor said."], "injured", 11),
    # the wounded of a sentence, one of whom then died
    (["Four policemen were wounded and taken to the district hospital in Bannu, where one of them, constable Imran "
      "Khan, succumbed to his injuries on Sunday."], "injured", 3),
    # the attacker who shot himself after the killing
    (["A man opened fire in a supermarket in Ohio, killing three people and wounding two, before shooting himself."],
     "killed", 4),
    # an umbrella noun an aside re-tells
    (["Two villagers, a farmer and a herder, were killed by a roadside bomb."], "killed", 2),
    # a short form in brackets within a subject
    (["Four gunmen described as members of the Islamic State West Africa Province (ISWAP) group were killed."],
     "killed", 4),
]


@pytest.mark.parametrize("sentences,kind,toll", _TOLLS)
def test_toll(sentences: list[str], kind: str, toll: int | None) -> None:
    assert _toll(sentences, kind) == toll


# controls (they pass on the code before these changes too, and must still): a single toll stays; an attacker the
# toll already includes is not added; a present figure beside a first one; a raise's own killed figure; the wounded
# told after a raise
_CONTROLS = [
    (["Five people were killed and 23 wounded when gunmen fired on a crowd outside a stadium in Kaduna late on Friday.",
      "Police initially said four people had been killed and 24 wounded."], "killed", 5),
    # a first figure with only deaths added since: the first figure still counts
    (["Officials first said three soldiers had been killed in the ambush near Gao.",
      "Two of the wounded later died in hospital."], "killed", 5),
    (["Police initially said two people had been killed and 15 wounded in the blast at the bus depot in Quetta.",
      "Three of the wounded died in hospital overnight, raising the toll to five, a police spokesman said."],
     "killed", 5),
    # ... but a figure of the wounded told after the raise is the present one
    (["The army said the toll had risen to 14 dead after four of the wounded died of their injuries.",
      "Eighteen other soldiers were wounded and flown to Bamako, it added."], "injured", 18),
    (["Three people were killed, including the attacker, when a bomber struck a checkpoint in Baquba."], "killed", 3),
    (["Gunmen killed seven people in a village in Zamfara on Sunday, police said."], "killed", 7),
    (["Nine people were wounded in the attack, officials said.",
      "One of the wounded later died in hospital."], "injured", 8),
    (["Police initially said six people had been wounded."], "injured", 6),
    (["Three of the injured are in critical condition, a doctor said.", "Twelve people were wounded."],
     "injured", 12),
]


@pytest.mark.parametrize("sentences,kind,toll", _CONTROLS)
def test_control(sentences: list[str], kind: str, toll: int | None) -> None:
    assert _toll(sentences, kind) == toll
