"""One event told over several sentences is one incident: a sentence that counts one more victim ("A fourth guest
was wounded") or retells a recalled event ("That explosion killed 12") adds to the draft it belongs to, not a new
incident (the readable sets' extra incidents of this kind: helper "split", session 32)."""
from __future__ import annotations

from typing import Any

from tests.recall_cases import run

_ORDINAL_GUEST = ("Gunmen opened fire on a wedding party in the village of Tudun Wada in Zamfara state on Friday, "
                  "killing three guests.\n\nA fourth guest, a teenage boy, was wounded.\n\n"
                  "Residents said the attackers arrived on motorbikes.")

_ORDINAL_FARMER = ("KANDAHAR, Afghanistan — A roadside bomb struck a minibus in the Arghandab district of Kandahar "
                   "province on Tuesday morning, killing two farmers who were riding to market, the governor's "
                   "spokesman said.\n\nA third farmer, aged 40, was wounded.\n\n"
                   "Police blamed the Taliban for the bombing.")

_THAT_EXPLOSION = ("COTABATO CITY, Philippines – A bomb exploded at a bus terminal in Kidapawan City, Cotabato, on "
                   "Monday, March 11, killing three passengers and wounding nine others, police said.\n\n"
                   "The bomb was hidden in a sack near a ticket booth, according to the city's police chief.\n\n"
                   "The blast came about six weeks after the bombing of a chapel in Jolo, Sulu, on January 28, 2024. "
                   "That explosion killed 12 churchgoers and wounded more than 60. Abu Sayyaf was blamed for it.\n\n"
                   "Soldiers have since arrested two suspects in the Jolo bombing.")


def _brief(incs: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(f["event_type"], f["date"], f["city"], f["killed"], f["injured"]) for f in incs]


def test_an_ordinal_victim_is_no_second_attack(nlp) -> None:
    incs = run(nlp, _ORDINAL_GUEST, "2024-03-12")
    assert len(incs) == 1
    assert incs[0]["killed"] == 3 and incs[0]["city"] == "Tudun Wada"


def test_an_ordinal_victim_adds_to_the_toll(nlp) -> None:
    incs = run(nlp, _ORDINAL_FARMER, "2024-03-12")
    assert len(incs) == 1
    assert (incs[0]["killed"], incs[0]["injured"]) == (2, 1)


def test_that_explosion_joins_the_recalled_bombing(nlp) -> None:
    incs = _brief(run(nlp, _THAT_EXPLOSION, "2024-03-12"))
    assert incs == [("bombing", "2024-03-11", "Kidapawan", 3, 9), ("bombing", "2024-01-28", "Jolo", 12, 60)]


_DOERS_CLAUSE = ("Six people were killed on Sunday when gunmen stormed a hotel in Mogadishu, police said.\n\n"
                 "On March 3 last year, two al-Shabaab fighters carried out a suicide bombing outside the Defence "
                 "Ministry in Mogadishu; both attackers died and three guards were slightly injured.\n\n"
                 "The group said it carried out the hotel attack.")

_REPRISAL = ("Gunmen stormed the headquarters of a state energy company in Kirikkale on Wednesday, killing four people "
             "and wounding 15, the interior minister said.\n\nThe attackers were killed by security forces after a "
             "two-hour gunfight.\n\nHours after the attack, Turkish warplanes struck what the ministry called PKK "
             "targets in northern Iraq.")


def test_a_clause_of_the_doers_fate_is_no_other_event(nlp) -> None:
    incs = _brief(run(nlp, _DOERS_CLAUSE, "2024-03-12"))
    assert [x[:3] for x in incs] == [("attack", "2024-03-10", "Mogadishu"), ("suicide_bombing", "2023-03-03", "Mogadishu")]


def test_a_reprisal_does_not_type_the_attack(nlp) -> None:
    incs = run(nlp, _REPRISAL, "2024-03-12")
    assert [f["event_type"] for f in incs] == ["attack"]


_REVISED_TOLL = ("Pakistan revised down the death toll from the twin bombings at a Sufi shrine in the northwestern town "
                 "of Parachinar in Kurram district to 41 from 47 on Friday, citing double counting.\n\n"
                 "More than 120 were wounded in Wednesday's blasts, which tore through crowds of pilgrims. The "
                 "Pakistani Taliban said two of its members had detonated explosive vests.")


def test_a_revised_toll_is_dated_by_the_blasts_not_the_revision(nlp) -> None:
    incs = run(nlp, _REVISED_TOLL, "2024-03-09")
    assert [(f["date"], f["city"]) for f in incs] == [("2024-03-06", "Parachinar")]


def test_revised_down_is_an_update() -> None:
    from worker.extract import casualties
    found = casualties.counts("Officials revised down the death toll from the blast to 41 on Friday.", "killed")
    assert [(c.n, c.update) for c in found] == [(41, True)]


_CAPITAL_USED = ("(Reuters) - Russian missiles struck the centre of Kharkiv on Saturday, killing 11 people, including "
                 "two children, Ukrainian officials said. More than 50 were wounded.\n\n"
                 "Ukraine said Moscow had used cluster munitions against residential areas. Russia denied targeting "
                 "civilians.")


def test_a_capital_that_used_weapons_is_its_state_not_a_scene(nlp) -> None:
    incs = run(nlp, _CAPITAL_USED, "2024-03-10")
    assert [(f["city"], f["killed"]) for f in incs] == [("Kharkiv", 11)]


_STILL_ATTACKS = ("Four soldiers were wounded late on Sunday when al-Shabaab militants attacked a checkpoint near "
                  "Afgooye, Somali officials said.\n\n"
                  "Al-Shabaab militants still carry out hit-and-run attacks on troops and villagers in rural areas of "
                  "Lower Shabelle and Middle Shabelle, although the group lost Mogadishu in 2011.")


def test_what_a_group_still_does_is_no_incident(nlp) -> None:
    incs = run(nlp, _STILL_ATTACKS, "2024-03-12")
    assert [f["date"] for f in incs] == ["2024-03-10"]


def test_still_with_the_plural_of_acts_is_habitual() -> None:
    from worker.extract import types
    assert types.habitual("Militants still carry out hit-and-run attacks on villagers in rural Kirkuk.")
    assert not types.habitual("The gunmen were still inside the school when troops arrived.")


_FOREIGN_ALIAS = ("NIAMEY (AFP) - Nine Nigerien soldiers were killed in an attack by suspected jihadists in the "
                  "southwestern Tillaberi region on Sunday, the defence ministry said.\n\n"
                  "A patrol was ambushed near the village of Inates, in the Tera department, by dozens of gunmen on "
                  "motorcycles, the ministry said in a first statement, which reported six soldiers killed.\n\n"
                  "Twelve other soldiers were wounded and evacuated to Niamey, it added.")


def test_a_foreign_namesake_province_starts_no_other_event(nlp) -> None:
    incs = run(nlp, _FOREIGN_ALIAS, "2024-03-12")
    assert [(f["country"], f["admin1"], f["killed"]) for f in incs] == [("Niger", "Tillaberi", 9)]
