#!/usr/bin/env python3
"""samplan solve against glpsol on the same MPS files, same machine, one command.

Each instance is solved by both tools, alternating, `--repeat` times; the table shows the fastest
and the median wall time of each, the ratio of the fastest times (the least noisy statistic for a
deterministic, CPU-bound run on a shared 2-core machine), and both objectives. glpsol runs with the options that match
samplan's defaults: primal simplex from an advanced basis with automatic scaling for an LP (both
tools' defaults), and for a MIP all cuts (`--cuts`) and a zero gap (samplan `--mip-gap 0`).

Usage: python3 Benchmarks/peers/solve_vs_glpsol.py [--repeat N] [--min-ms 50] [--samplan PATH] [FILES...]
"""
import argparse
import csv
import json
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
NETLIB = os.path.join(ROOT, "Tests", "Fixtures", "netlib")


def wall(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
    return elapsed, proc.stdout


def glpsol_objective(path):
    with open(path) as f:
        for line in f:
            m = re.match(r"Objective:\s+\S+ = (\S+)", line)
            if m:
                return float(m.group(1))
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--min-ms", type=float, default=50.0, help="goal applies to instances glpsol takes longer on")
    ap.add_argument("--samplan", default=os.path.join(ROOT, ".build", "release", "samplan"))
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    if not os.path.exists(args.samplan):
        sys.exit(f"{args.samplan} not found: run `swift build -c release` first")
    kinds = {}
    with open(os.path.join(NETLIB, "values.csv")) as f:
        for row in csv.DictReader(f):
            kinds[row["name"]] = row["kind"]
    files = args.files or [os.path.join(NETLIB, n + ".mps") for n in kinds]
    out = "/tmp/samplan-glpsol-out.txt"
    rows = []
    for path in files:
        name = os.path.basename(path)[:-4]
        mip = kinds.get(name) == "mip"
        glpsol = ["glpsol", "--freemps", path, "-o", out] + (["--cuts"] if mip else [])
        samplan = [args.samplan, "solve", path, "--json"] + (["--mip-gap", "0"] if mip else [])
        g_times, s_times = [], []
        s_obj = None
        for _ in range(args.repeat):
            t, _ = wall(glpsol)
            g_times.append(t)
            t, stdout = wall(samplan)
            s_times.append(t)
            s_obj = json.loads(stdout)["objective"]
        g, s = min(g_times), min(s_times)
        rows.append((name, g, s, statistics.median(g_times), statistics.median(s_times), glpsol_objective(out), s_obj))
    print(f"| instance | glpsol ms (median) | samplan ms (median) | ratio | glpsol objective | samplan objective |")
    print(f"|---|---:|---:|---:|---:|---:|")
    worst = 0.0
    for name, g, s, gm, sm, go, so in rows:
        ratio = s / g
        gated = g * 1000 > args.min_ms
        if gated:
            worst = max(worst, ratio)
        mark = "" if gated else " (under the threshold)"
        print(f"| {name} | {g*1000:.1f} ({gm*1000:.1f}) | {s*1000:.1f} ({sm*1000:.1f}) | {ratio:.2f}{mark} | {go} | {so} |")
    print(f"\nWorst ratio on instances over {args.min_ms:.0f} ms for glpsol: {worst:.2f} (goal ≤ 1.10)")


if __name__ == "__main__":
    main()
