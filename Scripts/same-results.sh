#!/usr/bin/env bash
# Byte-identical results (issue 12): runs every shipped scenario and every job kind with two samplan
# binaries and compares the result folders file by file. run.json is left out (it holds dates and
# timings by design; SPEC §7), and so is batch.csv's `seconds` column (each scenario's wall time).
#
#   Scripts/same-results.sh BASELINE_SAMPLAN CANDIDATE_SAMPLAN [WORKDIR]
#
# Exit 0 when every file is identical, 1 with the differing files listed otherwise.
set -euo pipefail
base=$(realpath "$1"); cand=$(realpath "$2"); work=${3:-$(mktemp -d)}
cd "$(dirname "$0")/.."
mkdir -p "$work"

jobs=()
for s in Scenarios/*.yaml Scenarios/nivastrukturering/*.yaml; do
  jobs+=("run $s")
done
jobs+=("run Scenarios/summer-2024.yaml --excel")
jobs+=("compare Scenarios/summer-2024.yaml Scenarios/summer-2024-ward-closure.yaml")
jobs+=("sweep Scenarios/summer-2024.yaml --price ortopedi/dagkirurgi --factors 0.8,1,1.2")
jobs+=("batch Scenarios/nivastrukturering")
jobs+=("run Scenarios/summer-2024-uncertain.yaml --shard 1/2")
jobs+=("run Scenarios/summer-2024-uncertain.yaml --shard 2/2")

# batch.csv without its `seconds` column: equal, or the differing lines printed.
same_batch_csv() {
  [ -f "$1" ] || [ -f "$2" ] || return 0
  python3 - "$1" "$2" <<'PY'
import csv, sys
def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        table = list(csv.reader(f))
    drop = table[0].index("seconds") if table and "seconds" in table[0] else None
    return [[c for k, c in enumerate(r) if k != drop] for r in table]
a, b = rows(sys.argv[1]), rows(sys.argv[2])
if a != b:
    print(f"batch.csv differs (seconds column left out): {sys.argv[1]} {sys.argv[2]}")
    sys.exit(1)
PY
}

status=0
i=0
for job in "${jobs[@]}"; do
  i=$((i + 1))
  for side in base cand; do
    bin=$base; [ "$side" = cand ] && bin=$cand
    out="$work/$side/$i"
    rm -rf "$out"
    # shellcheck disable=SC2086
    "$bin" $job --out "$out" > "$work/$side-$i.stdout" 2> "$work/$side-$i.stderr" || echo "exit $?" >> "$work/$side-$i.stdout"
  done
  if diff -r -q -x run.json -x batch.csv "$work/base/$i" "$work/cand/$i" > "$work/diff-$i.txt" \
     && same_batch_csv "$work/base/$i/batch.csv" "$work/cand/$i/batch.csv" >> "$work/diff-$i.txt"; then
    echo "same: $job"
  else
    echo "DIFFERENT: $job"; sed 's/^/  /' "$work/diff-$i.txt"; status=1
  fi
done
# Merging the two uncertainty shards.
for side in base cand; do
  bin=$base; [ "$side" = cand ] && bin=$cand
  rm -rf "$work/$side/merged"
  "$bin" merge "$work/$side/$((i - 1))" "$work/$side/$i" --out "$work/$side/merged" > /dev/null 2>&1 || echo "merge failed ($side)"
done
if diff -r -q -x run.json "$work/base/merged" "$work/cand/merged"; then echo "same: merge of the shards"; else status=1; fi
exit $status
