"""Writes worker/extract/data/common_words.csv: the frequent English words that are no names (build_gazetteer's
common_words: lower case only in Webster's Second, wordfreq Zipf >= 3.5), so that the extractor reads them without
the build-time packages (pip install -e '.[gazetteer]'). Run after a change of those packages or the threshold."""
from __future__ import annotations

from pathlib import Path

from worker.extract.build_gazetteer import common_words

OUT = Path(__file__).resolve().parent.parent / "worker" / "extract" / "data" / "common_words.csv"


def main() -> None:
    OUT.write_text("word\n" + "".join(f"{w}\n" for w in sorted(common_words())), "utf-8")


if __name__ == "__main__":
    main()
