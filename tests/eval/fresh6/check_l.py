"""Checker for writer l's fresh6 documents (fresh6-l001 ... fresh6-l030). Ideas from tests/eval/check_gold.py,
adapted to whole pages with empty-incident documents. Usage: python3 tests/eval/fresh6/check_l.py [folder]
Prints "30 docs; errors N; warnings M" and the mix. Exit status 1 when there are errors."""
import collections, datetime, glob, json, os, re, sys

D = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh6 set (written 2026-12-07)"
ORIGIN = "written for incidentwire"
DOC_KEYS = ["id", "source", "url", "title", "published", "text", "origin", "incidents", "notes"]
INC_KEYS = ["primary", "event_type", "date", "country", "admin1", "city", "killed", "injured", "perpetrators",
            "targets", "weapons", "unscored"]
TYPES = {"attack", "bombing", "suicide_bombing", "air_strike", "shelling", "armed_clash", "targeted_killing",
         "abduction", "arrest", "riot", "protest", "other"}
TARGETS = {"civilians", "police", "military", "militants", "government officials", "politicians", "journalists",
           "clergy", "prisoners", "protesters", "aid workers", "paramilitary"}
REGION = {"India", "Pakistan", "Bangladesh", "Afghanistan", "Nepal", "Sri Lanka", "Philippines", "Myanmar",
          "Thailand", "Indonesia", "Mexico", "Colombia", "Brazil", "Honduras", "Ecuador", "Peru", "Haiti"}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
TRAPS = ["killed", "kill", "shot", "attack", "blast", "explosion", "clash", "bomb", "massacre", "fire", "raid",
         "hostage", "war", "dead", "wounded", "victims", "gunned down", "ambush", "strike", "assault", "executed",
         "slaughtered", "fighters", "troops", "militia", "weapon"]

# The negatives: kind of page and country (the JSON has no country for them).
NEG = {"fresh6-l001": ("bootleg liquor poisoning", "India"), "fresh6-l003": ("sports (cricket)", "Pakistan"),
       "fresh6-l005": ("landslide after rain", "Philippines"), "fresh6-l007": ("business / markets", "Mexico"),
       "fresh6-l009": ("culture (war novel)", "Colombia"), "fresh6-l011": ("industrial explosion", "Bangladesh"),
       "fresh6-l013": ("wildlife attack", "Nepal"), "fresh6-l015": ("rail accident", "Sri Lanka"),
       "fresh6-l017": ("military exercise", "Indonesia"), "fresh6-l019": ("politics", "Brazil"),
       "fresh6-l021": ("mine collapse", "Peru"), "fresh6-l023": ("cold wave", "Afghanistan"),
       "fresh6-l025": ("hoax bomb threat", "Thailand"), "fresh6-l027": ("crime statistics / policy", "Honduras"),
       "fresh6-l029": ("drowning at a festival gathering", "India")}
# Documents with page boilerplate (nav lines, Also Read / Related / Most Read, captions, share lines).
BOILER = {1, 2, 3, 5, 7, 8, 13, 14, 19, 23, 24, 25, 26, 27, 29}
# Weekday words that refer to days other than an incident or the publication (future days, or, in negatives,
# days of the non-incident events). Checked by hand.
OTHER_DAYS = {"fresh6-l004": {"Sunday"},      # the team set out on Sunday night; the clash was on Monday
              "fresh6-l010": {"Tuesday"},     # the governor spoke on Tuesday, the day after the drone attack
              "fresh6-l022": {"Thursday"}}    # the blockade is to resume on Thursday (future)
# Tolls the text gives only as parts; each sum checked by hand: {id: {figure, ...}}.
SUMS = {}
# "Month day" mentions that are neither an incident date nor the publication date, checked by hand.
OTHER_MONTHDAYS = {"fresh6-l004": {(1, 1)}}  # '15 Maoists killed since January 1' (aggregate)

W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def forms(n):
    f = {str(n)}
    if n <= 20:
        f.add(W[n])
    if n in TENS:
        f.add(TENS[n])
    if 20 < n < 100 and n % 10:
        f.add(TENS[n // 10 * 10] + "-" + W[n % 10])
    if n == 12:
        f.add("a dozen")
    if n >= 1000:
        f.add(f"{n:,}")
    return f


def has_num(text, n):
    t = " " + text.lower() + " "
    for f in forms(n):
        if f.isdigit() or "," in f:
            if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d])", t):
                return True
        elif re.search(r"\b" + re.escape(f) + r"\b", t):
            return True
    return False


def says_zero(text, what):
    pat = {"killed": r"no one (was|were) (killed|hurt)|nobody was killed|no one died|no deaths",
           "injured": r"no one (was|were) (injured|hurt|wounded)|nobody was (hurt|injured)|no injuries"}[what]
    return re.search(pat, text, re.I) is not None


def parse_date(s):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return datetime.date.fromisoformat(s)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = map(int, s.split("-"))
        assert 1 <= m <= 12
        return datetime.date(y, m, 1)
    if re.fullmatch(r"\d{4}", s):
        return datetime.date(int(s), 1, 1)
    raise ValueError(s)


errs, warns = [], []
files = sorted(glob.glob(os.path.join(D, "fresh6-l*.gold.json")))
expected = ["fresh6-l%03d.gold.json" % n for n in range(1, 31)]
if [os.path.basename(f) for f in files] != expected:
    errs.append("file set is not fresh6-l001..030: %s" % [os.path.basename(f) for f in files])
texts = set()
countries = collections.Counter()
types = collections.Counter()
kinds = collections.Counter()
lens = []
n_neg = n_pos = n_bg = 0
negdays = {}
pos_summary = []
for fn in files:
    name = os.path.basename(fn)
    try:
        raw = open(fn, encoding="utf-8").read()
        d = json.loads(raw)
    except Exception as e:
        errs.append(f"{name}: bad JSON {e}")
        continue
    did = name[:-len(".gold.json")]
    num = int(did[-3:])
    if list(d) != DOC_KEYS:
        errs.append(f"{name}: keys {list(d)}")
        continue
    if d["id"] != did:
        errs.append(f"{name}: id {d['id']}")
    if d["source"] != SOURCE or d["origin"] != ORIGIN:
        errs.append(f"{name}: source/origin")
    if d["url"] is not None and not (isinstance(d["url"], str) and d["url"].startswith("https://")):
        errs.append(f"{name}: url")
    if not isinstance(d["title"], str) or not d["title"]:
        errs.append(f"{name}: title")
    if not isinstance(d["notes"], str) or not d["notes"]:
        errs.append(f"{name}: notes")
    try:
        pub = datetime.date.fromisoformat(d["published"])
        assert 2015 <= pub.year <= 2025 and len(d["published"]) == 10
    except Exception:
        errs.append(f"{name}: published {d['published']!r}")
        continue
    t = d["text"]
    lens.append(len(t))
    if not 800 <= len(t) <= 3000:
        errs.append(f"{name}: text length {len(t)}")
    if t in texts:
        errs.append(f"{name}: duplicate text")
    texts.add(t)
    if d["title"] and "\\u" in raw:
        warns.append(f"{name}: escaped non-ASCII (ensure_ascii?)")
    incs = d["incidents"]
    if not isinstance(incs, list):
        errs.append(f"{name}: incidents not a list")
        continue
    # ---- negatives
    if not incs:
        n_neg += 1
        if did not in NEG:
            errs.append(f"{name}: empty incidents but not listed as a negative")
            continue
        kind, country = NEG[did]
        kinds[kind] += 1
        countries[country] += 1
        found = [w for w in TRAPS if re.search(r"\b" + w, t, re.I)]
        if len(found) < 3:
            errs.append(f"{name}: negative with too few trap words {found}")
        negdays[did] = [w for w in WD if re.search(r"\b" + w + r"\b", t)]  # printed for checking by hand
        continue
    # ---- positives
    n_pos += 1
    if did in NEG:
        errs.append(f"{name}: listed as negative but has incidents")
    prim = [i for i in incs if isinstance(i, dict) and i.get("primary") is True]
    if len(prim) != 1 or incs[0].get("primary") is not True:
        errs.append(f"{name}: need exactly one primary, first")
    full_dates = set()
    for k, i in enumerate(incs):
        tag = f"{name}#{k}"
        if list(i) != INC_KEYS:
            errs.append(f"{tag}: keys {list(i)}")
            continue
        u = i["unscored"]
        if not isinstance(u, list) or "weapons" not in u or any(x not in INC_KEYS[1:] for x in u):
            errs.append(f"{tag}: unscored {u}")
        if i["weapons"] is not None:
            errs.append(f"{tag}: weapons not null")
        if not isinstance(i["primary"], bool):
            errs.append(f"{tag}: primary")
        if i["event_type"] not in TYPES:
            errs.append(f"{tag}: event_type {i['event_type']}")
        if i["country"] not in REGION:
            errs.append(f"{tag}: country {i['country']}")
        for g in i["targets"]:
            if g not in TARGETS:
                errs.append(f"{tag}: target {g}")
        if not i["targets"] and "targets" not in u:
            errs.append(f"{tag}: empty targets scored")
        if not isinstance(i["perpetrators"], list):
            errs.append(f"{tag}: perpetrators")
        for p in i["perpetrators"]:
            if p.lower() in {"gunmen", "militants", "terrorists", "unknown attackers", "armed men"}:
                errs.append(f"{tag}: generic perpetrator {p}")
        for fld in ("city", "admin1"):
            v = i[fld]
            if v is not None and fld not in u and v not in t:
                errs.append(f"{tag}: {fld} {v!r} not verbatim in text")
            if v is None and fld not in u:
                warns.append(f"{tag}: {fld} null and scored")
        if i["admin1"] and re.search(r"\b(State|Province|Region|Department|Division)$", i["admin1"]):
            errs.append(f"{tag}: admin1 with type word {i['admin1']!r}")
        for fld in ("killed", "injured"):
            v = i[fld]
            if v is None:
                continue
            if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                errs.append(f"{tag}: {fld} {v!r}")
            elif fld in u:
                pass
            elif v == 0:
                if not says_zero(t, fld):
                    errs.append(f"{tag}: {fld} 0 but the text does not say so")
            elif not has_num(t, v) and v not in SUMS.get(did, set()):
                errs.append(f"{tag}: {fld} {v} not in text as figure or word")
        # dates
        dt = i["date"]
        if dt is None:
            if "date" not in u:
                errs.append(f"{tag}: null date scored")
        else:
            try:
                ev = parse_date(dt)
            except Exception:
                errs.append(f"{tag}: date {dt!r}")
                continue
            if ev > pub:
                errs.append(f"{tag}: date after published")
            if len(dt) == 10:
                full_dates.add(ev)
                if i["primary"] and not 0 <= (pub - ev).days <= 7 and "date" not in u:
                    errs.append(f"{tag}: primary {(pub - ev).days} days before published")
                gap = (pub - ev).days
                if 1 <= gap <= 6:
                    said = (re.search(r"\b" + WD[ev.weekday()] + r"\b", t)
                            or (gap == 1 and re.search(r"\byesterday\b", t, re.I)))
                    if not said:
                        errs.append(f"{tag}: {dt} is {gap} days before published but its weekday "
                                    f"{WD[ev.weekday()]} (or 'yesterday') is not in the text")
            elif i["primary"]:
                warns.append(f"{tag}: primary with partial date")
        if i["primary"]:
            types[i["event_type"]] += 1
            countries[i["country"]] += 1
            pos_summary.append((did, i["event_type"], i["country"], i["admin1"], i["city"], len(incs) - 1))
        else:
            n_bg += 1
    # weekday words must be an incident day or the publication day (or listed in OTHER_DAYS)
    okdays = {WD[x.weekday()] for x in full_dates | {pub}} | OTHER_DAYS.get(did, set())
    for w in WD:
        if re.search(r"\b" + w + r"\b", t) and w not in okdays:
            errs.append(f"{name}: weekday {w} matches no incident date nor published")
    if re.search(r"\byesterday\b", t, re.I) and (pub - datetime.timedelta(days=1)) not in full_dates:
        errs.append(f"{name}: 'yesterday' but no incident on published-1")
    # "Month day" / "day Month" mentions
    okmd = {(x.month, x.day) for x in full_dates | {pub}} | OTHER_MONTHDAYS.get(did, set())
    for m in re.finditer(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b", t, re.I):
        md = (MONTHS.index(m.group(1).lower()[:3]) + 1, int(m.group(2)))
        if md not in okmd:
            errs.append(f"{name}: month-day {m.group(0)!r} matches no incident nor published")
    for m in re.finditer(r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", t, re.I):
        md = (MONTHS.index(m.group(2).lower()[:3]) + 1, int(m.group(1)))
        if md not in okmd and not (md[0] == pub.month and 0 < pub.day - md[1] <= 2):  # sidebar 'Updated' dates
            errs.append(f"{name}: day-month {m.group(0)!r} matches no incident nor published")

# ---- the mix
if n_neg != 15 or n_pos != 15:
    errs.append(f"mix: {n_neg} without incidents, {n_pos} with incidents (want 15/15)")
if len(kinds) < 11 or max(kinds.values(), default=0) > 2:
    errs.append(f"negative kinds: {dict(kinds)}")
over = {c: k for c, k in countries.items() if k > 4}
if over:
    errs.append(f"countries over 4: {over}")
if set(NEG) - {os.path.basename(f)[:-len('.gold.json')] for f in files}:
    errs.append("NEG lists missing files")

print(f"{len(files)} docs; errors {len(errs)}; warnings {len(warns)}")
for x in errs:
    print("ERR", x)
for x in warns:
    print("WARN", x)
print(f"without incidents {n_neg}, with incidents {n_pos}; background incidents {n_bg}")
print("negative kinds (%d):" % len(kinds), dict(kinds))
print("primary types:", dict(types.most_common()))
print("countries (documents):", dict(countries.most_common()))
print("boilerplate documents: %d (negatives %d, positives %d)" % (
    len(BOILER), sum(1 for n in BOILER if "fresh6-l%03d" % n in NEG),
    sum(1 for n in BOILER if "fresh6-l%03d" % n not in NEG)))
print("weekday words in negatives (checked by hand against published):",
      {k[-4:]: (v, WD[datetime.date.fromisoformat(json.load(open(os.path.join(D, k + '.gold.json')))['published']).weekday()])
       for k, v in negdays.items() if v})
lens.sort()
if lens:
    print(f"text length min {lens[0]} median {lens[len(lens) // 2]} max {lens[-1]}")
for row in pos_summary:
    print("  %s %-16s %-11s admin1=%-18s city=%-16s +%d older" % row)
sys.exit(1 if errs else 0)
