"""The language of an article body: the script first (Arabic vs Urdu letters, Devanagari, Cyrillic, CJK...), then
function-word counts for Latin-script languages. Pure and light: no model to load, no memory to speak of."""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from importlib import resources

_WORD = re.compile(r"[^\W\d_]+")
# (language, characters that only it uses among its script's languages, or the whole block)
SCRIPTS = [
    ("ur", re.compile(r"[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]")),  # ٹ ڈ ڑ ں ھ ہ ے ۓ
    ("fa", re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc]")),               # پ چ ژ گ ک ی (without Urdu letters)
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("bn", re.compile(r"[\u0980-\u09ff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
]


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("connectors").joinpath("data", "stopwords.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def detect(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short to tell."""
    sample = text[:5000]
    runs = _WORD.findall(sample)  # the letter runs, once: their lengths count the letters, their forms the words
    letters = sum(map(len, runs))
    if letters < 40:
        return None
    for lang, rx in SCRIPTS if not sample.isascii() else ():  # ASCII text has none of these scripts
        hits = len(rx.findall(sample))
        if lang in ("ur", "fa") and hits >= 3:
            return lang
        if lang not in ("ur", "fa") and hits > letters * 0.3:
            return "ja" if lang == "zh" and SCRIPTS[8][1].search(sample) else lang
    words = Counter(map(str.lower, runs))  # each distinct word looked up once per language
    scores = {lang: sum(map(words.__getitem__, sw & words.keys())) for lang, sw in _stopwords().items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= 3 else None
