"""Checker for writer k's fresh5 documents (fresh5-k001..k030.gold.json). Ideas from tests/eval/check_gold.py.
Usage: python3 tests/eval/fresh5/check_k.py [folder]  ->  "30 docs; errors 0; warnings 0" plus the mix.
Checks: JSON, key order, header strings, text length, incident fields (types, targets, weapons null + unscored),
scored city/admin1 verbatim in the text, killed/injured as a figure or number word (sums in SUMS, checked by hand;
0 only with an explicit 'no one ...'/'no casualties' phrase), dates valid and not after `published`, every weekday
word in the text explained (an incident date, `published`, or a date in WEEKDAYS that has that weekday and lies
within a week of `published`), 'Weekday, date' datelines consistent, month-day mentions explained, incidents dated
1-6 days before `published` named by weekday (or 'a day earlier'), the mix (20 negatives of >= 12 kinds, none more
than twice; 10 positives), violence words in every negative, at most 4 documents per country, boilerplate in about half."""
import collections, datetime, glob, json, os, re, sys

D = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh5 set (written 2026-12-07)"
DOC_KEYS = ["id", "source", "url", "title", "published", "text", "origin", "incidents", "notes"]
INC_KEYS = ["primary", "event_type", "date", "country", "admin1", "city", "killed", "injured", "perpetrators",
            "targets", "weapons", "unscored"]
TYPES = {"attack", "bombing", "suicide_bombing", "air_strike", "shelling", "armed_clash", "targeted_killing",
         "abduction", "arrest", "riot", "protest", "other"}
TGT = {"civilians", "police", "military", "militants", "government officials", "politicians", "journalists",
       "clergy", "prisoners", "protesters", "aid workers", "paramilitary"}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
ZERO = re.compile(r"no one (was|were) (hurt|hit|injured|killed)|no casualties|nobody was (hurt|injured|killed)", re.I)

# Weekday words in negative pages (or in positive pages, other than incident/published days): word -> date meant.
WEEKDAYS = {
    "k001": {"Monday": "2019-02-11", "Tuesday": "2019-02-12"},
    "k002": {"Sunday": "2023-10-15"},
    "k003": {"Monday": "2016-08-22", "Tuesday": "2016-08-23"},
    "k004": {"Thursday": "2021-10-28", "Friday": "2021-10-29", "Saturday": "2021-10-30"},  # Saturday: day of mourning (future)
    "k005": {"Saturday": "2022-04-23", "Sunday": "2022-04-24", "Mon": "2022-04-25"},
    "k006": {"Wednesday": "2024-03-13", "Thursday": "2024-03-14", "Friday": "2024-03-15"},
    "k007": {"Tuesday": "2020-03-03", "Wednesday": "2020-03-04"},
    "k008": {"Thursday": "2017-01-19", "Friday": "2017-01-20"},
    "k009": {"Tuesday": "2021-01-19", "Wednesday": "2021-01-20"},
    "k010": {"Thursday": "2025-02-27"},
    "k011": {"Thursday": "2023-02-09"},
    "k012": {"Saturday": "2018-09-08"},
    "k013": {"Sunday": "2023-04-09"},
    "k014": {"Thursday": "2021-06-03"},
    "k015": {"Sunday": "2018-11-18", "Saturday": "2018-11-24", "Mon": "2018-11-19"},  # Saturday: polling day (future)
    "k017": {"Thursday": "2022-07-28", "Monday": "2022-07-25"},
    "k018": {"Monday": "2019-05-13", "Wednesday": "2019-05-15"},  # Wednesday: scheduled service (future)
    "k019": {"Sunday": "2017-11-05", "Sundays": None},  # 'hunting on Sundays' is generic
    "k020": {"Tuesday": "2016-03-01"},
    "k021": {"Tuesday": "2021-10-19"},
    "k022": {"Tuesday": "2023-08-22"},
    "k023": {"Tuesday": "2024-09-10"},
    "k024": {"Wednesday": "2018-12-05"},
    "k025": {"Thursday": "2025-01-16"},
    "k026": {"Thu": "2020-11-26"},
    "k027": {"Tuesday": "2018-11-27"},  # the judge's decision on remand, publication day
    "k028": {"Saturday": "2019-05-04"},  # brass bands, same weekend
    "k030": {"Tuesday": "2018-06-05", "Friday": "2018-06-08", "Saturday": "2018-06-09"},  # early voting (future)
}
# Month-day mentions that are neither `published` nor an incident date: doc -> {(month, day): reason}.
MONTHDAYS = {"k030": {(6, 13): "election day (future)", (6, 12): "Trump-Kim summit (future)"}}
# Tolls given only as parts, checked by hand: doc -> {value}.
SUMS = {}
# Kind of each negative (the brief's semicolon-separated kinds).
KINDS = {
    1: "crash", 2: "crash", 3: "explosion/collapse/fire", 4: "explosion/collapse/fire", 5: "natural disaster",
    6: "natural disaster", 7: "disease/food poisoning", 8: "animal attack", 9: "drowning/stampede at festival",
    10: "court verdict/sentencing/inquest", 11: "crime statistics/policy", 12: "sports", 13: "sports",
    14: "business/markets", 15: "politics", 16: "entertainment review", 17: "military exercise/arms",
    18: "memorial/anniversary", 19: "hunting/firearms accident", 20: "suicide/medical death"}
NEG_COUNTRY = {1: "Bolivia", 2: "New Zealand", 3: "China", 4: "Kazakhstan", 5: "Spain", 6: "Japan", 7: "Argentina",
               8: "Australia", 9: "Russia", 10: "Canada", 11: "United Kingdom", 12: "New Zealand", 13: "Italy",
               14: "Japan", 15: "Australia", 16: "South Korea", 17: "Taiwan", 18: "United States", 19: "France",
               20: "Ireland"}
VIOLENCE = ["killed", "killing", "shot", "attack", "blast", "explosion", "clash", "bomb", "massacre", "fire", "raid",
            "hostage", "war", "dead", "wounded", "victim", "gunned down", "killer", "kills"]
BOILER = re.compile(r"^(Related|RELATED COVERAGE|Most Read|Most viewed|Read more:|Also read:|Read Next|Top Stories|"
                    r"Share[: |]|Topics:|Related Topics|Related news:|Read also:|Most Popular|Skip to main content|Home \||"
                    r"Business News \||Sports \||Our Standards|Posted \d|News / |Life \||Tags:)",
                    re.M)


def forms(n):
    f = {str(n)}
    if n <= 20:
        f.add(NUMW[n])
    if n == 1:
        f |= {" a ", " an ", "its driver", "his "}
    return f


def has_num(text, n):
    t = " " + text.lower() + " "
    for f in forms(n):
        if f.strip().isdigit():
            if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d])", t):
                return True
        elif f in t:
            return True
    return False


errs, warns = [], []
files = sorted(glob.glob(os.path.join(D, "fresh5-k*.gold.json")))
country_docs = collections.Counter()
kinds = collections.Counter()
neg, pos, boiler, lens = [], [], [], []
for fn in files:
    name = os.path.basename(fn)
    try:
        d = json.load(open(fn, encoding="utf-8"))
    except Exception as e:
        errs.append(f"{name}: bad json {e}")
        continue
    if list(d) != DOC_KEYS:
        errs.append(f"{name}: keys {list(d)}")
        continue
    did = d["id"]
    n = int(did[-3:])
    key = did.split("-")[1]
    if did + ".gold.json" != name:
        errs.append(f"{name}: id mismatch")
    if d["source"] != SOURCE or d["origin"] != "written for incidentwire":
        errs.append(f"{name}: header strings")
    if not d["title"] or not isinstance(d["notes"], str) or not d["notes"]:
        errs.append(f"{name}: title/notes")
    if d["url"] is not None and not d["url"].startswith("https://"):
        errs.append(f"{name}: url")
    t = d["text"]
    lens.append(len(t))
    if not 800 <= len(t) <= 3000:
        errs.append(f"{name}: text length {len(t)}")
    p = datetime.date.fromisoformat(d["published"])
    if not 2015 <= p.year <= 2025:
        errs.append(f"{name}: published {p}")
    if BOILER.search(t):
        boiler.append(n)
    incs = d["incidents"]
    # ---- incidents
    alld = set()
    if incs:
        if sum(1 for x in incs if x.get("primary") is True) != 1 or incs[0].get("primary") is not True:
            errs.append(f"{name}: need exactly one primary, first")
    for k, i in enumerate(incs):
        tag = f"{name}#{k}"
        if list(i) != INC_KEYS:
            errs.append(f"{tag}: incident keys {list(i)}")
            continue
        u = i["unscored"]
        if i["weapons"] is not None or "weapons" not in u or any(x not in INC_KEYS for x in u):
            errs.append(f"{tag}: weapons/unscored {u}")
        if i["event_type"] not in TYPES:
            errs.append(f"{tag}: type {i['event_type']}")
        for g in i["targets"]:
            if g not in TGT:
                errs.append(f"{tag}: target {g}")
        if not i["targets"] and "targets" not in u:
            errs.append(f"{tag}: no targets")
        if not isinstance(i["perpetrators"], list):
            errs.append(f"{tag}: perpetrators not a list")
        if not i["country"]:
            errs.append(f"{tag}: country missing")
        for f in ("city", "admin1"):
            v = i[f]
            if v is not None and f not in u and v not in t:
                errs.append(f"{tag}: {f} {v!r} not verbatim in text")
            if v is not None and re.search(r"\b(State|Province|Oblast|Department|Prefecture)$", v):
                errs.append(f"{tag}: {f} {v!r} has a type suffix")
        for f in ("killed", "injured"):
            v = i[f]
            if v is None:
                continue
            if not isinstance(v, int) or v < 0:
                errs.append(f"{tag}: {f} {v!r}")
            elif f in u:
                continue
            elif v == 0:
                if not ZERO.search(t):
                    errs.append(f"{tag}: {f} 0 without an explicit 'no one ...' phrase")
            elif not has_num(t, v) and v not in SUMS.get(key, ()):
                errs.append(f"{tag}: {f} {v} not in text")
        dt = i["date"]
        if dt is None:
            if "date" not in u:
                errs.append(f"{tag}: date null but scored")
        else:
            try:
                if len(dt) == 10:
                    e = datetime.date.fromisoformat(dt)
                    alld.add(e)
                    if e > p:
                        errs.append(f"{tag}: date after published")
                    gap = (p - e).days
                    if 1 <= gap <= 6 and not re.search(r"\b" + WD[e.weekday()] + r"\b", t) and \
                            not (gap == 1 and "yesterday" in t.lower()) and not (
                            "a day earlier" in t.lower() and any(str(e + datetime.timedelta(days=1)) == y["date"]
                                                                 for y in incs)):
                        errs.append(f"{tag}: {dt} ({WD[e.weekday()]}) not named by its weekday in the text")
                    if i["primary"] and gap > 6:
                        warns.append(f"{tag}: primary {gap} days before published")
                elif len(dt) == 7:
                    y, m = map(int, dt.split("-"))
                    if (y, m) > (p.year, p.month):
                        errs.append(f"{tag}: month after published")
                elif len(dt) == 4:
                    if int(dt) > p.year:
                        errs.append(f"{tag}: year after published")
                else:
                    errs.append(f"{tag}: date format {dt}")
            except ValueError:
                errs.append(f"{tag}: bad date {dt}")
    # ---- weekday words
    table = WEEKDAYS.get(key, {})
    for w, ds in table.items():
        if ds is None:
            continue
        x = datetime.date.fromisoformat(ds)
        if not w.startswith(WD[x.weekday()][:3]) or abs((x - p).days) > 7:
            errs.append(f"{name}: WEEKDAYS {w} -> {ds} is a {WD[x.weekday()]} / too far from {p}")
    for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b", t):
        word = m.group(0)
        full = [w for w in WD if w.startswith(m.group(1))][0]
        if word not in (full, full[:3], full + "s"):
            continue  # e.g. 'Sunday' only; 'Monumental', 'Satellite' etc. are skipped
        ok = any(WD[x.weekday()] == full for x in alld | {p}) and word != full + "s"
        if word in table:
            ok = True
        if not ok:
            errs.append(f"{name}: weekday word {word!r} explained by no incident date, published or WEEKDAYS")
    # ---- 'Weekday, D Month YYYY' / 'Weekday, Month Dth YYYY' datelines
    for m in re.finditer(r"\b(" + "|".join(WD) + r"),? (\d{1,2}) (" + "|".join(MONS) + r"),? (\d{4})", t):
        x = datetime.date(int(m.group(4)), MONS.index(m.group(3)) + 1, int(m.group(2)))
        if WD[x.weekday()] != m.group(1) or x != p:
            errs.append(f"{name}: dateline {m.group(0)!r} inconsistent")
    for m in re.finditer(r"\b(" + "|".join(WD) + r"),? (" + "|".join(MONS) + r") (\d{1,2})(st|nd|rd|th)? (\d{4})", t):
        x = datetime.date(int(m.group(5)), MONS.index(m.group(2)) + 1, int(m.group(3)))
        if WD[x.weekday()] != m.group(1) or x != p:
            errs.append(f"{name}: dateline {m.group(0)!r} inconsistent")
    # ---- month-day mentions ("April 11", "Oct 19", "Jun 5, 2018", "12 February 2019")
    md = set()
    for m in re.finditer(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?\b(?!,? ?\d{3})", t):
        md.add(([x[:3] for x in MONS].index(m.group(1)[:3]) + 1, int(m.group(2))))
    for m in re.finditer(r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,? (\d{4})", t):
        md.add(([x[:3] for x in MONS].index(m.group(2)) + 1, int(m.group(1))))
        if datetime.date(int(m.group(3)), [x[:3] for x in MONS].index(m.group(2)) + 1, int(m.group(1))) != p:
            errs.append(f"{name}: page date {m.group(0)!r} is not published {p}")
    for m in re.finditer(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", t):
        x = datetime.date(int(m.group(3)), [y[:3] for y in MONS].index(m.group(1)) + 1, int(m.group(2)))
        if x != p:
            errs.append(f"{name}: page date {m.group(0)!r} is not published {p}")
    for m in re.finditer(r"\b(\d{2})/(\d{2})/(\d{4})\b", t):
        if datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) != p:
            errs.append(f"{name}: page date {m.group(0)!r} is not published {p}")
    known = {(x.month, x.day) for x in alld | {p}} | set(MONTHDAYS.get(key, {}))
    for mdx in sorted(md - known):
        errs.append(f"{name}: month-day {mdx} explained by no incident date, published or MONTHDAYS")
    # ---- mix and countries
    if incs:
        pos.append(n)
        country_docs[incs[0]["country"]] += 1
        if n <= 20:
            errs.append(f"{name}: documents 001-020 must be negatives")
    else:
        neg.append(n)
        if n not in KINDS or n not in NEG_COUNTRY:
            errs.append(f"{name}: negative without kind/country in the checker tables")
        else:
            kinds[KINDS[n]] += 1
            country_docs[NEG_COUNTRY[n]] += 1
        low = t.lower()
        found = [w for w in VIOLENCE if w in low]
        if len(found) < 2:
            errs.append(f"{name}: negative with too few violence words {found}")

if len(files) != 30:
    errs.append(f"expected 30 files, found {len(files)}")
if len(neg) != 20 or len(pos) != 10:
    errs.append(f"mix: {len(neg)} negatives, {len(pos)} positives (want 20/10)")
if len(kinds) < 12 or max(kinds.values(), default=0) > 2:
    errs.append(f"kinds: {len(kinds)} kinds, max {max(kinds.values(), default=0)}")
over = {c: k for c, k in country_docs.items() if k > 4}
if over:
    errs.append(f"countries over 4: {over}")
if not 12 <= len(boiler) <= 18:
    warns.append(f"boilerplate in {len(boiler)} docs (want about half)")

print(f"{len(files)} docs; errors {len(errs)}; warnings {len(warns)}")
for x in errs:
    print("ERR", x)
for x in warns:
    print("WARN", x)
print(f"negatives {len(neg)}: kinds {len(kinds)} {dict(kinds)}")
print(f"positives {len(pos)}: {pos}")
print(f"boilerplate docs {len(boiler)}: {boiler}")
print(f"countries {dict(country_docs.most_common())}")
lens.sort()
if lens:
    print(f"text length min {lens[0]} median {lens[len(lens) // 2]} max {lens[-1]}")
