#!/usr/bin/env python3
"""The summer model of SPEC version 1 §3 (one waiting list per queue, elective and acute load in
one bed row with overload; no bands, no free-bed rows, no transfers), kept from before version 2
for one purpose: issue 14 compares samplan's v2 run with glpsol's solve of the same scenario's v1
model. `--mps FILE` writes that model (read from the same CSV files: the backlog summed over
`weeks_waited`, `acute_bed_day` prices unused) instead of solving it. The v2 peer is pulp_summer.py.

Supports what the benchmark scenarios use: no `extends` chains beyond one level, no `adjust`,
no replacement price list; comma-separated UTF-8 CSV files.

Usage: python3 pulp_summer_v1.py SCENARIO.yaml [--mps FILE]   (prints one JSON line: build_s, solve_s, objective)
"""
import csv
import datetime
import json
import math
import os
import sys
import time

import pulp
import yaml

CARE_TYPES = ["elective_inpatient", "day_surgery", "outpatient"]


def rows(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def scenario(path):
    with open(path, encoding="utf-8") as f:
        child = yaml.safe_load(f)
    base = os.path.dirname(path)
    if "extends" in child:
        parent_path = os.path.join(base, child.pop("extends"))
        parent = scenario(parent_path)
        for key, value in child.items():
            if isinstance(value, dict) and isinstance(parent.get(key), dict):
                parent[key] = {**parent[key], **value}
            else:
                parent[key] = value
        return parent
    child["data"] = os.path.join(base, child["data"])
    return child


def weeks_of(spec):
    if isinstance(spec, dict):
        return list(range(int(spec["from"]), int(spec["to"]) + 1))
    a, b = str(spec).split("..")
    return list(range(int(a), int(b) + 1))


def haversine_minutes(lat1, lon1, lat2, lon2):
    r = math.pi / 180
    a = math.sin((lat2 - lat1) * r / 2) ** 2 + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1, math.sqrt(a))) * 1.25 / 75 * 60


def main():
    start = time.perf_counter()
    sc = scenario(sys.argv[1])
    d = sc["data"]
    W = weeks_of(sc["weeks"])
    w0, wN = W[0], W[-1]
    theta = float(sc.get("target_occupancy", 0.9))
    max_minutes = float(sc.get("max_travel_minutes", 240))
    routes = sc.get("routes", "all")
    perspective = sc.get("perspective", "region")
    travel_rate = float(sc.get("travel_cost_sek_per_minute", 10))
    final_weight = float(sc.get("final_backlog_weight", 4))
    overload_penalty = float(sc.get("overload_penalty_sek_per_bed_week", 50000))
    wc = sc.get("wait_cost_sek_per_week", 1500)
    wait_map = wc if isinstance(wc, dict) else {"default": wc}

    def wait(s, t):
        return float(wait_map.get(f"{s}/{t}", wait_map.get(s, wait_map.get("default", 1500))))

    regions = {r["region"]: (float(r["latitude"]), float(r["longitude"])) for r in rows(d, "regions.csv")}
    hospitals = {h["hospital"]: (h["region"], h["level"], float(h["latitude"]), float(h["longitude"])) for h in rows(d, "hospitals.csv")}
    acute = {s["specialty"]: float(s["acute_share"]) for s in rows(d, "specialties.csv")}
    mix = {(m["specialty"], m["care_type"]): (float(m["bed_days"]), float(m["or_minutes"]), float(m["visits"])) for m in rows(d, "case_mix.csv")}
    cap = {}
    for c in rows(d, "capacity.csv"):
        cap.setdefault((c["hospital"], c["specialty"]), {})[c["week"]] = (float(c["beds"]), float(c["or_hours"]), float(c["visits"]))

    def capacity(h, s, w):
        rows_hs = cap.get((h, s), {})
        return rows_hs.get(str(w), rows_hs.get("*", (0.0, 0.0, 0.0)))

    occ = {}
    for o in rows(d, "occupancy.csv"):
        week = datetime.date.fromisoformat(o["date"]).isocalendar()[1]
        key = (o["hospital"], o["specialty"], week)
        total, count = occ.get(key, (0.0, 0))
        occ[key] = (total + float(o["occupied_beds"]), count + 1)

    def acute_load(h, s, w):
        total, count = occ.get((h, s, w), (0.0, 0))
        return acute[s] * total / count if count else 0.0

    demand = {}
    for r in rows(d, "demand.csv"):
        demand.setdefault((r["region"], r["specialty"], r["care_type"]), {})[int(r["week"])] = float(r["cases"])
    backlog = {}
    for b in rows(d, "backlog.csv"):  # SPEC v2 splits a queue's backlog by weeks_waited; v1 has one figure
        key = (b["region"], b["specialty"], b["care_type"])
        backlog[key] = backlog.get(key, 0.0) + float(b["waiting"])
    referrals = {(r["origin_region"], r["hospital"], r["specialty"], r["care_type"]): float(r["cases"]) for r in rows(d, "referrals.csv")}
    prices = {(p["specialty"], p["care_type"], p["level"]): float(p["price_sek"]) for p in rows(d, "pricelist.csv")}
    costs = {(c["region"], c["specialty"], c["care_type"]): float(c["cost_sek"]) for c in rows(d, "costs.csv")}
    travel = {(t["region"], t["hospital"]): float(t["minutes"]) for t in rows(d, "travel_regions.csv")}

    def price(s, t, level):
        return prices.get((s, t, level), prices.get((s, t, "*")))

    def cost(r, s, t):
        for key in [(r, s, t), (r, "*", t), ("*", s, t), ("*", "*", t)]:
            if key in costs:
                return costs[key]
        return None

    def minutes(r, h):
        if (r, h) in travel:
            return travel[(r, h)]
        (lat, lon), (_, _, hlat, hlon) = regions[r], hospitals[h]
        return haversine_minutes(lat, lon, hlat, hlon)

    def offers(h, s, t, w):
        m = mix.get((s, t))
        if m is None:
            return False
        c = capacity(h, s, w)
        return all(use <= 0 or avail > 0 for use, avail in zip(m, c))

    prob = pulp.LpProblem("summer", pulp.LpMinimize)
    objective = []
    keys = sorted({k for k, v in backlog.items() if v > 0} | {k for k, series in demand.items() if any(series.get(w, 0) > 0 for w in W)})
    q = {}
    for (r, s, t) in keys:
        for w in W:
            q[(r, s, t, w)] = pulp.LpVariable(f"q_{r}_{s}_{t}_{w}", lowBound=0)
            objective.append(wait(s, t) * (final_weight if w == wN else 1) * q[(r, s, t, w)])
    bed_terms, or_terms, visit_terms = {}, {}, {}
    inflow = {}
    for (r, s, t) in keys:
        m = mix[(s, t)]
        for h, (hr, level, _, _) in hospitals.items():
            own = hr == r
            is_open = own or (routes == "all" and minutes(r, h) <= max_minutes) or (routes == "status_quo" and referrals.get((r, h, s, t), 0) > 0)
            if not is_open:
                continue
            base = 0.0
            if not own:
                base = (price(s, t, level) if perspective == "region" else cost(hr, s, t)) - cost(r, s, t)
            unit = base + travel_rate * minutes(r, h)
            for w in W:
                if not offers(h, s, t, w):
                    continue
                x = pulp.LpVariable(f"x_{r}_{h}_{s}_{t}_{w}", lowBound=0)
                objective.append(unit * x)
                inflow.setdefault((r, s, t, w), []).append(x)
                if m[0] > 0:
                    bed_terms.setdefault((h, s, w), []).append(m[0] / 7 * x)
                if m[1] > 0:
                    or_terms.setdefault((h, s, w), []).append(m[1] / 60 * x)
                if m[2] > 0:
                    visit_terms.setdefault((h, s, w), []).append(m[2] * x)
    for (r, s, t) in keys:
        for w in W:
            previous = q[(r, s, t, w - 1)] if w > w0 else backlog.get((r, s, t), 0.0)
            prob += q[(r, s, t, w)] == previous + demand.get((r, s, t), {}).get(w, 0.0) - pulp.lpSum(inflow.get((r, s, t, w), []))
    for h in hospitals:
        for s in acute:
            for w in W:
                beds, hours, visits = capacity(h, s, w)
                a = acute_load(h, s, w)
                if beds > 0 or a > 0:
                    o = pulp.LpVariable(f"o_{h}_{s}_{w}", lowBound=0)
                    objective.append(overload_penalty * o)
                    prob += pulp.lpSum(bed_terms.get((h, s, w), [])) + a - o <= theta * beds
                if (h, s, w) in or_terms:
                    prob += pulp.lpSum(or_terms[(h, s, w)]) <= hours
                if (h, s, w) in visit_terms:
                    prob += pulp.lpSum(visit_terms[(h, s, w)]) <= visits
    prob += pulp.lpSum(objective)
    built = time.perf_counter()
    if "--mps" in sys.argv:
        prob.writeMPS(sys.argv[sys.argv.index("--mps") + 1])
        print(json.dumps({"build_s": built - start, "columns": len(prob.variables()), "rows": len(prob.constraints)}))
        return
    status = prob.solve(pulp.GLPK_CMD(msg=False))
    solved = time.perf_counter()
    print(json.dumps({"status": pulp.LpStatus[status], "objective": pulp.value(prob.objective),
                      "build_s": built - start, "solve_s": solved - built, "columns": len(prob.variables()),
                      "rows": len(prob.constraints)}))


if __name__ == "__main__":
    main()
