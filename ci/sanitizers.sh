#!/usr/bin/env bash
# The loader, the readers and the rules under AddressSanitizer, and the parallel paths
# (the loader, the rules, `eaf schema check`, the conformance report and graph writing,
# each on four threads) under ThreadSanitizer.
# Each sanitizer has its own build folder; any report fails the script.
#
#   ci/sanitizers.sh [address|thread]...    default: both
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)

# Any report ends the process with an error status, so a step with one fails.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=0:strict_string_checks=1:detect_stack_use_after_return=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
export UBSAN_OPTIONS="halt_on_error=1"
# The sanitizers bring their own allocator, which must see every block: no mimalloc (Package.swift).
export EAF_SYSTEM_MALLOC=1

# The loader, reader, decoder, rule and message-schema tests. The 100,000-file test is
# left to the plain run: under the sanitizer it only re-runs the same code more slowly.
tests='RepositoryLoaderTests|HostileRepositoryTests|YAMLReaderTests|XMLModelReaderTests|ElementDecoderTests|PropertyTests|FuzzRegressionTests|HostileSchemaTests|RuleExamplesTests|IntegrityOverlapTests|ReferenceMaterialTests|HostilePathTests|XSDSchemaTests|JSONMessageSchemaTests|JSONReaderTests|ReferenceTests'

step() { echo "sanitizers: $*"; }

run_eaf() {
  local eaf="$1"
  "$eaf" validate examples/kyrgyz-egov --threads 4 --format json --output /dev/null --fail-on never
  "$eaf" validate examples/broken --threads 4 --fail-on never >/dev/null
  "$eaf" validate examples/minimal --threads 1 --fail-on never >/dev/null
  "$eaf" schema check --threads 4 --interface grs.person-by-pin --model examples/kyrgyz-egov >/dev/null
  "$eaf" schema check --threads 4 examples/kyrgyz-egov/messages --fail-on never \
    --schema examples/kyrgyz-egov/messages/grs/person-by-pin/schema.xsd >/dev/null
  "$eaf" schema check --threads 4 examples/kyrgyz-egov/messages --fail-on never \
    --schema examples/kyrgyz-egov/messages/grs/address-by-id/schema.json >/dev/null
  # Large enough for the report to assess and write its lists in runs on every thread.
  local generated
  generated=$(mktemp -d)
  "$eaf" generate "$generated/repo" --elements 1500 --seed 1 >/dev/null 2>&1
  "$eaf" report "$generated/repo" --threads 4 --format json --as-of 2026-12-01 --output /dev/null
  "$eaf" graph "$generated/repo" --threads 4 --view all --output /dev/null
  rm -rf "$generated"
}

for sanitizer in "${sanitizers[@]}"; do
  scratch=".build-$sanitizer"
  case "$sanitizer" in
    address)
      step "AddressSanitizer: build with tests"
      swift build --sanitize=address --scratch-path "$scratch" --build-tests
      step "AddressSanitizer: loader, reader, rule and message tests"
      swift test --sanitize=address --scratch-path "$scratch" --skip-build --filter "$tests" \
        --skip aHundredThousandTinyFilesAreAllAccountedFor
      step "AddressSanitizer: eaf on the examples"
      run_eaf "$scratch/debug/eaf"
      ;;
    thread)
      # Only the command is built: the parallel paths are all reached through it, and
      # building every test target again would double the time for no other race.
      step "ThreadSanitizer: build eaf"
      swift build --sanitize=thread --scratch-path "$scratch" --product eaf
      step "ThreadSanitizer: parallel loading, rules, schema check, report and graph"
      run_eaf "$scratch/debug/eaf"
      ;;
    *)
      echo "unknown sanitizer '$sanitizer' (address or thread)" >&2
      exit 64
      ;;
  esac
done
step "clean"
