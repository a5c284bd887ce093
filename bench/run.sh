#!/usr/bin/env bash
# Benchmarks eaf in release mode on generated national repositories.
#
# For each size it writes a repository with the release `eaf generate` into a scratch
# folder outside the project, then measures, interleaved round by round so that a
# change in the machine's load hits every command alike, and in the reverse order every
# other round, so that no command always comes first, after the files have lain unread
# (this virtual machine drops page cache it sees as cold, and the first reader waits):
#
#   floor              libyaml's event parser alone over the same .yaml files (bench/floor.c)
#   load -t1, load     eaf list --kind Platform (loading the whole model, printing little),
#                      on one thread and on all cores
#   validate -t1       eaf validate --threads 1
#   validate           eaf validate on all cores
#   graph              eaf graph (the systems view, DOT)
#   graph all          eaf graph --view all (DOT)
#   report             eaf report --format json (skipped, with a note, when the build has no
#                      such command)
#   report html        eaf report --format html, the default: Graphviz lays out the
#                      organisations graph up to 200 organisations and 600 links (about
#                      4,000 elements here)
#   xmllint            xmllint --noout over the XML model files
#
# wall time, CPU time (user + system) and peak memory (/usr/bin/time), the median of
# the runs, and prints Markdown tables: each command as a multiple of the floor, the
# repository's size on disk, and the growth to the largest size from the size a tenth of
# it (else from the second-largest).
#
# The speed goals of #8 name 20,000 YAML elements: a repository of that size with no XML
# share is measured apart (floor, `eaf validate --threads 1`, `eaf validate`), so that eaf
# is set against a floor that reads the same model files it does.
#
# Growth is measured apart as well: the sizes above are measured one after the other, and
# the machine's drift between the first and the last (minutes apart) is as large as the
# growth judged, so both sizes of the growth goal also run in the same rounds.
#
# Settings (environment):
#   SIZES="1000 10000 20000 100000"   elements per repository
#   RUNS=5                      runs per command for sizes below LARGE
#   LARGE=50000 LARGE_RUNS=3    fewer runs from this size up, to stay near ten minutes
#   BUDGET=600                  seconds: past it, a size gets no more runs once it has two
#                               (a busy machine would otherwise take far longer)
#   XML_SHARE=0.1 SEED=1        passed to eaf generate
#   SCRATCH=${TMPDIR:-/tmp}/eaf-bench   where repositories and the floor binary go
#   AS_OF=2026-12-01            the date the generated repositories are valid on
#   REPORT_FORMAT=json          the format of the first report row (html, markdown or json)
#   GOAL_SIZE=20000             elements of the YAML-only repository for the goals (empty: skip)
#   GOAL_RUNS=15                rounds for the goals: three short commands, and the
#                               machine's drift is larger than the differences they judge
#   GROWTH_RUNS=5               rounds of the growth measurement (0: skip): the floor and
#                               `eaf validate` on one thread and on all cores, at the largest
#                               size and the size a tenth of it, both sizes in each round
#
# Usage: bench/run.sh            (from anywhere; builds the release binary first)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
SIZES=${SIZES:-"1000 10000 20000 100000"}
RUNS=${RUNS:-5}
LARGE=${LARGE:-50000}
LARGE_RUNS=${LARGE_RUNS:-3}
GOAL_RUNS=${GOAL_RUNS:-15}
GROWTH_RUNS=${GROWTH_RUNS:-5}
BUDGET=${BUDGET:-600}
XML_SHARE=${XML_SHARE:-0.1}
SEED=${SEED:-1}
SCRATCH=${SCRATCH:-${TMPDIR:-/tmp}/eaf-bench}
AS_OF=${AS_OF:-2026-12-01}
REPORT_FORMAT=${REPORT_FORMAT:-json}
GOAL_SIZE=${GOAL_SIZE-20000}

for tool in /usr/bin/time cc xmllint; do
    command -v "$tool" > /dev/null || { echo "bench: $tool is missing (apt-get install time gcc libxml2-utils)" >&2; exit 2; }
done
case "$SCRATCH" in
    "$root"|"$root"/*) echo "bench: SCRATCH must be outside the project ($SCRATCH)" >&2; exit 2 ;;
esac
mkdir -p "$SCRATCH"

echo "bench: building the release binary" >&2
(cd "$root" && swift build -c release --product eaf > "$SCRATCH/build.log" 2>&1) || { cat "$SCRATCH/build.log" >&2; exit 2; }
eaf="$root/.build/release/eaf"
cc -O2 -o "$SCRATCH/floor" "$root/bench/floor.c" -lyaml

has_report=0
# (`eaf report --help` prints the top-level help when there is no such subcommand.)
if "$eaf" --help | grep -qE '^  report( |$)'; then has_report=1; fi

# One measurement: appends "wall cpu peakKB" of the command to the file $1.
measure() {
    local out=$1
    shift
    local stats
    stats=$(mktemp)
    if ! /usr/bin/time -o "$stats" -f '%e %U %S %M' "$@" > /dev/null 2> "$stats.err"; then
        echo "bench: failed: $*" >&2
        cat "$stats.err" >&2
        exit 1
    fi
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$stats" >> "$out"
    rm -f "$stats" "$stats.err"
}

# Writes a repository of $2 elements with XML share $3 into $1, unless the one there is
# from the same settings and binary.
generate() {
    local repo=$1 size=$2 share=$3
    local stamp="$size $SEED $share $AS_OF $(stat -c %Y "$eaf")"
    if [ ! -f "$repo/.bench-stamp" ] || [ "$(cat "$repo/.bench-stamp")" != "$stamp" ]; then
        rm -rf "$repo"
        echo "bench: generating $size elements (XML share $share)" >&2
        "$eaf" generate "$repo" --elements "$size" --seed "$SEED" --xml-share "$share" --reference-date "$AS_OF" 2> /dev/null
        echo "$stamp" > "$repo/.bench-stamp"
    fi
}

# The arguments in the reverse order, one a line: every other round runs its commands so.
reversed() {
    local i
    for ((i = $#; i > 0; i--)); do printf '%s\n' "${!i}"; done
}

# The median of column $2 of file $1.
median() {
    awk -v column="$2" '{ print $column }' "$1" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

labels=(floor load-t1 load validate-t1 validate graph graph-all)
[ "$has_report" = 1 ] && labels+=(report report-html)
labels+=(xmllint)

# One command of a size's round, by its label: $2 the repository, $3 the results folder.
measure_size() {
    local label=$1 repo=$2 results=$3
    case $label in
        floor) measure "$results/floor" "$SCRATCH/floor" "$repo" ;;
        # Loading alone: `eaf list` of one small kind reads, decodes and links the whole
        # model and prints a few lines.
        load-t1) measure "$results/load-t1" "$eaf" list "$repo" --kind Platform --threads 1 ;;
        load) measure "$results/load" "$eaf" list "$repo" --kind Platform ;;
        # --fail-on info: a generated repository validates clean, and if it does not the
        # timings would measure the wrong thing, so any finding stops the benchmark.
        validate-t1) measure "$results/validate-t1" "$eaf" validate "$repo" --as-of "$AS_OF" --fail-on info --threads 1 ;;
        validate) measure "$results/validate" "$eaf" validate "$repo" --as-of "$AS_OF" --fail-on info ;;
        graph) measure "$results/graph" "$eaf" graph "$repo" ;;
        graph-all) measure "$results/graph-all" "$eaf" graph "$repo" --view all ;;
        report) measure "$results/report" "$eaf" report "$repo" --format "$REPORT_FORMAT" --as-of "$AS_OF" --output /dev/null ;;
        report-html) measure "$results/report-html" "$eaf" report "$repo" --format html --as-of "$AS_OF" --output /dev/null ;;
        xmllint) measure "$results/xmllint" sh -c "xargs -0 -r xmllint --noout < '$SCRATCH/xml-files'" ;;
    esac
}

# The growth tables compare the largest size with the size a tenth of it (else the
# second-largest).
read -ra sizes <<< "$SIZES"
small="" large=""
if [ "${#sizes[@]}" -ge 2 ]; then
    small=${sizes[${#sizes[@]} - 2]}
    large=${sizes[${#sizes[@]} - 1]}
    for size in "${sizes[@]}"; do
        if [ $((size * 10)) -eq "$large" ]; then small=$size; fi
    done
fi

declare -A summary
started=$SECONDS
for size in $SIZES; do
    repo="$SCRATCH/repo-$size"
    generate "$repo" "$size" "$XML_SHARE"
    find "$repo/model" -name '*.xml' -print0 > "$SCRATCH/xml-files"

    runs=$RUNS
    [ "$size" -ge "$LARGE" ] && runs=$LARGE_RUNS
    results="$SCRATCH/results-$size"
    rm -rf "$results"
    mkdir -p "$results"
    done_runs=0
    for run in $(seq "$runs"); do
        if [ "$done_runs" -ge 2 ] && [ $((SECONDS - started)) -ge "$BUDGET" ]; then
            echo "bench: past the budget of $BUDGET s; $size elements stop at $done_runs runs" >&2
            break
        fi
        echo "bench: $size elements, run $run of $runs" >&2
        if [ $((run % 2)) = 1 ]; then order=("${labels[@]}"); else mapfile -t order < <(reversed "${labels[@]}"); fi
        for label in "${order[@]}"; do measure_size "$label" "$repo" "$results"; done
        done_runs=$run
    done
    for label in "${labels[@]}"; do
        summary[$size,$label]="$(median "$results/$label" 1) $(median "$results/$label" 2) $(median "$results/$label" 3)"
    done
    summary[$size,runs]=$done_runs
    summary[$size,disk]=$(du -sk --apparent-size "$repo" | cut -f1)
    summary[$size,yaml]=$(find "$repo/model" -name '*.yaml' | wc -l)
    summary[$size,xml]=$(tr -cd '\0' < "$SCRATCH/xml-files" | wc -c)
    summary[$size,messages]=$(find "$repo/messages" -type f | wc -l)
done

# The goals' repository: YAML only, measured after the sizes, interleaved like them.
if [ -n "$GOAL_SIZE" ]; then
    repo="$SCRATCH/yaml-$GOAL_SIZE"
    generate "$repo" "$GOAL_SIZE" 0
    results="$SCRATCH/results-yaml-$GOAL_SIZE"
    rm -rf "$results"
    mkdir -p "$results"
    for run in $(seq "$GOAL_RUNS"); do
        echo "bench: $GOAL_SIZE YAML-only elements, run $run of $GOAL_RUNS" >&2
        goal_labels=(floor validate-t1 validate)
        if [ $((run % 2)) = 0 ]; then goal_labels=(validate validate-t1 floor); fi
        for label in "${goal_labels[@]}"; do measure_size "$label" "$repo" "$results"; done
    done
    for label in floor validate-t1 validate; do
        summary[goal,$label]="$(median "$results/$label" 1) $(median "$results/$label" 2) $(median "$results/$label" 3)"
        # Each round's time over the floor's in the same round: the median of those
        # cancels out the machine's drift between rounds.
        paste -d ' ' "$results/$label" "$results/floor" | awk '$4 > 0 { print $1 / $4 }' > "$results/$label.paired"
        summary[goal,$label,paired]=$(median "$results/$label.paired" 1)
    done
    summary[goal,disk]=$(du -sk --apparent-size "$repo/model" | cut -f1)
    summary[goal,yaml]=$(find "$repo/model" -name '*.yaml' | wc -l)
fi

# Growth, interleaved: each round runs the three commands at both sizes, every other
# round in the reverse order; "round by round" is the median of each round's large time
# over its small one.
growth_labels=(floor validate-t1 validate)
if [ -n "$large" ] && [ "$GROWTH_RUNS" -gt 0 ]; then
    results="$SCRATCH/results-growth"
    rm -rf "$results"
    mkdir -p "$results/$small" "$results/$large"
    steps=()
    for size in "$small" "$large"; do
        for label in "${growth_labels[@]}"; do steps+=("$size:$label"); done
    done
    for run in $(seq "$GROWTH_RUNS"); do
        echo "bench: growth from $small to $large elements, run $run of $GROWTH_RUNS" >&2
        if [ $((run % 2)) = 1 ]; then order=("${steps[@]}"); else mapfile -t order < <(reversed "${steps[@]}"); fi
        for step in "${order[@]}"; do
            measure_size "${step#*:}" "$SCRATCH/repo-${step%%:*}" "$results/${step%%:*}"
        done
    done
    for label in "${growth_labels[@]}"; do
        summary[growth,$label]="$(median "$results/$small/$label" 1) $(median "$results/$large/$label" 1)"
        paste -d ' ' "$results/$large/$label" "$results/$small/$label" | awk '$4 > 0 { print $1 / $4 }' > "$results/$label.paired"
        summary[growth,$label,paired]=$(median "$results/$label.paired" 1)
    done
fi

name() {
    case $1 in
        floor) echo "floor (libyaml events, 1 thread)" ;;
        load-t1) echo "load (\`eaf list --kind Platform --threads 1\`)" ;;
        load) echo "load (\`eaf list --kind Platform\`, $(nproc) threads)" ;;
        validate-t1) echo "\`eaf validate --threads 1\`" ;;
        validate) echo "\`eaf validate\` ($(nproc) threads)" ;;
        graph) echo "\`eaf graph\` (systems view)" ;;
        graph-all) echo "\`eaf graph --view all\`" ;;
        report) echo "\`eaf report --format $REPORT_FORMAT\`" ;;
        report-html) echo "\`eaf report\` (HTML, the default)" ;;
        xmllint) echo "\`xmllint --noout\` (XML share)" ;;
    esac
}

echo
echo "Repositories written by \`eaf generate --seed $SEED --xml-share $XML_SHARE\`, valid as of $AS_OF; medians of the runs."
echo
echo "| elements | model files (YAML + XML) | message files | size on disk | runs | command | wall s | CPU s | peak MB | peak ×size | wall ×floor | CPU ×floor |"
echo "|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"
for size in $SIZES; do
    read -r floor_wall floor_cpu _ <<< "${summary[$size,floor]}"
    files="${summary[$size,yaml]} + ${summary[$size,xml]}"
    disk=$(awk -v k="${summary[$size,disk]}" 'BEGIN { printf "%.1f MB", k / 1024 }')
    first=1
    for label in "${labels[@]}"; do
        read -r wall cpu peak <<< "${summary[$size,$label]}"
        ratio_wall=$(awk -v a="$wall" -v b="$floor_wall" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "–" }')
        ratio_cpu=$(awk -v a="$cpu" -v b="$floor_cpu" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "–" }')
        [ "$label" = xmllint ] && { ratio_wall="–"; ratio_cpu="–"; }
        peak_mb=$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')
        peak_ratio=$(awk -v k="$peak" -v d="${summary[$size,disk]}" 'BEGIN { printf "%.1f", k / d }')
        if [ $first = 1 ]; then
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n" "$size" "$files" "${summary[$size,messages]}" "$disk" "${summary[$size,runs]}" "$(name "$label")" "$wall" "$cpu" "$peak_mb" "$peak_ratio" "$ratio_wall" "$ratio_cpu"
            first=0
        else
            printf "| | | | | | %s | %s | %s | %s | %s | %s | %s |\n" "$(name "$label")" "$wall" "$cpu" "$peak_mb" "$peak_ratio" "$ratio_wall" "$ratio_cpu"
        fi
    done
done

if [ -n "$large" ]; then
    factor=$(awk -v a="$large" -v b="$small" 'BEGIN { printf "%g", a / b }')
    echo
    echo "Growth from $small to $large elements (×$factor elements; linear would be ×$factor), each size's medians from its own runs above:"
    echo
    echo "| command | wall | CPU | peak memory |"
    echo "|---|---:|---:|---:|"
    for label in "${labels[@]}"; do
        read -r wall_s cpu_s peak_s <<< "${summary[$small,$label]}"
        read -r wall_l cpu_l peak_l <<< "${summary[$large,$label]}"
        awk -v n="$(name "$label")" -v a="$wall_l" -v b="$wall_s" -v c="$cpu_l" -v d="$cpu_s" -v e="$peak_l" -v f="$peak_s" \
            'function r(x, y) { return y > 0 ? sprintf("×%.1f", x / y) : "–" } BEGIN { printf "| %s | %s | %s | %s |\n", n, r(a, b), r(c, d), r(e, f) }'
    done
fi

if [ -n "$large" ] && [ "$GROWTH_RUNS" -gt 0 ]; then
    echo
    echo "Growth from $small to $large elements measured in the same rounds, $GROWTH_RUNS rounds (wall time; linear would be ×$factor):"
    echo
    echo "| command | wall s at $small | wall s at $large | growth, medians | growth, round by round | goal |"
    echo "|---|---:|---:|---:|---:|---:|"
    for label in "${growth_labels[@]}"; do
        read -r wall_s wall_l <<< "${summary[growth,$label]}"
        goal=""
        [ "$label" != floor ] && [ "$factor" = 10 ] && goal="≤ ×11"
        awk -v n="$(name "$label")" -v a="$wall_l" -v b="$wall_s" -v p="${summary[growth,$label,paired]}" -v g="$goal" \
            'BEGIN { printf "| %s | %s | %s | %s | ×%.1f | %s |\n", n, b, a, (b > 0 ? sprintf("×%.1f", a / b) : "–"), p, g }'
    done
fi

if [ -n "$GOAL_SIZE" ]; then
    read -r floor_wall floor_cpu _ <<< "${summary[goal,floor]}"
    echo
    echo "Speed goals: $GOAL_SIZE elements in YAML only (\`--xml-share 0\`, ${summary[goal,yaml]} model files, $(awk -v k="${summary[goal,disk]}" 'BEGIN { printf "%.1f MB", k / 1024 }') of model), $GOAL_RUNS runs:"
    echo
    echo "| command | wall s | CPU s | wall ×floor | ×floor, round by round | goal |"
    echo "|---|---:|---:|---:|---:|---:|"
    for label in floor validate-t1 validate; do
        read -r wall cpu _ <<< "${summary[goal,$label]}"
        ratio=$(awk -v a="$wall" -v b="$floor_wall" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }')
        paired=$(awk -v r="${summary[goal,$label,paired]}" 'BEGIN { printf "%.2f", r }')
        case $label in validate-t1) goal="≤ 1.5" ;; validate) goal="≤ 1.0" ;; *) goal="" ;; esac
        echo "| $(name "$label") | $wall | $cpu | $ratio | $paired | $goal |"
    done
fi

echo
[ "$has_report" = 1 ] || echo "\`eaf report\` is not in this build; it was skipped."
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory, $(swift --version 2>&1 | head -1 | sed 's/ (.*//'), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $((SECONDS - started)) s measuring."
