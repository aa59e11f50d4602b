#!/usr/bin/env bash
# Copyright (c) 2026 The Plumbline Authors
#
# Patch-mode demonstration: copies sample/ (a project that breaks the rulebook on purpose) to a
# scratch folder, shows the findings, lets Error Prone apply the suggested fixes in place
# (-XepPatchChecks + -XepPatchLocation:IN_PLACE), prints the diff, and compiles again: the build
# must pass with no finding left from the patched checks.
# Needs: JDK 17 or 21+ (the sample's profiles pick the Error Prone line), Maven 3.8+, Maven Central (or a filled ~/.m2; set MVN_OFFLINE=1 for -o).
# Usage: rules/patch-demo/run.sh [scratch-folder]

set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${1:-$(mktemp -d)}
MVN=(mvn -B ${MVN_OFFLINE:+-o})
# Only fixes that keep behaviour: CatchAll and HardcodedSecret offer none (narrowing a catch or
# reading a secret from the environment changes what the program does), so their errors stay
# for a person to fix.
PATCHED_CHECKS=StatusPrefix,FlushInLoop,CopyrightHeader,WildcardImport,DefaultCharset

info() { printf '[INFO] %s\n' "$*"; }
fail() { printf '[ERROR] %s\n' "$*" >&2; exit 1; }

command -v mvn >/dev/null || fail "mvn not found: install Maven 3.8+ (apt-get install maven)"
command -v javac >/dev/null || fail "javac not found: install a JDK 17 or newer"

info "installing plumbline-rules into the local Maven repository"
"${MVN[@]}" -q -f "$ROOT/pom.xml" -pl rules -am install -DskipTests

rm -rf "$WORK/sample" && mkdir -p "$WORK" && cp -r "$HERE/sample" "$WORK/sample"
cd "$WORK/sample"

info "1/3 compiling the sample as written (expected to fail: CatchAll and HardcodedSecret are errors)"
if "${MVN[@]}" compile > before.log 2>&1; then
  fail "the unpatched sample compiled: the demo expects the ERROR findings to stop it"
fi
grep -E '^\[(WARNING|ERROR)\] /.*\.java:\[[0-9,]+\] \[[A-Za-z]+\]' before.log | sort -u \
  | sed -e "s|$WORK/sample/||" -e 's/^\[\(WARNING\|ERROR\)\] /[INFO]   \1 /'

info "2/3 patch mode: -XepPatchChecks:$PATCHED_CHECKS -XepPatchLocation:IN_PLACE"
"${MVN[@]}" -q clean compile \
  "-Dplumbline.extraFlags=-XepPatchChecks:$PATCHED_CHECKS -XepPatchLocation:IN_PLACE" > patch.log 2>&1 \
  || { cat patch.log; fail "patch-mode compilation failed"; }
diff -ru "$HERE/sample/src" src || true

info "3/3 compiling the patched sample (CatchAll and HardcodedSecret demoted to warnings: no automatic fix)"
"${MVN[@]}" clean compile "-Dplumbline.extraFlags=-Xep:CatchAll:WARN -Xep:HardcodedSecret:WARN" > after.log 2>&1 \
  || { cat after.log; fail "the patched sample does not compile"; }
if grep -E '\[(StatusPrefix|FlushInLoop|CopyrightHeader|WildcardImport|DefaultCharset)\]' after.log; then
  fail "findings of the patched checks are left (above)"
fi
grep -E '\[(CatchAll|HardcodedSecret)\]' after.log | sort -u | sed -e "s|$WORK/sample/||" -e 's/^/[INFO]   left for a person: /' || true
printf '✓ patched sample compiles with no finding left from %s\n' "$PATCHED_CHECKS"
