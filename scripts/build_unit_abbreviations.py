"""Writes worker/extract/data/unit_abbreviations.csv: the short forms news gives a first-level unit after a town's
name ("Paris, TX", "Springfield, Mass.", "Sydney, N.S.", "Wagga Wagga, NSW"), for the countries whose press writes
them so (the United States, Canada, Australia). Sources: ISO 3166-2 codes (pycountry; for these three countries the
code is the postal abbreviation), the AP Stylebook's state abbreviations (the `us` package), and the complete tables
of the US Government Publishing Office style (the older state forms: "Tex.", "Oreg."), the Chicago Manual's
traditional forms ("Me."), the Canadian Press style and Australian usage kept below; each spaced form also unspaced. Needs `pip install -e ".[abbreviations]"` (build time only); run after a change of them."""
from __future__ import annotations

import csv
from pathlib import Path

import pycountry
import us

OUT = Path(__file__).resolve().parent.parent / "worker" / "extract" / "data" / "unit_abbreviations.csv"
COUNTRIES = {"US": "United States", "CA": "Canada", "AU": "Australia"}
_UNIT_TYPES = {"State", "Province", "Territory", "District"}  # first-level units (not the US outlying areas)

# US Government Publishing Office Style Manual, state abbreviations (all that differ from the full name)
GPO = {"Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.", "Colorado": "Colo.",
       "Connecticut": "Conn.", "Delaware": "Del.", "District of Columbia": "D.C.", "Florida": "Fla.", "Georgia": "Ga.",
       "Illinois": "Ill.", "Indiana": "Ind.", "Kansas": "Kans.", "Kentucky": "Ky.", "Louisiana": "La.",
       "Maryland": "Md.", "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.",
       "Mississippi": "Miss.", "Missouri": "Mo.", "Montana": "Mont.", "Nebraska": "Nebr.", "Nevada": "Nev.",
       "New Hampshire": "N.H.", "New Jersey": "N.J.", "New Mexico": "N. Mex.", "New York": "N.Y.",
       "North Carolina": "N.C.", "North Dakota": "N. Dak.", "Oklahoma": "Okla.", "Oregon": "Oreg.",
       "Pennsylvania": "Pa.", "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S. Dak.",
       "Tennessee": "Tenn.", "Texas": "Tex.", "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.",
       "West Virginia": "W. Va.", "Wisconsin": "Wis.", "Wyoming": "Wyo."}
# Chicago Manual of Style, the traditional state abbreviations (also the New York Times' and older wire style):
# they differ from GPO's only in Maine ("Me.") and in the unspaced "N.Mex.", "N.Dak.", "S.Dak.", "W.Va."
TRADITIONAL = {"Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.", "Colorado": "Colo.",
               "Connecticut": "Conn.", "Delaware": "Del.", "District of Columbia": "D.C.", "Florida": "Fla.",
               "Georgia": "Ga.", "Illinois": "Ill.", "Indiana": "Ind.", "Kansas": "Kans.", "Kentucky": "Ky.",
               "Louisiana": "La.", "Maine": "Me.", "Maryland": "Md.", "Massachusetts": "Mass.", "Michigan": "Mich.",
               "Minnesota": "Minn.", "Mississippi": "Miss.", "Missouri": "Mo.", "Montana": "Mont.",
               "Nebraska": "Nebr.", "Nevada": "Nev.", "New Hampshire": "N.H.", "New Jersey": "N.J.",
               "New Mexico": "N.Mex.", "New York": "N.Y.", "North Carolina": "N.C.", "North Dakota": "N.Dak.",
               "Oklahoma": "Okla.", "Oregon": "Oreg.", "Pennsylvania": "Pa.", "Rhode Island": "R.I.",
               "South Carolina": "S.C.", "South Dakota": "S.Dak.", "Tennessee": "Tenn.", "Texas": "Tex.",
               "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.",
               "Wisconsin": "Wis.", "Wyoming": "Wyo."}
# Canadian Press style, provinces and territories (Nunavut and Yukon are not abbreviated)
CANADIAN_PRESS = {"Alberta": "Alta.", "British Columbia": "B.C.", "Manitoba": "Man.", "New Brunswick": "N.B.",
                  "Newfoundland and Labrador": "N.L.", "Nova Scotia": "N.S.", "Ontario": "Ont.",
                  "Prince Edward Island": "P.E.I.", "Quebec": "Que.", "Saskatchewan": "Sask.",
                  "Northwest Territories": "N.W.T."}
# Australian usage: the states' and territories' short forms with stops ("Vic.", "Qld") besides the ISO codes
AUSTRALIAN = {"New South Wales": ("N.S.W.",), "Victoria": ("Vic.", "Vic"), "Queensland": ("Qld", "Qld."),
              "South Australia": ("S.A.",), "Western Australia": ("W.A.",), "Tasmania": ("Tas.", "Tas"),
              "Northern Territory": ("N.T.",), "Australian Capital Territory": ("A.C.T.",)}


def rows() -> list[tuple[str, str, str, str]]:
    """(abbreviation, country, unit, source) for every short form of every first-level unit of the three countries."""
    out: set[tuple[str, str, str, str]] = set()
    for cc, country in COUNTRIES.items():
        for sub in pycountry.subdivisions.get(country_code=cc):
            if sub.type in _UNIT_TYPES:
                out.add((sub.code.split("-", 1)[1], country, sub.name, "ISO 3166-2"))
    for state in us.states.STATES_AND_TERRITORIES + [us.states.DC]:
        if state.ap_abbr and state.ap_abbr != state.name:
            out.add((state.ap_abbr, "United States", state.name, "AP"))
    out |= {(a, "United States", n, "GPO") for n, a in GPO.items()}
    out |= {(a, "United States", n, "Chicago traditional") for n, a in TRADITIONAL.items()}
    out |= {(a, "Canada", n, "Canadian Press") for n, a in CANADIAN_PRESS.items()}
    out |= {(a, "Australia", n, "Australian usage") for n, forms in AUSTRALIAN.items() for a in forms}
    # one row per (abbreviation, unit): the first source that gives it
    # a dotted form of two words is written with or without the space ("N. Mex.", "N.Mex."): both
    out |= {(a.replace(". ", "."), c, n, s) for a, c, n, s in out if ". " in a}
    order = ["ISO 3166-2", "AP", "GPO", "Chicago traditional", "Canadian Press", "Australian usage"]
    best: dict[tuple[str, str, str], str] = {}
    for a, c, n, s in sorted(out, key=lambda r: order.index(r[3])):
        best.setdefault((a, c, n), s)
    return sorted((a, c, n, s) for (a, c, n), s in best.items())


def main() -> None:
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["abbreviation", "country", "unit", "source"])
        w.writerows(rows())


if __name__ == "__main__":
    main()
