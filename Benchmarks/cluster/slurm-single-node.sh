#!/usr/bin/env bash
# A real Slurm cluster on this machine, for the sharded runs of samplan (docs/batch.md).
#
# 1. Installs slurm-wlm and munge with apt-get when they are missing (needs root).
# 2. Starts a single-node cluster: a generated munge key and munged, a generated slurm.conf with
#    this machine's hostname, CPUs and memory, slurmctld and slurmd on localhost; every state,
#    spool, log and socket file under one temporary folder, on free ports.
# 3. Runs `samplan batch` of the level-structuring scenarios once on the host, and as a job array
#    of 4 shards with `sbatch --array`; waits (bounded); runs `samplan merge`; compares the merged
#    folder with the single run (Benchmarks/cluster/compare_results.py). Then the same for the draws
#    of the uncertainty scenario (`samplan run --shard I/N`, SPEC §10): one part folder per task.
# 4. Stops the daemons and removes the temporary folder (KEEP=1 keeps it), also on failure.
#
# Usage: Benchmarks/cluster/slurm-single-node.sh [SAMPLAN]
#   SAMPLAN              the samplan binary (default .build/debug/samplan; built when missing)
#   SHARDS=4             array tasks
#   TIMEOUT=900          seconds to wait for the array job
#   SCENARIOS=Scenarios/nivastrukturering
#   UNCERTAIN=Scenarios/summer-2024-uncertain.yaml   the uncertainty scenario ("" skips that stage)
#   KEEP=1               keep the temporary folder (logs, results)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

samplan=${1:-.build/debug/samplan}
shards=${SHARDS:-4}
timeout_s=${TIMEOUT:-900}
scenarios=${SCENARIOS:-Scenarios/nivastrukturering}
uncertain=${UNCERTAIN-Scenarios/summer-2024-uncertain.yaml}

say() { printf '[slurm] %s\n' "$*"; }
fail() { printf '[slurm] FAILED: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

[ "$(id -u)" -eq 0 ] || fail "run as root: the script installs packages and starts slurmctld, slurmd and munged as root"
command -v python3 > /dev/null || fail "python3 is needed (free ports, result comparison)"

# --- 1. Packages ---------------------------------------------------------------------------------
missing=()
command -v slurmctld > /dev/null && command -v slurmd > /dev/null && command -v sbatch > /dev/null || missing+=(slurm-wlm)
command -v munged > /dev/null || missing+=(munge)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} ..."
  # The lock timeout lets a concurrent apt-get (another job on the machine) finish first.
  apt-get -o DPkg::Lock::Timeout=600 update -qq || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" \
    || fail "apt-get install ${missing[*]} failed"
fi
say "$(slurmctld -V), $(munged -V 2>&1 | awk '{print $1; exit}')"

if [ ! -x "$samplan" ]; then
  say "building samplan ..."
  swift build > /dev/null || fail "swift build failed"
fi
samplan=$(cd "$(dirname "$samplan")" && pwd)/$(basename "$samplan")

# --- 2. The cluster ------------------------------------------------------------------------------
work=$(mktemp -d /tmp/samplan-slurm.XXXXXX)
chmod 755 "$work"
mkdir -p "$work"/{munge,state,spool,logs,results}
chmod 755 "$work/munge"   # clients need to reach the socket; the key itself is 0400
pids=()
job=""
# Processes this run started below slurmd (slurmstepd, the jobs): they carry this marker.
marker="SAMPLAN_SLURM_RUN=$work"
ours() {
  local e pid
  for e in /proc/[0-9]*/environ; do
    pid=${e#/proc/}; pid=${pid%/environ}
    { tr '\0' '\n' < "$e"; } 2> /dev/null | grep -qxF "$marker" && echo "$pid"
  done
}
stop() { # PID...: TERM, up to 10 s, then KILL.
  local pid
  for pid in "$@"; do kill "$pid" 2> /dev/null; done
  for pid in "$@"; do
    for _ in $(seq 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2> /dev/null
  done
  return 0
}
cleanup() {
  local status=$?
  set +e
  if [ -n "$job" ]; then
    scancel "$job" 2> /dev/null
    # Let slurmd end the job's steps before it stops: a slurmstepd left without its slurmd lingers.
    for _ in $(seq 60); do [ -z "$(squeue -h -j "$job" -o '%i' 2> /dev/null)" ] && break; sleep 0.5; done
  fi
  # Stop only the daemons this script started, newest first, each before the next.
  for ((k = ${#pids[@]} - 1; k >= 0; k--)); do stop "${pids[k]}"; done
  local left
  left=$(ours)
  if [ -n "$left" ]; then say "stopping what the jobs left: $(echo $left)"; stop $left; fi
  if [ $status -ne 0 ]; then
    for log in "$work"/slurmctld.log "$work"/slurmd.log "$work"/munge/munged.log; do
      [ -s "$log" ] && { echo "--- last lines of $log"; tail -n 15 "$log"; }
    done
    for out in "$work"/logs/*; do [ -s "$out" ] && { echo "--- $out"; tail -n 20 "$out"; }; done
  fi
  if [ "${KEEP:-0}" = 1 ] || [ $status -ne 0 ]; then say "kept $work"; else rm -rf "$work"; fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # SECONDS WHAT COMMAND...: retry COMMAND every 0.5 s until it succeeds.
  local limit=$1 what=$2; shift 2
  local deadline=$(($(date +%s) + limit))
  until "$@" > /dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "$what did not happen within ${limit}s"
    sleep 0.5
  done
}

# munge: a fresh random key, the socket inside the temporary folder.
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
socket="$work/munge/munged.sock"
munged --foreground --force --key-file="$work/munge/munge.key" --socket="$socket" \
  --pid-file="$work/munge/munged.pid" --log-file="$work/munge/munged.log" --seed-file="$work/munge/munged.seed" \
  > "$work/logs/munged.stderr" 2>&1 &
pids+=($!)
wait_for 20 "munged starting" munge --socket="$socket" -n
munge --socket="$socket" -n | unmunge --socket="$socket" > /dev/null || fail "munge cannot decode its own credential"

# slurm.conf from this machine: short hostname, the CPUs this process may use, memory in MB.
host=$(hostname -s)
cpus=$(nproc)
memory=$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)
read -r port_ctld port_d < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
export SLURM_CONF="$work/slurm.conf"
cat > "$SLURM_CONF" << EOF
# Generated by Benchmarks/cluster/slurm-single-node.sh for a one-node test cluster.
ClusterName=samplan
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port_ctld
SlurmdPort=$port_d
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# No cgroups: a container has none to give, and one node needs no isolation. (slurmd logs that it
# cannot load the PMIx library for mpi/pmix: harmless, no MPI here.)
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SlurmdParameters=config_overrides
ReturnToService=2
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=samplan Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
say "cluster: node $host, $cpus CPUs, $memory MB; slurmctld :$port_ctld, slurmd :$port_d; $work"

start=$(now)
slurmctld -D -c -f "$SLURM_CONF" > "$work/logs/slurmctld.stderr" 2>&1 &
pids+=($!)
wait_for 30 "slurmctld answering" scontrol ping
env "$marker" slurmd -D -N "$host" -f "$SLURM_CONF" > "$work/logs/slurmd.stderr" 2>&1 &
pids+=($!)
node_idle() { sinfo -h -n "$host" -o '%t' | grep -qx 'idle'; }
wait_for 60 "node $host becoming idle" node_idle
say "cluster up in $(since "$start") s"

# --- 3. The batch: once on the host, then as a job array -----------------------------------------
single="$work/results/single"
start=$(now)
"$samplan" batch "$scenarios" --out "$single" > "$work/logs/single.out" 2>&1 \
  || fail "the single batch failed (exit $?): $(tail -n 5 "$work/logs/single.out")"
single_seconds=$(since "$start")
say "single batch: $(tail -n 1 "$work/logs/single.out") in $single_seconds s"

parts="$work/results/parts"
run_array() { # NAME COMMAND-LINE: submit COMMAND-LINE ($ID in it is the task's index) as an array
  # of $shards tasks, wait (bounded), and fail unless every task completed with exit 0.
  local name=$1 line=$2 deadline states bad
  cat > "$work/$name.sbatch" << EOF
#!/bin/bash
#SBATCH --job-name=$name
#SBATCH --array=1-$shards
#SBATCH --cpus-per-task=1
#SBATCH --time=00:30:00
#SBATCH --chdir=$repo
#SBATCH --output=$work/logs/$name-%a.out
set -euo pipefail
ID=\${SLURM_ARRAY_TASK_ID}
exec $line
EOF
  start=$(now)
  job=$(env "$marker" sbatch --parsable "$work/$name.sbatch") || fail "sbatch refused the job"
  job=${job%%;*}
  say "submitted array job $job ($name, $shards tasks)"
  deadline=$(($(date +%s) + timeout_s))
  until [ -z "$(squeue -h -j "$job" -o '%i' 2> /dev/null)" ]; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
      squeue -j "$job" -o '%i %T %r' >&2 || true
      fail "the array job did not finish within ${timeout_s}s"
    fi
    sleep 1
  done
  array_seconds=$(since "$start")
  states=$(scontrol show job "$job" -o | grep -o 'JobState=[A-Z_]* .*ExitCode=[0-9:]*' | sed -E 's/JobState=([A-Z_]+).*ExitCode=([0-9:]+)/\1 \2/' | sort | uniq -c)
  say "array job $job finished in $array_seconds s: $(echo "$states" | tr -s ' \n' ' ')"
  bad=$(scontrol show job "$job" -o | grep -c -v 'JobState=COMPLETED .*ExitCode=0:0' || true)
  [ "$bad" -eq 0 ] || fail "$bad array task(s) did not complete with exit 0"
  job=""
}
run_array samplan-batch "\"$samplan\" batch \"$scenarios\" --shard \$ID/$shards --jobs \${SLURM_CPUS_PER_TASK:-1} --out \"$parts\" --force"
batch_array_seconds=$array_seconds
ls "$parts"/shard-*-of-"$shards".json > /dev/null || fail "no shard manifests in $parts"

merged="$work/results/merged"
start=$(now)
"$samplan" merge "$parts" --out "$merged" || fail "samplan merge failed (exit $?)"
merge_seconds=$(since "$start")
say "merge in $merge_seconds s"
python3 Benchmarks/cluster/compare_results.py "$single" "$merged" || fail "the merged folder differs from the single batch"
summary="single batch $single_seconds s; array of $shards on $cpus CPUs $batch_array_seconds s; merge $merge_seconds s"

# --- 4. The uncertainty draws: once on the host, then as a job array -----------------------------
if [ -n "$uncertain" ]; then
  usingle="$work/results/uncertain-single"
  start=$(now)
  "$samplan" run "$uncertain" --out "$usingle" > "$work/logs/uncertain-single.out" 2>&1 \
    || fail "the single uncertainty run failed (exit $?): $(tail -n 5 "$work/logs/uncertain-single.out")"
  usingle_seconds=$(since "$start")
  say "single uncertainty run of $uncertain in $usingle_seconds s"
  uparts="$work/results/uncertain-parts"
  run_array samplan-draws "\"$samplan\" run \"$uncertain\" --shard \$ID/$shards --jobs \${SLURM_CPUS_PER_TASK:-1} --out \"$uparts/part-\$ID\" --force"
  uarray_seconds=$array_seconds
  umerged="$work/results/uncertain-merged"
  start=$(now)
  "$samplan" merge "$uparts"/part-* --out "$umerged" || fail "samplan merge of the draws failed (exit $?)"
  umerge_seconds=$(since "$start")
  say "merge of the draws in $umerge_seconds s"
  python3 Benchmarks/cluster/compare_results.py "$usingle" "$umerged" || fail "the merged draws differ from the single run"
  summary="$summary; draws: single run $usingle_seconds s, array $uarray_seconds s, merge $umerge_seconds s"
fi

say "OK: $summary"
