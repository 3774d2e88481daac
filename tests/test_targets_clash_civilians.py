"""An armed clash's targets: the force the other side fought, wherever named, and the civilians the fighting killed
(communal clashes between herders and farmers or clans name no force)."""
from worker.extract import actors


def targets(sentence: str) -> list[str]:
    return actors.target_categories([sentence], "armed_clash")[0]


def test_communal_clash_targets_civilians() -> None:
    assert targets("Cattle herders and crop farmers clashed near the river on Monday, killing 12 villagers.") == [
        "civilians"]


def test_clan_fighting_people_killed_are_civilians() -> None:
    assert targets("At least nine people were killed in fighting between two rival clans near the well.") == [
        "civilians"]


def test_force_clash_keeps_the_force_only() -> None:
    assert targets("Police clashed with gunmen at a checkpoint, and two officers were killed.") == ["police"]
    assert targets("Troops fought rebels for hours near the border; four people died.") == ["military"]


def test_force_clash_with_civilian_dead() -> None:
    assert targets("Soldiers battled insurgents outside the town, and three civilians were killed in the crossfire.") == [
        "military", "civilians"]
