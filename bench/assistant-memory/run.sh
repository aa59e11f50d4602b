#!/usr/bin/env bash
# Assistant-facing memory benchmark:
#   ./bench/assistant-memory/run.sh [MODULES] [LOG_ENTRIES] [RUNS] [WARMUP]
# First runs the existing memory benchmark (bench/memory-merge, same machine, same session),
# then times, on a memory of MODULES modules (default 10000) and LOG_ENTRIES log entries
# (default 1000):
#   - memory_read through the MCP server: a separate JVM on stdio, called with the MCP Java
#     SDK's client, as an assistant calls it (goal: median under 100 ms);
#   - the digest regenerated into AGENTS.md (read the memory, render, write; goal: under 200 ms).
# WARMUP rounds (default 10) run first, the same way, and are not counted: the medians are warm
# figures (a long-lived server, a build's JVM); the first warm-up round is printed as the cold one.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
modules="${1:-10000}"
entries="${2:-1000}"
runs="${3:-21}"
warmup="${4:-10}"
echo "[INFO] ==== bench/memory-merge (same session)"
"$repo/bench/memory-merge/run.sh" "$modules" 100000 7
echo "[INFO] ==== assistant memory: memory_read over MCP and the AGENTS.md digest"
offline=""
[ -d "$HOME/.m2/repository/io/modelcontextprotocol" ] && offline="-o"
mvn -B -q $offline -pl rules,mcp -am install -DskipTests >&2
cp_file="$(mktemp)"
mvn -B -q $offline -pl mcp dependency:build-classpath -Dmdep.outputFile="$cp_file" \
  -Dmdep.includeScope=runtime >&2
classpath="$repo/mcp/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
exec java -Xmx2g -Dfile.encoding=UTF-8 -cp "$classpath" \
  "$repo/bench/assistant-memory/AssistantMemoryBench.java" "$modules" "$entries" "$runs" \
  "$classpath" "$warmup"
