#!/usr/bin/env bash
# Copyright (c) 2026 The Plumbline Authors
#
# Patch mode on real code, with a behaviour check. For each project (a Maven Central artifact
# that also publishes a -tests jar):
#   1. compiles its -sources jar with Error Prone and the checks of the README's patch-mode
#      recipe (findings before),
#   2. copies the sources and lets Error Prone apply those fixes in place (-XepPatchChecks,
#      -XepPatchLocation:IN_PLACE),
#   3. compiles the patched copy with the same checks (it must compile; findings after),
#   4. runs the project's own test classes (its -tests jar, with the test class path of its own
#      pom) once against the original classes and once against the patched ones, with the JUnit
#      Platform console launcher, and compares every test's outcome.
#
#   rules/fp-measure/patch.sh                         # the three default projects
#   PROJECTS="commons-cli:commons-cli:1.11.0" RULES_JAR=... rules/fp-measure/patch.sh
#   PROJECTS="g:a:v@pkg.one,pkg.two" ...              # run only the tests of these packages
#
# Output: work/<artifact>/patch/ (logs, diff, test reports), work/patch-summary.md (the table).

source "$(dirname "${BASH_SOURCE[0]}")/compile-lib.sh"

PATCH_CHECKS=(StatusPrefix FlushInLoop CopyrightHeader WildcardImport DefaultCharset)
DEFAULT_PROJECTS="commons-cli:commons-cli:1.11.0 org.apache.commons:commons-text:1.15.0 org.apache.opennlp:opennlp-tools:2.5.11"
WORK=${WORK:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/work}
TEST_TIMEOUT=${TEST_TIMEOUT:-900}
# The JUnit Platform console launcher used when a project's test class path names no platform.
DEFAULT_PLATFORM_VERSION=1.11.4

main() {
  require_tools
  command -v python3 >/dev/null || fail "python3 not found: it compares the test reports"
  mkdir -p "$WORK"
  fetch_error_prone "$WORK"
  local jar
  jar=$(rules_jar)
  local checks flags="-XepDisableAllChecks"
  checks=$(IFS=,; printf '%s' "${PATCH_CHECKS[*]}")
  for check in "${PATCH_CHECKS[@]}"; do
    flags+=" -Xep:$check:WARN"
  done
  local summary=$WORK/patch-summary.md
  {
    printf '| project | lines |'
    printf ' %s fixed |' "${PATCH_CHECKS[@]}"
    printf ' files changed | patched code compiles | tests before (run/failed/skipped) | tests after | same outcome for every test |\n'
    printf '|---|---:|'
    printf -- '---:|%.0s' "${PATCH_CHECKS[@]}"
    printf -- '---:|---|---|---|---|\n'
  } > "$summary"
  for project in ${PROJECTS:-$DEFAULT_PROJECTS}; do
    TEST_PACKAGES=$(sed -n 's/^[^@]*@//p' <<<"$project" | tr ',' ' ') \
      patch_project "${project%%@*}" "$jar" "$flags" "$checks" >> "$summary"
  done
  info "table written to $summary (fixed = findings before minus findings after)"
  cat "$summary"
}

# fetch_tests DIR G:A:V -> DIR/test-classes (unpacked -tests jar), DIR/test-classpath.txt, and
# DIR/console-launcher.jar of the JUnit Platform version on that class path.
fetch_tests() {
  local dir=$1 coords=$2
  local group artifact version
  IFS=: read -r group artifact version <<<"$coords"
  [[ -f $dir/test-classpath.txt && -f $dir/console-launcher.jar ]] && return 0
  info "fetching $coords tests jar and test class path"
  "${MVN[@]}" -f "$dir/pom/pom.xml" "$DEPENDENCY_PLUGIN:copy" \
    -Dartifact="$coords:jar:tests" -DoutputDirectory="$dir" -Dmdep.overWriteIfNewer=true
  # The project's own pom (fetched by fetch_project) knows its test dependencies (JUnit, AssertJ, Mockito, ...).
  "${MVN[@]}" -f "$dir/own-pom/$artifact-$version.pom" "$DEPENDENCY_PLUGIN:build-classpath" \
    -Dmdep.outputFile="$dir/test-classpath.txt" -Dmdep.includeScope=test
  rm -rf "$dir/test-classes" && mkdir -p "$dir/test-classes"
  (cd "$dir/test-classes" && jar xf "../$artifact-$version-tests.jar")
  local platform
  platform=$(tr ':' '\n' < "$dir/test-classpath.txt" \
    | sed -n 's|.*/junit-platform-commons-\([0-9][^/]*\)\.jar$|\1|p' | head -1)
  platform=${platform:-$DEFAULT_PLATFORM_VERSION}
  "${MVN[@]}" -f "$dir/pom/pom.xml" "$DEPENDENCY_PLUGIN:copy" \
    -Dartifact="org.junit.platform:junit-platform-console-standalone:$platform" \
    -DoutputDirectory="$dir" -Dmdep.stripVersion=true
  mv "$dir/junit-platform-console-standalone.jar" "$dir/console-launcher.jar"
}

# run_tests DIR CLASSES SOURCES REPORTS LOG: the project's tests against one build of its code,
# all of them or those of the packages in TEST_PACKAGES. The source folder is on the class path
# too: -sources jars carry the main resources.
run_tests() {
  local dir=$1 classes=$2 sources=$3 reports=$4 log=$5
  local selection=(--scan-class-path "$dir/test-classes")
  if [[ -n ${TEST_PACKAGES:-} ]]; then
    selection=()
    for package in $TEST_PACKAGES; do
      selection+=(--select-package "$package")
    done
  fi
  rm -rf "$reports" "$dir/test-run" && mkdir -p "$dir/test-run"
  # Tests that write relative files do it in a scratch working directory of their own.
  (cd "$dir/test-run" && timeout "$TEST_TIMEOUT" java -Dfile.encoding=UTF-8 -Xmx2g \
    -jar "$dir/console-launcher.jar" execute --disable-banner --details=summary \
    --class-path "$classes:$sources:$dir/test-classes:$(cat "$dir/test-classpath.txt")" \
    "${selection[@]}" --reports-dir "$reports") > "$log" 2>&1 || true
  [[ -n $(find "$reports" -name '*.xml' 2>/dev/null) ]] || fail "no test report in $reports; see $log"
}

# patch_project G:A:V JAR FLAGS CHECKS -> one table row
patch_project() {
  local coords=$1 jar=$2 flags=$3 checks=$4
  local artifact
  artifact=$(cut -d: -f2 <<<"$coords")
  fetch_project "$WORK" "$coords"
  local dir=$WORK/$artifact
  fetch_tests "$dir" "$coords" >&2
  local out=$dir/patch
  rm -rf "$out" && mkdir -p "$out"
  local processor_path lines
  processor_path="$(cat "$WORK/error-prone/classpath.txt"):$jar"
  lines=$(line_count "$dir/sources.txt")

  info "$coords ($lines lines): compiling as published, with the patch-mode checks" >&2
  compile_with_error_prone "$out/classes-before" "$out/before.log" "$dir" "$processor_path" "$flags"

  info "$coords: patch mode -XepPatchChecks:$checks -XepPatchLocation:IN_PLACE" >&2
  rm -rf "$out/src" && cp -r "$dir/src" "$out/src"
  mkdir -p "$out/project"
  cp "$dir/classpath.txt" "$out/project/classpath.txt"
  sed "s|^$dir/src/|$out/src/|" "$dir/sources.txt" > "$out/project/sources.txt"
  compile_with_error_prone "$out/classes-patching" "$out/patching.log" "$out/project" \
    "$processor_path" "$flags -XepPatchChecks:$checks -XepPatchLocation:IN_PLACE"
  (cd "$out" && diff -ru "$dir/src" src > "$out/patch.diff") || true

  info "$coords: compiling the patched sources" >&2
  local compiles=yes
  if ! (compile_with_error_prone "$out/classes-after" "$out/after.log" "$out/project" \
      "$processor_path" "$flags"); then
    compiles="**no** (see after.log)"
  fi

  printf '| %s | %s |' "$coords" "$lines"
  for check in "${PATCH_CHECKS[@]}"; do
    local before after
    before=$(grep -c "warning: \[$check\]" "$out/before.log" || true)
    after=$(grep -c "warning: \[$check\]" "$out/after.log" || true)
    printf ' %d (%d → %d) |' "$((before - after))" "$before" "$after"
  done
  printf ' %s | %s |' "$(grep -c '^diff -ru' "$out/patch.diff" || true)" "$compiles"
  if [[ $compiles != yes ]]; then
    printf ' – | – | – |\n'
    return 0
  fi

  info "$coords: running its tests against the original classes, then the patched ones" >&2
  run_tests "$dir" "$out/classes-before" "$dir/src" "$out/reports-before" "$out/tests-before.log"
  run_tests "$dir" "$out/classes-after" "$out/src" "$out/reports-after" "$out/tests-after.log"
  python3 "$(dirname "${BASH_SOURCE[0]}")/compare-tests.py" "$out/reports-before" \
    "$out/reports-after" "$out/test-comparison.txt"
}

main "$@"
