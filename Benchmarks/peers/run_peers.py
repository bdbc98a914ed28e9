#!/usr/bin/env python3
"""Samplan against its peers on the same summer model, same machine, one command:

1. glpsol (GLPK alone) on the MPS file `samplan export` writes: the floor for anything on GLPK
   (with its defaults, and with samplan's options: dual simplex, long-step ratio test);
2. HiGHS (highspy) on the same MPS file: the fastest open-source LP solver, for perspective;
3. PuLP building the same model (SPEC v2 §3) from the same CSV files with its own code
   (pulp_summer.py), solved with GLPK's dual simplex (samplan's options; HiGHS in --smoke): what
   an analyst would write instead. Its objective must equal samplan's, and each of its six parts is printed.

samplan is timed end to end (`samplan run`, the plan only: compare_status_quo false), each tool
as a separate process, median of --repeat runs. Python packages are installed with pip when missing.

Usage: python3 Benchmarks/peers/run_peers.py [--weeks 25..34] [--repeat 3] [--smoke]
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


def ensure(package, module):
    try:
        __import__(module)
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", package], check=True)


def timed(cmd, **kw):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    return elapsed, proc.stdout


def glpsol_objective(path):
    with open(path) as f:
        for line in f:
            if line.startswith("Objective:"):
                return float(line.split("=")[1].split()[0])
    return None


HIGHS = """
import sys, time, json, highspy
start = time.perf_counter()
h = highspy.Highs(); h.setOptionValue("output_flag", False)
h.readModel(sys.argv[1]); h.run()
print(json.dumps({"objective": h.getInfo().objective_function_value, "seconds": time.perf_counter() - start,
                  "status": h.modelStatusToString(h.getModelStatus())}))
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weeks", default="25..34")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--smoke", action="store_true", help="two weeks, one run: a quick check that the peers still work (CI)")
    ap.add_argument("--samplan", default=os.path.join(ROOT, ".build", "release", "samplan"))
    args = ap.parse_args()
    if args.smoke:
        args.weeks, args.repeat = "28..29", 1
    if not os.path.exists(args.samplan):
        sys.exit(f"{args.samplan} not found: build it first")
    if shutil.which("glpsol") is None:
        sys.exit("glpsol not found: apt-get install glpk-utils")
    pulp_name = f"PuLP + {'HiGHS' if args.smoke else 'GLPK'} (own model from the CSVs)"
    ensure("pulp", "pulp")
    ensure("highspy", "highspy")
    tmp = tempfile.mkdtemp(prefix="samplan-peers-")
    try:
        scenario = os.path.join(tmp, "summer.yaml")
        with open(scenario, "w") as f:
            f.write(f"name: peers\nextends: {os.path.join(ROOT, 'Scenarios', 'summer-2024.yaml')}\n"
                    f"weeks: \"{args.weeks}\"\ncompare_status_quo: false\n")
        mps = os.path.join(tmp, "summer.mps")
        timed([args.samplan, "export", scenario, "--format", "mps", "--out", mps], cwd=ROOT)
        results = {}

        def median_of(fn):
            runs = [fn() for _ in range(args.repeat)]
            return statistics.median(r[0] for r in runs), runs[-1][1]

        def samplan_run():
            out = os.path.join(tmp, "run")
            t, stdout = timed([args.samplan, "run", scenario, "--out", out, "--force", "--json"], cwd=ROOT)
            with open(os.path.join(out, "run.json")) as f:
                phases = json.load(f)["seconds"]
            return t, (json.loads(stdout)["objective_sek"], phases["build"], phases["solve"])
        t, (obj, build, solve) = median_of(samplan_run)
        results["samplan run (end to end)"] = (build, solve, t, obj)
        with open(os.path.join(tmp, "run", "summary.json")) as f:
            samplan_costs = json.load(f)["costs"]

        def glpsol(options):
            def once():
                out = os.path.join(tmp, "glpsol.txt")
                t, _ = timed(["glpsol", "--freemps", mps, "-o", out] + options)
                return t, glpsol_objective(out)
            return once
        t, obj = median_of(glpsol([]))
        results["glpsol, defaults (primal)"] = (None, t, t, obj)
        t, obj = median_of(glpsol(["--dual", "--flip"]))
        results["glpsol --dual --flip (samplan's options)"] = (None, t, t, obj)

        def highs():
            t, out = timed([sys.executable, "-c", HIGHS, mps])
            return t, json.loads(out.strip().splitlines()[-1])
        t, h = median_of(highs)
        results["HiGHS (highspy) on the MPS"] = (None, h["seconds"], t, h["objective"])

        def pulp_run():
            # The smoke run (CI) solves the peer's model with HiGHS: GLPK takes ~40 s on it (see pulp_summer.py).
            t, out = timed([sys.executable, os.path.join(HERE, "pulp_summer.py"), scenario, "--highs" if args.smoke else "--dual"])
            return t, json.loads(out.strip().splitlines()[-1])
        t, p = median_of(pulp_run)
        results[pulp_name] = (p["build_s"], p["solve_s"], t, p["objective"])
        pulp_costs = p["costs"]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    reference = results["samplan run (end to end)"]
    print(f"Summer model, weeks {args.weeks}, median of {args.repeat}:\n")
    if args.smoke:
        print("(A smoke run: two weeks and whatever build --samplan names; it checks that the peers still run and agree, its times mean nothing.)\n")
    print("| tool | build s | solve s | total s | objective SEK | total ÷ samplan | objective vs samplan |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    ok = True
    for name, (build, solve, total, obj) in results.items():
        rel = abs(obj - reference[3]) / abs(reference[3])
        ok &= rel <= 1e-6
        print(f"| {name} | {'' if build is None else f'{build:.2f}'} | {solve:.2f} | {total:.2f} | {obj:,.0f} | "
              f"{total / reference[2]:.2f} | {rel:.1e} |")
    glpsol_same = results["glpsol --dual --flip (samplan's options)"][2]
    print(f"\nsamplan end to end ÷ glpsol with the same options: {reference[2] / glpsol_same:.2f} (goal ≤ 1.10)")
    print(f"{pulp_name.split(' (')[0]} ÷ samplan end to end: {results[pulp_name][2] / reference[2]:.1f}× (goal ≥ 20×)")
    # Only the objective is unique over the optimal face (SPEC §3.5): the parts are printed to
    # show where two optima differ, not checked.
    print("\nThe six parts of the objective (SPEC §3.3), samplan's summary.json against the PuLP peer's:")
    for part, value in pulp_costs.items():
        mine = samplan_costs[part + "_sek"]
        print(f"  {part:15} samplan {mine:20,.2f}   PuLP {value:20,.2f}   {abs(value - mine) / max(1.0, abs(reference[3])):.1e} of the objective")
    if not ok:
        sys.exit("objectives differ by more than 1e-6 relative")
    print("All objectives of the same model agree within 1e-6 relative, the PuLP peer's v2 model included.")


if __name__ == "__main__":
    main()
