"""Checker for writer g's fresh4 documents (fresh4-g001 ... fresh4-g030), adapted from tests/eval/check_gold.py for
full pages with several incidents (or none). Usage: python3 check_g.py  ->  "30 docs; errors 0; warnings 0".

Checks: valid JSON, top-level and incident key order, header strings, id = file name, text 900-3000 characters;
incidents: exactly one primary and it comes first (when any), event types and targets from the brief's lists,
weapons null and unscored, unscored names real fields, dates well formed and not after `published`, primary date
0-3 days before `published` (unless unscored); every weekday word in the text is the weekday of `published` or of an
incident date (hand-checked future references are listed in FUTURE); every "Month day" / "day Month" in the text is
`published` or an incident date (hand-checked exceptions in OTHER_DATES); "yesterday" -> some incident on pub-1;
non-null scored city/admin1 occur verbatim in the text; killed/injured occur as a figure or number word, or are a
hand-checked sum/derivation listed in SUMS; at most 4 documents per country (by primary incident)."""
import json, glob, re, datetime, collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh4 set (written 2026-12-06)"
TYPES = {'attack', 'bombing', 'suicide_bombing', 'air_strike', 'shelling', 'armed_clash', 'targeted_killing',
         'abduction', 'arrest', 'riot', 'protest', 'other'}
TGT = {'civilians', 'police', 'military', 'militants', 'government officials', 'politicians', 'journalists', 'clergy',
       'prisoners', 'protesters', 'aid workers', 'paramilitary'}
TOP = ['id', 'source', 'url', 'title', 'published', 'text', 'origin', 'incidents', 'notes']
IK = ['primary', 'event_type', 'date', 'country', 'admin1', 'city', 'killed', 'injured', 'perpetrators', 'targets',
      'weapons', 'unscored']
WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
# Hand-checked figures that are sums or derivations, not written as such in the text: {id: {field: [values]}}
SUMS = {
    'fresh4-g007': {'injured': [2]},    # three soldiers injured, one of them died -> 2 injured
    'fresh4-g030': {'killed': [12]},    # five soldiers + seven attackers
}
# Hand-checked weekday words that refer to days after publication (announced funerals, fixtures)
FUTURE = {
    'fresh4-g029': ['Wednesday'],       # funeral to be held
}
# Hand-checked "Month day" mentions that are not incidents (onsets of a conflict, etc.)
OTHER_DATES = {
    'fresh4-g006': [(5, 3)],            # Manipur violence 'broke out ... on May 3' (onset, not an incident)
}
W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
     'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
TENS = {20: 'twenty', 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety'}


def forms(n):
    f = {str(n)}
    if n <= 20: f.add(W[n])
    if n in TENS: f.add(TENS[n])
    if 20 < n < 100 and n % 10: f.add(TENS[n // 10 * 10] + '-' + W[n % 10])
    if n == 12: f.add('dozen')
    if n == 1: f |= {' a ', ' an '}
    if n >= 1000: f.add(f"{n:,}")
    return f


def has_num(text, n):
    t = ' ' + text.lower() + ' '
    for f in forms(n):
        if f.strip().isdigit():
            if re.search(r'(?<![\d,.])' + re.escape(f) + r'(?![\d])', t): return True
        elif re.search(r'(?<![a-z-])' + re.escape(f.strip()) + r'(?![a-z])', t) if f.strip() not in ('a', 'an') else f in t:
            return True
    return False


def parse_date(s):
    if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s): return datetime.date.fromisoformat(s), 'day'
    if re.fullmatch(r'\d{4}-\d{2}', s): return datetime.date.fromisoformat(s + '-01'), 'month'
    if re.fullmatch(r'\d{4}', s): return datetime.date(int(s), 1, 1), 'year'
    raise ValueError(s)


def main():
    errs, warns = [], []
    files = sorted(glob.glob(os.path.join(HERE, 'fresh4-g*.gold.json')))
    countries = collections.Counter()
    cats = collections.Counter()
    n_inc = n_prim = 0
    for fn in files:
        name = os.path.basename(fn)
        try:
            d = json.load(open(fn, encoding='utf-8'))
        except Exception as e:
            errs.append(f'{name}: bad JSON {e}'); continue
        if list(d) != TOP: errs.append(f'{name}: top keys {list(d)}'); continue
        if d['id'] + '.gold.json' != name: errs.append(f'{name}: id mismatch')
        if d['source'] != SOURCE or d['origin'] != 'written for incidentwire': errs.append(f'{name}: source/origin')
        if not isinstance(d['title'], str) or not d['title']: errs.append(f'{name}: title')
        if d['url'] is not None and not str(d['url']).startswith('https://'): errs.append(f'{name}: url')
        if not isinstance(d['notes'], str) or not d['notes']: errs.append(f'{name}: notes')
        t = d['text']
        if not 900 <= len(t) <= 3000: errs.append(f'{name}: text length {len(t)}')
        try:
            p = datetime.date.fromisoformat(d['published'])
            if not 2015 <= p.year <= 2025: errs.append(f'{name}: published year')
        except Exception:
            errs.append(f'{name}: published {d["published"]!r}'); continue
        incs = d['incidents']
        if not isinstance(incs, list): errs.append(f'{name}: incidents not a list'); continue
        if incs:
            if sum(1 for x in incs if x.get('primary') is True) != 1: errs.append(f'{name}: need exactly one primary')
            if incs[0].get('primary') is not True: errs.append(f'{name}: primary not first')
        days = {p}
        for k, i in enumerate(incs):
            tag = f'{name}#{k}'
            if list(i) != IK: errs.append(f'{tag}: incident keys {list(i)}'); continue
            u = i['unscored']
            n_inc += 1; n_prim += bool(i['primary'])
            if i['weapons'] is not None or 'weapons' not in u: errs.append(f'{tag}: weapons')
            for f in u:
                if f not in IK[1:-1]: errs.append(f'{tag}: unscored field {f}')
            if i['event_type'] not in TYPES: errs.append(f'{tag}: type {i["event_type"]}')
            if not isinstance(i['country'], str) or not i['country']: errs.append(f'{tag}: country')
            for g in i['targets']:
                if g not in TGT: errs.append(f'{tag}: target {g}')
            if not i['targets'] and 'targets' not in u: errs.append(f'{tag}: empty targets scored')
            if not isinstance(i['perpetrators'], list): errs.append(f'{tag}: perpetrators not a list')
            # dates
            if i['date'] is None:
                if 'date' not in u: warns.append(f'{tag}: date null and scored')
            else:
                try:
                    e, prec = parse_date(i['date'])
                except Exception:
                    errs.append(f'{tag}: date {i["date"]!r}'); continue
                if prec == 'day':
                    days.add(e)
                    if e > p: errs.append(f'{tag}: date after published')
                    if i['primary'] and not 0 <= (p - e).days <= 3 and 'date' not in u:
                        errs.append(f'{tag}: primary date {(p - e).days} days before published')
                else:
                    if (e.year, e.month if prec == 'month' else 1) > (p.year, p.month if prec == 'month' else 1):
                        errs.append(f'{tag}: partial date after published')
                    if i['primary']: warns.append(f'{tag}: primary with partial date')
            # places
            for fld in ('city', 'admin1'):
                v = i[fld]
                if v is not None and fld not in u and v not in t: errs.append(f'{tag}: {fld} {v!r} not in text')
                if v is None and fld not in u: warns.append(f'{tag}: {fld} null and scored')
            # figures
            for fld in ('killed', 'injured'):
                v = i[fld]
                if v is None: continue
                if not isinstance(v, int) or v < 0: errs.append(f'{tag}: {fld} {v!r}'); continue
                if v == 0 or fld in u: continue
                if not has_num(t, v) and v not in SUMS.get(d['id'], {}).get(fld, []):
                    errs.append(f'{tag}: {fld} {v} not in text and not a listed sum')
            if i['primary']:
                countries[i['country']] += 1
        # weekday words and month-day mentions must match published or an incident day
        okwd = {WD[x.weekday()] for x in days} | set(FUTURE.get(d['id'], []))
        if incs:
            for w in WD:
                if re.search(r'\b' + w + r'\b', t) and w not in okwd:
                    errs.append(f'{name}: weekday {w} in text matches no incident date nor published')
            md = {(x.month, x.day) for x in days} | set(OTHER_DATES.get(d['id'], []))
            pat1 = r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? (\d{1,2})\b(?!:)"
            pat2 = r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
            for m in re.finditer(pat1, t):
                k = (MONS.index(m.group(1)[:3].lower()) + 1, int(m.group(2)))
                if k not in md: errs.append(f'{name}: date {m.group(0)!r} matches no incident nor published')
            for m in re.finditer(pat2, t):
                k = (MONS.index(m.group(2)[:3].lower()) + 1, int(m.group(1)))
                if k not in md: errs.append(f'{name}: date {m.group(0)!r} matches no incident nor published')
            # every day-precise incident date must be supported by the text: the publication day, its weekday word,
            # its "Month day"/"day Month", or "yesterday" for published - 1
            found_md = set()
            for m in re.finditer(pat1, t): found_md.add((MONS.index(m.group(1)[:3].lower()) + 1, int(m.group(2))))
            for m in re.finditer(pat2, t): found_md.add((MONS.index(m.group(2)[:3].lower()) + 1, int(m.group(1))))
            for k, i in enumerate(incs):
                if not (isinstance(i.get('date'), str) and len(i['date']) == 10) or 'date' in i.get('unscored', []): continue
                e = datetime.date.fromisoformat(i['date'])
                ok = (e == p or (e.month, e.day) in found_md
                      or (0 <= (p - e).days <= 7 and re.search(r'\b' + WD[e.weekday()] + r'\b', t))
                      or ((p - e).days == 1 and re.search(r'\byesterday\b', t, re.I)))
                if not ok: errs.append(f'{name}#{k}: date {i["date"]} not supported by a weekday/date word in the text')
            if re.search(r'\byesterday\b', t, re.I) and (p - datetime.timedelta(days=1)) not in days:
                errs.append(f'{name}: "yesterday" but no incident on published - 1')
        # tomorrow / future references are ignored; empty documents are not date-checked
        if not incs: cats['none'] += 1
        elif len(incs) == 1: cats['single'] += 1
        else: cats['several'] += 1
    over = {c: k for c, k in countries.items() if k > 4}
    if over: errs.append(f'countries over 4: {over}')
    print(f'{len(files)} docs; errors {len(errs)}; warnings {len(warns)}')
    for x in errs: print('ERR', x)
    for x in warns: print('WARN', x)
    print(f'incidents {n_inc} (primary {n_prim}, other {n_inc - n_prim}); docs {dict(cats)}')
    print('countries (primary):', dict(countries.most_common()))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
