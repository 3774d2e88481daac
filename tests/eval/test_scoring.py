"""The scorer itself: `unscored` fields, the stable wad split, merge-dev primaries (hand-made incidents)."""
from __future__ import annotations

from worker.evaluation import Tally, merge_primary_gold, wad_half


def _inc(**kw):
    base = {"primary": True, "event_type": "bombing", "date": "2031-05-02", "country": "Freedonia",
            "admin1": "North Province", "city": "Port Amber", "killed": 4, "injured": 9,
            "perpetrators": ["Red Hand"], "targets": ["civilians"], "weapons": ["car bomb"]}
    return base | kw


def test_unscored_fields_are_left_out_of_their_denominator():
    tally = Tally()
    tally.add([_inc(admin1=None, injured=3, weapons=[])],
              [_inc(unscored=["admin1", "injured", "weapons"], weapons=None)])
    tally.add([_inc(admin1="South Province")], [_inc()])
    report = tally.report()
    assert report["admin1"] == 0.0          # only the second pair counts, and it is wrong
    assert report["injured"] == 1.0         # the first pair's wrong injured is unscored
    assert report["weapons_f1"] == 1.0      # weapons scored on the second pair only
    assert report["city"] == 1.0


def test_set_never_annotated_is_not_reported():
    tally = Tally()
    tally.add([_inc()], [_inc(weapons=None, unscored=["weapons"])])
    assert "weapons_f1" not in tally.report()
    assert "perpetrators_f1" in tally.report()


def test_wad_half_is_stable_and_splits_roughly_in_two():
    ids = [f"wad-2031{i:04d}-xyz-r{i:04d}" for i in range(400)]
    halves = [wad_half(i) for i in ids]
    assert halves == [wad_half(i) for i in ids]
    assert set(halves) == {"wad-dev", "wad-test"}
    assert 150 < halves.count("wad-dev") < 250


def test_merge_primary_missing_prediction_counts_as_wrong():
    record = {"incident": {k: v for k, v in _inc().items() if k not in ("primary", "perpetrators", "targets",
                                                                         "weapons")}}
    gold = merge_primary_gold(record)
    tally = Tally()
    tally.add_primary([_inc(primary=False), _inc(killed=5)], gold)   # first primary is the one scored
    tally.add_primary([], gold)                                      # nothing found
    report = tally.report()
    assert report["city"] == 0.5
    assert report["killed"] == 0.0
    assert report["primary_f1"] == 2 * 1.0 * 0.5 / 1.5
    assert not any(k.endswith("_f1") and k.split("_")[0] in ("perpetrators", "targets", "weapons") for k in report)
