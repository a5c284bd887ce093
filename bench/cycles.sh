#!/usr/bin/env bash
# A cost of one eaf run that does not wander with the machine: callgrind's count of
# instructions and its cache model's misses, joined into its cycle estimate
# (instructions + 10 × first-level misses + 100 × last-level misses, as KCachegrind
# weighs them). Instructions alone miss what reference counts and first touches of new
# memory cost; timings on a shared virtual machine move by more than one change saves.
# Compare binaries on the same repository and the same machine: the cache model takes its
# sizes from the processor it runs on.
#
# Usage: bench/cycles.sh EAF REPOSITORY [eaf validate options…]
#   e.g. bench/cycles.sh .build/release/eaf DIR --rule INT001
#   (DIR a repository from `eaf generate DIR --elements 2000 --seed 1 --xml-share 0`)
# Needs valgrind and python3. Runs `eaf validate REPOSITORY --threads 1 --as-of 2026-12-01`
# with SWIFT_DETERMINISTIC_HASHING=1, so that the same binary counts the same each time.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/cycles.sh EAF REPOSITORY [eaf validate options…]" >&2; exit 64; }
eaf=$1
repository=$2
shift 2
out=$(mktemp "${TMPDIR:-/tmp}/eaf-cycles.XXXXXX")
trap 'rm -f "$out" "$out.log"' EXIT
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --cache-sim=yes --callgrind-out-file="$out" \
    "$eaf" validate "$repository" --threads 1 --as-of 2026-12-01 "$@" > /dev/null 2> "$out.log" || {
    status=$?
    # eaf exits 1 when it finds something: the run still counts.
    # Anything else: eaf's own message, without valgrind's.
    [ "$status" = 1 ] || { grep -v -e '^==[0-9]*==' -e '^--[0-9]*--' "$out.log" >&2; exit "$status"; }
}
python3 - "$out" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
names = re.search(r"^events: (.*)$", text, re.M).group(1).split()
totals = [int(x) for x in re.search(r"^(?:summary|totals): (.*)$", text, re.M).group(1).split()]
e = dict(zip(names, totals))
first = e["I1mr"] + e["D1mr"] + e["D1mw"]
last = e["ILmr"] + e["DLmr"] + e["DLmw"]
estimate = e["Ir"] + 10 * first + 100 * last
print(f"instructions {e['Ir'] / 1e6:,.1f} M, first-level misses {first / 1e3:,.0f} k "
      f"(data reads {e['D1mr'] / 1e3:,.0f} k), last-level misses {last / 1e3:,.0f} k, "
      f"cycle estimate {estimate / 1e6:,.1f} M")
PY
