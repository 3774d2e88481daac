"""Checks one outside-written eval folder (tests/eval/fresh, fresh2 or fresh3; the writers' own checkers made one):
key order and header, types, dates against `published` and the text's weekdays, places and figures present in the
text, targets from the category list, at most 4 documents per country per writer. A toll the text gives only as a
sum of stated figures is listed, checked by hand, in the folder's `sums.json` ({"id": [figure, ...]}).
Usage: python3 tests/eval/check_gold.py tests/eval/fresh3  ->  "180 docs; errors 0; ..."."""
import json, glob, re, datetime, collections, sys
import os
D = os.path.abspath(sys.argv[1])
SET = os.path.basename(D.rstrip('/'))  # fresh | fresh2 | fresh3: file prefix and source string
SUMS = json.load(open(os.path.join(D, 'sums.json'))) if os.path.exists(os.path.join(D, 'sums.json')) else {}
W = ['zero','one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve','thirteen','fourteen',
     'fifteen','sixteen','seventeen','eighteen','nineteen','twenty']
TENS = {20:'twenty',30:'thirty',40:'forty',50:'fifty',60:'sixty',70:'seventy',80:'eighty',90:'ninety'}
WD = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
TYPES = {'attack','bombing','suicide_bombing','air_strike','shelling','armed_clash','targeted_killing','riot','protest'}
STATE = {'police', 'army', 'military', 'security forces', 'air force', 'warplanes', 'aircraft', 'troops', 'soldiers',
         'forces', 'armed forces', 'government forces', 'drone', 'navy', 'national guard', 'border guards',
         'saudi-led coalition'}  # fresh2 and later: a state force as doer is unscored
if SET == 'fresh':  # the first set also coded abductions, arrests and other violence
    TYPES |= {'abduction', 'arrest', 'other'}
TGT = {'civilians','journalists','government officials','politicians','police','military','militants','clergy','prisoners','protesters','aid workers'}
TYPEWORDS = r"(State|state|[Pp]rovince|[Rr]egion|[Gg]overnorate|[Dd]epartment|County|county|[Oo]blast|[Pp]refecture|[Dd]ivision)"
def forms(n):
    f = {str(n)}
    if n <= 20: f.add(W[n])
    if n in TENS: f.add(TENS[n])
    if 20 < n < 100 and n % 10 and n//10*10 in TENS: f.add(TENS[n//10*10]+'-'+W[n%10])
    if n == 12: f.add('dozen')
    if n % 12 == 0 and 2 <= n // 12 <= 10: f.add(W[n // 12] + ' dozen')
    if n == 2: f |= {'both', 'couple'}
    if n == 1: f |= {' a ', ' an ', 'his ', 'her '}
    if n >= 1000: f.add(f"{n:,}")
    return f
def has_num(text, n):
    t = ' ' + text.lower() + ' '
    for f in forms(n):
        if f.strip().isdigit():
            if re.search(r'(?<![\d,.])' + re.escape(f) + r'(?![\d])', t): return True
        elif f.lower() in t: return True
    return False
errs, warns = [], []
ninc = multi = 0
per_writer = collections.Counter()
ct, tt = collections.Counter(), collections.Counter()
named_country = named_admin1 = typeword = 0
pubs = set(); texts = set(); lens = []
files = sorted(glob.glob(f'{D}/{SET}-*.gold.json'))
for fn in files:
    name = fn.split('/')[-1]
    try: d = json.load(open(fn))
    except Exception as e: errs.append(f'{name}: bad json {e}'); continue
    keys = ['id','source','url','title','published','text','origin','incidents']
    if list(d.keys()) != keys: errs.append(f'{name}: keys {list(d.keys())}')
    if d['id'] + '.gold.json' != name: errs.append(f'{name}: id mismatch')
    if d['source'] != f'incidentwire {SET} set (written 2026-12-06)' or d['origin'] != 'written for incidentwire' or d['url'] or d['title']:
        errs.append(f'{name}: header fields')
    t = d['text']; lens.append(len(t))
    if t in texts: errs.append(f'{name}: duplicate text')
    texts.add(t)
    incs = d['incidents']
    if not incs or sum(1 for x in incs if x.get('primary') is True) != 1: errs.append(f'{name}: need exactly one primary'); continue
    if incs[0]['primary'] is not True: errs.append(f'{name}: primary not first')
    p = datetime.date.fromisoformat(d['published'])
    alld = set()
    for x in incs:
        try:
            if x['date'] and len(x['date']) == 10: alld.add(datetime.date.fromisoformat(x['date']))
        except Exception: pass
    for k, i in enumerate(incs):
        tag = f'{name}#{k}'
        ik = ['primary','event_type','date','country','admin1','city','killed','injured','perpetrators','targets','weapons','unscored']
        if list(i.keys()) != ik: errs.append(f'{tag}: incident keys {list(i.keys())}')
        if i['weapons'] is not None or 'weapons' not in i['unscored']: errs.append(f'{tag}: weapons')
        if i['event_type'] not in TYPES: errs.append(f"{tag}: type {i['event_type']}")
        u = i['unscored']
        if i['date'] is None and 'date' not in u: errs.append(f'{tag}: date null scored')
        if i['date'] and len(i['date']) != 10 and 'date' not in u: errs.append(f'{tag}: partial date scored')
        if i['primary']:
            e = datetime.date.fromisoformat(i['date'])
            if not 0 <= (p - e).days <= 3 and 'date' not in u: errs.append(f'{tag}: published-date gap {(p-e).days}')
            if 'date' not in u:
                for w in WD:
                    if re.search(r'\b' + w + r'\b', t) and w not in [WD[x.weekday()] for x in alld | {p}]:
                        errs.append(f'{tag}: weekday {w} in text matches no incident/pub')
            MONS = ['January','February','March','April','May','June','July','August','September','October','November','December']
            for m in re.finditer(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b", t):
                mi = [x[:3] for x in MONS].index(m.group(1)[:3]) + 1
                if (mi, int(m.group(2))) not in [(x.month, x.day) for x in alld | {p}]:
                    warns.append(f'{tag}: month-day {m.group(0)!r} matches no incident nor published')
            if 'yesterday' in t.lower() and (p - e).days != 1 and 'date' not in u: warns.append(f'{tag}: yesterday but gap {(p-e).days}')
            ct[i['country']] += 1; tt[i['event_type']] += 1; per_writer[(name[len(SET) + 1].strip('0123456789'), i['country'])] += 1
        else:
            if i['date'] and len(i['date']) == 10 and datetime.date.fromisoformat(i['date']) > p: errs.append(f'{tag}: older incident after pub')
        if i['city'] is not None and 'city' not in u and i['city'] not in t: errs.append(f"{tag}: city {i['city']!r} not in text")
        if i['admin1'] is not None and 'admin1' not in u and i['admin1'] not in t: errs.append(f"{tag}: admin1 {i['admin1']!r} not in text")
        if i['admin1'] is None and 'admin1' not in u: warns.append(f'{tag}: admin1 null and scored')
        if i['killed'] is not None and (not isinstance(i['killed'], int) or i['killed'] < 0): errs.append(f'{tag}: killed {i["killed"]}')
        elif i['killed'] and 'killed' not in u and not has_num(t, i['killed']) and i['killed'] not in SUMS.get(d['id'], ()): errs.append(f"{tag}: killed {i['killed']} not in text")
        if i['injured'] is not None and 'injured' not in u and not has_num(t, i['injured']): errs.append(f"{tag}: injured {i['injured']} not in text")
        if i['primary'] and i['injured'] is None and re.search(r'wound|injur|hurt', t) and 'injured' not in u: warns.append(f'{tag}: injury word but injured null')
        for g in i['targets']:
            if g not in TGT: errs.append(f'{tag}: target {g}')
        if not i['targets'] and 'targets' not in u: errs.append(f'{tag}: no targets')
        if SET != 'fresh' and any(x.lower() in STATE for x in i['perpetrators']) and 'perpetrators' not in u: errs.append(f'{tag}: state force perps scored')
    i = incs[0]; u = i['unscored']
    cn = {'United States': ['United States', 'U.S.', 'US '], 'Democratic Republic of the Congo': ['Congo'], 'Palestine': ['Palestin'],
          'United Kingdom': ['Britain', 'UK', 'England']}.get(i['country'], [i['country']])
    if any(c in t for c in cn): named_country += 1
    if i['admin1'] and i['admin1'] in t and 'admin1' not in u:
        named_admin1 += 1
        if re.search(re.escape(i['admin1']) + r"\s+" + TYPEWORDS, t) or re.search(TYPEWORDS + r"\s+of\s+" + re.escape(i['admin1']), t): typeword += 1
    ninc += len(incs) - 1; multi += len(incs) > 1
n = len(files)
print(f'{n} docs; errors {len(errs)}; warnings {len(warns)}')
for x in errs: print('ERR', x)
for x in warns: print('WARN', x)
print('countries', len(ct), dict(ct.most_common()))
over = [wc for wc, k in per_writer.items() if k > (4 if wc[0] else 8)]  # a writer of a shared set: 4 per country; fresh's one: 8
if over: print('ERR countries over 4 for one writer:', over)
print(f'docs with older incidents {multi}; older incidents {ninc}')
print('types', dict(tt.most_common()))
lens.sort()
print(f'text length median {lens[len(lens)//2]} min {lens[0]} max {lens[-1]}' if lens else '')
print(f'country named in text: {named_country}/{n}; admin1 named (scored): {named_admin1}/{n}; with type word: {typeword}/{n}')
