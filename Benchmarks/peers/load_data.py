#!/usr/bin/env python3
"""Time loading the default data set: `samplan validate` end to end (process start, reading and
checking every feed, a year of daily occupancy included), with peak memory.

Usage: python3 Benchmarks/peers/load_data.py [--repeat N] [--samplan PATH] [FOLDER]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--samplan", default=os.path.join(ROOT, ".build", "release", "samplan"))
    ap.add_argument("folder", nargs="?", default=os.path.join(ROOT, "Scenarios", "data", "mellansverige-2024"))
    args = ap.parse_args()
    if not os.path.exists(args.samplan):
        sys.exit(f"{args.samplan} not found: run `swift build -c release --static-swift-stdlib` first")
    times, peaks = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", args.samplan, "validate", args.folder],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            sys.exit(proc.stderr)
        peaks.append(int(proc.stderr.strip().splitlines()[-1]))
    size = sum(os.path.getsize(os.path.join(args.folder, f)) for f in os.listdir(args.folder))
    print(f"| data set | size | fastest | median | peak memory |")
    print(f"|---|---:|---:|---:|---:|")
    print(f"| {os.path.relpath(args.folder, ROOT)} | {size / 1e6:.1f} MB | {min(times) * 1000:.0f} ms | "
          f"{statistics.median(times) * 1000:.0f} ms | {max(peaks) / 1024:.0f} MiB |")
    print(f"\nGoal: under 1000 ms. Fastest of {args.repeat}: {min(times) * 1000:.0f} ms.")


if __name__ == "__main__":
    main()
