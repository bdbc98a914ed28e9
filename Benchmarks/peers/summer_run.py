#!/usr/bin/env python3
"""Time `samplan run` of summer scenarios end to end, with the phases from run.json and peak memory.

Usage: python3 Benchmarks/peers/summer_run.py [--repeat N] [--samplan PATH] [SCENARIO...]
Default scenarios: Scenarios/summer-2024.yaml (10 weeks) and
Benchmarks/scenarios/summer-2024-52-weeks.yaml (the whole year, run once).
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


def run_once(samplan, scenario, out):
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", samplan, "run", scenario, "--out", out, "--force", "--json"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"samplan run {scenario} failed:\n{proc.stderr}")
    summary = json.loads(proc.stdout)
    with open(os.path.join(out, "run.json")) as f:
        phases = json.load(f)["seconds"]
    peak_kib = int(proc.stderr.strip().splitlines()[-1])
    return wall, phases, peak_kib, summary


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--samplan", default=os.path.join(ROOT, ".build", "release", "samplan"))
    ap.add_argument("scenarios", nargs="*")
    args = ap.parse_args()
    if not os.path.exists(args.samplan):
        sys.exit(f"{args.samplan} not found: run `swift build -c release --static-swift-stdlib` first")
    scenarios = args.scenarios or ["Scenarios/summer-2024.yaml", "Benchmarks/scenarios/summer-2024-52-weeks.yaml"]
    out = tempfile.mkdtemp(prefix="samplan-bench-")
    print("| scenario | weeks | columns | rows | total s (median) | load s | build s | solve s | write s | build share | peak memory |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    try:
        for scenario in scenarios:
            repeat = args.repeat if "52" not in scenario else 1
            runs = [run_once(args.samplan, scenario, os.path.join(out, "r")) for _ in range(repeat)]
            walls = [r[0] for r in runs]
            wall, phases, peak, summary = sorted(runs, key=lambda r: r[0])[len(runs) // 2]
            model = summary["model"]
            weeks = os.path.basename(scenario)
            print(f"| {scenario} | {'52' if '52' in weeks else '10'} | {model['columns']} | {model['rows']} | "
                  f"{wall:.2f} ({statistics.median(walls):.2f}) | {phases['load']:.2f} | {phases['build']:.3f} | "
                  f"{phases['solve']:.2f} | {phases['write']:.2f} | {phases['build'] / wall * 100:.1f} % | {peak / 1024:.0f} MiB |")
    finally:
        shutil.rmtree(out, ignore_errors=True)
    print("\nGoals: summer-2024 under 10 s end to end, model building under 10 % of it.")


if __name__ == "__main__":
    main()
