#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer and AddressSanitizer (issue 15), Linux only.
#
#   Tests/Fuzz/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      (default 20 s; targets csv scenario model)
#
# Builds each target with `swiftc -sanitize=fuzzer,address` from the package's own sources (not
# through SwiftPM, so the library code itself is instrumented): PlanningData; Yams (from
# .build/checkouts, so run `swift build` once first), Uncertainty and Scenario; LinearProgramming and
# GLPKBackend. The seed corpus comes from Tests/Fixtures (CSV feeds, scenario files, netlib MPS)
# and Tests/Fuzz/regressions (every crash found, kept as a test). Runs each target for the given
# time; the found-crash files are kept in .build/fuzz/artifacts/. Prints the executions and the
# crashes per target; exits non-zero when a target crashed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SECONDS_EACH=${1:-20}
shift || true
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=(csv scenario model); fi
OUT=$ROOT/.build/fuzz
mkdir -p "$OUT/lib" "$OUT/obj" "$OUT/artifacts"
YAMS=$ROOT/.build/checkouts/Yams/Sources
if [ ! -d "$YAMS" ]; then swift package resolve > /dev/null; fi

# Library modules: coverage and ASan instrumentation, no libFuzzer main.
INSTR=(-sanitize=fuzzer,address -O -g -parse-as-library -swift-version 6)
module() {  # module NAME SOURCE_DIR [extra swiftc flags...]
  local name=$1 dir=$ROOT/$2; shift 2
  local stamp="$OUT/lib/lib$name.a"
  local sources
  sources=$(find "$dir" -name '*.swift' | sort)
  if [ "$name" = PlanningData ]; then
    # swift-crypto is not built with swiftc here: a stand-in with the same API (see the file).
    sources=$(echo "$sources" | grep -v '/Support/SHA256.swift$'; echo "$ROOT/Tests/Fuzz/SHA256StandIn.swift")
  fi
  if [ -f "$stamp" ] && [ -z "$(find "$dir" -name '*.swift' -newer "$stamp" | head -1)" ]; then return; fi
  echo "fuzz: building $name"
  # shellcheck disable=SC2086
  (cd "$OUT/obj" && swiftc "${INSTR[@]}" -emit-library -static -module-name "$name" \
    -emit-module -emit-module-path "$OUT/lib/$name.swiftmodule" -I "$OUT/lib" "$@" \
    $sources -o "$stamp")
}

build_yams() {
  [ -f "$OUT/lib/libCYaml.a" ] || {
    echo "fuzz: building CYaml"
    for c in "$YAMS"/CYaml/src/*.c; do
      clang -c -O1 -g -DYAML_DECLARE_STATIC -fsanitize=fuzzer-no-link,address -I "$YAMS/CYaml/include" "$c" -o "$OUT/obj/cyaml-$(basename "$c" .c).o"
    done
    ar rcs "$OUT/lib/libCYaml.a" "$OUT"/obj/cyaml-*.o
  }
  [ -f "$OUT/lib/libYams.a" ] && return
  echo "fuzz: building Yams"
  (cd "$OUT/obj" && swiftc -sanitize=fuzzer,address -O -g -parse-as-library -swift-version 5 -D SWIFT_PACKAGE \
    -emit-library -static -module-name Yams -emit-module -emit-module-path "$OUT/lib/Yams.swiftmodule" \
    -Xcc -DYAML_DECLARE_STATIC -Xcc -fmodule-map-file="$YAMS/CYaml/include/module.modulemap" -I "$YAMS/CYaml/include" \
    $(find "$YAMS/Yams" -name '*.swift' | sort) -o "$OUT/lib/libYams.a")
}

target() {  # target NAME FILE LIBS...
  local name=$1 file=$2; shift 2
  echo "fuzz: linking fuzz-$name"
  swiftc -sanitize=fuzzer,address -O -g -parse-as-library -swift-version 6 -I "$OUT/lib" -L "$OUT/lib" \
    -Xcc -fmodule-map-file="$YAMS/CYaml/include/module.modulemap" -I "$ROOT/Sources/CGLPK" \
    "$file" "$@" -o "$OUT/fuzz-$name"
}

corpus() {  # corpus NAME PATTERN... : a fresh copy of the seeds
  local name=$1; shift
  local dir="$OUT/corpus-$name"
  mkdir -p "$dir"
  for pattern in "$@"; do
    find $pattern -type f 2>/dev/null | while read -r f; do
      [ "$(stat -c %s "$f")" -le 200000 ] && cp "$f" "$dir/$(echo "$f" | tr '/ ' '__')"
    done
  done
  [ -d "Tests/Fuzz/regressions/$name" ] && cp Tests/Fuzz/regressions/"$name"/* "$dir/" 2>/dev/null || true
  echo "$dir"
}

module SamplanSupport Sources/SamplanSupport
module PlanningData Sources/PlanningData
for t in "${TARGETS[@]}"; do
  case $t in
    csv) target csv Tests/Fuzz/FuzzCSV.swift -lPlanningData -lSamplanSupport ;;
    scenario)
      build_yams
      module Uncertainty Sources/Uncertainty
      module Scenario Sources/Scenario -Xcc -fmodule-map-file="$YAMS/CYaml/include/module.modulemap"
      target scenario Tests/Fuzz/FuzzScenario.swift -lScenario -lUncertainty -lPlanningData -lSamplanSupport -lYams -lCYaml ;;
    model)
      module LinearProgramming Sources/LinearProgramming
      module GLPKBackend Sources/GLPKBackend -I "$ROOT/Sources/CGLPK"
      target model Tests/Fuzz/FuzzModelFile.swift -lGLPKBackend -lLinearProgramming -lSamplanSupport -lglpk ;;
    *) echo "unknown target $t (csv, scenario, model)"; exit 64 ;;
  esac
done

status=0
for t in "${TARGETS[@]}"; do
  case $t in
    csv) seeds=$(corpus csv "Tests/Fixtures/datasets" "Scenarios/pricelists") ;;
    scenario) seeds=$(corpus scenario "Tests/Fixtures/scenarios" "Scenarios/*.yaml" "Scenarios/nivastrukturering") ;;
    model) seeds=$(corpus model "Tests/Fixtures/netlib/afiro.mps" "Tests/Fixtures/netlib/sc50a.mps" "Tests/Fixtures/netlib/blend.mps" "Tests/Fixtures/netlib/kb2.mps") ;;
  esac
  log="$OUT/fuzz-$t.log"
  set +e
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
    "$OUT/fuzz-$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$OUT/artifacts/$t-" -print_final_stats=1 "$seeds" > "$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  crashes=$(ls "$OUT/artifacts" | grep -c "^$t-" || true)
  echo "fuzz-$t: ${SECONDS_EACH}s, $runs executions, exit $rc, crash files so far: $crashes"
  if [ $rc -ne 0 ]; then
    status=1
    grep -E "ERROR|==[0-9]+==|Fatal error|Test unit written" "$log" | head -20
  fi
done
exit $status
