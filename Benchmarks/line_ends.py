#!/usr/bin/env python3
"""Reading time by line-end style (issue 15): a 300 000-row occupancy feed written with LF, CRLF
and a lone CR ("CSV (Macintosh)"), each loaded by `samplan validate` on a copy of the tiny test
data set. Goal: CRLF and CR within 1.5x the LF time (reading is linear in the file size).

    swift build -c release
    python3 Benchmarks/line_ends.py --repeat 5 [--rows 300000] [--samplan .build/release/samplan]

Prints one row per style: median seconds of --repeat runs, rows, bytes, and the ratio to LF.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TINY = os.path.join(ROOT, "Tests", "Fixtures", "datasets", "tiny")
PAIRS = [(h, s) for h in ("north_uni", "south_county", "south_district") for s in ("ortopedi", "medicin")]


def occupancy_rows(count):
    """`count` distinct (date, hospital, specialty) rows, dates from 1900-01-01 on."""
    days = -(-count // len(PAIRS))
    start = date(1900, 1, 1)
    rows = []
    for d in range(days):
        day = (start + timedelta(days=d)).isoformat()
        for h, s in PAIRS:
            if len(rows) == count:
                return rows
            rows.append(f"{day},{h},{s},{(d * 7 + len(rows)) % 40 + 0.5}")
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samplan", default=os.path.join(ROOT, ".build", "release", "samplan"))
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    lines = ["date,hospital,specialty,occupied_beds"] + occupancy_rows(args.rows)
    work = tempfile.mkdtemp(prefix="samplan-line-ends-")
    try:
        results = []
        for style, end in (("LF", "\n"), ("CRLF", "\r\n"), ("CR", "\r")):
            folder = os.path.join(work, style)
            shutil.copytree(TINY, folder)
            data = (end.join(lines) + end).encode()
            with open(os.path.join(folder, "occupancy.csv"), "wb") as f:
                f.write(data)
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                run = subprocess.run([args.samplan, "validate", folder], capture_output=True, text=True)
                times.append(time.perf_counter() - started)
                if run.returncode != 0 or run.stderr:
                    sys.exit(f"{style}: samplan validate failed ({run.returncode}):\n{run.stderr[:2000]}")
            results.append((style, statistics.median(times), len(data)))
        base = results[0][1]
        print(f"| line end | rows | bytes | median s ({args.repeat} runs) | ÷ LF |")
        print("|---|---:|---:|---:|---:|")
        for style, seconds, size in results:
            print(f"| {style} | {args.rows} | {size} | {seconds:.3f} | {seconds / base:.2f} |")
        worst = max(r[1] for r in results) / base
        print(f"\nworst ÷ LF: {worst:.2f} (goal ≤ 1.5)")
        return 0 if worst <= 1.5 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
