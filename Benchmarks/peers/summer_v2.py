#!/usr/bin/env python3
"""Issue 14's speed figures for the v2 summer model, in one command so that the ratios share the
machine's load (other processes may be building on it): the tools run alternately, round by
round, and the load average (`uptime`'s one-minute figure) is recorded before every measurement.

1. `samplan run Scenarios/summer-2024.yaml` end to end (plan and status quo, as a user runs it)
   against glpsol's solve of the same scenario's v1 model (SPEC version 1 §3 on the same CSV files,
   written as MPS by pulp_summer_v1.py: samplan no longer builds v1) and of the exported v2 plan
   (`samplan export --format mps`, the whole model in one solve), both `--dual --flip`;
2. the v2 model's size: rows, columns, nonzeros (summary.json), blocks and the largest block
   (run.json), for the plan and the status quo;
3. the PuLP v2 peer (pulp_summer.py, plan only, solved with HiGHS through PuLP: GLPK takes many
   minutes on its unreduced bands): its objective and six parts against samplan's plan (a
   plan-only run of the same scenario), and its time;
4. weeks 1..52 (Benchmarks/scenarios/summer-2024-52-weeks.yaml, with the status quo) end to end.
Peak memory of every samplan run from /usr/bin/time.

Usage: python3 Benchmarks/peers/summer_v2.py [--repeat 3] [--no-pulp] [--no-52 | --only-52] [--samplan PATH]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(ROOT, "Scenarios", "summer-2024.yaml")
YEAR = os.path.join(ROOT, "Benchmarks", "scenarios", "summer-2024-52-weeks.yaml")


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def timed(cmd):
    """(seconds, stdout, peak MiB, load average before) of one process."""
    before = load()
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    return elapsed, proc.stdout, int(proc.stderr.strip().splitlines()[-1]) / 1024, before


def samplan_run(args, scenario, out):
    t, stdout, peak, before = timed([args.samplan, "run", scenario, "--out", out, "--force", "--json"])
    with open(os.path.join(out, "run.json")) as f:
        info = json.load(f)
    return {"seconds": t, "summary": json.loads(stdout), "run": info, "peak": peak, "load": before}


def glpsol(mps, report):
    t, _, peak, before = timed(["glpsol", "--freemps", mps, "--dual", "--flip", "-o", report])
    with open(report) as f:
        objective = next((float(line.split("=")[1].split()[0]) for line in f if line.startswith("Objective:")), None)
    return {"seconds": t, "objective": objective, "peak": peak, "load": before}


def size(run, model="plan"):
    m = run["summary"]["model"] if model == "plan" else None
    d = run["run"]["decomposition"]["models"][model]
    b = d["largest_block"]
    shape = f"{m['rows']} × {m['columns']}, {m['nonzeros']} nonzeros, " if m else ""
    return f"{shape}{d['blocks']} blocks, largest {b['rows']} × {b['columns']}"


def plan_only(tmp):
    path = os.path.join(tmp, "plan-only.yaml")
    with open(path, "w") as f:
        f.write(f"name: plan only\nextends: {BASE}\ncompare_status_quo: false\n")
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-pulp", action="store_true")
    ap.add_argument("--no-52", action="store_true")
    ap.add_argument("--only-52", action="store_true", help="only the 52-week run")
    ap.add_argument("--samplan", default=os.path.join(ROOT, ".build", "release", "samplan"))
    args = ap.parse_args()
    if not os.path.exists(args.samplan):
        sys.exit(f"{args.samplan} not found: build it first (swift build -c release --product samplan)")
    tmp = tempfile.mkdtemp(prefix="samplan-v2-")
    try:
        plan = plan_only(tmp)
        v1, v2 = os.path.join(tmp, "v1.mps"), os.path.join(tmp, "v2.mps")
        subprocess.run([sys.executable, os.path.join(HERE, "pulp_summer_v1.py"), BASE, "--mps", v1], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        subprocess.run([args.samplan, "export", plan, "--format", "mps", "--out", v2], check=True, cwd=ROOT)
        rounds = []
        for _ in range(0 if args.only_52 else args.repeat):
            rounds.append((samplan_run(args, BASE, os.path.join(tmp, "run")), glpsol(v1, os.path.join(tmp, "v1.txt")),
                           glpsol(v2, os.path.join(tmp, "v2.txt"))))
        if rounds:
            report(rounds)
        if not args.no_pulp and not args.only_52:
            compare_pulp(args, plan, tmp)
        if not args.no_52:
            year = samplan_run(args, YEAR, os.path.join(tmp, "year"))
            s = year["summary"]
            print(f"\nweeks 1..52 with the status quo: {year['seconds']:.1f} s end to end (load {year['load']:.1f}), "
                  f"phases {json.dumps(year['run']['seconds'])}, peak {year['peak']:.0f} MiB, status {s['status']}, "
                  f"objective {s['objective_sek']}; plan {size(year)}; status quo {size(year, 'status_quo')}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def report(rounds):
    print("| round | load before | samplan run s | glpsol v1 s | load before | glpsol v2 whole s | load before | samplan ÷ glpsol v1 | samplan ÷ glpsol v2 |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for k, (s, g1, g2) in enumerate(rounds, 1):
        print(f"| {k} | {s['load']:.1f} | {s['seconds']:.2f} | {g1['seconds']:.2f} | {g1['load']:.1f} | {g2['seconds']:.2f} | {g2['load']:.1f} | "
              f"{s['seconds'] / g1['seconds']:.2f} | {s['seconds'] / g2['seconds']:.2f} |")
    med = lambda xs: statistics.median(xs)
    s_t, g1_t, g2_t = (med([r[k]["seconds"] for r in rounds]) for k in range(3))
    last = rounds[-1][0]
    print(f"\nmedians: samplan {s_t:.2f} s, glpsol v1 {g1_t:.2f} s, glpsol v2 whole {g2_t:.2f} s; "
          f"samplan ÷ glpsol v1 {s_t / g1_t:.2f} (goal ≤ 1), ÷ glpsol v2 {s_t / g2_t:.2f}")
    print(f"objectives: samplan {last['summary']['objective_sek']:,.2f} (plan), glpsol v2 {rounds[-1][2]['objective']:,.2f}, "
          f"glpsol v1 {rounds[-1][1]['objective']:,.2f} (another model)")
    print(f"v2 model: plan {size(last)}; status quo {size(last, 'status_quo')}")
    print(f"run.json seconds {json.dumps(last['run']['seconds'])}; peak memory samplan {last['peak']:.0f} MiB, "
          f"glpsol v1 {rounds[-1][1]['peak']:.0f} MiB, glpsol v2 {rounds[-1][2]['peak']:.0f} MiB")


def compare_pulp(args, plan, tmp):
    own = samplan_run(args, plan, os.path.join(tmp, "plan"))
    t, stdout, peak, before = timed([sys.executable, os.path.join(HERE, "pulp_summer.py"), plan, "--highs"])
    p = json.loads(stdout.strip().splitlines()[-1])
    ref = own["summary"]["objective_sek"]
    print(f"\nPuLP v2 peer (plan only, HiGHS): {t:.1f} s end to end (build {p['build_s']:.1f}, solve {p['solve_s']:.1f}; "
          f"load {before:.1f}), samplan plan only {own['seconds']:.2f} s (load {own['load']:.1f}); objective {p['objective']:,.2f} "
          f"vs samplan {ref:,.2f}: {abs(p['objective'] - ref) / abs(ref):.1e} relative; {p['rows']} rows × {p['columns']} columns")
    for part, value in p["costs"].items():
        mine = own["summary"]["costs"][part + "_sek"]
        print(f"  {part}: PuLP {value:,.2f}, samplan {mine:,.2f}")


if __name__ == "__main__":
    main()
