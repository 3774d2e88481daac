"""The fast forms of a lexicon's alternation find what the plain form finds: the word-start guard (at_word_starts)
and the lower-cased test without IGNORECASE (CaselessTest), on texts written here, including the letters whose
case partner is ASCII."""
from __future__ import annotations

import re

from worker.extract.alternation import CaselessTest, at_word_starts
from worker.extract.gazetteer import triggers

LEXICON = [r"\b(?:car bomb(?:s|ings?)?|(?:land ?)?mines?)\b", r"\bshot (?:dead|and killed)\b",
           r"\b(?:ambush(?:ed|es)?|raid(?:ed|s)?)\b(?! (?:shelters?))", r"\b\w[\w-]*-borne (?:ieds?|bombs?)"]
TEXTS = ["A CAR BOMB went off near the market.", "Two were Shot Dead at dawn.", "mines, landmines and land mines",
         "The raid shelters were empty.", "a vehicle-borne IED struck", "nothing happened here",
         "Gunmen ambushed a convoy; ſhot dead is no match.", "The \u212aILLED count", "İstanbul car bombings",
         "the café was raided", "Straße: SHOT AND KILLED", "x-borne bomb", "(mines)", "carbomb", ""]


def test_the_guard_is_added_only_where_every_branch_starts_a_word() -> None:
    assert at_word_starts(LEXICON, re.I).startswith(r"\b(?=\w)")
    for pattern in (r"\b[\w-]+-borne", r"\b(?:a|-b)", r"\b(?:x )?-y", r"\bx*", r"\b.", r"\b[^x]y", r"foo", r"\b(?:a|)"):
        assert at_word_starts([r"\bfoo", pattern]) == rf"(?:\bfoo)|(?:{pattern})", pattern
    assert at_word_starts([r"\bfoo"], re.ASCII) == r"(?:\bfoo)"  # \w would mean less than the check read


def test_the_guarded_alternation_finds_the_same_spans() -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in LEXICON), re.I)
    fast = re.compile(at_word_starts(LEXICON, re.I), re.I)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert bool(fast.fullmatch(text)) == bool(plain.fullmatch(text))


def test_the_trigger_lexicon_gets_the_guard_and_keeps_its_matches() -> None:
    patterns = [t.pattern for t in triggers()]
    fast = re.compile(at_word_starts(patterns, re.I), re.I)
    assert fast.pattern.startswith(r"\b(?=\w)")
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    for text in TEXTS + ["Militants attacked a checkpoint and opened fire.", "An explosion hit the bus."]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_caseless_test_answers_as_ignorecase_does() -> None:
    for pattern in LEXICON + [r"\bkill(?:ed)?\b", r"\bs\w+", r"[a-z]+ed\b", r"\b(?:k|s)\b"]:
        test, exact = CaselessTest(pattern), re.compile(pattern, re.I)
        for text in TEXTS + ["K", "\u212a", "ſ", "s", "the ſ and the \u212a", "DIE Sſ"]:
            assert test(text) == bool(exact.search(text)), (pattern, text)


def test_the_caseless_test_keeps_the_slow_path_where_lower_casing_would_differ() -> None:
    assert CaselessTest(r"\bbomb")._lower is not None
    assert CaselessTest(r"\bbeaten(?: [\w'’-]+){0,3}? to death")._lower is not None  # a caseless mark keeps it
    assert CaselessTest(r"\bthe group[’']s fighters")("THE GROUP’S FIGHTERS")
    for pattern in (r"[A-Z]\w+ bomb", r"\bBomb", r"(?-i:IED)s?", r"[!-~]", r"\bcafé", r"σ", r"straße"):
        assert CaselessTest(pattern)._lower is None, pattern
    assert not CaselessTest(r"(?-i:ied)")("IED") and CaselessTest(r"(?-i:ied)")("ied")
    for text in ("\u0130", "\u0130 BE", "ı"):  # İ lower-cased is two characters; ı's upper case is I
        assert CaselessTest(r"\bi\b")(text) == bool(re.search(r"\bi\b", text, re.I)), text


def test_the_sentence_test_of_classify_keeps_both_fast_paths() -> None:
    """A trigger row that starts with no word character, or names an upper-case or non-ASCII letter, would make
    every sentence's first test several times slower (the answers would stay right)."""
    from worker.extract.types import _opens
    assert _opens()._exact.pattern.startswith(r"\b(?=\w)"), "a trigger or follow-up row may start off a word"
    assert _opens()._lower is not None, "a trigger or follow-up row names an upper-case or non-ASCII letter"
