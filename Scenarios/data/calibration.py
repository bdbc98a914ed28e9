#!/usr/bin/env python3
"""The calibration figures of docs/data-set.md, read from a data set's CSV files (not through
samplan's loader): the share of bed-weeks whose acute load is above 0.9 x staffed beds per region,
the waiting list by weeks waited, and the free beds near the ward-closure and staff-shortage
variants' wards.

    python3 Scenarios/data/calibration.py [DATA_FOLDER]    # default Scenarios/data/mellansverige-2024
"""
import csv, sys, collections, datetime, math
d = sys.argv[1] if len(sys.argv) > 1 else 'Scenarios/data/mellansverige-2024'
theta = 0.9
def rows(f): return list(csv.DictReader(open(f'{d}/{f}', encoding='utf-8')))
hosp = {r['hospital']: r for r in rows('hospitals.csv')}
acute = {r['specialty']: float(r['acute_share']) for r in rows('specialties.csv')}
star, wk = {}, {}
for r in rows('capacity.csv'):
    k = (r['hospital'], r['specialty'])
    if r['week'] == '*': star[k] = float(r['beds'])
    else: wk[k + (int(r['week']),)] = float(r['beds'])
occ = collections.defaultdict(list)
for r in rows('occupancy.csv'):
    y, m, dd = map(int, r['date'].split('-'))
    w = datetime.date(y, m, dd).isocalendar()[1]
    occ[(r['hospital'], r['specialty'], w)].append(float(r['occupied_beds']))
def beds(h, s, w): return wk.get((h, s, w), star.get((h, s), 0))
def A(h, s, w):
    o = occ.get((h, s, w)); return acute[s] * sum(o) / len(o) if o else 0
regions = sorted({h['region'] for h in hosp.values()})
def share(weeks):
    out = {}
    for r in regions + ['all']:
        tot = over = exc = 0
        for (h, s), b0 in star.items():
            if r != 'all' and hosp[h]['region'] != r: continue
            for w in weeks:
                b = beds(h, s, w)
                if b <= 0: continue
                a = A(h, s, w); tot += b
                if a > theta * b: over += b; exc += a - theta * b
        out[r] = (over / tot if tot else 0, exc / tot * 100 if tot else 0)
    return out
for label, weeks in [('weeks 1-52', range(1, 53)), ('summer 25-34', range(25, 35))]:
    print(label, '  overloaded bed-week share / excess bed-weeks per 100 bed-weeks')
    for r, (s, e) in share(weeks).items(): print(f'  {r:12s} {100*s:5.1f} %   {e:5.2f}')
for h, s, w in [('eskilstuna', 'internmedicin', 27)]:
    print(h, s, w, 'beds', beds(h, s, w), 'A', round(A(h, s, w), 1), 'occupied', round(A(h, s, w) / acute[s], 1))
# backlog
try:
    bl = rows('backlog.csv')
    if 'weeks_waited' in bl[0]:
        tot = sum(float(r['waiting']) for r in bl)
        def sh(lo, hi): return sum(float(r['waiting']) for r in bl if lo <= int(r['weeks_waited']) <= hi) / tot
        print(f'backlog {tot:.0f} waiting; weeks 0-4 {100*sh(0,4):.1f} %, 5-8 {100*sh(5,8):.1f} %, 9-12 {100*sh(9,12):.1f} %, 13+ {100*sh(13,999):.1f} %')
        for r in regions:
            t = sum(float(x['waiting']) for x in bl if x['region'] == r)
            o = sum(float(x['waiting']) for x in bl if x['region'] == r and int(x['weeks_waited']) >= 13)
            print(f'  {r:12s} {t:8.0f} waiting, {100*o/t:5.1f} % ≥ 13 weeks')
except FileNotFoundError: pass
def minutes(a, b):
    la1, lo1, la2, lo2 = map(math.radians, [float(hosp[a]['latitude']), float(hosp[a]['longitude']), float(hosp[b]['latitude']), float(hosp[b]['longitude'])])
    h = math.sin((la2-la1)/2)**2 + math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2
    return 2*6371.0*math.asin(math.sqrt(h)) * 1.25 / 75 * 60
def report(closed, specs, weeks, factor):
    for s in specs:
        for w in weeks:
            b = beds(closed, s, w) * factor; a = A(closed, s, w); E = max(0, a - 0.9*b)
            if E <= 0: continue
            nb = []
            for h in sorted(hosp, key=lambda x: minutes(closed, x)):
                if h == closed or minutes(closed, h) > 120 or beds(h, s, w) <= 0: continue
                F = max(0, 0.9*beds(h, s, w) - A(h, s, w))
                nb.append(f'{h} {minutes(closed,h):.0f}min F={F:.1f}')
            print(f'{closed} {s} w{w}: beds {b:.0f}, A {a:.1f}, E {E:.1f} | ' + '; '.join(nb))
print('== ward closure: nykoping ortopedi weeks 28-31 (beds 0)')
report('nykoping', ['ortopedi'], range(28, 32), 0)
print("== staff shortage: akademiska x0.8 weeks 26-33 (internal medicine)")
report("akademiska", ["internmedicin"], range(26, 34), 0.8)
