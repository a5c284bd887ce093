#!/usr/bin/env bash
# Builds the libFuzzer binary and runs each fuzz target for a bounded time.
#
#   fuzz/run.sh [seconds] [target...]     default: 60 seconds each, every target
#
# Targets: yaml xml json schema config (fuzz/README.md says what each exercises).
# FUZZ_JOBS=2 runs two targets at a time. New inputs libFuzzer finds go to fuzz/new/
# (not committed); crashes, timeouts and out-of-memory inputs to fuzz/artifacts/. The
# script exits non-zero when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml xml json schema config)
jobs="${FUZZ_JOBS:-1}"
scratch=.build-fuzz

# With -O, Swift 6.3's -sanitize=fuzzer links libFuzzer but leaves the code without
# coverage counters (libFuzzer then says "no interesting inputs"), so the coverage
# instrumentation is asked for explicitly.
build=(swift build -c release --sanitize=fuzzer --sanitize=address --scratch-path "$scratch" --product EAFFuzz
       -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp)
EAF_FUZZ=1 "${build[@]}"
binary="$(EAF_FUZZ=1 "${build[@]}" --show-bin-path)/EAFFuzz"
if ! nm "$binary" | grep __sancov_cntrs >/dev/null; then
  echo "fuzz: $binary has no coverage counters; libFuzzer would fuzz blind" >&2
  exit 2
fi

mkdir -p fuzz/new fuzz/artifacts fuzz/logs

# Bounds every input must stay within: 10 s, 2 GiB, and inputs up to 64 KiB (the
# readers' own limits are far above what is useful to mutate).
run_target() {
  local target="$1"
  mkdir -p "fuzz/new/$target"
  local status=0
  # Swift's runtime keeps metadata caches alive to the end of the process; they are
  # not leaks, and LeakSanitizer cannot tell them apart, so leak checks are off.
  EAF_FUZZ_TARGET="$target" ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1" \
    "$binary" "fuzz/new/$target" "fuzz/corpus/$target" \
    -dict="fuzz/dict/$target.dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="fuzz/artifacts/$target-" -print_final_stats=1 \
    >"fuzz/logs/$target.log" 2>&1 || status=$?
  local stats
  stats="$(grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "fuzz/logs/$target.log" | tr '\n' ' ')"
  if [ $status -eq 0 ]; then
    echo "fuzz $target: clean after ${seconds}s: $stats"
  else
    echo "fuzz $target: FOUND SOMETHING (status $status), see fuzz/logs/$target.log and fuzz/artifacts/"
    grep -E 'ERROR|SUMMARY|Fatal error|Test unit written' "fuzz/logs/$target.log" | head -5
  fi
  return $status
}

failed=0
pids=()
for target in "${targets[@]}"; do
  run_target "$target" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
exit $failed
