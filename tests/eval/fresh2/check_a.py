import json, glob, re, datetime, collections, sys
import os
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
W = ['zero','one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve','thirteen','fourteen',
     'fifteen','sixteen','seventeen','eighteen','nineteen','twenty']
TENS = {30:'thirty',40:'forty',50:'fifty',60:'sixty',70:'seventy',80:'eighty',90:'ninety'}
WD = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
TYPES = {'attack','bombing','suicide_bombing','air_strike','shelling','armed_clash','targeted_killing','riot','protest','abduction','arrest','other'}
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
ct, tt = collections.Counter(), collections.Counter()
named_country = named_admin1 = typeword = 0
pubs = set(); texts = set(); lens = []
files = sorted(glob.glob(D + '/fresh2-a*.gold.json'))
for fn in files:
    name = fn.split('/')[-1]
    try: d = json.load(open(fn))
    except Exception as e: errs.append(f'{name}: bad json {e}'); continue
    keys = ['id','source','url','title','published','text','origin','incidents']
    if list(d.keys()) != keys: errs.append(f'{name}: keys {list(d.keys())}')
    if d['id'] + '.gold.json' != name: errs.append(f'{name}: id mismatch')
    if d['source'] != 'incidentwire fresh2 set (written 2026-12-06)' or d['origin'] != 'written for incidentwire' or d['url'] or d['title']:
        errs.append(f'{name}: header fields')
    t = d['text']; lens.append(len(t))
    if t in texts: errs.append(f'{name}: duplicate text')
    texts.add(t)
    if len(d['incidents']) != 1: errs.append(f'{name}: incidents != 1'); continue
    i = d['incidents'][0]
    ik = ['primary','event_type','date','country','admin1','city','killed','injured','perpetrators','targets','weapons','unscored']
    if list(i.keys()) != ik: errs.append(f'{name}: incident keys {list(i.keys())}')
    if i['primary'] is not True or i['weapons'] is not None or 'weapons' not in i['unscored']: errs.append(f'{name}: primary/weapons')
    if 'wad' in i: errs.append(f'{name}: wad key')
    if i['event_type'] not in TYPES: errs.append(f"{name}: type {i['event_type']}")
    try:
        p = datetime.date.fromisoformat(d['published']); e = datetime.date.fromisoformat(i['date'])
        if not 0 <= (p - e).days <= 3: errs.append(f'{name}: published-date gap {(p-e).days}')
    except Exception as ex: errs.append(f'{name}: date {ex}'); e = p = None
    if e:
        for w in WD:
            if re.search(r'\b' + w + r'\b', t) and 'date' not in i['unscored'] and w not in (WD[e.weekday()], WD[p.weekday()]):
                errs.append(f'{name}: weekday {w} in text but event {WD[e.weekday()]} pub {WD[p.weekday()]}')
        MONS = ['January','February','March','April','May','June','July','August','September','October','November','December']
        for m in re.finditer(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b", t):
            mi = [x[:3] for x in MONS].index(m.group(1)[:3]) + 1
            if (mi, int(m.group(2))) not in ((e.month, e.day), (p.month, p.day)) and 'date' not in i['unscored']:
                errs.append(f'{name}: month-day {m.group(0)!r} matches neither event {e} nor published {p}')
        if 'yesterday' in t.lower() and (p - e).days != 1 and 'date' not in i['unscored']: warns.append(f'{name}: yesterday but gap {(p-e).days}')
    u = i['unscored']
    if i['city'] is not None and i['city'] not in t: errs.append(f"{name}: city {i['city']!r} not in text")
    if i['admin1'] is not None and 'admin1' not in u and i['admin1'] not in t: errs.append(f"{name}: admin1 {i['admin1']!r} not in text")
    if i['admin1'] is None and 'admin1' not in u: warns.append(f'{name}: admin1 null and scored')
    if not isinstance(i['killed'], int) or i['killed'] < 1: errs.append(f'{name}: killed {i["killed"]}')
    elif 'killed' not in u and not has_num(t, i['killed']): errs.append(f"{name}: killed {i['killed']} not in text")
    if i['injured'] is not None and 'injured' not in u and not has_num(t, i['injured']): errs.append(f"{name}: injured {i['injured']} not in text")
    if i['injured'] is None and re.search(r'wound|injur|hurt', t) and 'injured' not in u: warns.append(f'{name}: injury word but injured null')
    for g in i['targets']:
        if g not in TGT: errs.append(f'{name}: target {g}')
    if not i['targets']: errs.append(f'{name}: no targets')
    ct[i['country']] += 1; tt[i['event_type']] += 1
    cn = {'United States': ['United States', 'U.S.', 'US '], 'Democratic Republic of the Congo': ['Congo'], 'Palestine': ['Palestin'],
          'United Kingdom': ['Britain', 'UK', 'England']}.get(i['country'], [i['country']])
    if any(c in t for c in cn): named_country += 1
    if i['admin1'] and i['admin1'] in t and 'admin1' not in u:
        named_admin1 += 1
        if re.search(re.escape(i['admin1']) + r"\s+" + TYPEWORDS, t) or re.search(TYPEWORDS + r"\s+of\s+" + re.escape(i['admin1']), t): typeword += 1
n = len(files)
print(f'{n} docs; errors {len(errs)}; warnings {len(warns)}')
for x in errs: print('ERR', x)
for x in warns: print('WARN', x)
print('countries', len(ct), dict(ct.most_common()))
over = [c for c, k in ct.items() if k > 4]
if over: print('ERR countries over 4:', over)
print('types', dict(tt.most_common()))
lens.sort()
print(f'text length median {lens[len(lens)//2]} min {lens[0]} max {lens[-1]}' if lens else '')
print(f'country named in text: {named_country}/{n}; admin1 named (scored): {named_admin1}/{n}; with type word: {typeword}/{n}')
