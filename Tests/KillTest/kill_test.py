#!/usr/bin/env python3
"""Kill test (issue 15): `kill -9` a `samplan run`, `batch` and `sweep` at random moments, then
check that no result folder is half-written and that a rerun succeeds.

    python3 Tests/KillTest/kill_test.py [--samplan .build/debug/samplan] [--times 20] [--seed 15]

For each command: one complete run gives the reference file list and duration; then --times
rounds each start the command (with --force over the earlier results), kill it with SIGKILL after
a random delay in [0, duration] (odd rounds
from no result folder, even ones over a complete one), and check that every result folder is either absent or
complete (the reference's files, every JSON parses, every CSV ends with a line end) and that
batch.csv is absent or complete. Finally a rerun must succeed and leave no temporary folders.
Bounded: at most 3 × --times kills. Exits 1 on the first violation.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SMALL = os.path.join(ROOT, "Tests", "Fixtures", "scenarios", "summer-small.yaml")
SCENARIOS = os.path.join(ROOT, "Tests", "Fixtures", "scenarios")


def fail(message):
    print(f"kill test: FAILED: {message}")
    sys.exit(1)


def listing(folder):
    """Every file below `folder` (v2 result folders hold `status_quo/`), as relative paths."""
    files = []
    for parent, _, names in os.walk(folder):
        files += [os.path.relpath(os.path.join(parent, name), folder) for name in names]
    return sorted(files)


def check_complete(folder, reference, context):
    """A result folder is absent, or holds exactly the reference files, each whole."""
    if not os.path.exists(folder):
        return False
    files = listing(folder)
    if files != reference:
        fail(f"{context}: {folder} holds {files}, expected {reference}")
    for name in files:
        path = os.path.join(folder, name)
        with open(path, "rb") as f:
            data = f.read()
        if name.endswith(".json"):
            try:
                json.loads(data)
            except ValueError as error:
                fail(f"{context}: {path} is not whole JSON: {error}")
        if name.endswith(".csv") and not data.endswith(b"\n"):
            fail(f"{context}: {path} does not end with a line end")
        if name.endswith(".html") and b"</html>" not in data:
            fail(f"{context}: {path} is cut short")
    return True


def leftovers(parent):
    return [n for n in os.listdir(parent) if ".tmp-" in n or ".old-" in n] if os.path.isdir(parent) else []


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samplan", default=os.path.join(ROOT, ".build", "debug", "samplan"))
    parser.add_argument("--times", type=int, default=20)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="samplan-kill-")
    commands = {
        "run": lambda out: ["run", SMALL, "--out", out, "--force"],
        "sweep": lambda out: ["sweep", SMALL, "--price", "ortopedi/elective_inpatient", "--factors", "0.9,1,1.1", "--out", out, "--force"],
        "batch": lambda out: ["batch", SCENARIOS, "--out", out, "--force", "--jobs", "2"],
    }
    try:
        for name, command in commands.items():
            out = os.path.join(work, name)
            started = time.perf_counter()
            first = subprocess.run([args.samplan] + command(out), capture_output=True, text=True, cwd=ROOT)
            duration = time.perf_counter() - started
            if first.returncode != 0:
                fail(f"{name}: the reference run failed ({first.returncode}): {first.stderr[-2000:]}")
            if name == "batch":
                subfolders = sorted(d for d in os.listdir(out) if os.path.isdir(os.path.join(out, d)))
                reference = {d: listing(os.path.join(out, d)) for d in subfolders}
            else:
                reference = listing(out)
            complete_copy = os.path.join(work, name + "-complete")
            shutil.move(out, complete_copy)
            complete = 0
            for round_ in range(1, args.times + 1):
                # Odd rounds start from no folder (a first write), even ones from complete
                # results (the --force path: old folder out, new one in).
                if os.path.exists(out):
                    shutil.rmtree(out)
                if round_ % 2 == 0:
                    shutil.copytree(complete_copy, out)
                delay = rng.uniform(0, duration)
                process = subprocess.Popen([args.samplan] + command(out), cwd=ROOT,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(delay)
                process.send_signal(signal.SIGKILL)
                process.wait()
                context = f"{name} round {round_} (killed after {delay:.2f} s)"
                if name == "batch":
                    if os.path.isdir(out):
                        for d in subfolders:
                            complete += check_complete(os.path.join(out, d), reference[d], context)
                        csv = os.path.join(out, "batch.csv")
                        if os.path.exists(csv):
                            with open(csv, "rb") as f:
                                lines = f.read().split(b"\n")
                            if lines[-1] != b"" or len(lines) != len(subfolders) + 2:
                                fail(f"{context}: batch.csv is not whole")
                        overview = os.path.join(out, "report.html")
                        if os.path.exists(overview):
                            with open(overview, "rb") as f:
                                if b"</html>" not in f.read():
                                    fail(f"{context}: the batch report.html is cut short")
                else:
                    complete += check_complete(out, reference, context)
            rerun = subprocess.run([args.samplan] + command(out), capture_output=True, text=True, cwd=ROOT)
            if rerun.returncode != 0:
                fail(f"{name}: the rerun after the kills failed ({rerun.returncode}): {rerun.stderr[-2000:]}")
            if name == "batch":
                for d in subfolders:
                    check_complete(os.path.join(out, d), reference[d], f"{name} rerun")
                stale = [x for d in [out] for x in leftovers(d)]
            else:
                check_complete(out, reference, f"{name} rerun")
                stale = [x for x in leftovers(work) if not x.endswith("-complete")]
            if stale:
                fail(f"{name}: temporary folders left after the rerun: {stale}")
            print(f"kill test: {name}: {args.times} kills within {duration:.2f} s, "
                  f"{complete} complete result folders seen, the rest absent; rerun ok")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("kill test: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
