"""Checker for writer j's fresh5 documents (fresh5-j001 ... fresh5-j030).
Usage: python3 tests/eval/fresh5/check_j.py [folder]   ->  "30 docs; errors 0; warnings N" plus the mix.
Checks: JSON validity and key order; header strings; published 2015-2025; text 800-3,000 chars; one primary, first;
event types, targets, unscored fields from the allowed lists; weapons null and unscored; scored non-null city/admin1
verbatim in the text (admin1 without State/Province suffix); killed/injured present as a figure or number word
(or listed in SUMS, checked by hand); 0 only when the text says so; dates valid, not after `published`;
every weekday word in the text resolves (last such weekday on or before `published`, or the next one for a
future-sense use) to `published`, an incident date, or a date written in the notes; every full incident date is
`published`, 'yesterday', a weekday named in the text or a 'Month day' of the text; the mix (20 negatives of >= 12
kinds, no kind more than twice; 10 positives), at most 4 documents per country, boilerplate in about half."""
import json, glob, re, os, sys, datetime, collections

D = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh5 set (written 2026-12-07)"
DOC_KEYS = ["id", "source", "url", "title", "published", "text", "origin", "incidents", "notes"]
INC_KEYS = ["primary", "event_type", "date", "country", "admin1", "city", "killed", "injured", "perpetrators",
            "targets", "weapons", "unscored"]
TYPES = {"attack", "bombing", "suicide_bombing", "air_strike", "shelling", "armed_clash", "targeted_killing",
         "abduction", "arrest", "riot", "protest", "other"}
TGT = {"civilians", "police", "military", "militants", "government officials", "politicians", "journalists", "clergy",
       "prisoners", "protesters", "aid workers", "paramilitary"}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
SUMS = {}  # {"fresh5-jNNN": [figure, ...]}: tolls given only as sums of stated parts (none needed in this set)

# The mix, as designed (doc number -> kind from the brief's list, country of the page).
NEG_KIND = {1: "crash", 20: "crash", 2: "explosion/collapse", 18: "explosion/collapse", 3: "natural disaster",
            19: "natural disaster", 4: "disease/food poisoning", 5: "animal attack", 6: "drowning/stampede",
            7: "court", 8: "statistics/policy", 9: "sports", 10: "sports", 11: "business", 12: "politics",
            13: "entertainment review", 14: "military exercise/weapons test", 15: "memorial/anniversary",
            16: "hunting/firearms accident", 17: "suicide/medical death"}
POS = set(range(21, 31))
COUNTRY = {1: "Nepal", 2: "Pakistan", 3: "India", 4: "Bangladesh", 5: "India", 6: "Bangladesh", 7: "Kenya",
           8: "South Africa", 9: "Pakistan", 10: "Nigeria", 11: "Kenya", 12: "Nepal", 13: "India", 14: "Pakistan",
           15: "Rwanda", 16: "South Africa", 17: "Kenya", 18: "Nigeria", 19: "Iran", 20: "Egypt", 21: "Nigeria",
           22: "Kenya", 23: "South Africa", 24: "Mozambique", 25: "Nigeria", 26: "Pakistan", 27: "Bangladesh",
           28: "India", 29: "Syria", 30: "Iraq"}
BOILER = re.compile(r"^(Also Read|Also read:?|Related( News| Links)?|RELATED NEWS|Read more:|Read More|Most Read.*|"
                    r"Most Popular|MORE FROM THIS SECTION|Share.*|Printable version.*)$", re.M)


def forms(n):
    f = {str(n)}
    if n <= 20:
        f.add(W[n])
    if n == 1:
        f |= {" a ", " an ", "one "}
    if n == 12:
        f.add("dozen")
    return f


def has_num(text, n):
    t = " " + text.lower() + " "
    for f in forms(n):
        if f.strip().isdigit():
            if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d])", t):
                return True
        elif f.lower() in t:
            return True
    return False


def resolve(word, pub):
    k = WD.index(word)
    back = pub - datetime.timedelta(days=(pub.weekday() - k) % 7)
    fwd = pub + datetime.timedelta(days=(k - pub.weekday()) % 7 or 7)
    return back, fwd


errs, warns = [], []
files = sorted(glob.glob(os.path.join(D, "fresh5-j*.gold.json")))
texts = set()
kinds = collections.Counter()
countries = collections.Counter()
nboiler = 0
types = collections.Counter()
ninc = 0
for fn in files:
    name = os.path.basename(fn)
    n = int(name[len("fresh5-j"):len("fresh5-j") + 3])
    try:
        d = json.load(open(fn, encoding="utf-8"))
    except Exception as e:
        errs.append(f"{name}: bad json {e}")
        continue
    if list(d.keys()) != DOC_KEYS:
        errs.append(f"{name}: keys {list(d.keys())}")
        continue
    if d["id"] + ".gold.json" != name:
        errs.append(f"{name}: id mismatch")
    if d["source"] != SOURCE or d["origin"] != "written for incidentwire":
        errs.append(f"{name}: header source/origin")
    if d["url"] is not None and not re.match(r"https?://[\w.-]+\.\w+/", d["url"]):
        errs.append(f"{name}: url {d['url']!r}")
    if not d["title"] or not d["notes"]:
        errs.append(f"{name}: title/notes empty")
    t = d["text"]
    if not 800 <= len(t) <= 3000:
        errs.append(f"{name}: text length {len(t)}")
    if t in texts:
        errs.append(f"{name}: duplicate text")
    texts.add(t)
    if BOILER.search(t):
        nboiler += 1
    try:
        pub = datetime.date.fromisoformat(d["published"])
    except Exception:
        errs.append(f"{name}: published {d['published']!r}")
        continue
    if not 2015 <= pub.year <= 2025:
        errs.append(f"{name}: published year {pub.year}")
    incs = d["incidents"]
    countries[COUNTRY[n]] += 1
    # --- mix
    if n in NEG_KIND:
        kinds[NEG_KIND[n]] += 1
        if incs:
            errs.append(f"{name}: negative document has incidents")
    elif n in POS:
        if not incs:
            errs.append(f"{name}: positive document without incidents")
    else:
        errs.append(f"{name}: number outside the mix table")
    # --- incidents
    if incs:
        if sum(1 for x in incs if x.get("primary") is True) != 1 or incs[0].get("primary") is not True:
            errs.append(f"{name}: exactly one primary, first")
    inc_dates = set()
    for k, i in enumerate(incs):
        tag = f"{name}#{k}"
        if list(i.keys()) != INC_KEYS:
            errs.append(f"{tag}: incident keys {list(i.keys())}")
            continue
        ninc += 1
        u = i["unscored"]
        if i["weapons"] is not None or "weapons" not in u:
            errs.append(f"{tag}: weapons must be null and unscored")
        for f in u:
            if f not in INC_KEYS or f in ("primary", "unscored"):
                errs.append(f"{tag}: unscored field {f!r}")
        if i["event_type"] not in TYPES:
            errs.append(f"{tag}: type {i['event_type']}")
        types[i["event_type"]] += 1
        if i["country"] != COUNTRY[n]:
            errs.append(f"{tag}: country {i['country']} vs mix table {COUNTRY[n]}")
        for g in i["targets"]:
            if g not in TGT:
                errs.append(f"{tag}: target {g!r}")
        if not i["targets"] and "targets" not in u:
            errs.append(f"{tag}: no targets")
        if not isinstance(i["perpetrators"], list):
            errs.append(f"{tag}: perpetrators not a list")
        for fld in ("city", "admin1"):
            v = i[fld]
            if v is not None and fld not in u and v not in t:
                errs.append(f"{tag}: {fld} {v!r} not verbatim in text")
        if i["admin1"] and re.search(r"\b(State|Province|province|Governorate|County)$", i["admin1"]):
            errs.append(f"{tag}: admin1 with type suffix")
        if i["city"] is None and "city" not in u:
            warns.append(f"{tag}: city null and scored")
        for fld in ("killed", "injured"):
            v = i[fld]
            if v is None:
                continue
            if not isinstance(v, int) or v < 0:
                errs.append(f"{tag}: {fld} {v!r}")
            elif v == 0:
                if not re.search(r"\b(no one|nobody|none of|no casualties|no injuries)\b", t, re.I):
                    errs.append(f"{tag}: {fld} 0 without an explicit 'no one' in the text")
            elif fld not in u and not has_num(t, v) and v not in SUMS.get(d["id"], ()):
                errs.append(f"{tag}: {fld} {v} not in text")
        dt = i["date"]
        if dt is None:
            if "date" not in u:
                errs.append(f"{tag}: date null but scored")
            continue
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", dt):
            e = datetime.date.fromisoformat(dt)
            if e > pub:
                errs.append(f"{tag}: date after published")
            inc_dates.add(e)
        elif re.fullmatch(r"\d{4}-\d{2}", dt):
            if dt > d["published"][:7]:
                errs.append(f"{tag}: month after published")
        elif re.fullmatch(r"\d{4}", dt):
            if int(dt) > pub.year:
                errs.append(f"{tag}: year after published")
        else:
            errs.append(f"{tag}: date format {dt!r}")
    # --- weekdays and dates against the text
    named = {pub}
    if re.search(r"\byesterday\b", t, re.I):
        named.add(pub - datetime.timedelta(days=1))
    for w in WD:
        if re.search(r"\b" + w + r"\b", t):
            back, fwd = resolve(w, pub)
            named.add(back)
            if back == pub or back in inc_dates or back.isoformat() in d["notes"]:
                continue
            if fwd.isoformat() in d["notes"]:
                continue
            errs.append(f"{name}: weekday {w} (= {back}) matches neither published, an incident date nor the notes")
    for m in re.finditer(r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
                         r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.? (\d{1,2})\b(?!,? ?\d{4}:)", t):
        mi = [x[:3] for x in MONS].index(m.group(1)[:3]) + 1
        try:
            named.add(datetime.date(pub.year, mi, int(m.group(2))))
        except ValueError:
            errs.append(f"{name}: bad month-day {m.group(0)!r}")
    for e in inc_dates:
        if e not in named:
            errs.append(f"{name}: incident date {e} ({WD[e.weekday()]}) not named in the text")
        elif e != pub and 0 < (pub - e).days <= 6 and not (re.search(r"\b" + WD[e.weekday()] + r"\b", t)
                                                           or ((pub - e).days == 1 and "yesterday" in t.lower())):
            errs.append(f"{name}: recent incident date {e} without its weekday in the text")

# --- the mix
neg = [n for n in NEG_KIND]
if len(files) != 30:
    errs.append(f"file count {len(files)} (want 30)")
if len(NEG_KIND) != 20 or len(POS) != 10:
    errs.append("mix table sizes")
if len(kinds) < 12:
    errs.append(f"only {len(kinds)} negative kinds")
for k, c in kinds.items():
    if c > 2:
        errs.append(f"kind {k!r} used {c} times")
for c, k in countries.items():
    if k > 4:
        errs.append(f"country {c} has {k} documents")
if not 12 <= nboiler <= 18:
    warns.append(f"boilerplate in {nboiler} documents (want about half)")

print(f"{len(files)} docs; errors {len(errs)}; warnings {len(warns)}")
for x in errs:
    print("ERR", x)
for x in warns:
    print("WARN", x)
print(f"negatives {sum(1 for n in NEG_KIND)} in {len(kinds)} kinds: " +
      ", ".join(f"{k} {c}" for k, c in sorted(kinds.items())))
print(f"positives {len(POS)}; incidents {ninc}; types {dict(types.most_common())}")
print(f"documents with boilerplate {nboiler}; countries {dict(countries.most_common())}")
