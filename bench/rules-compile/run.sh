#!/usr/bin/env bash
# Copyright (c) 2026 The Plumbline Authors
#
# Compile-time cost of the Plumbline checks: compiles guava (from its Maven Central -sources jar,
# about 180,000 lines) with Error Prone alone (variant A) and with Error Prone plus all Plumbline
# checks (variant B), alternating A and B in one session, and reports the ratio of the medians.
#
#   bench/rules-compile/run.sh            # 5 rounds of A then B
#   ROUNDS=3 RULES_JAR=... MVN_OFFLINE=1 bench/rules-compile/run.sh
#
# Needs JDK 17 and Maven (it fetches everything else from Maven Central). Both variants demote
# errors to warnings (-XepAllErrorsAsWarnings) so that guava's findings never stop the compile;
# each compile is a fresh javac JVM with the same heap.

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../../rules/fp-measure/compile-lib.sh"

ROUNDS=${ROUNDS:-5}
PROJECT=${PROJECT:-com.google.guava:guava:33.5.0-jre}
WORK=${WORK:-$HERE/work}
RESULTS=${RESULTS:-$HERE/results.md}

# timed_compile VARIANT PROCESSOR_PATH -> seconds on stdout
timed_compile() {
  local variant=$1 processor_path=$2 start end
  start=$(date +%s.%N)
  compile_with_error_prone "$WORK/classes-$variant" "$WORK/$variant.log" "$WORK/$ARTIFACT" \
    "$processor_path" "-XepAllErrorsAsWarnings"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

main() {
  require_tools
  mkdir -p "$WORK"
  ARTIFACT=$(cut -d: -f2 <<<"$PROJECT")
  fetch_error_prone "$WORK"
  fetch_project "$WORK" "$PROJECT"
  local jar error_prone lines
  jar=$(rules_jar)
  error_prone=$(cat "$WORK/error-prone/classpath.txt")
  lines=$(line_count "$WORK/$ARTIFACT/sources.txt")
  info "$PROJECT: $lines lines; $ROUNDS rounds of A (Error Prone) then B (+ Plumbline)"
  local a_times=() b_times=()
  for round in $(seq 1 "$ROUNDS"); do
    a_times+=("$(timed_compile A "$error_prone")")
    b_times+=("$(timed_compile B "$error_prone:$jar")")
    info "round $round: A ${a_times[-1]} s, B ${b_times[-1]} s"
  done
  local a_median b_median ratio findings
  a_median=$(printf '%s\n' "${a_times[@]}" | median)
  b_median=$(printf '%s\n' "${b_times[@]}" | median)
  ratio=$(awk -v a="$a_median" -v b="$b_median" 'BEGIN { printf "%.3f", b / a }')
  findings=$(grep -c 'warning: \[\(NoLoggingFramework\|StatusPrefix\|RawTypeInSignature\|MissingJavadoc\|CopyrightHeader\|NamingConvention\|ConcreteInheritance\|CatchAll\|NoPlaceholder\|HardcodedSecret\|EnglishOnly\|FlushInLoop\)\]' "$WORK/B.log" || true)
  {
    printf '# rules-compile: %s (%s lines), %s rounds, %s\n\n' "$PROJECT" "$lines" "$ROUNDS" "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf 'Machine: %s cores, load average before the run: %s\n\n' "$(nproc)" "$LOAD_BEFORE"
    printf '| variant | runs (s) | median (s) |\n|---|---|---:|\n'
    printf '| A: Error Prone %s | %s | %s |\n' "$ERROR_PRONE_VERSION" "${a_times[*]}" "$a_median"
    printf '| B: A + Plumbline checks | %s | %s |\n\n' "${b_times[*]}" "$b_median"
    printf 'Ratio of medians B/A: **%s** (goal <= 1.10). Plumbline findings in B: %s.\n' "$ratio" "$findings"
  } > "$RESULTS"
  cat "$RESULTS"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
main "$@"
