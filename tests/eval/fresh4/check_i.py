"""Checker for writer i's part of fresh4 (fresh4-i001 ... fresh4-i030.gold.json).
Usage: python3 tests/eval/fresh4/check_i.py  ->  "30 docs; errors 0; warnings N" plus tallies.
Checks: valid JSON, document and incident key order, header strings, id = file name, published 2015-2025,
text length 900-3000; zero or one primary incident (first); event types, targets, weapons null; scored non-null
city/admin1 verbatim in the text; killed/injured present as a figure or number word (0 only with an explicit
"no one ..." phrase; sums checked by hand are listed in SUMS); incident dates valid, not after `published`,
primaries 0-3 days before it; weekday words and "Month day" mentions in the text match an incident date or
`published`; an incident dated 1-6 days before `published` is named in the text by weekday or month-day;
"yesterday" = published - 1; state forces as doers are unscored; at most 4 documents per country."""
import json, glob, re, os, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh4 set (written 2026-12-06)"
ORIGIN = "written for incidentwire"
DKEYS = ["id", "source", "url", "title", "published", "text", "origin", "incidents", "notes"]
IKEYS = ["primary", "event_type", "date", "country", "admin1", "city", "killed", "injured", "perpetrators",
         "targets", "weapons", "unscored"]
TYPES = {"attack", "bombing", "suicide_bombing", "air_strike", "shelling", "armed_clash", "targeted_killing",
         "abduction", "arrest", "riot", "protest", "other"}
TGT = {"civilians", "police", "military", "militants", "government officials", "politicians", "journalists",
       "clergy", "prisoners", "protesters", "aid workers", "paramilitary"}
STATE = {"police", "army", "military", "security forces", "troops", "soldiers", "forces", "government forces",
         "russian forces", "ukrainian forces", "myanmar military", "state committee for national security"}
# tolls the text gives only as a sum of stated figures, checked by hand (doc id -> figures)
SUMS = {"fresh4-i002": [7],   # Covenant School: 3 children + 3 adults + the shooter shot dead by police
        "fresh4-i012": [5],   # Muenster 2018: four killed + the driver who shot himself
        "fresh4-i018": [6],   # Kizlyar 2018: five women + the gunman shot dead
        "fresh4-i027": [7]}   # Kahramankazan: five killed + both attackers 'neutralized'
# documents without incidents: their country, for the per-country limit
EMPTY_COUNTRY = {"fresh4-i007": "United Kingdom", "fresh4-i011": "Sweden", "fresh4-i022": "Kyrgyzstan",
                 "fresh4-i028": "Turkey"}
ZERO = re.compile(r"\b(no one|no-one|nobody|no casualties|no injuries|no deaths|none of)\b", re.I)
W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def has_num(text, n):
    t = text.lower()
    if re.search(r"(?<![\d,.])" + str(n) + r"(?![\d])", t):
        return True
    words = set()
    if n <= 20:
        words.add(W[n])
    if n in TENS:
        words.add(TENS[n])
    if 20 < n < 100 and n % 10:
        words.add(TENS[n // 10 * 10] + "-" + W[n % 10])
    if n == 12:
        words.add("dozen")
    if n == 1:
        words |= {"a", "an"}
    return any(re.search(r"\b" + re.escape(w) + r"\b", t) for w in words)


def month_days(text):
    for m in re.finditer(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b(?![\d:.])", text):
        yield m.group(0), MONS.index(m.group(1)[:3].lower()) + 1, int(m.group(2))


def main():
    errs, warns = [], []
    countries = collections.Counter()
    types = collections.Counter()
    nprim = nback = 0
    files = sorted(glob.glob(os.path.join(HERE, "fresh4-i[0-9][0-9][0-9].gold.json")))
    for fn in files:
        name = os.path.basename(fn)
        try:
            d = json.load(open(fn, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errs.append(f"{name}: bad json {e}")
            continue
        if list(d) != DKEYS:
            errs.append(f"{name}: keys {list(d)}")
            continue
        if d["id"] + ".gold.json" != name:
            errs.append(f"{name}: id mismatch")
        if d["source"] != SOURCE or d["origin"] != ORIGIN:
            errs.append(f"{name}: source/origin")
        if not (d["url"] is None or d["url"].startswith("https://")) or not d["title"]:
            errs.append(f"{name}: url/title")
        if not isinstance(d["notes"], str) or not d["notes"]:
            errs.append(f"{name}: notes")
        t = d["text"]
        if not 900 <= len(t) <= 3000:
            errs.append(f"{name}: text length {len(t)}")
        try:
            p = datetime.date.fromisoformat(d["published"])
        except Exception:  # noqa: BLE001
            errs.append(f"{name}: published {d['published']!r}")
            continue
        if not 2015 <= p.year <= 2025:
            errs.append(f"{name}: published year {p.year}")
        incs = d["incidents"]
        if not incs:
            countries[EMPTY_COUNTRY.get(d["id"], "?")] += 1
            if d["id"] not in EMPTY_COUNTRY:
                errs.append(f"{name}: empty document not in EMPTY_COUNTRY")
            continue
        if sum(1 for x in incs if x.get("primary") is True) != 1 or incs[0].get("primary") is not True:
            errs.append(f"{name}: need exactly one primary, first")
        full = set()
        for k, i in enumerate(incs):
            tag = f"{name}#{k}"
            if list(i) != IKEYS:
                errs.append(f"{tag}: incident keys {list(i)}")
                continue
            u = i["unscored"]
            if i["weapons"] is not None or "weapons" not in u:
                errs.append(f"{tag}: weapons")
            for f in u:
                if f not in IKEYS:
                    errs.append(f"{tag}: unscored field {f}")
            if i["event_type"] not in TYPES:
                errs.append(f"{tag}: type {i['event_type']}")
            if not isinstance(i["country"], str) or not i["country"]:
                errs.append(f"{tag}: country")
            dt = i["date"]
            if dt is not None:
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", dt):
                    errs.append(f"{tag}: date format {dt}")
                elif len(dt) == 10:
                    e = datetime.date.fromisoformat(dt)
                    full.add(e)
                    if e > p:
                        errs.append(f"{tag}: date after published")
                    if i["primary"] and not 0 <= (p - e).days <= 3 and "date" not in u:
                        errs.append(f"{tag}: primary {(p - e).days} days before published")
                    if 1 <= (p - e).days <= 6 and WD[e.weekday()] not in t and not any(
                            (mo, dy) == (e.month, e.day) for _, mo, dy in month_days(t)) and "date" not in u:
                        errs.append(f"{tag}: {dt} ({WD[e.weekday()]}) not named in the text")
                elif dt > d["published"][:len(dt)]:
                    errs.append(f"{tag}: partial date after published")
            elif "date" not in u:
                errs.append(f"{tag}: date null but scored")
            for fld in ("admin1", "city"):
                v = i[fld]
                if v is not None and fld not in u and v not in t:
                    errs.append(f"{tag}: {fld} {v!r} not in text")
                if v is None and fld not in u:
                    warns.append(f"{tag}: {fld} null and scored")
            for fld in ("killed", "injured"):
                v = i[fld]
                if v is None:
                    continue
                if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    errs.append(f"{tag}: {fld} {v!r}")
                elif fld in u:
                    continue
                elif v == 0:
                    if not ZERO.search(t):
                        errs.append(f"{tag}: {fld} 0 without a 'no one ...' phrase")
                elif not has_num(t, v) and v not in SUMS.get(d["id"], []):
                    errs.append(f"{tag}: {fld} {v} not in text")
            if not isinstance(i["perpetrators"], list) or not isinstance(i["targets"], list):
                errs.append(f"{tag}: perpetrators/targets not lists")
                continue
            for g in i["targets"]:
                if g not in TGT:
                    errs.append(f"{tag}: target {g}")
            if not i["targets"] and "targets" not in u:
                errs.append(f"{tag}: no targets")
            if any(x.lower() in STATE for x in i["perpetrators"]) and "perpetrators" not in u:
                errs.append(f"{tag}: state force as doer but scored")
            if i["primary"]:
                nprim += 1
                countries[i["country"]] += 1
                types[i["event_type"]] += 1
            else:
                nback += 1
        ok = full | {p}
        for w in WD:
            if re.search(r"\b" + w + r"\b", t) and w not in {WD[x.weekday()] for x in ok}:
                errs.append(f"{name}: weekday {w} in text matches no incident date nor published")
        for s, mo, dy in month_days(t):
            if (mo, dy) not in {(x.month, x.day) for x in ok}:
                errs.append(f"{name}: month-day {s!r} matches no incident date nor published")
        if re.search(r"\byesterday\b", t, re.I) and not any((p - x).days == 1 for x in full):
            errs.append(f"{name}: 'yesterday' but no incident on published - 1")
    over = {c: n for c, n in countries.items() if n > 4}
    if over:
        errs.append(f"countries over 4: {over}")
    print(f"{len(files)} docs; errors {len(errs)}; warnings {len(warns)}")
    for x in errs:
        print("ERR", x)
    for x in warns:
        print("WARN", x)
    print(f"incidents: primary {nprim}, background/other {nback}; empty docs {sum(1 for f in files if not json.load(open(f))['incidents'])}")
    print("primary types", dict(types.most_common()))
    print("countries", dict(countries.most_common()))


if __name__ == "__main__":
    main()
