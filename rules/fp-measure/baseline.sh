#!/usr/bin/env bash
# Copyright (c) 2026 The Plumbline Authors
#
# The baseline over successive real releases of one library: records the baseline on the first
# release (a recording compile with all twelve checks, then `plumbline rules baseline`), then
# compiles each later release against that same baseline and counts
#   - known findings (reported as notes: the baseline suppresses them),
#   - new findings, split by the source diff between the two releases into genuinely new ones
#     (their line was added or changed by the release) and false "new" ones (their line is
#     unchanged, so the finding existed before but its baseline key moved),
#   - stale baseline entries (`plumbline rules baseline --prune` lists what is no longer found).
#
#   CLI_JAR=cli/target/plumbline-cli-0.1.0-SNAPSHOT-all.jar rules/fp-measure/baseline.sh
#   RELEASES="org.jsoup:jsoup:1.22.1 org.jsoup:jsoup:1.22.2" CLI_JAR=... RULES_JAR=... rules/fp-measure/baseline.sh
#
# Output: work/baseline/<version>/ (logs, SARIF), work/baseline-summary.md (the table).

source "$(dirname "${BASH_SOURCE[0]}")/compile-lib.sh"

CHECKS=(NoLoggingFramework StatusPrefix RawTypeInSignature PublicApiJavadoc CopyrightHeader
  NamingConvention ConcreteInheritance CatchAll NoPlaceholder HardcodedSecret EnglishOnly
  FlushInLoop)
DEFAULT_RELEASES="org.jsoup:jsoup:1.22.1 org.jsoup:jsoup:1.22.2 org.jsoup:jsoup:1.23.1"
WORK=${WORK:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/work}

main() {
  require_tools
  [[ -f ${CLI_JAR:-} ]] || fail "CLI_JAR=<plumbline-cli-...-all.jar> is needed (mvn -pl cli -am package -DskipTests)"
  local jar
  jar=$(rules_jar)
  fetch_error_prone "$WORK"
  local processor_path flags="-XepDisableAllChecks"
  processor_path="$(cat "$WORK/error-prone/classpath.txt"):$jar"
  for check in "${CHECKS[@]}"; do
    flags+=" -Xep:$check:WARN"
  done
  local base=$WORK/baseline releases=(${RELEASES:-$DEFAULT_RELEASES})
  mkdir -p "$base"
  local first=${releases[0]} first_dir
  first_dir=$(release_dir "$base" "$first")
  fetch_project "$first_dir" "$first"
  info "$first: recording compile (BaselineRecord=true)"
  compile_release "$first_dir" "$first" "$processor_path" \
    "$flags -XepOpt:Plumbline:BaselineRecord=true"
  rm -f "$base/baseline.tsv"
  java -jar "$CLI_JAR" rules baseline -p "$base" --sarif "$first_dir/findings.sarif" \
    --baseline "$base/baseline.tsv" > "$first_dir/record.log"
  tail -1 "$first_dir/record.log"
  local summary=$WORK/baseline-summary.md
  {
    printf 'Baseline recorded on %s (%s lines): %s\n\n' "$first" \
      "$(line_count "$first_dir/$(cut -d: -f2 <<<"$first")/sources.txt")" \
      "$(tail -1 "$first_dir/record.log" | sed "s|$base/||")"
    printf '| release | lines | files changed since the baseline release | findings | known (notes) | known, moved to another line | new | new on changed lines | false "new" (line unchanged) | stale baseline entries |\n'
    printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
  } > "$summary"
  for coords in "${releases[@]:1}"; do
    local dir
    dir=$(release_dir "$base" "$coords")
    fetch_project "$dir" "$coords"
    info "$coords: compiling against the baseline of $first" >&2
    compile_release "$dir" "$coords" "$processor_path" \
      "$flags -XepOpt:Plumbline:Baseline=$base/baseline.tsv"
    cp "$base/baseline.tsv" "$dir/baseline-copy.tsv"
    java -jar "$CLI_JAR" rules baseline -p "$base" --sarif "$dir/findings.sarif" \
      --baseline "$dir/baseline-copy.tsv" --prune > "$dir/prune.log"
    local artifact
    artifact=$(cut -d: -f2 <<<"$coords")
    (diff -ru -U0 "$first_dir/$artifact/src" "$dir/$artifact/src" > "$dir/release.diff") || true
    printf '| %s | %s | %s |' "$coords" "$(line_count "$dir/$artifact/sources.txt")" \
      "$(grep -c '^diff -ru' "$dir/release.diff" || true)"
    python3 "$(dirname "${BASH_SOURCE[0]}")/classify-new.py" "$dir/findings.sarif" \
      "$dir/release.diff" "$dir/$artifact/src" "$dir/new-findings.txt" "$first_dir/findings.sarif"
    printf ' %s |\n' "$(sed -n 's/.* added, \([0-9]*\) removed).*/\1/p' "$dir/prune.log")"
  done >> "$summary"
  info "table written to $summary"
  cat "$summary"
}

# release_dir BASE G:A:V -> BASE/<version>
release_dir() {
  printf '%s/%s' "$1" "$(cut -d: -f3 <<<"$2")"
}

# compile_release DIR G:A:V PROCESSOR_PATH FLAGS: all checks, SARIF relative to the sources.
compile_release() {
  local dir=$1 coords=$2 processor_path=$3 flags=$4
  local artifact
  artifact=$(cut -d: -f2 <<<"$coords")
  compile_with_error_prone "$dir/classes" "$dir/findings.log" "$dir/$artifact" "$processor_path" \
    "$flags -XepOpt:Plumbline:ProjectRoot=$dir/$artifact/src -XepOpt:Plumbline:Sarif=$dir/findings.sarif"
}

main "$@"
