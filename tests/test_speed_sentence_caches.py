"""The per-sentence and per-name caches of the long-record speed work answer as the uncached readings do, and hand
each caller a list of its own (a caller that edits its answer changes no later one)."""
import re

from worker.extract import actors, group_names, habit_days, types
from worker.extract.build_gazetteer import fold
from worker.extract.gazetteer import places

_SENTENCES = [
    "Militiamen usually raid the hamlets near Bunia at night, and on Tuesday they killed seven farmers there.",
    "Two days after a bombing at the market in Kismayo, al-Shabaab fighters stormed a police post, killing three.",
    "Herders, who often graze their cattle near the river, said soldiers shot two of them on Monday — police denied it.",
    "The Islamic State claimed the ambush, which killed 11 soldiers of the Nigerian Army near Maiduguri on Friday.",
    "A bus skidded into a ravine near Mbeya on Sunday, killing 14 passengers, and police ruled out foul play.",
]


def _habitual_reference(sentence: str, at: int) -> bool:
    a, b = habit_days._clause(sentence, at)
    return bool(habit_days._habitual().search(sentence, a, b))


def test_habitual_clause_answers_as_the_clause_search_does():
    for s in _SENTENCES:
        for at in [m.start() for m in re.finditer(r"\b\w", s)]:
            assert habit_days.habitual_clause(s, at) == _habitual_reference(s, at), (s, at)
    assert habit_days.habitual_clause(_SENTENCES[0], _SENTENCES[0].index("at night"))
    assert not habit_days.habitual_clause(_SENTENCES[0], _SENTENCES[0].index("on Tuesday"))


def test_earlier_clauses_and_clause_spans_are_fresh_lists():
    s = _SENTENCES[1]
    first = types.earlier_clauses(s)
    assert first and first == list(types._earlier_clauses.__wrapped__(s))
    first.clear()
    assert types.earlier_clauses(s) and types.earlier_clauses(s) is not types.earlier_clauses(s)
    spans = types._clause_spans(_SENTENCES[2])
    assert spans == list(types._clause_cuts.__wrapped__(_SENTENCES[2]))
    spans.append((0, 0))
    assert (0, 0) not in types._clause_spans(_SENTENCES[2])


def test_groups_in_is_cached_per_sentence_as_a_fresh_list():
    s = _SENTENCES[3]
    found = actors.groups_in(s)
    assert found == list(actors._groups_in.__wrapped__(s))
    assert any(c for c, *_ in found)
    found.clear()
    assert actors.groups_in(s)


def test_name_caches_answer_as_the_plain_functions():
    for name in ("Maiduguri", "Diyarbakır", "Ma'rib", "Haut-Katanga", "Ta‘izz", "Jisr al-Shughur"):
        assert fold(name) == fold.__wrapped__(name)
    for word in ("police", "troops", "soldiers", "farmers", "Army", "herders"):
        assert group_names.is_force(word) == group_names.is_force.__wrapped__(word)
    table = places()
    for name in ("Gao", "Columbus", "Springfield", "Nowhereville"):
        got = table.candidates(name)
        assert got == list(table._namesakes(name, False)) and got is not table.candidates(name)
        got.clear()
        assert table.candidates(name) == list(table._namesakes(name, False))


def test_accident_reads_the_violent_words_first_with_the_same_verdicts():
    assert types.accident([_SENTENCES[4]])  # a crash with a denial of intent
    assert not types.accident(["Gunmen opened fire on a bus that later skidded into a ravine near Mbeya."])
    assert not types.accident([_SENTENCES[3]])  # no accident word at all


def test_denial_is_read_once_per_sentence_with_the_same_answer():
    for s in _SENTENCES + ["The rebels denied any role in the raid on Beni.", "Officials rejected the claim."]:
        assert actors._denies(s) == bool(actors._denial().search(s))


def test_a_towns_border_reads_only_the_countries_named_as_route_ends():
    from worker.extract import countries, places as place_finder
    text = ("Gunmen attacked Gamboru, near the border with Cameroon, on Sunday, and fighters later raided Maiduguri, "
            "killing four herders.")
    mentions = place_finder.find(text, 0, len(text), None)
    named = [m for m in mentions if m.route and m.place is not None and m.place.kind == "country"]
    towns = [m for m in mentions if m.place is not None and m.place.kind == "city"]
    assert named and len(towns) == 2
    for town in towns:
        votes = countries.town_votes(town.text)
        assert countries._beside_border(votes, text, countries._ByStart(named), town) == \
            countries._beside_border(votes, text, countries._ByStart(mentions), town)  # mentions sorted by start
