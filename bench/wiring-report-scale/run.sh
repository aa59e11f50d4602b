#!/usr/bin/env bash
# Renders the Mermaid graph of a generated 120-package application's wiring.md with the Mermaid
# CLI (npm @mermaid-js/mermaid-cli, Puppeteer pointed at Debian's chromium), to show that the
# graph Plumbline writes stays within Mermaid's default limits and renders.
#
#   bench/wiring-report-scale/run.sh
#
# Needs: chromium (apt-get install chromium), node + npm. The CLI is installed into
# target/mermaid-cli on the first run (PUPPETEER_SKIP_DOWNLOAD: no browser is downloaded).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/wiring-report-scale
mkdir -p "$out"
echo "[INFO] Generating and compiling the 120-package application (ReportScaleTest)"
mvn -B -q -Dstyle.color=never -pl processor test -Dtest=ReportScaleTest \
  -Dsurefire.failIfNoSpecifiedTests=false
report=processor/target/report-scale/wiring.md
awk '/^```mermaid$/{inside=1; next} /^```$/{inside=0} inside' "$report" > "$out/graph.mmd"
echo "[INFO] $(grep -c -- ' --> ' "$out/graph.mmd") edges, $(wc -c < "$out/graph.mmd") characters;" \
  "the report says: $(grep -m1 '^> ' "$report" | cut -c3-)"
if [ ! -x target/mermaid-cli/node_modules/.bin/mmdc ]; then
  mkdir -p target/mermaid-cli
  (cd target/mermaid-cli && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund \
    @mermaid-js/mermaid-cli > npm-install.log 2>&1)
fi
chromium_path=$(command -v chromium || command -v chromium-browser)
printf '{"executablePath": "%s", "args": ["--no-sandbox"]}\n' "$chromium_path" > "$out/puppeteer.json"
target/mermaid-cli/node_modules/.bin/mmdc -q -p "$out/puppeteer.json" \
  -i "$out/graph.mmd" -o "$out/graph.svg"
nodes=$(grep -o 'class="node ' "$out/graph.svg" | wc -l)
echo "✓ Rendered $out/graph.svg: $nodes nodes, $(wc -c < "$out/graph.svg") bytes"
