"""What the synthetic place probes (scripts/synth_places.py, synth_nocountry.py) share: `tally` and `print_tables`,
their one scoring, and `_plain_town`, the towns they may draw. Fresh texts, read without the parse."""
import sys
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import synth_places  # noqa: E402


class _Case(NamedTuple):
    template: str
    text: str
    country: str
    admin1: str
    city: str


def test_each_case_is_counted_under_every_key_with_the_fields_it_got_right(capsys) -> None:
    todo = [_Case("t1", "Gunmen killed six traders in Kano on Monday, police said.", "Nigeria", "Kano", "Kano"),
            _Case("t1", "Gunmen killed six traders in Kano on Monday, police said.", "Nigeria", "Kano", "Wudil"),
            _Case("t2", "A bomb killed four soldiers in Kandahar on Friday.", "Afghanistan", "Kandahar", "Kandahar")]
    by, scored = synth_places.tally(lambda text: None, todo, ("template", "country"),
                                    lambda c: (c.template, c.country))
    assert dict(by["template"]) == {"t1": [2, 2, 2, 1], "t2": [1, 1, 1, 1]}
    assert dict(by["country"]) == {"Nigeria": [2, 2, 2, 1], "Afghanistan": [1, 1, 1, 1]}
    assert [ok for _, _, ok in scored] == [[True, True, True], [True, True, False], [True, True, True]]
    assert scored[1][1] == ("Nigeria", "Kano", "Kano")
    synth_places.print_tables(by, "probe all")
    last = capsys.readouterr().out.splitlines()[-1].split()
    assert last == ["probe", "all", "3", "1.000", "1.000", "0.667"]


def test_a_want_of_its_own_decides_what_is_right() -> None:
    todo = [_Case("t", "Gunmen killed six traders in Kano on Monday, police said.", "Nigeria", "Kano", "")]
    _, scored = synth_places.tally(lambda text: None, todo, ("template",), lambda c: (c.template,),
                                   lambda got, want: not got if not want else synth_places._same(got, want))
    assert scored[0][2] == [True, True, False]  # a city found where the case wants none


def test_a_plain_town_is_no_provinces_name_and_no_other_towns_of_its_country() -> None:
    from worker.extract.geonames import index

    town = next(c for c in index().cities("Kafanchan") if c.country == "Nigeria")
    assert synth_places._plain_town("Kafanchan", town, "Nigeria")
    kano = next(c for c in index().cities("Kano") if c.country == "Nigeria")
    assert not synth_places._plain_town("Kano", kano, "Nigeria")  # also the state's name
    assert not synth_places._plain_town("Hope", town, "Nigeria")  # a plain English word
