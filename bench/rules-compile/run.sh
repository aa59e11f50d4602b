#!/usr/bin/env bash
# Copyright (c) 2026 The Plumbline Authors
#
# Compile-time cost of the Plumbline checks: compiles guava (from its Maven Central -sources jar,
# about 180,000 lines) with Error Prone alone (variant A) and with Error Prone plus all Plumbline
# checks (variant B), alternating A and B in one session, and reports the ratio of the medians.
#
#   bench/rules-compile/run.sh            # 5 rounds of A then B, results in results.md
#   ROUNDS=3 RULES_JAR=... MVN_OFFLINE=1 bench/rules-compile/run.sh
#   BASELINE=1 CLI_JAR=cli/target/plumbline-cli-<version>-all.jar bench/rules-compile/run.sh
#       # B with the baseline on: a recording compile writes the SARIF log, `plumbline rules
#       # baseline` turns it into the baseline, and every B compile reads it and writes SARIF
#   BASELINE=both CLI_JAR=... bench/rules-compile/run.sh
#       # three variants per round: A, B without a baseline, C = B with the baseline on; C/B is
#       # what the baseline and SARIF cost on their own
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

# plumbline_flags: the Plumbline options of variant B (none, or the baseline's with BASELINE=1).
PLUMBLINE_FLAGS=""

# record_baseline PROCESSOR_PATH: one recording compile, then the CLI writes the baseline.
record_baseline() {
  local processor_path=$1
  [[ -f ${CLI_JAR:-} ]] || fail "BASELINE=1 needs CLI_JAR=<plumbline-cli-...-all.jar>"
  info "recording the baseline of $ARTIFACT (one compile with BaselineRecord=true)"
  compile_with_error_prone "$WORK/classes-R" "$WORK/R.log" "$WORK/$ARTIFACT" "$processor_path" \
    "-XepAllErrorsAsWarnings -XepOpt:Plumbline:ProjectRoot=$WORK/$ARTIFACT/src -XepOpt:Plumbline:BaselineRecord=true -XepOpt:Plumbline:Sarif=$WORK/R.sarif"
  rm -f "$WORK/baseline.tsv"
  java -jar "$CLI_JAR" rules baseline -p "$WORK" --sarif "$WORK/R.sarif" --baseline "$WORK/baseline.tsv" | tail -1
  PLUMBLINE_FLAGS="-XepOpt:Plumbline:ProjectRoot=$WORK/$ARTIFACT/src -XepOpt:Plumbline:Baseline=$WORK/baseline.tsv -XepOpt:Plumbline:Sarif=$WORK/B.sarif"
}

# timed_compile VARIANT PROCESSOR_PATH -> "wall cpu" seconds on stdout. CPU time (user + sys
# of javac and its threads) is what the checks cost; wall time also shows the machine's load.
timed_compile() {
  local variant=$1 processor_path=$2 times
  times=$( { TIMEFORMAT='%R %U %S'; time compile_with_error_prone "$WORK/classes-$variant" \
    "$WORK/$variant.log" "$WORK/$ARTIFACT" "$processor_path" "-XepAllErrorsAsWarnings ${3:-}"; } 2>&1 ) \
    || return 1
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' <<<"$times"
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
  if [[ -n ${BASELINE:-} ]]; then
    record_baseline "$error_prone:$jar"
  fi
  # With BASELINE=both, B runs without the baseline and C with it.
  local b_flags=$PLUMBLINE_FLAGS c_flags=""
  if [[ ${BASELINE:-} == both ]]; then
    b_flags="" && c_flags=$PLUMBLINE_FLAGS
  fi
  info "$PROJECT: $lines lines; $ROUNDS rounds of A (Error Prone) then B (+ Plumbline${b_flags:+, baseline on})${c_flags:+ then C (B + baseline)}"
  local a_wall=() a_cpu=() b_wall=() b_cpu=() c_wall=() c_cpu=() result wall cpu
  for round in $(seq 1 "$ROUNDS"); do
    result=$(timed_compile A "$error_prone") || fail "variant A failed; see $WORK/A.log"
    read -r wall cpu <<<"$result"
    a_wall+=("$wall") && a_cpu+=("$cpu")
    result=$(timed_compile B "$error_prone:$jar" "$b_flags") || fail "variant B failed; see $WORK/B.log"
    read -r wall cpu <<<"$result"
    b_wall+=("$wall") && b_cpu+=("$cpu")
    if [[ -n $c_flags ]]; then
      result=$(timed_compile C "$error_prone:$jar" "$c_flags") || fail "variant C failed; see $WORK/C.log"
      read -r wall cpu <<<"$result"
      c_wall+=("$wall") && c_cpu+=("$cpu")
    fi
    info "round $round: A wall ${a_wall[-1]} s cpu ${a_cpu[-1]} s, B wall ${b_wall[-1]} s cpu ${b_cpu[-1]} s${c_flags:+, C wall ${c_wall[-1]} s cpu ${c_cpu[-1]} s}"
  done
  local a_wall_median b_wall_median a_cpu_median b_cpu_median wall_ratio cpu_ratio findings
  a_wall_median=$(printf '%s\n' "${a_wall[@]}" | median)
  b_wall_median=$(printf '%s\n' "${b_wall[@]}" | median)
  a_cpu_median=$(printf '%s\n' "${a_cpu[@]}" | median)
  b_cpu_median=$(printf '%s\n' "${b_cpu[@]}" | median)
  wall_ratio=$(awk -v a="$a_wall_median" -v b="$b_wall_median" 'BEGIN { printf "%.3f", b / a }')
  cpu_ratio=$(awk -v a="$a_cpu_median" -v b="$b_cpu_median" 'BEGIN { printf "%.3f", b / a }')
  findings=$(grep -c 'warning: \[\(NoLoggingFramework\|StatusPrefix\|RawTypeInSignature\|PublicApiJavadoc\|CopyrightHeader\|NamingConvention\|ConcreteInheritance\|CatchAll\|NoPlaceholder\|HardcodedSecret\|EnglishOnly\|FlushInLoop\)\]' "$WORK/B.log" || true)
  {
    printf '# rules-compile: %s (%s lines), %s rounds, %s\n\n' "$PROJECT" "$lines" "$ROUNDS" "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf 'Machine: %s cores, load average before the run: %s\n\n' "$(nproc)" "$LOAD_BEFORE"
    printf '| variant | wall runs (s) | wall median (s) | CPU runs (s) | CPU median (s) |\n'
    printf '|---|---|---:|---|---:|\n'
    printf '| A: Error Prone %s | %s | %s | %s | %s |\n' "$ERROR_PRONE_VERSION" \
      "${a_wall[*]}" "$a_wall_median" "${a_cpu[*]}" "$a_cpu_median"
    printf '| B: A + Plumbline checks | %s | %s | %s | %s |\n' \
      "${b_wall[*]}" "$b_wall_median" "${b_cpu[*]}" "$b_cpu_median"
    [[ -n $c_flags ]] || printf '\n'
    if [[ -n $c_flags ]]; then
      local c_wall_median c_cpu_median
      c_wall_median=$(printf '%s\n' "${c_wall[@]}" | median)
      c_cpu_median=$(printf '%s\n' "${c_cpu[@]}" | median)
      printf '| C: B + baseline and SARIF | %s | %s | %s | %s |\n\n' \
        "${c_wall[*]}" "$c_wall_median" "${c_cpu[*]}" "$c_cpu_median"
      printf 'Ratio of medians C/A (the goal with the baseline on): wall **%s**, CPU **%s** (goal <= 1.10); C/B (the baseline alone): wall %s, CPU %s.\n' \
        "$(awk -v a="$a_wall_median" -v c="$c_wall_median" 'BEGIN { printf "%.3f", c / a }')" \
        "$(awk -v a="$a_cpu_median" -v c="$c_cpu_median" 'BEGIN { printf "%.3f", c / a }')" \
        "$(awk -v b="$b_wall_median" -v c="$c_wall_median" 'BEGIN { printf "%.3f", c / b }')" \
        "$(awk -v b="$b_cpu_median" -v c="$c_cpu_median" 'BEGIN { printf "%.3f", c / b }')"
    fi
    printf 'Ratio of medians B/A: wall **%s**, CPU **%s** (goal <= 1.10).\n' "$wall_ratio" "$cpu_ratio"
    printf 'Baseline on in B: %s. Plumbline warnings printed in B: %s. Load average after the run: %s.\n' "$([[ -n $b_flags ]] && echo yes || echo no)" "$findings" \
      "$(cut -d' ' -f1-3 /proc/loadavg)"
  } > "$RESULTS"
  cat "$RESULTS"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
main "$@"
