"""Checker for writer h's part of fresh4 (fresh4-h001..h030.gold.json): full news pages, possibly several incidents or none.
Checks: valid JSON and key order; header strings; text length 900-3000 and no duplicate texts; incident key order, event types,
targets, weapons null + 'weapons' unscored; exactly one primary (first) when there are incidents; date format, dates not after
`published` (primary within 0-7 days unless date unscored); every weekday word in the text matches an incident date or
`published` (or is listed in WEEKDAY_OK, checked by hand), and the primary's weekday is among the text's weekday words; every "Month day"/"day Month" in the text matches an incident
date or `published` (or MONTHDAY_OK); "yesterday" implies published-1; scored city/admin1 strings occur verbatim in the text;
killed/injured occur as a figure or number word (or are in SUMS, sums checked by hand; 0 needs an explicit 'no one/No officer
... killed' phrase); at most 4 documents per country (countries of empty documents in EMPTY_COUNTRY).
Usage: python3 tests/eval/fresh4/check_h.py  ->  "30 docs; errors 0; warnings 0" plus a summary."""
import json, glob, re, os, datetime, collections

D = os.path.dirname(os.path.abspath(__file__))
SRC = "incidentwire fresh4 set (written 2026-12-06)"
TYPES = {"attack", "bombing", "suicide_bombing", "air_strike", "shelling", "armed_clash", "targeted_killing",
         "abduction", "arrest", "riot", "protest", "other"}
TGT = {"civilians", "police", "military", "militants", "government officials", "politicians", "journalists", "clergy",
       "prisoners", "protesters", "aid workers", "paramilitary"}
DOC_KEYS = ["id", "source", "url", "title", "published", "text", "origin", "incidents", "notes"]
INC_KEYS = ["primary", "event_type", "date", "country", "admin1", "city", "killed", "injured", "perpetrators", "targets",
            "weapons", "unscored"]
# tolls the text gives only as a sum of stated figures (checked by hand)
SUMS = {"fresh4-h002": [21],          # 17 insurgents + 4 soldiers
        "fresh4-h006": [56, 64],      # Bourem 10 + 46; boat 49 + 15
        "fresh4-h016": [4],           # 3 soldiers + 1 attacker
        "fresh4-h024": [8, 4],        # killed 6 suspects + 2 residents; injured 1 officer + 3 residents
        "fresh4-h028": [10, 19],      # 8 soldiers + 2 drivers; 12 soldiers + 7 civilians
        }
# explicit zero phrases for killed == 0
ZERO = re.compile(r"\b(no one was killed|nobody was killed|no officer was killed|no deaths|no fatalities)\b", re.I)
# weekday words that refer to something other than an incident day or the publication day (checked by hand)
WEEKDAY_OK = {"fresh4-h001": {"Monday"},      # corpses buried on Monday (published - 1)
              "fresh4-h007": {"Tuesday"},     # day of the ministry's second statement (published - 1)
              "fresh4-h013": {"Sunday"},      # day the commissioner spoke (published - 1)
              "fresh4-h014": {"Wednesday"},   # relatives searched police stations (published - 1)
              "fresh4-h018": {"Wednesday"},   # 'no arrests by Wednesday night' (published - 1)
              "fresh4-h028": {"Sunday"},      # 'Sunday's general election' (the day after the ambush)
              "fresh4-h027": {"Thursday"},    # day the toll rose to 116 (published - 1)
              "fresh4-h029": {"Sunday"},      # match day (no incident in this document)
              }
# "Month day" strings that are not incident/publication days (checked by hand)
MONTHDAY_OK = {"fresh4-h023": {(11, 24)},     # signing of the 2016 accord, anniversary = published
               "fresh4-h015": {(8, 15)},      # governor's visit to Mucojo (not an incident)
               }
# the mix as written (the brief's categories), declared by hand and compared with the gold structure below
MIX = {"primary + background": [1, 2, 5, 6, 10, 12, 13, 16, 18, 21, 22, 25, 27, 28],
       "non-killing primary": [3, 14, 17, 20, 30],
       "no incident": [9, 19, 23, 29],
       "several incidents": [4, 11, 15, 26],
       "updated toll / attacker among dead / split counts": [7, 8, 24]}
EMPTY_COUNTRY = {"fresh4-h009": "Somalia", "fresh4-h019": "Mexico", "fresh4-h023": "Colombia", "fresh4-h029": "Kenya"}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December"]
W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def forms(n):
    f = {str(n)}
    if n <= 20: f.add(W[n])
    if n in TENS: f.add(TENS[n])
    if 20 < n < 100 and n % 10: f.add(TENS[n // 10 * 10] + "-" + W[n % 10])
    if n == 12: f.add("dozen")
    if n == 1: f |= {" a ", " an ", " his ", " her "}
    if n >= 1000: f.add(f"{n:,}")
    return f


def has_num(text, n):
    t = " " + text.lower() + " "
    for f in forms(n):
        if f.strip().isdigit():
            if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d,]\d)", t): return True
        elif re.search(r"(?<![a-z])" + re.escape(f.lower()) + r"(?![a-z])", t) if f.strip() == f else f in t:
            return True
    return False


def parse_date(s):
    if s is None: return None, None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s): return datetime.date.fromisoformat(s), "day"
    if re.fullmatch(r"\d{4}-\d{2}", s): return datetime.date(int(s[:4]), int(s[5:]), 1), "month"
    if re.fullmatch(r"\d{4}", s): return datetime.date(int(s), 1, 1), "year"
    raise ValueError(s)


errs, warns = [], []
countries = collections.Counter()
mix = collections.Counter()
n_prim = n_bg = 0
types_p, types_b = collections.Counter(), collections.Counter()
texts, lens, boiler = set(), [], 0
files = sorted(glob.glob(os.path.join(D, "fresh4-h[0-9][0-9][0-9].gold.json")))
for fn in files:
    name = os.path.basename(fn)
    try:
        raw = open(fn, encoding="utf-8").read()
        d = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    except Exception as e:
        errs.append(f"{name}: bad JSON {e}"); continue
    if list(d.keys()) != DOC_KEYS: errs.append(f"{name}: doc keys {list(d.keys())}")
    did = d.get("id")
    if did + ".gold.json" != name: errs.append(f"{name}: id mismatch")
    if d["source"] != SRC or d["origin"] != "written for incidentwire": errs.append(f"{name}: source/origin")
    if not isinstance(d["title"], str) or not d["title"]: errs.append(f"{name}: title")
    if d["url"] is not None and not d["url"].startswith("https://"): errs.append(f"{name}: url")
    if not d["notes"]: errs.append(f"{name}: notes empty")
    try:
        pub = datetime.date.fromisoformat(d["published"])
        if not 2015 <= pub.year <= 2025: errs.append(f"{name}: published year")
    except Exception:
        errs.append(f"{name}: published {d['published']!r}"); continue
    t = d["text"]
    lens.append(len(t))
    if not 900 <= len(t) <= 3000: errs.append(f"{name}: text length {len(t)}")
    if t in texts: errs.append(f"{name}: duplicate text")
    texts.add(t)
    if re.search(r"(Also [Rr]ead|Related|Read also|Read more|Most Read|Share|Home \||\| News|Comments|Copyright|Newsletter|SUPPORT|Support PREMIUM)", t):
        boiler += 1
    incs = d["incidents"]
    if not isinstance(incs, list): errs.append(f"{name}: incidents not a list"); continue
    # the publication weekday written in a page header counts as 'published'
    days = {pub}
    if incs:
        prim = [i for i in incs if i.get("primary") is True]
        if len(prim) != 1: errs.append(f"{name}: {len(prim)} primaries")
        if incs[0].get("primary") is not True: errs.append(f"{name}: primary not first")
    for k, i in enumerate(incs):
        tag = f"{name}#{k}"
        if list(i.keys()) != INC_KEYS: errs.append(f"{tag}: incident keys {list(i.keys())}"); continue
        u = i["unscored"]
        if i["weapons"] is not None or "weapons" not in u: errs.append(f"{tag}: weapons")
        for f in u:
            if f not in INC_KEYS: errs.append(f"{tag}: unscored field {f}")
        if i["event_type"] not in TYPES: errs.append(f"{tag}: event_type {i['event_type']}")
        if not isinstance(i["primary"], bool): errs.append(f"{tag}: primary not bool")
        if not i["country"]: errs.append(f"{tag}: country missing")
        try:
            dd, prec = parse_date(i["date"])
        except Exception:
            errs.append(f"{tag}: date format {i['date']!r}"); continue
        if dd is None and "date" not in u: errs.append(f"{tag}: null date scored")
        if dd is not None:
            if dd > pub: errs.append(f"{tag}: date after published")
            if prec == "day": days.add(dd)
            if i["primary"] and "date" not in u and (prec != "day" or not 0 <= (pub - dd).days <= 7):
                errs.append(f"{tag}: primary date {i['date']} vs published {pub}")
        for fld in ("admin1", "city"):
            v = i[fld]
            if v is not None and fld not in u and v not in t: errs.append(f"{tag}: {fld} {v!r} not in text")
            if v is None and fld not in u and fld == "admin1": warns.append(f"{tag}: admin1 null and scored")
        for fld in ("killed", "injured"):
            v = i[fld]
            if v is None: continue
            if not isinstance(v, int) or isinstance(v, bool) or v < 0: errs.append(f"{tag}: {fld} {v!r}"); continue
            if fld in u: continue
            if v == 0:
                if not ZERO.search(t): errs.append(f"{tag}: {fld} 0 without explicit phrase")
            elif not has_num(t, v) and v not in SUMS.get(did, ()):
                errs.append(f"{tag}: {fld} {v} not in text")
        if not isinstance(i["perpetrators"], list): errs.append(f"{tag}: perpetrators not list")
        if not i["targets"] and "targets" not in u: errs.append(f"{tag}: no targets")
        for g in i["targets"]:
            if g not in TGT: errs.append(f"{tag}: target {g!r}")
        if i["primary"]:
            n_prim += 1; types_p[i["event_type"]] += 1
        else:
            n_bg += 1; types_b[i["event_type"]] += 1
    # weekday words
    okw = {WD[x.weekday()] for x in days} | WEEKDAY_OK.get(did, set())
    for w in WD:
        if re.search(r"\b" + w + r"\b", t) and w not in okw:
            errs.append(f"{name}: weekday {w} matches no incident date nor published")
    # the primary's own weekday must be among the weekday words of the text (when the text uses any)
    tw = {w for w in WD if re.search(r"\b" + w + r"\b", t)}
    for i in incs:
        if i["primary"] and i["date"] and len(i["date"]) == 10 and "date" not in i["unscored"] and tw:
            pd = datetime.date.fromisoformat(i["date"])
            if WD[pd.weekday()] not in tw and pd != pub:
                errs.append(f"{name}: primary date {i['date']} is a {WD[pd.weekday()]}, text says {sorted(tw)}")
    for w in WEEKDAY_OK.get(did, ()):
        if not re.search(r"\b" + w + r"\b", t): warns.append(f"{name}: WEEKDAY_OK {w} not in text")
    # month-day strings ("March 9", "12 August"); years after the day are ignored for the match but kept in mind
    md = {(x.month, x.day) for x in days} | MONTHDAY_OK.get(did, set())
    pat2 = r"\b(\d{1,2})\s+(" + "|".join(MONS) + r")\b"
    for m in re.finditer(r"\b(" + "|".join(MONS) + r")\s+(\d{1,2})\b", t):
        key = (MONS.index(m.group(1)) + 1, int(m.group(2)))
        if key not in md: errs.append(f"{name}: month-day {m.group(0)!r} matches no incident nor published")
    for m in re.finditer(pat2, t):
        key = (MONS.index(m.group(2)) + 1, int(m.group(1)))
        if key not in md: errs.append(f"{name}: day-month {m.group(0)!r} matches no incident nor published")
    if re.search(r"\byesterday\b", t, re.I) and not any((pub - x).days == 1 for x in days):
        errs.append(f"{name}: 'yesterday' but no incident on published-1")
    # country tally and mix
    c = incs[0]["country"] if incs else EMPTY_COUNTRY.get(did)
    if c is None: errs.append(f"{name}: empty document without EMPTY_COUNTRY entry")
    countries[c] += 1
    if not incs: mix["no incident"] += 1
    else:
        p = incs[0]
        same_day = [i for i in incs[1:] if i["date"] == p["date"] or (i["date"] and p["date"] and
                    i["date"][:10] >= p["date"][:10] and len(i["date"]) == 10 and (pub - datetime.date.fromisoformat(i["date"])).days <= 7)]
        if same_day: mix["several incidents (same day / same report period)"] += 1
        elif p["event_type"] in ("abduction", "arrest", "other") or not p["killed"]: mix["non-killing primary"] += 1
        elif len(incs) > 1: mix["primary + background"] += 1
        else: mix["single incident"] += 1
declared = {"fresh4-h%03d" % n: cat for cat, ns in MIX.items() for n in ns}
if len(declared) != 30: errs.append("MIX does not cover 30 documents")
for fn in files:
    d = json.load(open(fn, encoding="utf-8")); cat = declared.get(d["id"]); incs = d["incidents"]
    if cat == "no incident" and incs: errs.append(f"{d['id']}: declared no-incident but has incidents")
    if cat != "no incident" and not incs: errs.append(f"{d['id']}: no incidents but declared {cat}")
    if cat == "primary + background" and (len(incs) < 2 or any(i["date"] == incs[0]["date"] for i in incs[1:])):
        errs.append(f"{d['id']}: declared primary + background but no older incident")
    if cat == "several incidents" and not any(i["date"] == incs[0]["date"] or (i["date"] or "")[:7] == incs[0]["date"][:7] for i in incs[1:]):
        errs.append(f"{d['id']}: declared several incidents but none in the same period")
    if cat == "non-killing primary" and incs and incs[0]["killed"]:
        errs.append(f"{d['id']}: declared non-killing but primary killed {incs[0]['killed']}")
for c, k in countries.items():
    if k > 4: errs.append(f"country {c}: {k} documents (max 4)")
if len(files) != 30: errs.append(f"{len(files)} files, expected 30")
print(f"{len(files)} docs; errors {len(errs)}; warnings {len(warns)}")
for x in errs: print("ERR", x)
for x in warns: print("WARN", x)
print(f"incidents: {n_prim} primary + {n_bg} other = {n_prim + n_bg}")
print("mix (rough, by structure):", dict(mix))
print("mix (declared):", {k: len(v) for k, v in MIX.items()})
print("primary types:", dict(types_p.most_common()))
print("other types:", dict(types_b.most_common()))
print("countries:", dict(countries.most_common()))
lens.sort()
if lens: print(f"text length min {lens[0]} median {lens[len(lens)//2]} max {lens[-1]}; pages with boilerplate markers {boiler}")
