#!/usr/bin/env python3
"""Builds worker/extract/data/person_nouns.csv and animal_nouns.csv: the nouns a toll's victims can be named by, and
the nouns of animals, which are never its victims.

A hand list of the words news uses for people ("pastor", "herder", "shooter") missed most of the language ("killed the
leader and two of his aides" read one: no "aide"), so the list is WordNet 3.0's: every one-word common noun whose
first (most frequent) sense lies under person.n.01 or operator.n.02 ("aide", "colleague", "headmaster", "widow", "thief",
"grandson"), less spaCy's English stop words ("have": the haves). Only the first sense counts, so "goat", "cow", "dog" or "head", whose person senses are rare, stay out
("buried the goat alive" kills no one). The hand rows of the file (source "hand") are kept: words WordNet lacks or
does not give a person first ("herder", "medic", "head" of "a village head").

Animals the same way: every one-word noun whose first sense lies under animal.n.01 ("cattle", "goats", "dogs":
"bandits killed 40 cattle and a herder" kills one person), or whose animal sense no other was tagged more often
and which has no person sense (WordNet's order of untagged senses is arbitrary: "hippo", "leopard", "turtle", "yak"
come after a city, a pelt, a sweater, a chatter), and whose person sense, if any, is rare ("male" and "female" name
people as often); and hand rows for those WordNet gives another sense first ("chicken", the food; "ram").

WordNet's files come from Debian's package wordnet-base (`apt-get install wordnet-base`: /usr/share/wordnet); the
project reads only the CSV this writes. Usage: python scripts/build_noun_lexicons.py [--wordnet DIR] [--out DIR]
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

DATA = Path(__file__).resolve().parents[1] / "worker" / "extract" / "data"
# person.n.01, and operator.n.02 ("an agent that operates some apparatus or machine": driver, chauffeur, trucker),
# which WordNet 3.0 files under causal agent beside person; offsets in its data.noun
PEOPLE = ("00007846", "10378412")
ANIMALS = ("00015388",)  # animal.n.01
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")  # one common word: no proper noun, no multiword lemma


def hyponyms(data_noun: Path, roots: tuple[str, ...]) -> set[str]:
    """Offsets of `roots` and every synset below them by hyponymy (not instances: "Einstein" is no kind of person)."""
    below: dict[str, list[str]] = {}
    with open(data_noun, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            i = 4 + 2 * int(fields[3], 16)
            pointers = [fields[i + 1 + 4 * k:i + 5 + 4 * k] for k in range(int(fields[i]))]
            below[fields[0]] = [p[1] for p in pointers if p[0] == "~" and p[2] == "n"]
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        offset = stack.pop()
        if offset not in seen:
            seen.add(offset)
            stack.extend(below.get(offset, ()))
    return seen


def _entries(index_noun: Path) -> Iterator[tuple[str, list[str]]]:
    """(lemma, its senses' synset offsets in WordNet's order) of each one-word noun of WordNet's index.noun."""
    with open(index_noun, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split()
            if _WORD.fullmatch(fields[0]):
                yield fields[0], fields[-int(fields[2]):]


def first_sense_of(index_noun: Path, synsets: set[str]) -> set[str]:
    """One-word nouns whose first sense (WordNet orders senses by frequency) is one of `synsets`."""
    return {lemma for lemma, senses in _entries(index_noun) if senses[0] in synsets}


def sense_counts(cntlist: Path) -> dict[tuple[str, int], int]:
    """How often WordNet's corpus tagged each noun's sense, by lemma and sense number (untagged senses absent)."""
    out: dict[tuple[str, int], int] = {}
    with open(cntlist, encoding="latin-1") as f:
        for line in f:
            key, sense, count = line.split()
            lemma, _, rest = key.partition("%")
            if rest.startswith("1:"):
                out[(lemma, int(sense))] = int(count)
    return out


def foremost_sense_of(index_noun: Path, synsets: set[str], barred: set[str], counts: dict[tuple[str, int], int]
                      ) -> set[str]:
    """One-word nouns with a sense among `synsets` that no other sense was tagged more often than, and no sense among
    `barred`. WordNet orders untagged senses arbitrarily ("hippo": the city of Hippo first; "leopard": its pelt;
    "turtle": the turtleneck), so a first sense alone misses much of a word class."""
    out: set[str] = set()
    for lemma, senses in _entries(index_noun):
        if any(s in barred for s in senses):
            continue
        tagged = [counts.get((lemma, i + 1), 0) for i in range(len(senses))]
        ours = [n for s, n in zip(senses, tagged) if s in synsets]
        if ours and max(ours) >= max(tagged):
            out.add(lemma)
    return out


def person_readings(cntlist: Path) -> set[str]:
    """Nouns with a person sense (WordNet's lexicographer file 18, noun.person) tagged at least a fifth as often as
    their first sense in WordNet's corpus counts ("male", "female", "bull"; not "sheep", "fish"): "killed two male
    and a female guard" names people."""
    first: dict[str, int] = {}
    person: dict[str, int] = {}
    with open(cntlist, encoding="latin-1") as f:
        for line in f:
            key, sense, count = line.split()
            lemma, _, rest = key.partition("%")
            if not rest.startswith("1:"):
                continue  # nouns only
            if sense == "1":
                first[lemma] = int(count)
            if rest.split(":")[1] == "18":
                person[lemma] = person.get(lemma, 0) + int(count)
    return {w for w, n in person.items() if n and 5 * n >= first.get(w, 0)}


def build(out: Path, nouns: set[str]) -> str:
    """Writes `out` as the WordNet nouns and the file's own hand rows (kept, with their reasons)."""
    hand: dict[str, str] = {}
    if out.exists():
        with open(out, encoding="utf-8", newline="") as f:
            hand = {r["noun"].strip().lower(): r.get("why") or "" for r in csv.DictReader(f)
                    if r["noun"].strip() and (r.get("source") or "hand") == "hand"}
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["noun", "source", "why"])
        for noun in sorted(set(hand) | nouns):  # a hand row WordNet has and no reason explains is WordNet's
            w.writerow([noun, "hand" if noun not in nouns or hand.get(noun) else "wordnet", hand.get(noun, "")])
    return f"{out}: {len(hand)} hand rows, {len(nouns)} WordNet nouns, {len(set(hand) | nouns)} in all"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--out", type=Path, default=DATA, help="the folder of person_nouns.csv and animal_nouns.csv")
    args = ap.parse_args()
    data, index = args.wordnet / "data.noun", args.wordnet / "index.noun"
    people = first_sense_of(index, hyponyms(data, PEOPLE)) - STOP_WORDS  # "have" (the haves), "someone", "same"
    print(build(args.out / "person_nouns.csv", people))
    beasts = hyponyms(data, ANIMALS)
    animals = (first_sense_of(index, beasts) | foremost_sense_of(index, beasts, hyponyms(data, PEOPLE), sense_counts(
        args.wordnet / "cntlist.rev"))) - person_readings(args.wordnet / "cntlist.rev")
    print(build(args.out / "animal_nouns.csv", animals))


if __name__ == "__main__":
    main()
