#!/usr/bin/env python3
"""The summer model at growing sizes: 10, 26 and 52 weeks of the default data set, and 10 weeks
of data sets 2× and 4× larger (`samplan-datagen --scale`). One LP each (the plan, no status quo),
timed end to end with peak memory; the growth exponent is fitted by least squares on log–log.

Usage: python3 Benchmarks/peers/scale_series.py [--samplan PATH] [--datagen PATH] [--quick]
"""
import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def run(samplan, scenario, out):
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", samplan, "run", scenario, "--out", out, "--force", "--json"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    summary = json.loads(proc.stdout)
    with open(os.path.join(out, "run.json")) as f:
        info = json.load(f)
    return wall, int(proc.stderr.strip().splitlines()[-1]) / 1024, summary, info


def slope(points):
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--samplan", default=os.path.join(ROOT, ".build", "release", "samplan"))
    ap.add_argument("--datagen", default=os.path.join(ROOT, ".build", "release", "samplan-datagen"))
    ap.add_argument("--quick", action="store_true", help="2, 4 and 8 weeks, scales 1 and 2 (a smoke test)")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="samplan-scale-")
    base = os.path.join(ROOT, "Scenarios", "summer-2024.yaml")
    weeks = [("28..29", 2), ("28..31", 4), ("27..34", 8)] if args.quick else [("25..34", 10), ("14..39", 26), ("1..52", 52)]
    scales = [2] if args.quick else [2, 4]
    rows = []
    try:
        for spec, count in weeks:
            scenario = os.path.join(tmp, f"weeks-{count}.yaml")
            with open(scenario, "w") as f:
                f.write(f"name: {count} weeks\nextends: {base}\nweeks: \"{spec}\"\ncompare_status_quo: false\n")
            rows.append(("1×", count) + run(args.samplan, scenario, os.path.join(tmp, "out")))
        for scale in scales:
            data = os.path.join(tmp, f"data-{scale}x")
            subprocess.run([args.datagen, "--scale", str(scale), "--out", data, "--pricelist-2025", ""], check=True,
                           stdout=subprocess.DEVNULL, cwd=ROOT)
            scenario = os.path.join(tmp, f"scale-{scale}.yaml")
            spec, count = weeks[0]
            with open(scenario, "w") as f:
                f.write(f"name: {scale}x\nextends: {base}\ndata: {data}\nweeks: \"{spec}\"\ncompare_status_quo: false\n")
            rows.append((f"{scale}×", count) + run(args.samplan, scenario, os.path.join(tmp, "out")))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("| data | weeks | columns | rows | nonzeros | total s | solve s | iterations | peak memory |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for data, count, wall, peak, summary, info in rows:
        m = summary["model"]
        print(f"| {data} | {count} | {m['columns']} | {m['rows']} | {m['nonzeros']} | {wall:.1f} | {info['seconds']['solve']:.1f} | "
              f"{info['iterations']['plan']} | {peak:.0f} MiB |")
    by_weeks = [(count, info["seconds"]["solve"]) for data, count, wall, peak, summary, info in rows if data == "1×"]
    by_size = [(summary["model"]["columns"], info["seconds"]["solve"]) for data, count, wall, peak, summary, info in rows if count == weeks[0][1]]
    print(f"\nFitted growth of the solve time: weeks^{slope(by_weeks):.2f} (goal: no worse than linear, exponent ≤ 1); "
          f"columns^{slope(by_size):.2f} across data-set sizes.")


if __name__ == "__main__":
    main()
