#!/usr/bin/env bash
# Memory merge benchmark: ./bench/memory-merge/run.sh [MODULES] [LOG_ENTRIES] [RUNS]
# Builds plumbline-memory (Maven; JDK 17 needed), then times on real files, each run a complete
# locked, validated, journaled, fsynced update:
#   - a build's structure merge into a project of MODULES modules (default 10000), one changed;
#   - a log append (with the archive rule) onto a log of LOG_ENTRIES entries (default 100000).
# Prints every run and the medians. Goal: under one second each.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
  echo "[INFO] installing a JDK 17 and Maven (apt-get)" >&2
  apt-get update -q >&2 && apt-get install -y -q openjdk-17-jdk-headless maven >&2
fi
offline=""
[ -d "$HOME/.m2/repository/com/networknt/json-schema-validator" ] && offline="-o"
mvn -B -q $offline -pl rules,memory -am install -DskipTests >&2
cp_file="$(mktemp)"
mvn -B -q $offline -pl memory dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
classpath="$repo/memory/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
exec java -Xmx2g -Dfile.encoding=UTF-8 -cp "$classpath" \
  "$repo/bench/memory-merge/MemoryMergeBench.java" "${1:-10000}" "${2:-100000}" "${3:-7}"
