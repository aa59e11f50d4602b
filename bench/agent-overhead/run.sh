#!/usr/bin/env bash
# Overhead of the activity agent (-javaagent:plumbline-agent.jar) on two real programs, each run
# in fresh JVMs, alternating in one session, N rounds, medians:
#   none         no agent (the baseline of every ratio);
#   noop-agent   a do-nothing agent (empty premain): the JVM's floor for any -javaagent;
#   noop-hook    a do-nothing agent that registers a do-nothing ClassFileTransformer: the floor of
#                any agent that rewrites classes (the JVM calls it for every class it loads);
#   initialized  the Plumbline agent's default, marks=initialized (no transformer);
#   bytecode     the Plumbline agent with marks=bytecode (every class in scope rewritten).
# Programs: the example application (word counts of the repository's README files, scope
# include=dev.plumbline.example as ./run-example runs it), the Plumbline CLI validating the
# example's project memory (picocli, Jackson and the JSON Schema validator: a few thousand classes,
# the agent's default scope: every class not loaded by the JDK), and Apache Ant 1.10.15 (from
# Maven Central, pinned in pom.xml here) running a small build (mkdir, echo, copy, checksum;
# scope include=org.apache.tools.ant): a real program nobody here wrote.
# Wall time is what the goal is about; CPU time (user + system of all the JVM's threads) is printed
# too, as it moves less than wall time on a machine shared with other work.
# Usage: bench/agent-overhead/run.sh [ROUNDS]   (needs `mvn -B install -DskipTests` done first)
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
mvn -B -q -Dstyle.color=never -f bench/agent-overhead/pom.xml dependency:copy-dependencies \
  -DoutputDirectory="$OUT/ant-lib"
mkdir -p "$OUT/ant-build"
cat > "$OUT/ant-build/build.xml" <<'XML'
<project name="bench" default="all">
  <target name="all">
    <mkdir dir="out"/>
    <echo file="out/a.txt">hello from the agent bench</echo>
    <copy file="out/a.txt" tofile="out/b.txt" overwrite="true"/>
    <checksum file="out/b.txt" property="sum"/>
    <echo message="sum ${sum}"/>
  </target>
</project>
XML
# The two floors: one-class agents compiled here, so that the bench needs nothing but the JDK.
mkdir -p "$OUT/floors/src" "$OUT/floors/classes"
cat > "$OUT/floors/src/NoopAgent.java" <<'JAVA'
public final class NoopAgent {
  public static void premain(String options, java.lang.instrument.Instrumentation instrumentation) {}
}
JAVA
cat > "$OUT/floors/src/NoopHookAgent.java" <<'JAVA'
public final class NoopHookAgent implements java.lang.instrument.ClassFileTransformer {
  public static void premain(String options, java.lang.instrument.Instrumentation instrumentation) {
    instrumentation.addTransformer(new NoopHookAgent());
  }
}
JAVA
javac -d "$OUT/floors/classes" "$OUT/floors/src/"*.java
printf 'Premain-Class: NoopAgent\n' > "$OUT/floors/noop.mf"
printf 'Premain-Class: NoopHookAgent\n' > "$OUT/floors/hook.mf"
jar cfm "$OUT/noop-agent.jar" "$OUT/floors/noop.mf" -C "$OUT/floors/classes" NoopAgent.class
jar cfm "$OUT/noop-hook.jar" "$OUT/floors/hook.mf" -C "$OUT/floors/classes" NoopHookAgent.class
ANT_CP="$(find "$OUT/ant-lib" -name '*.jar' | sort | paste -sd: -)"
exec /usr/bin/python3 - "$ROUNDS" "$AGENT" "$APP:$LIB" "$CLI" "$OUT" "$ANT_CP" <<'PY'
import os, statistics, subprocess, sys, time
rounds, agent, app_cp, cli, out, ant_cp = (int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4],
                                           sys.argv[5], sys.argv[6])
java = ["java", "-Xshare:auto"]
# (name, the Plumbline agent's scope options, program arguments)
programs = [
    ("example app", ",include=dev.plumbline.example",
     ["-cp", app_cp, "dev.plumbline.example.app.WordCountApp", "--top", "5",
      "README.md", "processor/README.md", "runtime-trainer/README.md"]),
    ("plumbline CLI memory validate (default scope)", "",
     ["-jar", cli, "memory", "validate", "-p", "example-project"]),
    ("Apache Ant 1.10.15, a small build", ",include=org.apache.tools.ant",
     ["-cp", ant_cp, "org.apache.tools.ant.Main", "-q", "-f", f"{out}/ant-build/build.xml"]),
]
def variants(scope):
    plumbline = f"-javaagent:{agent}=out={out}/records{scope}"
    return {
        "none": [],
        "noop-agent": [f"-javaagent:{out}/noop-agent.jar"],
        "noop-hook": [f"-javaagent:{out}/noop-hook.jar"],
        "initialized": [plumbline],
        "bytecode": [plumbline + ",marks=bytecode"],
    }
def run(args):
    """Wall seconds and CPU seconds (user + system, all the JVM's threads) of one fresh JVM."""
    start = time.perf_counter()
    process = subprocess.Popen(java + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"[ERROR] {' '.join(java + args)} exited with {process.returncode}")
    return wall, usage.ru_utime + usage.ru_stime
for name, scope, args in programs:
    flags = variants(scope)
    for v in flags.values():
        run(v + args)  # warm the page cache
    times = {v: [] for v in flags}
    cpu = {v: [] for v in flags}
    order = list(flags)
    for i in range(rounds):
        # every variant once per round, in a rotated order, reversed every other round
        turn = order[i % len(order):] + order[:i % len(order)]
        if i % 2:
            turn.reverse()
        for v in turn:
            wall, used = run(flags[v] + args)
            times[v].append(wall)
            cpu[v].append(used)
    base, cpu_base = statistics.median(times["none"]), statistics.median(cpu["none"])
    floor = statistics.median(times["noop-agent"])
    print(f"[INFO] {name}: {rounds} rounds, median without agent {base*1000:.0f} ms wall,"
          f" {cpu_base*1000:.0f} ms CPU")
    for v in flags:
        m, c = statistics.median(times[v]), statistics.median(cpu[v])
        print(f"[INFO]   {v:<12} wall {m*1000:6.0f} ms, ratio of medians {m/base:.3f}"
              f" (over the do-nothing agent {m/floor:.3f}); CPU {c*1000:6.0f} ms, ratio"
              f" {c/cpu_base:.3f}")
PY
