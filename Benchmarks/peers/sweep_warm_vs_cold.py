#!/usr/bin/env python3
"""A five-factor price sweep of summer-2024.yaml, warm-started against cold, in one command.

Both sweeps solve the same five models; the warm one solves factor 1 from scratch and starts each
other factor from the optimal basis of its nearest solved neighbour, the cold one (`--cold`) solves
every factor from scratch. Per-factor solve seconds and iterations come from each run.json.

Usage: python3 Benchmarks/peers/sweep_warm_vs_cold.py [--price ortopedi/day_surgery] [--samplan PATH]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FACTORS = "0.8,0.9,1,1.1,1.2"


def sweep(samplan, scenario, price, out, cold):
    cmd = [samplan, "sweep", scenario, "--price", price, "--factors", FACTORS, "--out", out, "--force"] + (["--cold"] if cold else [])
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    with open(os.path.join(out, "run.json")) as f:
        info = json.load(f)
    with open(os.path.join(out, "sweep.csv")) as f:
        objectives = [line.split(",")[2] for line in f.read().splitlines()[1:]]
    return info, objectives


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--price", default="ortopedi/day_surgery")
    ap.add_argument("--scenario", default="Scenarios/summer-2024.yaml")
    ap.add_argument("--samplan", default=os.path.join(ROOT, ".build", "release", "samplan"))
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="samplan-sweep-")
    try:
        warm, warm_obj = sweep(args.samplan, args.scenario, args.price, os.path.join(tmp, "warm"), cold=False)
        cold, cold_obj = sweep(args.samplan, args.scenario, args.price, os.path.join(tmp, "cold"), cold=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("| factor | warm s | warm iterations | cold s | cold iterations | speed-up | objectives agree |")
    print("|---:|---:|---:|---:|---:|---:|:---:|")
    warm_total = cold_total = 0.0
    for k, factor in enumerate(FACTORS.split(",")):
        ws, cs = warm["seconds"]["solve_" + factor], cold["seconds"]["solve_" + factor]
        wi, ci = warm["iterations"][factor], cold["iterations"][factor]
        agree = abs(float(warm_obj[k]) - float(cold_obj[k])) <= 1e-9 * abs(float(cold_obj[k])) + 1e-6
        started_cold = factor == "1"
        if not started_cold:
            warm_total += ws
            cold_total += cs
        print(f"| {factor} | {ws:.3f}{' (cold start)' if started_cold else ''} | {wi} | {cs:.3f} | {ci} | "
              f"{'' if started_cold else f'{cs / ws:.0f}×'} | {'yes' if agree else 'NO'} |")
    print(f"\nThe four warm-started re-solves: {warm_total:.3f} s against {cold_total:.3f} s cold "
          f"({cold_total / warm_total:.0f}× faster; goal ≥ 3×). Whole sweeps: {warm['seconds']['solve']:.2f} s "
          f"warm, {cold['seconds']['solve']:.2f} s cold ({cold['seconds']['solve'] / warm['seconds']['solve']:.1f}×).")


if __name__ == "__main__":
    main()
