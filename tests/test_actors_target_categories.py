"""Target categories named by the victims' own words: the categories of the gold sets (protesters, clergy,
prisoners, aid workers) and civilians named by their trade or situation, after any killing verb."""
from __future__ import annotations

import pytest

from worker.extract.actors import target_categories


@pytest.mark.parametrize("sentence, event_type, expected", [
    ("Soldiers opened fire on demonstrators in the capital on Friday, killing four.", "protest", ["protesters"]),
    ("Gunmen shot dead the parish priest of the village on Sunday.", "attack", ["clergy"]),
    ("Eleven inmates were stabbed to death during a riot at the jail.", "riot", ["prisoners"]),
    ("Three aid workers were ambushed and killed on the road to the camp.", "attack", ["aid workers"]),
    ("At least 40 mourners were killed when a bomb went off at the funeral.", "bombing", ["civilians"]),
    ("Nine traders died when their bus was ambushed outside the town.", "attack", ["civilians"]),
    ("Militants executed 20 men from the tribe on Tuesday.", "attack", ["civilians"]),
    ("Unknown assailants gunned down a retired judge outside his home.", "targeted_killing",
     ["government officials"]),
    ("Attackers murdered the chairman of the opposition Freedom Party on Monday.", "targeted_killing",
     ["politicians"]),
    ("Four Afghan villagers killed and two wounded in a mortar attack in Helmand.", "shelling", ["civilians"]),
    ("A car bomb at the bus station left 14 travellers dead on Friday.", "bombing", ["civilians"]),
    ("A suicide attack on a checkpoint kills at least 9 soldiers.", "suicide_bombing", ["military"]),
    ("Twelve pilgrims were yesterday reportedly killed in the ambush.", "attack", ["civilians"]),
    ("At least 30 Malians were killed when gunmen attacked the market.", "attack", ["civilians"]),
    ("Gunmen shot dead two doctors and a shopkeeper outside the clinic.", "attack", ["civilians"]),
    ("Three tourists were wounded when the grenade exploded.", "bombing", ["civilians"]),
])
def test_victims_named_by_their_words(sentence: str, event_type: str, expected: list[str]) -> None:
    assert target_categories([sentence], event_type)[0] == expected


def test_more_precise_category_replaces_generic_people() -> None:
    """Protesters among "people" killed are protesters, not also civilians."""
    found, _ = target_categories(["Police fired on protesters in the square and six people were killed."],
                                 "protest")
    assert found == ["protesters"]


def test_burned_things_are_no_victims() -> None:
    """'where 15 cars were burned' names no victims: the youths before it are not made civilians."""
    found, _ = target_categories(["Police fired tear gas at groups of youths in the suburb, where 15 cars were "
                                  "burned."], "riot")
    assert "civilians" not in found


def test_aid_workers_are_not_also_workers() -> None:
    found, _ = target_categories(["Two humanitarian workers were abducted near the border."], "abduction")
    assert found == ["aid workers"]


def test_armed_men_are_no_civilians() -> None:
    found, _ = target_categories(["Five armed men were killed in the raid on the camp."], "attack")
    assert "civilians" not in found



def test_a_counted_doer_is_no_headline_victim() -> None:
    """'Two gunmen killed a guard': the verb has an object, so its counted subject did the killing."""
    found, _ = target_categories(["Two policemen killed a robber outside the bank."], "attack")
    assert "police" not in found


def test_nationals_in_a_clash_are_no_civilians() -> None:
    """In a clash a nationality does not say on which side the dead fought."""
    found, _ = target_categories(["Soldiers clashed with gunmen in the camp and six Palestinians were killed."],
                                 "armed_clash")
    assert "civilians" not in found


def test_a_country_name_is_no_nationals() -> None:
    found, _ = target_categories(["The bombing targeted the Philippines' consulate in the city."], "bombing")
    assert "civilians" not in found


def test_members_of_a_force_named_by_trade_are_no_civilians() -> None:
    s = "Insurgents ambushed a convoy and killed three army nurses and a military driver near Kidal."
    assert target_categories([s], "attack")[0] == ["military"]


def test_force_families_stay_civilians() -> None:
    s = "A car bomb killed four military families in their housing block near the base."
    assert "civilians" in target_categories([s], "bombing")[0]


def test_nationals_serving_a_side_are_no_civilians() -> None:
    s = "A drone attack killed nine Nepalis serving in a foreign legion near the front."
    assert "civilians" not in target_categories([s], "air_strike")[0]
    s = "Gunmen killed nine Nepalis at a construction site near the capital."
    assert target_categories([s], "attack")[0] == ["civilians"]


@pytest.mark.parametrize("sentence, expected", [
    ("Officers in Kumasi said a taxi driver was hacked to death overnight.", ["civilians"]),
    ("The army in Gao reported that two farmers were shot dead near the well.", ["civilians"]),
    ("Police in Gao said two soldiers were killed in an ambush.", ["military"]),
])
def test_who_reports_a_passive_killing_is_no_victim(sentence: str, expected: list[str]) -> None:
    assert target_categories([sentence], "attack")[0] == expected


@pytest.mark.parametrize("sentence", [
    "Gunmen shot dead a farmer near the well.",
    "A shepherd was hacked to death in the hills.",
    "A student and a pedestrian were wounded by stray bullets.",
    "Raiders killed a woman and her child.",
])
def test_one_civilian_named_in_the_singular_is_a_civilian(sentence: str) -> None:
    assert target_categories([sentence], "attack")[0] == ["civilians"]


def test_a_one_sided_clash_reads_only_its_victims_and_they_may_be_militants() -> None:
    # a force that killed armed men with no exchange told: the men it killed, not the force, are the targets
    sentence = "Soldiers shot dead five Zelva Front militants near the border on Thursday."
    assert "militants" in target_categories([sentence], "armed_clash", one_sided=True)[0]
    assert "military" not in target_categories([sentence], "armed_clash", one_sided=True)[0]
    assert target_categories([sentence], "armed_clash")[0] == ["military"]
