#!/usr/bin/env bash
# The workbench over real HTTP (docs/workbench.md): samplan-serve on a copy of Scenarios/ at
# 127.0.0.1, then on 0.0.0.0 where it must generate a token and refuse requests without it.
# Usage: .ci/workbench-smoke.sh [SAMPLAN_BUILD_FOLDER [WORKBENCH_BUILD_FOLDER]]
#        (defaults .build/debug and Serve/.build/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/debug}"
serve="${2:-Serve/.build/debug}/samplan-serve"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
cp -r Scenarios "$work/ws"

# Waits until the server answers on PORT (any status), at most 60 s.
wait_for() {
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://127.0.0.1:$1/halsa" && return 0
    sleep 0.5
  done
  echo "samplan-serve did not answer on port $1"; return 1
}

# `samplan serve` says how to start the workbench and exits 64.
set +e; "$bin/samplan" serve > /dev/null 2>&1; status=$?; set -e
[ "$status" -eq 64 ] || { echo "samplan serve exited $status, not 64"; exit 1; }

"$serve" --workspace "$work/ws" --port 18181 > "$work/local.log" 2>&1 &
pids+=($!)
wait_for 18181
curl -sf http://127.0.0.1:18181/ | grep -q "Sommar 2024 – hela regionen"
curl -sf http://127.0.0.1:18181/historik | grep -q "<h1>Historik</h1>"
code=$(curl -s --path-as-is -o /dev/null -w '%{http_code}' "http://127.0.0.1:18181/scenarier/%2e%2e/%2e%2e/etc/passwd")
[ "$code" = 403 ] || { echo "traversal answered $code"; exit 1; }
[ -f "$work/ws/.samplan/historik.sqlite" ] || { echo "no run history database"; exit 1; }

"$serve" --workspace "$work/ws" --host 0.0.0.0 --port 18182 > "$work/open.log" 2>&1 &
pids+=($!)
wait_for 18182
token=$(grep -o 'token=[0-9a-f]*' "$work/open.log" | head -1 | cut -d= -f2)
[ -n "$token" ] || { echo "no generated token printed"; cat "$work/open.log"; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18182/)
[ "$code" = 401 ] || { echo "no token: answered $code"; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" http://127.0.0.1:18182/)
[ "$code" = 200 ] || { echo "with token: answered $code"; exit 1; }
echo "Workbench smoke run: every check passed"
