#!/usr/bin/env python3
"""Compare a merged result folder with a single run's: every file byte-identical except run.json,
and batch.csv equal but for its `seconds` column (each scenario's wall time). The merged folder
has a run.json of its own (what was merged). Exit 0 when they agree, 1 with the differences listed.

Usage: compare_results.py SINGLE MERGED
"""
import csv
import io
import os
import sys


def files(root):
    out = set()
    for folder, _, names in os.walk(root):
        for name in names:
            out.add(os.path.relpath(os.path.join(folder, name), root))
    return out


def batch_rows(path):
    """batch.csv's rows without the `seconds` column; `;` files (--excel) keep their delimiter."""
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8-sig")
    delimiter = ";" if data.startswith(b"\xef\xbb\xbf") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    column = rows[0].index("seconds")
    return [row[:column] + row[column + 1:] for row in rows]


def main(single, merged):
    problems = []
    a, b = files(single), files(merged)
    for name in sorted(a - b):
        problems.append(f"only in the single run: {name}")
    for name in sorted(b - a - {"run.json"}):
        problems.append(f"only in the merged folder: {name}")
    if "run.json" not in b:
        problems.append("the merged folder has no run.json")
    compared = 0
    for name in sorted(a & b):
        if os.path.basename(name) == "run.json":
            continue
        compared += 1
        if name == "batch.csv":
            if batch_rows(os.path.join(single, name)) != batch_rows(os.path.join(merged, name)):
                problems.append("batch.csv differs (beyond the seconds column)")
            continue
        with open(os.path.join(single, name), "rb") as f1, open(os.path.join(merged, name), "rb") as f2:
            if f1.read() != f2.read():
                problems.append(f"differs: {name}")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"identical: {compared} files (batch.csv but for its seconds column; run.json not compared)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
