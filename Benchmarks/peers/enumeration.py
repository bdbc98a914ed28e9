#!/usr/bin/env python3
"""Enumerate every combination of 1 to 5 of the 25 hospitals as PCI sites (68 405 proposals for
the 80 municipalities) with `samplan run`, end to end, and report proposals per second per core.

Usage: python3 Benchmarks/peers/enumeration.py [--jobs N] [--samplan PATH]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCENARIO = "Benchmarks/scenarios/pci-all-hospitals-1-5.yaml"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--samplan", default=os.path.join(ROOT, ".build", "release", "samplan"))
    args = ap.parse_args()
    out = tempfile.mkdtemp(prefix="samplan-enum-")
    try:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", args.samplan, "run", SCENARIO, "--out", os.path.join(out, "r"),
                               "--jobs", str(args.jobs), "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(proc.stderr)
        summary = json.loads(proc.stdout)
        with open(os.path.join(out, "r", "run.json")) as f:
            info = json.load(f)
        peak = int(proc.stderr.strip().splitlines()[-1]) / 1024
        size = sum(os.path.getsize(os.path.join(out, "r", f)) for f in os.listdir(os.path.join(out, "r"))) / 1e6
    finally:
        shutil.rmtree(out, ignore_errors=True)
    s = info["seconds"]
    rows = summary["proposals"]
    print("| proposals | jobs | total s | load s | MIP s | evaluate s | write s | proposals/s/core | LP share | files | peak memory |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|")
    note = info["notes"][-1]
    print(f"| {rows} | {args.jobs} | {wall:.1f} | {s['load']:.2f} | {s['solve_mip']:.2f} | {s['evaluate_proposals']:.1f} | "
          f"{s['write']:.1f} | {rows / s['evaluate_proposals'] / args.jobs:.0f} | {note.split(', ')[-1]} | {size:.0f} MB | {peak:.0f} MiB |")
    print(f"\nGoal: under 60 s. Optimum: {summary['optimal']['open_sites'] if summary['optimal'] else None}.")


if __name__ == "__main__":
    main()
