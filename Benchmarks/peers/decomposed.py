#!/usr/bin/env python3
"""The decomposed summer solve (issue 13), in one run so that the ratios share the machine's load:

1. `samplan run Scenarios/summer-2024.yaml` end to end (plan and status quo, blocks on --jobs
   threads) against `glpsol --dual --flip` on the exported plan model (the whole model in one
   solve) and against the PuLP + GLPK peer (pulp_summer.py, plan only) end to end;
2. 10, 26 and 52 weeks end to end (plan only) with the fitted growth exponent in weeks, and with
   --scales the 2x and 4x data sets (samplan-datagen --scale); peak memory from /usr/bin/time;
3. the 52-week scenario with its status quo, as a user runs it;
4. a five-factor sweep: how many blocks each factor solved (the rest reused unchanged).

Block counts, the largest block and the summed against elapsed block seconds come from run.json.

Usage: python3 Benchmarks/peers/decomposed.py [--repeat 3] [--jobs N] [--scales] [--no-pulp]
"""
import argparse
import json
import math
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


def timed(cmd, memory=False):
    if memory:
        cmd = ["/usr/bin/time", "-f", "%M"] + cmd
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    peak = int(proc.stderr.strip().splitlines()[-1]) / 1024 if memory else None
    return elapsed, proc.stdout, peak


def samplan_run(args, scenario, out):
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    t, stdout, peak = timed([args.samplan, "run", scenario, "--out", out, "--force", "--json"] + jobs, memory=True)
    with open(os.path.join(out, "run.json")) as f:
        info = json.load(f)
    return t, json.loads(stdout), info, peak


def glpsol_objective(path):
    with open(path) as f:
        for line in f:
            if line.startswith("Objective:"):
                return float(line.split("=")[1].split()[0])
    return None


def slope(points):
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def scenario_file(tmp, name, weeks, status_quo, data=None):
    path = os.path.join(tmp, name + ".yaml")
    with open(path, "w") as f:
        f.write(f"name: {name}\nextends: {BASE}\nweeks: \"{weeks}\"\n")
        if not status_quo:
            f.write("compare_status_quo: false\n")
        if data:
            f.write(f"data: {data}\n")
    return path


def blocks_text(info, model="plan"):
    d = info["decomposition"]["models"][model]
    b = d["largest_block"]
    return f"{d['blocks']} | {b['rows']} × {b['columns']}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=None, help="samplan --jobs (default: samplan's own, the number of cores)")
    ap.add_argument("--scales", action="store_true", help="also the 2x and 4x data sets (needs samplan-datagen)")
    ap.add_argument("--no-pulp", action="store_true")
    ap.add_argument("--scales-only", action="store_true", help="only the 2x and 4x data sets")
    ap.add_argument("--samplan", default=os.path.join(ROOT, ".build", "release", "samplan"))
    ap.add_argument("--datagen", default=os.path.join(ROOT, ".build", "release", "samplan-datagen"))
    args = ap.parse_args()
    if not os.path.exists(args.samplan):
        sys.exit(f"{args.samplan} not found: build it first")
    tmp = tempfile.mkdtemp(prefix="samplan-decomposed-")
    out = os.path.join(tmp, "out")
    try:
        if args.scales_only:
            return scale_series(args, tmp, out, weeks=[], scales=True)
        # 1. summer-2024 against glpsol and PuLP.
        runs = [samplan_run(args, BASE, out) for _ in range(args.repeat)]
        run_t = statistics.median(r[0] for r in runs)
        summary, info, peak = runs[-1][1], runs[-1][2], runs[-1][3]
        plan_only = scenario_file(tmp, "plan-only", "25..34", status_quo=False)
        mps = os.path.join(tmp, "summer.mps")
        timed([args.samplan, "export", plan_only, "--format", "mps", "--out", mps])
        glp = []
        for _ in range(args.repeat):
            t, _, _ = timed(["glpsol", "--freemps", mps, "--dual", "--flip", "-o", os.path.join(tmp, "glpsol.txt")])
            glp.append(t)
        glp_t = statistics.median(glp)
        glp_obj = glpsol_objective(os.path.join(tmp, "glpsol.txt"))
        pulp_t = pulp_obj = None
        if not args.no_pulp:
            try:
                __import__("pulp")
            except ImportError:
                subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pulp"], check=True)
            p = []
            for _ in range(args.repeat):
                t, stdout, _ = timed([sys.executable, os.path.join(HERE, "pulp_summer.py"), plan_only])
                p.append(t)
                pulp_obj = json.loads(stdout.strip().splitlines()[-1])["objective"]
            pulp_t = statistics.median(p)
        d = info["decomposition"]
        print(f"## summer-2024 end to end (median of {args.repeat}; jobs {d['jobs']})\n")
        print("| tool | total s | objective SEK | samplan ÷ tool |")
        print("|---|---:|---:|---:|")
        print(f"| samplan run Scenarios/summer-2024.yaml (plan + status quo) | {run_t:.2f} | {summary['objective_sek']:,.2f} | 1.00 |")
        print(f"| glpsol --dual --flip on the exported plan | {glp_t:.2f} | {glp_obj:,.2f} | {run_t / glp_t:.2f} |")
        if pulp_t is not None:
            print(f"| PuLP + GLPK (plan, own model from the CSVs) | {pulp_t:.2f} | {pulp_obj:,.2f} | {run_t / pulp_t:.2f} |")
        print(f"\nrun.json: plan {blocks_text(info)} (blocks | largest rows × columns), status quo {blocks_text(info, 'status_quo')}; "
              f"solve {d['solve_seconds_elapsed']:.2f} s elapsed, {d['solve_seconds_summed']:.2f} s summed over blocks; "
              f"phases {json.dumps(info['seconds'])}; peak memory {peak:.0f} MiB")
        rel = abs(summary["objective_sek"] - glp_obj) / abs(glp_obj)
        print(f"objective vs glpsol: {rel:.1e} relative")

        scale_series(args, tmp, out, weeks=[("25..34", 10), ("14..39", 26), ("1..52", 52)], scales=args.scales)
        run_52_weeks_and_sweep(args, tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def scale_series(args, tmp, out, weeks, scales):
    """Growth in weeks (plan only), and the larger data sets."""
    series = []
    for spec, count in weeks:
        t, s, i, pk = samplan_run(args, scenario_file(tmp, f"w{count}", spec, status_quo=False), out)
        series.append(("1×", count, t, s, i, pk))
    if scales:
        for scale in [2, 4]:
            data = os.path.join(tmp, f"data-{scale}x")
            subprocess.run([args.datagen, "--scale", str(scale), "--out", data, "--pricelist-2025", ""], check=True,
                           stdout=subprocess.DEVNULL, cwd=ROOT)
            t, s, i, pk = samplan_run(args, scenario_file(tmp, f"s{scale}", "25..34", status_quo=False, data=data), out)
            series.append((f"{scale}×", 10, t, s, i, pk))
    print("\n## Scale series, plan only, end to end (one run each)\n")
    print("| data | weeks | columns | rows | blocks | largest block | total s | solve s elapsed | block s summed | peak memory |")
    print("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|")
    for data, count, t, s, i, pk in series:
        m, dd = s["model"], i["decomposition"]
        print(f"| {data} | {count} | {m['columns']} | {m['rows']} | {blocks_text(i)} | {t:.2f} | "
              f"{dd['solve_seconds_elapsed']:.2f} | {dd['solve_seconds_summed']:.2f} | {pk:.0f} MiB |")
    by_weeks = [(c, t) for data, c, t, s, i, pk in series if data == "1×"]
    solves = [(c, i["decomposition"]["solve_seconds_elapsed"]) for data, c, t, s, i, pk in series if data == "1×"]
    if len(by_weeks) > 1:
        print(f"\nFitted growth in weeks: end to end weeks^{slope(by_weeks):.2f}, solve weeks^{slope(solves):.2f} (goal ≤ 1.2)")
    if scales:
        cols = [(s["model"]["columns"], i["decomposition"]["solve_seconds_elapsed"]) for data, c, t, s, i, pk in series if c == 10]
        print(f"Fitted growth across data sets (10 weeks): solve columns^{slope(cols):.2f}")


def run_52_weeks_and_sweep(args, tmp, out):
    # 3. 52 weeks with the status quo, as a user runs it.
    t, s, i, pk = samplan_run(args, os.path.join(ROOT, "Benchmarks", "scenarios", "summer-2024-52-weeks.yaml"), out)
    dd = i["decomposition"]
    print(f"\n52 weeks with the status quo (Benchmarks/scenarios/summer-2024-52-weeks.yaml): {t:.2f} s end to end "
          f"(goal ≤ 15 s), solve {dd['solve_seconds_elapsed']:.2f} s elapsed, {dd['solve_seconds_summed']:.2f} s summed; "
          f"plan {blocks_text(i)}; objective {s['objective_sek']:,.2f}; peak memory {pk:.0f} MiB")

    # 4. Five-factor sweep.
    factors = "0.8,0.9,1,1.1,1.2"
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    t, _, _ = timed([args.samplan, "sweep", BASE, "--price", "ortopedi/day_surgery", "--factors", factors,
                     "--out", out, "--force"] + jobs)
    with open(os.path.join(out, "run.json")) as f:
        info = json.load(f)
    print(f"\n## Five-factor sweep (ortopedi/day_surgery × {factors}): {t:.2f} s end to end\n")
    print("| factor | blocks solved | blocks reused | warm-started | solve s | iterations |")
    print("|---:|---:|---:|---:|---:|---:|")
    for factor in factors.split(","):
        m = info["decomposition"]["models"][factor]
        print(f"| {factor} | {m['blocks_solved']} of {m['blocks']} | {m['blocks_reused']} | {m['blocks_warm_started']} | "
              f"{info['seconds']['solve_' + factor]:.3f} | {info['iterations'][factor]} |")


if __name__ == "__main__":
    main()
