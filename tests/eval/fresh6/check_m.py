"""Checker for writer m's 30 documents of the fresh6 set (fresh6-m001 ... fresh6-m030.gold.json).
Ideas from tests/eval/check_gold.py, extended for whole pages with negatives.
Usage: python3 tests/eval/fresh6/check_m.py   ->  "30 docs; errors 0; warnings N" plus a summary.
Checks: JSON and key order; header strings; published 2015-2025; text 800-3000 chars; one primary, first;
event types/targets from the brief's lists; weapons null and unscored; dates well-formed, not after `published`;
scored non-null city/admin1 verbatim in the text, admin1 without type suffix; killed/injured as a figure or number
word (or a hand-checked sum in SUMS), 0 only with an explicit 'no one ...' phrase; every weekday word in the text
equals the weekday of `published`, of a full incident date, or of a hand-listed non-incident date (OTHER_DATES);
'Weekday, Month day(, year)' combinations agree with the calendar; every month-day in the text is `published`, an
incident date or an OTHER_DATES entry; incidents 1-6 days old are named by weekday / 'yesterday' / month-day;
the mix (15 negatives, 15 positives; negatives' kinds >= 11 distinct, none more than twice; each negative holds a
violence word); at most 4 documents per country."""
import collections, datetime, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh6 set (written 2026-12-07)"
DOC_KEYS = ["id", "source", "url", "title", "published", "text", "origin", "incidents", "notes"]
INC_KEYS = ["primary", "event_type", "date", "country", "admin1", "city", "killed", "injured", "perpetrators",
            "targets", "weapons", "unscored"]
TYPES = {"attack", "bombing", "suicide_bombing", "air_strike", "shelling", "armed_clash", "targeted_killing",
         "abduction", "arrest", "riot", "protest", "other"}
TGT = {"civilians", "police", "military", "militants", "government officials", "politicians", "journalists",
       "clergy", "prisoners", "protesters", "aid workers", "paramilitary"}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON_RE = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# killed figures that the text gives only as parts (checked by hand)
SUMS = {"fresh6-m013": [10]}  # 8 ISIS fighters + 2 Puntland soldiers
ZERO_PHRASES = ["no one was killed or wounded", "no casualties", "no one was", "no injuries"]
# dated non-incident events the text names by weekday or month-day (checked against the calendar here)
OTHER_DATES = {
    "fresh6-m001": ["2023-08-12", "2023-08-13"],   # hippo death Saturday night, body recovered Sunday
    "fresh6-m002": ["2022-03-07"],                 # resident spoke by phone on Monday
    "fresh6-m004": ["2019-01-05", "2019-01-06", "2019-01-09"],  # generator in Sat, found Sun, burial Wed
    "fresh6-m005": ["2024-05-21"],                 # rockfall late on Tuesday
    "fresh6-m006": ["2022-12-19"],                 # army statement on Monday
    "fresh6-m007": ["2018-11-17"],                 # hunting accident Saturday, season opened Saturday
    "fresh6-m009": ["2017-10-03"],                 # hoax email Tuesday
    "fresh6-m011": ["2024-07-10"],                 # stage on Wednesday
    "fresh6-m012": ["2016-02-22"],                 # board rejection Monday
    "fresh6-m017": ["2023-07-18"],                 # landslide Tuesday
    "fresh6-m018": ["2021-10-03"],                 # crush Sunday evening
    "fresh6-m021": ["2019-05-29"],                 # raid started 2300 GMT Wednesday
    "fresh6-m022": ["2025-02-13"],                 # drill ended Thursday
    "fresh6-m023": ["2018-09-26"],                 # court appearance Wednesday (scheduled)
    "fresh6-m024": ["2017-07-30", "2017-08-04"],   # death Sunday, funeral Friday (scheduled)
    "fresh6-m026": ["2022-04-11", "2022-02-14"],   # NEC meeting ended Monday; strike began February 14
    "fresh6-m028": ["2023-06-23"],                 # boat left Friday evening
    "fresh6-m029": ["2023-10-08"],                 # front opened October 8 (context)
    "fresh6-m030": ["2025-04-27"],                 # police statement on Sunday
}
# the 15 negatives: kind and country of the page
NEG = {
    1: ("wildlife attack (hippo)", "Kenya"), 4: ("poisoning (generator carbon monoxide)", "Nigeria"),
    5: ("mine collapse (seismic rockfall)", "South Africa"), 7: ("hunting accident", "United States"),
    9: ("hoax threat / false alarm", "United Kingdom"), 11: ("sport (cycling)", "France"),
    12: ("business (hostile bid)", "Germany"), 15: ("culture (war play)", "Ukraine"),
    17: ("landslide after rain", "Turkey"), 18: ("crowd crush at a gathering", "Iraq"),
    20: ("epidemic (cholera)", "Somalia"), 22: ("military exercise / missile drill", "Iran"),
    24: ("police officer dies of illness", "Canada"), 26: ("labour strike", "Nigeria"),
    28: ("boat accident", "Democratic Republic of the Congo"),
}
VIOLENCE = ["killed", "shot", "attack", "blast", "explosion", "explosive", "clash", "bomb", "massacre", "fire",
            "raid", "hostage", "war", "dead", "wounded", "victims", "gunned down", "ambush", "strike", "assault",
            "executed", "slaughter", "fighters", "troops", "militia", "weapon", "killer", "carnage", "bloodbath"]
W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def forms(n):
    f = {str(n)}
    if n <= 20: f.add(W[n])
    if n in TENS: f.add(TENS[n])
    if 20 < n < 100 and n % 10: f.add(TENS[n // 10 * 10] + "-" + W[n % 10])
    if n == 12: f.add("dozen")
    if n == 2: f |= {"both", "couple"}
    if n == 1: f |= {" a ", " an ", "one of"}
    if n >= 1000: f.add(f"{n:,}")
    return f


NOT_COUNTS = [MON_RE + r" \d{1,2}\b", r"\b\d{1,2}(?:st|nd|rd|th)? (?:" + "|".join(MONTHS) + r")\b",
              r"\b\d{1,2}:\d{2}\b", r"\b\d+ ?(?:am|pm|a\.m\.|p\.m\.)", r"\b\d[\d,.]* ?(?:km|kilomet|met|yard|percent|per cent|euro|billion|million|degree|seat)\w*",
              r"\b\d+-year-old", r"\baged (?:between )?\d+(?: and \d+)?", r"\b\d+(?:st|nd|rd|th)\b", r"\b(?:19|20)\d{2}\b", r"\b\d+/\d+\b", r"\bSh\d+"]


def has_num(text, n):
    """n as a figure or number word, after removing dates, times, ages, distances, money and years."""
    for pat in NOT_COUNTS:
        text = re.sub(pat, " ", text, flags=re.I)
    t = " " + text.lower() + " "
    for f in forms(n):
        if f.strip().isdigit():
            if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d])", t): return True
        elif re.search(r"(?<![a-z])" + re.escape(f.strip()) + r"(?![a-z])", t) if f.strip() else False:
            return True
    return False


def parse_date(s):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s): return datetime.date.fromisoformat(s)
    if re.fullmatch(r"\d{4}-\d{2}", s): datetime.date.fromisoformat(s + "-01"); return None
    if re.fullmatch(r"\d{4}", s): return None
    raise ValueError(s)


def main():
    errs, warns = [], []
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE  # a folder argument is for mutation tests on copies
    files = sorted(glob.glob(os.path.join(folder, "fresh6-m[0-9][0-9][0-9].gold.json")))
    country_docs = collections.Counter()
    ptypes = collections.Counter(); negs = []; poss = []; texts = set()
    n_bg = n_inc = 0
    for fn in files:
        name = os.path.basename(fn)
        try:
            raw = open(fn, encoding="utf-8").read(); d = json.loads(raw)
        except Exception as e:
            errs.append(f"{name}: bad JSON {e}"); continue
        E = lambda m: errs.append(f"{name}: {m}")
        if list(d) != DOC_KEYS: E(f"doc keys {list(d)}"); continue
        num = int(name[8:11])
        if d["id"] + ".gold.json" != name: E("id does not match file name")
        if d["source"] != SOURCE or d["origin"] != "written for incidentwire": E("source/origin")
        if not (d["url"] is None or (isinstance(d["url"], str) and d["url"].startswith("http"))): E("url")
        if not isinstance(d["title"], str) or not d["title"]: E("title")
        if not isinstance(d["notes"], str) or not d["notes"]: E("notes")
        try:
            pub = datetime.date.fromisoformat(d["published"])
            if not 2015 <= pub.year <= 2025: E("published outside 2015-2025")
        except Exception:
            E("published"); continue
        t = d["text"]
        if not 800 <= len(t) <= 3000: E(f"text length {len(t)}")
        if t in texts: E("duplicate text")
        texts.add(t)
        incs = d["incidents"]
        full = set()  # full incident dates
        if incs:
            poss.append(num)
            if [i.get("primary") for i in incs].count(True) != 1 or incs[0].get("primary") is not True:
                E("need exactly one primary, listed first")
            country_docs[incs[0]["country"]] += 1
            ptypes[incs[0]["event_type"]] += 1
            n_inc += len(incs); n_bg += len(incs) - 1
        else:
            negs.append(num)
            if num not in NEG: E("negative not listed in NEG")
            else: country_docs[NEG[num][1]] += 1
            low = t.lower()
            hits = [w for w in VIOLENCE if re.search(r"\b" + w, low)]
            if not hits: E("negative without any violence word")
        for k, i in enumerate(incs):
            tag = f"{name}#{k}"
            if list(i) != INC_KEYS: errs.append(f"{tag}: incident keys {list(i)}"); continue
            u = i["unscored"]
            if i["weapons"] is not None or "weapons" not in u: errs.append(f"{tag}: weapons must be null and unscored")
            if not set(u) <= set(INC_KEYS[1:10]) | {"weapons"}: errs.append(f"{tag}: unknown unscored field {u}")
            if i["event_type"] not in TYPES: errs.append(f"{tag}: type {i['event_type']}")
            if not i["targets"] and "targets" not in u: errs.append(f"{tag}: no targets")
            for g in i["targets"]:
                if g not in TGT: errs.append(f"{tag}: target {g}")
            if not isinstance(i["perpetrators"], list): errs.append(f"{tag}: perpetrators not a list")
            if not i["country"]: errs.append(f"{tag}: country missing")
            # dates
            if i["date"] is None:
                if "date" not in u: warns.append(f"{tag}: date null and scored")
            else:
                try:
                    dt = parse_date(i["date"])
                except Exception:
                    errs.append(f"{tag}: bad date {i['date']}"); dt = None
                if i["date"] > d["published"]: errs.append(f"{tag}: date after published")
                if dt:
                    full.add(dt)
                    gap = (pub - dt).days
                    if i["primary"] and gap > 7: warns.append(f"{tag}: primary {gap} days before published")
                    if 1 <= gap <= 6:
                        named = re.search(r"\b" + WD[dt.weekday()] + r"\b", t) or \
                            (gap == 1 and "yesterday" in t.lower())
                        md = any(m for m in re.finditer(MON_RE + r" (\d{1,2})\b", t)
                                 if MONTHS[[x[:3] for x in MONTHS].index(m.group(1)[:3])] == MONTHS[dt.month - 1]
                                 and int(m.group(2)) == dt.day)
                        if not named and not md: errs.append(f"{tag}: {i['date']} not named by weekday/yesterday/month-day")
                elif i["date"] and len(i["date"]) < 10 and "date" in u:
                    warns.append(f"{tag}: partial date marked unscored (not needed)")
            # places
            for fld in ("city", "admin1"):
                v = i[fld]
                if v is not None and fld not in u and v not in t: errs.append(f"{tag}: {fld} {v!r} not in text")
            if i["admin1"] and re.search(r"\b(State|Province|Region|County|Governorate|Oblast)$", i["admin1"]):
                errs.append(f"{tag}: admin1 keeps a type word")
            # counts
            for fld in ("killed", "injured"):
                v = i[fld]
                if v is None: continue
                if not isinstance(v, int) or v < 0: errs.append(f"{tag}: {fld} {v!r}"); continue
                if fld in u: continue
                if v == 0:
                    if not any(p in t.lower() for p in ZERO_PHRASES): errs.append(f"{tag}: {fld} 0 without a 'no one' phrase")
                elif not has_num(t, v) and not (fld == "killed" and v in SUMS.get(d["id"], [])):
                    errs.append(f"{tag}: {fld} {v} not in text as figure/word (nor in SUMS)")
        # weekdays and month-days in the text
        other = {datetime.date.fromisoformat(x) for x in OTHER_DATES.get(d["id"], [])}
        for o in other:
            if o > pub + datetime.timedelta(days=7): E(f"OTHER_DATES {o} too far after published")
            if (pub - o).days <= 6 and not re.search(r"\b" + WD[o.weekday()] + r"\b", t) and not any(
                    int(m.group(2)) == o.day for m in re.finditer(MON_RE + r" (\d{1,2})\b", t)):
                warns.append(f"{name}: OTHER_DATES {o} ({WD[o.weekday()]}) not named in text")
        known = full | other | {pub}
        for w in WD:
            if re.search(r"\b" + w + r"\b", t) and w not in {WD[x.weekday()] for x in known}:
                E(f"weekday {w} in text matches neither published, an incident date nor OTHER_DATES")
        # weekday + month day (+ year) combinations
        for m in re.finditer(r"\b(" + "|".join(WD) + r"),? " + MON_RE + r" (\d{1,2})(?:,? (\d{4}))?", t):
            mi = [x[:3] for x in MONTHS].index(m.group(2)[:3]) + 1
            yr = int(m.group(4)) if m.group(4) else (pub.year if mi <= pub.month else pub.year - 1)
            try:
                dd = datetime.date(yr, mi, int(m.group(3)))
                if WD[dd.weekday()] != m.group(1): E(f"{m.group(0)!r}: is a {WD[dd.weekday()]}")
            except ValueError:
                E(f"bad calendar date {m.group(0)!r}")
        md_pairs = {(x.month, x.day) for x in known}
        for m in re.finditer(r"\b" + MON_RE + r" (\d{1,2})\b", t):
            mi = [x[:3] for x in MONTHS].index(m.group(1)[:3]) + 1
            if (mi, int(m.group(2))) not in md_pairs: E(f"month-day {m.group(0)!r} matches no known date")
        for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)? (" + "|".join(MONTHS) + r")\b", t):
            mi = MONTHS.index(m.group(2)) + 1
            if (mi, int(m.group(1))) not in md_pairs: E(f"day-month {m.group(0)!r} matches no known date")
        if "yesterday" in t.lower() and pub - datetime.timedelta(days=1) not in known:
            E("'yesterday' but no known date is published - 1")
    # the mix
    n = len(files)
    if n != 30: errs.append(f"expected 30 files, found {n}")
    if len(negs) != 15 or len(poss) != 15: errs.append(f"mix: {len(negs)} negatives, {len(poss)} positives (need 15/15)")
    if set(negs) != set(NEG): errs.append(f"NEG table {sorted(NEG)} != negatives {negs}")
    kinds = collections.Counter(NEG[x][0] for x in negs if x in NEG)
    if len(kinds) < 11: errs.append(f"only {len(kinds)} kinds of negatives")
    if any(c > 2 for c in kinds.values()): errs.append(f"a negative kind used more than twice: {kinds}")
    over = {c: k for c, k in country_docs.items() if k > 4}
    if over: errs.append(f"countries over 4 documents: {over}")
    print(f"{n} docs; errors {len(errs)}; warnings {len(warns)}")
    for x in errs: print("ERR", x)
    for x in warns: print("WARN", x)
    print(f"negatives {len(negs)} ({len(kinds)} kinds); positives {len(poss)}; incidents {n_inc} "
          f"(primary {len(poss)}, non-primary {n_bg})")
    print("primary types", dict(ptypes.most_common()))
    print("countries", dict(country_docs.most_common()))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
