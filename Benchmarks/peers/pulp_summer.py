#!/usr/bin/env python3
"""The summer model of SPEC §3 (version 2) written the way an analyst would write it: PuLP,
reading the same CSV files, solved with GLPK (glpsol) through PuLP. An independent
implementation: it shares no code with samplan, so equal objectives check samplan's model as well
as its speed.

From the specification, not from samplan's reduced form: z is eliminated (SPEC §3.1 allows it),
unreachable bands are left out, but every age 0..G keeps its own column (samplan merges the ages
too young to reach G). Supports `extends`; no `adjust`, replacement price list or
`no_region_worse_off`; comma-separated UTF-8 CSV files.

Usage: python3 pulp_summer.py SCENARIO.yaml [--dual | --highs]
Prints one JSON line: status, objective, costs (the six parts of SPEC §3.3), build_s, solve_s,
columns, rows. --dual solves with glpsol --dual --flip (samplan's options) instead of its defaults;
--highs with HiGHS through PuLP (highspy): GLPK's simplex is slow on this degenerate form (every
age its own column, many of equal cost), 40 s for two weeks on a loaded machine.
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
    if "data" in child:
        child["data"] = os.path.join(base, child["data"])
    if "extends" not in child:
        return child
    parent = scenario(os.path.join(base, child.pop("extends")))
    for key, value in child.items():
        merge = isinstance(value, dict) and isinstance(parent.get(key), dict)
        parent[key] = {**parent[key], **value} if merge else value
    return parent


def weeks_of(spec):
    if isinstance(spec, dict):
        return list(range(int(spec["from"]), int(spec["to"]) + 1))
    a, b = str(spec).split("..")
    return list(range(int(a), int(b) + 1))


def haversine_minutes(lat1, lon1, lat2, lon2):
    r = math.pi / 180
    a = math.sin((lat2 - lat1) * r / 2) ** 2 + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1, math.sqrt(a))) * 1.25 / 75 * 60


def per_care_type(value, default):
    """wait(s, t) or guarantee(s, t): the s/t key, else s, else default (SPEC §5)."""
    table = value if isinstance(value, dict) else {"default": value}
    return lambda s, t: float(table.get(f"{s}/{t}", table.get(s, table.get("default", default))))


class Data:
    """The feeds and the derived values of SPEC §2."""

    def __init__(self, d, theta):
        self.regions = {r["region"]: (float(r["latitude"]), float(r["longitude"])) for r in rows(d, "regions.csv")}
        self.hospitals = {h["hospital"]: (h["region"], h["level"], float(h["latitude"]), float(h["longitude"]))
                          for h in rows(d, "hospitals.csv")}
        self.acute = {s["specialty"]: float(s["acute_share"]) for s in rows(d, "specialties.csv")}
        self.mix = {(m["specialty"], m["care_type"]): (float(m["bed_days"]), float(m["or_minutes"]), float(m["visits"]))
                    for m in rows(d, "case_mix.csv")}
        self.cap = {}
        for c in rows(d, "capacity.csv"):
            self.cap.setdefault((c["hospital"], c["specialty"]), {})[c["week"]] = (float(c["beds"]), float(c["or_hours"]), float(c["visits"]))
        self.occ = {}
        for o in rows(d, "occupancy.csv"):
            key = (o["hospital"], o["specialty"], datetime.date.fromisoformat(o["date"]).isocalendar()[1])
            total, count = self.occ.get(key, (0.0, 0))
            self.occ[key] = (total + float(o["occupied_beds"]), count + 1)
        self.demand = {}
        for r in rows(d, "demand.csv"):
            self.demand.setdefault((r["region"], r["specialty"], r["care_type"]), {})[int(r["week"])] = float(r["cases"])
        self.backlog = {}  # (r, s, t) -> {weeks waited: cases}
        for b in rows(d, "backlog.csv"):
            k = int(b.get("weeks_waited") or 0)
            series = self.backlog.setdefault((b["region"], b["specialty"], b["care_type"]), {})
            series[k] = series.get(k, 0.0) + float(b["waiting"])
        self.referrals = {(r["origin_region"], r["hospital"], r["specialty"], r["care_type"]): float(r["cases"])
                          for r in rows(d, "referrals.csv")}
        self.prices = {(p["specialty"], p["care_type"], p["level"]): float(p["price_sek"]) for p in rows(d, "pricelist.csv")}
        self.costs = {(c["region"], c["specialty"], c["care_type"]): float(c["cost_sek"]) for c in rows(d, "costs.csv")}
        self.travel = {(t["region"], t["hospital"]): float(t["minutes"]) for t in rows(d, "travel_regions.csv")}
        self.between = {(t["hospital_from"], t["hospital_to"]): float(t["minutes"]) for t in rows(d, "travel_hospitals.csv")}
        self.theta = theta

    def capacity(self, h, s, w):
        return self.cap.get((h, s), {}).get(str(w), self.cap.get((h, s), {}).get("*", (0.0, 0.0, 0.0)))

    def acute_load(self, h, s, w):
        total, count = self.occ.get((h, s, w), (0.0, 0))
        return self.acute[s] * total / max(count, 1)

    def free_and_excess(self, h, s, w):
        target, load = self.theta * self.capacity(h, s, w)[0], self.acute_load(h, s, w)
        return max(0.0, target - load), max(0.0, load - target)

    def price(self, s, t, level):
        return self.prices.get((s, t, level), self.prices.get((s, t, "*")))

    def cost(self, r, s, t):
        for key in [(r, s, t), (r, "*", t), ("*", s, t), ("*", "*", t)]:
            if key in self.costs:
                return self.costs[key]
        return None

    def minutes(self, r, h):
        if (r, h) in self.travel:
            return self.travel[(r, h)]
        (lat, lon), (_, _, hlat, hlon) = self.regions[r], self.hospitals[h]
        return haversine_minutes(lat, lon, hlat, hlon)

    def hospital_minutes(self, h, h2):
        for key in [(h, h2), (h2, h)]:
            if key in self.between:
                return self.between[key]
        (_, _, a, b), (_, _, c, d) = self.hospitals[h], self.hospitals[h2]
        return haversine_minutes(a, b, c, d)

    def offers(self, h, s, t, w):
        m = self.mix.get((s, t))
        return m is not None and all(use <= 0 or avail > 0 for use, avail in zip(m, self.capacity(h, s, w)))


class Model:
    """The LP of SPEC §3 v2, with each objective term filed under its part."""

    def __init__(self, sc, data):
        self.sc, self.d, self.count = sc, data, 0
        self.W = weeks_of(sc["weeks"])
        self.G = int(sc.get("guarantee_weeks", 13))
        self.routes = sc.get("routes", "all")
        self.prob = pulp.LpProblem("summer", pulp.LpMinimize)
        self.parts = {p: [] for p in ["cooperation", "travel", "waiting", "guarantee", "overload", "acute_transfer"]}
        self.treated = {}     # (r, s, t, w) -> [x]
        self.waiting = {}     # (r, s, t, w) -> (bands of w, bands of w − 1 and demand(w))
        self.into = {}        # (h, s, w) -> [bed terms of x and v into h]
        self.theatre, self.clinic = {}, {}

    def var(self, part, cost):
        self.count += 1
        v = pulp.LpVariable(f"c{self.count}", lowBound=0)
        if cost:
            self.parts[part].append((cost, v))
        return v

    def queue_keys(self):
        d, W = self.d, self.W
        keys = {k for k, series in d.backlog.items() if sum(series.values()) > 0}
        keys |= {k for k, series in d.demand.items() if any(series.get(w, 0) > 0 for w in W)}
        return sorted(keys)

    def add_queue(self, key):
        """Bands 0..G of §3.1 with z eliminated: q(w,a) ≤ inflow(w,a), Σ_a q follows v1's equation."""
        sc, G, W = self.sc, self.G, self.W
        r, s, t = key
        wait = per_care_type(sc.get("wait_cost_sek_per_week", 1500), 1500)(s, t)
        guarantee = per_care_type(sc.get("guarantee_penalty_sek_per_week", 5000), 5000)(s, t)
        start = [0.0] * (G + 1)
        for k, cases in self.d.backlog.get(key, {}).items():
            start[min(k, G)] += cases
        previous = {a: cases for a, cases in enumerate(start) if cases > 0}  # band -> constant or variable
        for w in W:
            demand = self.d.demand.get(key, {}).get(w, 0.0)
            weight = float(sc.get("final_backlog_weight", 4)) if w == W[-1] else 1.0
            inflow = {0: [demand]} if demand > 0 else {}
            for a, q in previous.items():
                inflow.setdefault(min(a + 1, G), []).append(q)
            current = {}
            for a, sources in inflow.items():
                q = self.var("waiting", wait * weight)
                if a == G:
                    self.parts["guarantee"].append((guarantee * weight, q))
                self.prob += q <= pulp.lpSum(sources)
                current[a] = q
            # Σ_a q(w) + treated(w) = Σ_a q(w−1) + demand(w): added once the flows are known.
            self.treated[(r, s, t, w)] = []
            self.waiting[(r, s, t, w)] = (list(current.values()), list(previous.values()) + [demand])
            previous = current

    def open_route(self, r, h, s, t):
        if self.d.hospitals[h][0] == r:
            return True
        referred = self.d.referrals.get((r, h, s, t), 0) > 0
        if self.routes == "status_quo":
            return referred
        if self.routes == "all":
            return referred or self.d.minutes(r, h) <= float(self.sc.get("max_travel_minutes", 240))
        return False

    def add_flows(self, key):
        d, sc = self.d, self.sc
        r, s, t = key
        m = d.mix.get((s, t))
        if m is None:
            return
        for h, (hr, level, _, _) in d.hospitals.items():
            if not self.open_route(r, h, s, t):
                continue
            base = 0.0
            if hr != r:
                other = d.price(s, t, level) if sc.get("perspective", "region") == "region" else d.cost(hr, s, t)
                base = other - d.cost(r, s, t)
            travel = float(sc.get("travel_cost_sek_per_minute", 10)) * d.minutes(r, h)
            for w in self.W:
                if not d.offers(h, s, t, w):
                    continue
                x = self.var("cooperation", base)
                if travel:
                    self.parts["travel"].append((travel, x))
                self.treated[(r, s, t, w)].append(x)
                for use, table, scale in [(m[0], self.into, 1 / 7), (m[1], self.theatre, 1 / 60), (m[2], self.clinic, 1.0)]:
                    if use > 0:
                        table.setdefault((h, s, w), []).append(use * scale * x)

    def add_wards(self):
        """Overload o, transfers v, acute-excess and free-bed rows (§3.2); theatre and clinic rows."""
        d, sc = self.d, self.sc
        across = self.routes == "all"
        limit = float(sc.get("acute_transfer_max_minutes", 120))
        fixed = float(sc.get("acute_transfer_cost_sek_per_bed_week", 10000))
        per_minute = float(sc.get("acute_transfer_cost_sek_per_bed_week_minute", 100))
        transfers = sc.get("acute_transfers", True)
        for h in d.hospitals:
            for s in d.acute:
                for w in self.W:
                    free, excess = d.free_and_excess(h, s, w)
                    if excess <= 0:
                        continue
                    out = [self.var("overload", float(sc.get("overload_penalty_sek_per_bed_week", 50000)))]
                    for h2 in d.hospitals if transfers else []:
                        if h2 == h or d.free_and_excess(h2, s, w)[0] <= 0:
                            continue
                        if not across and d.hospitals[h][0] != d.hospitals[h2][0]:
                            continue
                        minutes = d.hospital_minutes(h, h2)
                        if minutes <= limit:
                            v = self.var("acute_transfer", fixed + per_minute * minutes)
                            out.append(v)
                            self.into.setdefault((h2, s, w), []).append(v)
                    self.prob += pulp.lpSum(out) == excess
        for (h, s, w), terms in self.into.items():
            if d.capacity(h, s, w)[0] > 0:
                self.prob += pulp.lpSum(terms) <= d.free_and_excess(h, s, w)[0]
        for table, index in [(self.theatre, 1), (self.clinic, 2)]:
            for (h, s, w), terms in table.items():
                self.prob += pulp.lpSum(terms) <= d.capacity(h, s, w)[index]

    def build(self):
        keys = self.queue_keys()
        for key in keys:
            self.add_queue(key)
        for key in keys:
            self.add_flows(key)
        for key, (now, before) in self.waiting.items():
            self.prob += pulp.lpSum(now) + pulp.lpSum(self.treated[key]) == pulp.lpSum(before)
        self.add_wards()
        self.prob += pulp.lpSum(c * v for terms in self.parts.values() for c, v in terms)

    def costs(self):
        return {part: sum(c * (v.varValue or 0.0) for c, v in terms) for part, terms in self.parts.items()}


def main():
    start = time.perf_counter()
    sc = scenario(sys.argv[1])
    model = Model(sc, Data(sc["data"], float(sc.get("target_occupancy", 0.9))))
    model.build()
    built = time.perf_counter()
    options = ["--dual", "--flip"] if "--dual" in sys.argv[2:] else []
    solver = pulp.HiGHS(msg=False) if "--highs" in sys.argv[2:] else pulp.GLPK_CMD(msg=False, options=options)
    status = model.prob.solve(solver)
    solved = time.perf_counter()
    print(json.dumps({"status": pulp.LpStatus[status], "objective": pulp.value(model.prob.objective),
                      "costs": model.costs(), "build_s": built - start, "solve_s": solved - built,
                      "columns": len(model.prob.variables()), "rows": len(model.prob.constraints)}))


if __name__ == "__main__":
    main()
