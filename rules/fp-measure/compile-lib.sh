#!/usr/bin/env bash
# Copyright (c) 2026 The Plumbline Authors
#
# Shared steps of the false-positive measurement (rules/fp-measure/run.sh) and the compile-time
# benchmark (bench/rules-compile/run.sh): fetch a project's -sources jar and compile class path
# from Maven Central with Maven itself, fetch Error Prone's class path, build the Plumbline rules
# jar, and compile sources with javac + Error Prone.
# Needs: JDK 17 (javac), Maven 3.8+, network access to Maven Central (or a filled ~/.m2 with -o).

set -euo pipefail

PLUMBLINE_ROOT=${PLUMBLINE_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
ERROR_PRONE_VERSION=${ERROR_PRONE_VERSION:-2.42.0}
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
MVN=(mvn -B -q ${MVN_OFFLINE:+-o})

# javac runs Error Prone in-process: the JVM must open the compiler internals (FINDINGS.md).
JAVAC_JVM_FLAGS=()
for pkg in api file main model parser processing tree util; do
  JAVAC_JVM_FLAGS+=("-J--add-exports=jdk.compiler/com.sun.tools.javac.$pkg=ALL-UNNAMED")
done
JAVAC_JVM_FLAGS+=("-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED"
  "-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")

info() { printf '[INFO] %s\n' "$*"; }
fail() { printf '[ERROR] %s\n' "$*" >&2; exit 1; }

require_tools() {
  command -v javac >/dev/null || fail "javac not found: install a JDK 17 (apt-get install openjdk-17-jdk-headless)"
  command -v mvn >/dev/null || fail "mvn not found: install Maven 3.8+ (apt-get install maven)"
  javac -version 2>&1 | grep -q ' 17\.' || fail "javac is not JDK 17 ($(javac -version 2>&1)): Error Prone $ERROR_PRONE_VERSION needs JDK 17"
}

# write_pom DIR GROUP ARTIFACT VERSION: a throw-away pom that depends on one artifact.
write_pom() {
  mkdir -p "$1"
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.plumbline.measure</groupId>
  <artifactId>fetch-$3</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>$2</groupId><artifactId>$3</artifactId><version>$4</version></dependency>
  </dependencies>
</project>
POM
}

# fetch_project WORK G:A:V -> WORK/A/src (unpacked sources), WORK/A/classpath.txt. Its messages
# go to stderr: callers print table rows on stdout.
fetch_project() {
  fetch_project_files "$@" >&2
}

fetch_project_files() {
  local work=$1 coords=$2
  local group artifact version
  IFS=: read -r group artifact version <<<"$coords"
  local dir=$work/$artifact
  if [[ -f $dir/sources.txt && -f $dir/classpath.txt ]]; then
    return 0
  fi
  info "fetching $coords sources and compile class path"
  write_pom "$dir/pom" "$group" "$artifact" "$version"
  "${MVN[@]}" -f "$dir/pom/pom.xml" "$DEPENDENCY_PLUGIN:copy" \
    -Dartifact="$coords:jar:sources" -DoutputDirectory="$dir" -Dmdep.overWriteIfNewer=true
  # The project's own pom names its provided and optional dependencies too (jsoup compiles
  # against re2j and JSpecify, which a dependent project never sees); fall back to the class
  # path a dependent project gets when the own pom cannot be built.
  "${MVN[@]}" -f "$dir/pom/pom.xml" "$DEPENDENCY_PLUGIN:copy" \
    -Dartifact="$coords:pom" -DoutputDirectory="$dir/own-pom" -Dmdep.overWriteIfNewer=true
  if ! "${MVN[@]}" -f "$dir/own-pom/$artifact-$version.pom" "$DEPENDENCY_PLUGIN:build-classpath" \
      -Dmdep.outputFile="$dir/classpath.txt" -Dmdep.includeScope=compile > "$dir/own-pom/mvn.log" 2>&1; then
    info "the own pom of $coords does not resolve (see $dir/own-pom/mvn.log): using its dependents' class path"
    "${MVN[@]}" -f "$dir/pom/pom.xml" "$DEPENDENCY_PLUGIN:build-classpath" \
      -Dmdep.outputFile="$dir/classpath.txt" -Dmdep.includeScope=compile \
      -DexcludeArtifactIds="$artifact"
  fi
  rm -rf "$dir/src" && mkdir -p "$dir/src"
  (cd "$dir/src" && jar xf "../$artifact-$version-sources.jar")
  # module-info needs a module path, META-INF may hold multi-release copies: compile the rest.
  find "$dir/src" -name '*.java' -not -name module-info.java -not -path '*/META-INF/*' \
    | sort > "$dir/sources.txt"
}

# fetch_error_prone WORK -> WORK/error-prone/classpath.txt
fetch_error_prone() {
  local dir=$1/error-prone
  [[ -f $dir/classpath.txt ]] && return 0
  info "fetching Error Prone $ERROR_PRONE_VERSION"
  write_pom "$dir/pom" com.google.errorprone error_prone_core "$ERROR_PRONE_VERSION"
  "${MVN[@]}" -f "$dir/pom/pom.xml" "$DEPENDENCY_PLUGIN:build-classpath" \
    -Dmdep.outputFile="$dir/classpath.txt" -Dmdep.includeScope=runtime
}

# rules_jar: the Plumbline rules jar, built from this checkout unless RULES_JAR names one.
rules_jar() {
  if [[ -n ${RULES_JAR:-} ]]; then
    [[ -f $RULES_JAR ]] || fail "RULES_JAR=$RULES_JAR does not exist"
    printf '%s/%s' "$(cd "$(dirname "$RULES_JAR")" && pwd)" "$(basename "$RULES_JAR")"
    return 0
  fi
  info "building plumbline-rules from $PLUMBLINE_ROOT" >&2
  "${MVN[@]}" -f "$PLUMBLINE_ROOT/pom.xml" -pl rules -am package -DskipTests >&2
  ls "$PLUMBLINE_ROOT"/rules/target/plumbline-rules-*.jar | grep -v sources | head -1
}

# line_count SOURCES_LIST: physical lines of all listed files.
line_count() {
  xargs cat < "$1" | wc -l | tr -d ' '
}

# compile_with_error_prone OUT_DIR LOG PROJECT_DIR PROCESSOR_PATH "ERROR_PRONE FLAGS"
# Compiles every listed source of one project; javac's diagnostics go to LOG.
compile_with_error_prone() {
  local out=$1 log=$2 project=$3 processor_path=$4 flags=$5
  rm -rf "$out" && mkdir -p "$out"
  # No -Xlint:none: it silences Error Prone's warnings too.
  javac "${JAVAC_JVM_FLAGS[@]}" -J-Xmx${JAVAC_HEAP:-3g} -J-Dfile.encoding=UTF-8 \
    -XDcompilePolicy=simple --should-stop=ifError=FLOW -proc:none \
    -Xmaxwarns 1000000 -Xmaxerrs 1000 -encoding UTF-8 -implicit:none \
    -cp "$(cat "$project/classpath.txt")" -processorpath "$processor_path" -d "$out" \
    "-Xplugin:ErrorProne $flags" "@$project/sources.txt" > "$log" 2>&1 \
    || fail "compilation of $project failed; see $log"
}
