#!/usr/bin/env bash
# Overhead of the activity agent (-javaagent:plumbline-agent.jar) on two real programs, each run
# in fresh JVMs, without and with the agent, alternating, N rounds: the example application
# (word counts of the repository's README files) and the Plumbline CLI validating the example's
# project memory (picocli, Jackson and the JSON Schema validator: a few thousand classes, every
# one instrumented, since the agent's default scope is every class not loaded by the JDK).
# Usage: bench/agent-overhead/run.sh [ROUNDS]   (needs `mvn install -DskipTests` done first)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-15}"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)"
AGENT="agent/target/plumbline-agent-${version}.jar"
APP="example-project/app/target/plumbline-example-app-${version}.jar"
LIB="example-project/library/target/plumbline-example-library-${version}.jar"
CLI="cli/target/plumbline-cli-${version}-all.jar"
for jar in "$AGENT" "$APP" "$LIB" "$CLI"; do
  [ -f "$jar" ] || { echo "[ERROR] $jar is missing: run mvn -B install -DskipTests first"; exit 1; }
done
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
exec /usr/bin/python3 - "$ROUNDS" "$AGENT" "$APP:$LIB" "$CLI" "$OUT" <<'PY'
import statistics, subprocess, sys, time
rounds, agent, app_cp, cli, out = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
java = ["java", "-Xshare:auto"]
# (name, agent options, program): the example as run-example runs it (its own packages only), the
# CLI with the agent's default scope (every class outside the JDK).
programs = {
    "example app (include=dev.plumbline.example)": (",include=dev.plumbline.example", ["-cp", app_cp, "dev.plumbline.example.app.WordCountApp", "--top", "5",
                    "README.md", "processor/README.md", "runtime-trainer/README.md"]),
    "plumbline CLI (default scope)": ("", ["-jar", cli, "memory", "validate", "-p",
                                          "example-project"]),
}
def run(args):
    start = time.perf_counter()
    subprocess.run(java + args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start
for name, (options, args) in programs.items():
    with_agent = [f"-javaagent:{agent}=out={out}{options}"] + args
    run(args); run(with_agent)  # warm the page cache
    plain, agented = [], []
    for i in range(rounds):
        pair = [(plain, args), (agented, with_agent)]
        if i % 2:
            pair.reverse()
        for times, a in pair:
            times.append(run(a))
    mp, ma = statistics.median(plain), statistics.median(agented)
    ratios = sorted(b / a for a, b in zip(plain, agented))
    print(f"[INFO] {name}: {rounds} rounds, median without agent {mp*1000:.0f} ms, with agent"
          f" {ma*1000:.0f} ms, ratio of medians {ma/mp:.3f} (pairs' median"
          f" {statistics.median(ratios):.3f}, range {ratios[0]:.3f}-{ratios[-1]:.3f})")
PY
