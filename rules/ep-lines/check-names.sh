#!/usr/bin/env bash
# Copyright (c) 2026 The Plumbline Authors
#
# Error Prone line compatibility of plumbline-rules, beyond the two lines the build tests:
#  1. names: for every Error Prone release from 2.42.0 to the newest on Maven Central, lists
#     Error Prone's own check names and reports any Plumbline check whose canonical name is one
#     of them (Error Prone refuses to start then: "Cannot combine scanner suppliers ...");
#  2. one jar: the rules compiled on JDK 17 against Error Prone 2.42.0 pass their whole test suite
#     on JDK 25 against the newest line (the artifact published from JDK 17 serves both lines).
#
#   rules/ep-lines/check-names.sh              # both steps; table in rules/ep-lines/work/names.md
#   STEPS=names rules/ep-lines/check-names.sh  # only step 1 (STEPS=jar: only step 2)
#
# Needs JDK 17 (default java) and JDK 25 (JDK25_HOME, default the Temurin path), Maven, and
# Maven Central for the Error Prone releases not yet in the local repository.

set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${WORK:-$HERE/work}
JDK25_HOME=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
FIRST=${FIRST:-2.42.0}
MVN=(mvn -B -q -Dstyle.color=never ${MVN_OFFLINE:+-o})
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
CENTRAL=https://repo1.maven.org/maven2/com/google/errorprone/error_prone_core

info() { printf '[INFO] %s\n' "$*"; }
fail() { printf '[ERROR] %s\n' "$*" >&2; exit 1; }

[[ -x $JDK25_HOME/bin/java ]] || fail "no JDK 25 at $JDK25_HOME: set JDK25_HOME"

EXPORTS=()
for pkg in api code comp file main model parser processing tree util; do
  EXPORTS+=("--add-exports=jdk.compiler/com.sun.tools.javac.$pkg=ALL-UNNAMED")
done

# versions: every error_prone_core release from FIRST on, oldest first (VERSIONS overrides).
versions() {
  if [[ -n ${VERSIONS:-} ]]; then
    tr ' ' '\n' <<<"$VERSIONS"
    return 0
  fi
  curl -fsS "$CENTRAL/maven-metadata.xml" | sed -n 's:.*<version>\([0-9.]*\)</version>.*:\1:p' \
    | sort -V | awk -v first="$FIRST" 'BEGIN { split(first, f, ".") }
      { split($0, v, "."); if (v[1] > f[1] || (v[1] == f[1] && v[2] >= f[2])) print }'
}

# classpath VERSION: error_prone_core's run-time class path, resolved by Maven.
classpath() {
  local dir=$WORK/ep-$1
  if [[ ! -f $dir/classpath.txt ]]; then
    mkdir -p "$dir"
    cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.plumbline.measure</groupId>
  <artifactId>ep-$1</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>com.google.errorprone</groupId><artifactId>error_prone_core</artifactId><version>$1</version></dependency>
  </dependencies>
</project>
POM
    "${MVN[@]}" -f "$dir/pom.xml" "$DEPENDENCY_PLUGIN:build-classpath" \
      -Dmdep.outputFile="$dir/classpath.txt" -Dmdep.includeScope=runtime >&2
  fi
  cat "$dir/classpath.txt"
}

names_step() {
  info "building plumbline-rules (JDK 17, Error Prone 2.42.0)"
  "${MVN[@]}" -f "$ROOT/pom.xml" -pl rules -am package -DskipTests
  local jar
  jar=$(ls "$ROOT"/rules/target/plumbline-rules-*.jar | grep -v sources | head -1)
  local table=$WORK/names.md
  printf '| Error Prone | checks (all names) | Plumbline canonical names in use | Plumbline alternative names in use |\n|---|---:|---|---|\n' > "$table"
  local version
  for version in $(versions); do
    local cp
    cp=$(classpath "$version")
    "$JDK25_HOME/bin/java" "${EXPORTS[@]}" -cp "$cp" "$HERE/ListChecks.java" > "$WORK/ep-$version/names.txt"
    "$JDK25_HOME/bin/java" "${EXPORTS[@]}" -cp "$cp:$jar" "$HERE/ListChecks.java" plugins \
      | grep -v -x -F -f <("$JDK25_HOME/bin/java" "${EXPORTS[@]}" -cp "$cp" "$HERE/ListChecks.java" plugins) \
      > "$WORK/ep-$version/plumbline.txt" || true
    local clashes aliases
    clashes=$(cut -f1 "$WORK/ep-$version/plumbline.txt" | grep -x -F -f "$WORK/ep-$version/names.txt" | paste -sd' ' || true)
    aliases=$(cut -f2 "$WORK/ep-$version/plumbline.txt" | tr ' ' '\n' | grep -v '^$' \
      | grep -x -F -f "$WORK/ep-$version/names.txt" | paste -sd' ' || true)
    printf '| %s | %s | %s | %s |\n' "$version" "$(wc -l < "$WORK/ep-$version/names.txt")" \
      "${clashes:-none}" "${aliases:-none}" >> "$table"
    info "Error Prone $version: clashes ${clashes:-none}; aliases shared ${aliases:-none}"
  done
  cat "$table"
  if grep -q '| [0-9.]* | [0-9]* | [A-Z]' "$table"; then
    fail "a Plumbline check name is also an Error Prone check name (table above)"
  fi
}

jar_step() {
  info "compiling rules and tests on JDK 17 against Error Prone 2.42.0"
  (cd "$ROOT" && "${MVN[@]}" -pl rules -am clean test-compile)
  info "running those classes' tests on JDK 25 against the newest line (profile errorprone-jdk21)"
  (cd "$ROOT" && JAVA_HOME=$JDK25_HOME mvn -B -Dstyle.color=never ${MVN_OFFLINE:+-o} -pl rules surefire:test) \
    | grep -E 'Tests run:|FAIL|BUILD' | tail -3
  printf '✓ plumbline-rules compiled against Error Prone 2.42.0 passes its tests on the JDK 25 line\n'
}

mkdir -p "$WORK"
for step in ${STEPS:-names jar}; do
  "${step}_step"
done
