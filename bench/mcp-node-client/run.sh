#!/usr/bin/env bash
# A second, independent MCP client: the official MCP TypeScript SDK (npm) drives
# `plumbline mcp` over stdio and prints the transcript.
#   ./bench/mcp-node-client/run.sh              # on a copy of the example project
#   ./bench/mcp-node-client/run.sh PROJECT_DIR  # on a copy of any project a build gave a .claude/
#                                               # (a real code base: answers checked against its files)
# Needs node 20+ and npm (the SDK is installed into this folder's node_modules, not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
if [ ! -d "$here/node_modules/@modelcontextprotocol/sdk" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent)
fi
"$repo/plumbline" --version >/dev/null   # builds the CLI jar when it is missing or stale
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$repo/pom.xml" | head -1)"
jar="$repo/cli/target/plumbline-cli-${version}-all.jar"
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
if [ $# -eq 0 ]; then
  cp -r "$repo/example-project" "$copy/example-project"
  node "$here/client.mjs" java "$jar" "$copy/example-project"
else
  [ -d "$1/.claude" ] || { echo "[ERROR] $1 has no .claude/: build it with the Plumbline processor first"; exit 2; }
  mkdir -p "$copy/project" && cp -r "$1/.claude" "$copy/project/"
  # The wiring reports, where the build left them (module_info explains wiring from them).
  (cd "$1" && find . -path '*/target/classes/META-INF/plumbline/wiring.json' \
    -exec cp --parents {} "$copy/project" \;)
  node "$here/any-project.mjs" java "$jar" "$copy/project"
fi
