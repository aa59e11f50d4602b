#!/usr/bin/env bash
# Log append benchmark: ./bench/memory-append/run.sh [RUNS] [SIZES...]
# Builds plumbline-memory (Maven; JDK 17 needed), seeds project_log.json files of SIZES entries
# (default 1000 10000 100000 1000000) and times `MemoryStore.appendLog` (what `plumbline memory
# log` does: lock, recovery check, validation, archive rule, journaled fsynced write) onto each,
# RUNS rounds (default 9) alternating the sizes. Prints every round, the medians and the ratio
# of the largest log's median to the smallest's. Goal: 1,000,000 entries within 2x of 1,000,
# and under 10 ms at 100,000. Needs about 400 MB in the temp directory (TMPDIR, default /tmp:
# every append fsyncs twice, so the disk behind it matters) and 4 GB of heap.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
offline=""
[ -d "${MAVEN_REPO:-$HOME/.m2/repository}/com/networknt/json-schema-validator" ] && offline="-o"
mvn -B -q -Dstyle.color=never $offline -pl rules,memory -am install -DskipTests >&2
cp_file="$(mktemp)"
mvn -B -q -Dstyle.color=never $offline -pl memory dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" >&2
classpath="$repo/memory/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
exec java -Xmx4g -Dfile.encoding=UTF-8 -Djava.io.tmpdir="${TMPDIR:-/tmp}" -cp "$classpath" \
  "$repo/bench/memory-append/MemoryAppendBench.java" "${1:-9}" "${@:2}"
