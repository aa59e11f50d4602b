#!/usr/bin/env bash
# A second, independent MCP client: the official MCP TypeScript SDK (npm) drives
# `plumbline mcp` over stdio on a copy of the example project and prints the transcript.
#   ./bench/mcp-node-client/run.sh
# Needs node 20+ and npm (the SDK is installed into this folder's node_modules, not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
if [ ! -d "$here/node_modules/@modelcontextprotocol/sdk" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent)
fi
"$repo/plumbline" --version >/dev/null   # builds the CLI jar when it is missing or stale
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$repo/pom.xml" | head -1)"
project="$(mktemp -d)/example-project"
cp -r "$repo/example-project" "$project"
trap 'rm -rf "$(dirname "$project")"' EXIT
node "$here/client.mjs" java "$repo/cli/target/plumbline-cli-${version}-all.jar" "$project"
