#!/usr/bin/env bash
# The workbench's benchmark (BENCHMARKS.md, "Workbench"): with wrk, 20 concurrent clients on
# localhost, the median latency of the scenario list and of a finished run's page (goal < 50 ms);
# and a queued run's end-to-end time (POST to the end of its event stream) against `samplan run`
# of the same scenario (goal ≤ 1.1 ×), each the median of RUNS runs.
# Usage: Benchmarks/workbench/bench.sh [SAMPLAN] [SAMPLAN_SERVE] [SCENARIO] [RUNS] [SECONDS]
#        (defaults .build/release/samplan, Serve/.build/release/samplan-serve,
#         summer-2024.yaml, 3 runs, 20 s of wrk per page)
set -euo pipefail
cd "$(dirname "$0")/../.."
samplan=${1:-.build/release/samplan}
serve=${2:-Serve/.build/release/samplan-serve}
scenario=${3:-summer-2024.yaml}
runs=${4:-3}
seconds=${5:-20}
port=18190
command -v wrk > /dev/null || { echo "error: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && { kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT
cp -r Scenarios "$work/ws"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }

echo "samplan run $scenario, $runs times:"
cli=()
for k in $(seq 1 "$runs"); do
  start=$(now)
  "$samplan" run "$work/ws/$scenario" --out "$work/cli-$k" > /dev/null 2>&1
  cli+=("$(minus "$(now)" "$start")")
  echo "  ${cli[-1]} s"
done

"$serve" --workspace "$work/ws" --port "$port" --jobs 1 > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$port/halsa" && break; sleep 0.5; done

echo "the same through the workbench (POST /korningar, then its event stream to the end), $runs times:"
served=()
for k in $(seq 1 "$runs"); do
  start=$(now)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -d "scenario=$scenario" "http://127.0.0.1:$port/korningar")
  curl -sN "$location/handelser" > "$work/events-$k.txt"
  served+=("$(minus "$(now)" "$start")")
  grep -q '"status":"finished"' "$work/events-$k.txt" || { echo "run $location did not finish:"; cat "$work/events-$k.txt"; exit 1; }
  echo "  ${served[-1]} s ($location)"
done
cli_median=$(printf '%s\n' "${cli[@]}" | median)
served_median=$(printf '%s\n' "${served[@]}" | median)
echo "median: samplan run $cli_median s, workbench $served_median s, ratio $(awk -v a="$served_median" -v b="$cli_median" 'BEGIN { printf "%.3f", a / b }')"

# wrk: 2 threads, 20 connections, the latency distribution; the median is its 50% line.
for page in "/" "${location#http://127.0.0.1:$port}"; do
  echo "wrk -t2 -c20 -d${seconds}s --latency http://127.0.0.1:$port$page"
  wrk -t2 -c20 -d"${seconds}s" --latency "http://127.0.0.1:$port$page" | tee "$work/wrk.txt" \
    | grep -E '^ +(50|90|99)%|Requests/sec|Non-2xx' || true
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
