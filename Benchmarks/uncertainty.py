#!/usr/bin/env python3
"""The uncertainty benchmark (issue 17, BENCHMARKS.md "Uncertainty: 200 draws"): `samplan run` of
Scenarios/summer-2024-uncertain.yaml with 200 draws (plan and status quo each), once with warm
starts (the default) and once with `--cold-draws`, on this machine's cores.

Prints, per mode: the end-to-end wall time of the command, the draws' wall time and how it splits
into building models and solving them, draws per second per core, the CPU-seconds inside GLPK and
their share of the draws' core time (run.json's `draws` object), and how the models were started;
then the speed-up of warm-started draws over cold ones, and whether both modes gave the same
objective in every draw (to 1e-6 relative). The machine's load average is printed before and after,
since other work on a shared machine slows every figure.

Usage: Benchmarks/uncertainty.py [--samplan .build/release/samplan] [--draws 200] [--jobs N]
       [--modes warm,cold] [--keep DIR]
"""
import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def run_mode(samplan, scenario, out, jobs, cold):
    command = [samplan, "run", scenario, "--out", out, "--force", "--jobs", str(jobs)] + (["--cold-draws"] if cold else [])
    start, before = time.monotonic(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU-seconds of the command: on a shared machine less disturbed by other work than its wall time.
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-2000:]}")
    with open(os.path.join(out, "run.json")) as f:
        info = json.load(f)
    with open(os.path.join(out, "draws.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    return wall, cpu, info, rows


def report(mode, wall, cpu, info, jobs):
    d = info["draws"]
    s = d["seconds"]
    per_core = d["count"] / s["total"] / jobs
    base = info["seconds"]
    print(f"{mode}: end to end {wall:.1f} s wall, {cpu:.1f} CPU-s (load {base['load']:.1f}, base plan build {base['build']:.1f} + solve {base['solve']:.1f}); "
          f"draws {s['total']:.1f} s (build {s['build']:.1f}, solve {s['solve']:.1f}); "
          f"{per_core:.2f} draws/s/core; GLPK {s['glpk_summed']:.1f} CPU-s = {100 * d['glpk_share']:.0f} % of the draws' core time; "
          f"models reused {d['models']['reused']}, warm {d['models']['warm']}, cold {d['models']['cold']}")
    return s["total"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samplan", default=os.path.join(ROOT, ".build/release/samplan"))
    parser.add_argument("--draws", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--modes", default="warm,cold")
    parser.add_argument("--keep", help="write the result folders here instead of a temporary folder")
    args = parser.parse_args()
    samplan = os.path.abspath(args.samplan)
    if not os.access(samplan, os.X_OK):
        sys.exit(f"{samplan}: not found; build it with `swift build -c release`")
    work = args.keep or tempfile.mkdtemp(prefix="samplan-uncertainty-")
    os.makedirs(work, exist_ok=True)
    try:
        # A child scenario: the shipped ranges and seed, more draws (the block merges key by key).
        scenario = os.path.join(work, "uncertain-bench.yaml")
        with open(scenario, "w") as f:
            f.write(f"extends: {os.path.join(ROOT, 'Scenarios/summer-2024-uncertain.yaml')}\n"
                    f"name: Sommar 2024 – osäkerhet, {args.draws} dragningar\n"
                    f"uncertainty: {{draws: {args.draws}}}\n")
        print(f"samplan {samplan}; {args.draws} draws; --jobs {args.jobs} on {os.cpu_count()} cores; load before: {load()}")
        seconds, objectives = {}, {}
        for mode in args.modes.split(","):
            wall, cpu, info, rows = run_mode(samplan, scenario, os.path.join(work, mode), args.jobs, mode == "cold")
            seconds[mode] = report(mode, wall, cpu, info, args.jobs)
            objectives[mode] = [float(r["objective_sek"]) if r["objective_sek"] else None for r in rows]
            solved = sum(1 for r in rows if r["status"] == "optimal")
            print(f"  {solved} of {len(rows)} draws optimal; load now {load()}")
        if "warm" in seconds and "cold" in seconds:
            print(f"warm-started draws over cold ones: {seconds['cold'] / seconds['warm']:.2f}× "
                  f"({seconds['cold']:.1f} s cold, {seconds['warm']:.1f} s warm)")
            same = all(a == b or (a is not None and b is not None and abs(a - b) <= 1e-6 * max(1, abs(a)))
                       for a, b in zip(objectives["warm"], objectives["cold"]))
            print(f"same objective in every draw, warm and cold: {'yes' if same else 'NO'}")
            if not same:
                sys.exit(1)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
