#!/usr/bin/env bash
# Copyright (c) 2026 The Plumbline Authors
#
# False positives on real code: compiles the -sources jars of real open-source projects from
# Maven Central with Error Prone and only the twelve Plumbline checks (default options), then
# counts findings per check and per 10,000 lines.
#
#   rules/fp-measure/run.sh                 # all projects, results in rules/fp-measure/work
#   PROJECTS="org.apache.commons:commons-lang3:3.17.0" rules/fp-measure/run.sh
#   RULES_JAR=path/to/plumbline-rules.jar MVN_OFFLINE=1 rules/fp-measure/run.sh
#
# Output: work/<artifact>/findings.log (javac's diagnostics), work/summary.md (the table).

source "$(dirname "${BASH_SOURCE[0]}")/compile-lib.sh"

CHECKS=(NoLoggingFramework StatusPrefix RawTypeInSignature PublicApiJavadoc CopyrightHeader
  NamingConvention ConcreteInheritance CatchAll NoPlaceholder HardcodedSecret EnglishOnly
  FlushInLoop)
DEFAULT_PROJECTS="org.apache.commons:commons-lang3:3.17.0 com.google.guava:guava:33.5.0-jre com.fasterxml.jackson.core:jackson-databind:2.18.2"
WORK=${WORK:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/work}

main() {
  require_tools
  mkdir -p "$WORK"
  fetch_error_prone "$WORK"
  local jar
  jar=$(rules_jar)
  local present flags="-XepDisableAllChecks"
  present=$(checks_in_jar "$jar")
  for check in "${CHECKS[@]}"; do
    if grep -qx "$check" <<<"$present"; then
      flags+=" -Xep:$check:WARN"
    else
      info "$check is not in $jar: reported as n/a" >&2
    fi
  done
  local summary=$WORK/summary.md
  {
    printf '| project | lines |'
    printf ' %s |' "${CHECKS[@]}"
    printf '\n|---|---:|'
    printf -- '---:|%.0s' "${CHECKS[@]}"
    printf '\n'
  } > "$summary"
  for coords in ${PROJECTS:-$DEFAULT_PROJECTS}; do
    measure "$coords" "$jar" "$flags" >> "$summary"
  done
  info "table written to $summary (count, and per 10,000 lines in parentheses)"
  cat "$summary"
}

# checks_in_jar JAR: simple names of the BugCheckers the jar registers with ServiceLoader.
checks_in_jar() {
  local tmp
  tmp=$(mktemp -d)
  (cd "$tmp" && jar xf "$1" META-INF/services/com.google.errorprone.bugpatterns.BugChecker)
  sed 's/.*\.//' "$tmp/META-INF/services/com.google.errorprone.bugpatterns.BugChecker"
  rm -rf "$tmp"
}

# measure G:A:V JAR FLAGS -> one table row
measure() {
  local coords=$1 jar=$2 flags=$3
  local artifact
  artifact=$(cut -d: -f2 <<<"$coords")
  fetch_project "$WORK" "$coords"
  local project=$WORK/$artifact
  local lines
  lines=$(line_count "$project/sources.txt")
  info "compiling $coords ($lines lines) with the Plumbline checks" >&2
  compile_with_error_prone "$WORK/classes-$artifact" "$project/findings.log" "$project" \
    "$(cat "$WORK/error-prone/classpath.txt"):$jar" "$flags"
  printf '| %s | %s |' "$coords" "$lines"
  for check in "${CHECKS[@]}"; do
    local count
    if ! grep -q "Xep:$check:" <<<"$flags"; then
      printf ' n/a |'
      continue
    fi
    count=$(grep -c "warning: \[$check\]" "$project/findings.log" || true)
    awk -v c="$count" -v l="$lines" 'BEGIN { printf " %d (%.2f) |", c, c * 10000 / l }'
  done
  printf '\n'
}

main "$@"
