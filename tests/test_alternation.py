"""The grouped alternation finds exactly what the plain one finds: same spans, same name where several could match
(the first in priority order), the same backtracking when the pattern after the alternation refuses a longer name."""
from __future__ import annotations

import re

from worker.extract.alternation import by_first_char

NAMES = ["Northern Hawks Brigade", "Northern Hawks", "NHB", "river guard", "River Guard Front", "Red Hand", "RH",
         "4th Column", "hawks"]


def _parts(names: list[str]) -> list[tuple[str, str]]:
    ordered = sorted(names, key=len, reverse=True)
    return [(n, re.escape(n) if n.isupper() and len(n) <= 5 else f"(?i:{re.escape(n)})") for n in ordered]


def _both(names: list[str], tail: str = r"(?![\w-])") -> tuple[re.Pattern[str], re.Pattern[str]]:
    parts = _parts(names)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(p for _, p in parts) + ")" + tail)
    grouped = re.compile(r"(?<![\w-])(?:" + by_first_char(parts) + ")" + tail)
    return plain, grouped


TEXT = ("Fighters of the NORTHERN HAWKS brigade and the Northern Hawks Brigade clashed with the River Guard Front; "
        "nhb denied it, the NHB and RH did not. The red hand, the Northern Hawks-led unit and the 4th column fled. "
        "river guards, Hawks and Rh.")


def test_the_grouped_alternation_matches_like_the_plain_one() -> None:
    plain, grouped = _both(NAMES)
    found = [(m.start(), m.group()) for m in grouped.finditer(TEXT)]
    assert found == [(m.start(), m.group()) for m in plain.finditer(TEXT)]
    assert [g for _, g in found][:5] == ["NORTHERN HAWKS brigade", "Northern Hawks Brigade", "River Guard Front",
                                         "NHB", "RH"]
    assert not any(g in ("nhb", "Rh") for _, g in found)  # short all-caps names stay case-sensitive


def test_a_longer_name_the_tail_refuses_gives_way_to_a_shorter_one_as_before() -> None:
    plain, grouped = _both(NAMES, tail=r"(?!\s+[a-z])")  # a name must not run on into a lower-case word
    text = "Northern Hawks Brigade men met the Northern Hawks Brigade. River Guard Front fighters left."
    found = [m.group() for m in grouped.finditer(text)]
    assert found == [m.group() for m in plain.finditer(text)]
    assert found == ["Northern Hawks", "Northern Hawks Brigade", "River Guard"]


def test_names_starting_outside_ascii_letters_keep_the_plain_alternation() -> None:
    parts = _parts(["Élan Vital", "Sword", "Ōkami"])
    assert by_first_char(parts) == "|".join(p for _, p in parts)
    assert by_first_char(_parts(["Sword", "Séléka"])).startswith("(?=(?i:s))")  # only the first character counts


def test_literal_puts_a_word_before_the_shorter_words_it_starts_with() -> None:
    from worker.extract.alternation import literal
    rx = re.compile(r"\b(?:" + literal(["gun", "gunmen", "gunman", "heat"]) + r")", re.I)
    assert rx.match("Gunmen fired").group() == "Gunmen"  # a plain join in the given order would stop at "Gun"
    assert literal(["b", "a", "ab", "a"]) == "ab|a|b"  # ties alphabetical, duplicates once: the same pattern every run


def test_literal_loose_and_plural() -> None:
    from worker.extract.alternation import literal
    rx = re.compile(r"\b(?:" + literal(["heat wave", "covid-19", "a.b"], loose=True, plural=True) + r")\b", re.I)
    assert [m.group() for m in rx.finditer("heat-waves, Covid 19 and heat wave; a.b but not axb")] == [
        "heat-waves", "Covid 19", "heat wave", "a.b"]
