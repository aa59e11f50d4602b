#!/usr/bin/env bash
# Compile time of Guava (from its Maven -sources jar) with and without the Plumbline wiring
# verifier, alternating the variants in one session; prints the medians and their ratios.
# Variants, one javac each:
#   without  javac -proc:none: the baseline
#   plugin   the verifier as a javac plugin (-proc:none -Xplugin:Plumbline): no processing rounds
#   with     the verifier as an annotation processor (the default setup)
#   noop     a processor that does nothing: javac's annotation-processing machinery alone, which
#            enters every source file again for the round after the last one
#   listener a plugin whose TaskListener does nothing: what javac itself spends once any
#            TaskListener exists (it keeps comments and end positions while parsing), the floor
#            under the plugin
# plugin/without is the figure the goal (<= 1.05) is about; with/without is the processor mode's
# cost and noop/without the share of it that any annotation processor costs. The project-memory
# listener is switched off (-Aplumbline.memory=off): this bench measures the wiring verifier.
#
#   bench/wiring-compile/run.sh [RUNS]      RUNS per variant, default 5
#
# Needs JDK 17+ and Maven (Maven Central on the first run). Other load on the machine shows up in
# the spread of the runs: compare the medians, and rerun on a quiet machine for a final figure.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK="$HERE/target"
RUNS="${1:-5}"
GUAVA_VERSION=$(sed -n 's:.*<guava.version>\(.*\)</guava.version>.*:\1:p' "$ROOT/pom.xml")

echo "[INFO] building the processor"
mvn -B -q -f "$ROOT/pom.xml" -pl rules,processor -am install -DskipTests
mkdir -p "$WORK"
echo "[INFO] fetching Guava ${GUAVA_VERSION} sources and class path"
mvn -B -q -f "$HERE/pom.xml" dependency:copy-dependencies -DoutputDirectory="$WORK/deps" \
  -DexcludeArtifactIds=guava -DincludeScope=runtime
mvn -B -q -f "$HERE/pom.xml" dependency:copy \
  -Dartifact="com.google.guava:guava:${GUAVA_VERSION}:jar:sources" -DoutputDirectory="$WORK"
mvn -B -q -f "$ROOT/processor/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$WORK/processor.classpath"
PROCESSOR_PATH="$ROOT/processor/target/plumbline-processor-0.1.0-SNAPSHOT.jar:$(cat "$WORK/processor.classpath")"

rm -rf "$WORK/src" && mkdir -p "$WORK/src"
(cd "$WORK/src" && jar xf "$WORK/guava-${GUAVA_VERSION}-sources.jar")
find "$WORK/src" -name '*.java' ! -name module-info.java > "$WORK/sources.txt"
DEPS=$(find "$WORK/deps" -name '*.jar' | sort | paste -sd: -)
rm -rf "$WORK/noop" && mkdir -p "$WORK/noop"
javac -d "$WORK/noop" "$HERE/NoopProcessor.java"
rm -rf "$WORK/listener" && mkdir -p "$WORK/listener/META-INF/services"
javac -d "$WORK/listener" "$HERE/NoopListenerPlugin.java"
echo dev.plumbline.bench.NoopListenerPlugin > "$WORK/listener/META-INF/services/com.sun.source.util.Plugin"
echo "[INFO] $(wc -l < "$WORK/sources.txt") Guava source files, ${RUNS} runs per variant"

# One timed javac run (not -Xlint:none or -nowarn: javac then hides processor NOTEs, the
# verifier's summary among them); prints "wall-seconds cpu-seconds". CPU time (user + system) is the steadier
# figure on a shared machine: other processes lengthen the wall time, much less the CPU time.
compile() {
  local out="$WORK/out-$1"
  shift
  rm -rf "$out" && mkdir -p "$out"
  local TIMEFORMAT='%R %U %S'
  { time javac -J-Xmx2g -encoding UTF-8 -Xmaxwarns 1 -d "$out" -cp "$DEPS" "$@" \
      @"$WORK/sources.txt" > "$WORK/javac-$(basename "$out").log" 2>&1; } 2> "$WORK/time.txt"
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$WORK/time.txt"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# The plugin reaches javac's processing environment through javac's internal packages: the JVM
# running javac must export them (a Maven build gets them from .mvn/jvm.config).
PLUGIN_JVM_OPTIONS=(-J--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED
  -J--add-exports=jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED)
VARIANTS="without plugin with noop listener"
for variant in $VARIANTS; do : > "$WORK/times-$variant.txt"; done
for run in $(seq 1 "$RUNS"); do
  without=$(compile without -proc:none)
  plugin=$(compile plugin "${PLUGIN_JVM_OPTIONS[@]}" -proc:none -Xplugin:Plumbline \
    -processorpath "$PROCESSOR_PATH" -Aplumbline.library=guava -Aplumbline.memory=off)
  with=$(compile with -processorpath "$PROCESSOR_PATH" \
    -processor dev.plumbline.processor.WiringProcessor -Aplumbline.library=guava \
    -Aplumbline.memory=off)
  noop=$(compile noop -processorpath "$WORK/noop" -processor dev.plumbline.bench.NoopProcessor)
  listener=$(compile listener -proc:none -Xplugin:NoopListener -processorpath "$WORK/listener")
  for variant in $VARIANTS; do echo "${!variant}" >> "$WORK/times-$variant.txt"; done
  echo "[INFO] run ${run}/${RUNS} (wall s, cpu s): without ${without}, plugin ${plugin}," \
    "with ${with}, noop ${noop}, listener ${listener}"
done

grep -h '\[plumbline\]' "$WORK/javac-out-with.log" | sed 's/^/[INFO] processor said: /' || true
grep -h '\[plumbline\]' "$WORK/javac-out-plugin.log" | sed 's/^/[INFO] plugin said: /' || true
test -f "$WORK/out-with/dev/plumbline/index/Wiring_guava.class"
test -f "$WORK/out-plugin/dev/plumbline/index/Wiring_guava.class"
# Both modes must have found the same thing: identical reports.
cmp "$WORK/out-with/META-INF/plumbline/wiring.json" "$WORK/out-plugin/META-INF/plumbline/wiring.json"
report() {
  local column="$1" label="$2" without plugin with noop listener
  without=$(awk -v c="$column" '{ print $c }' "$WORK/times-without.txt" | median)
  plugin=$(awk -v c="$column" '{ print $c }' "$WORK/times-plugin.txt" | median)
  with=$(awk -v c="$column" '{ print $c }' "$WORK/times-with.txt" | median)
  noop=$(awk -v c="$column" '{ print $c }' "$WORK/times-noop.txt" | median)
  listener=$(awk -v c="$column" '{ print $c }' "$WORK/times-listener.txt" | median)
  awk -v b="$without" -v p="$plugin" -v a="$with" -v n="$noop" -v t="$listener" -v l="$label" 'BEGIN {
    printf "✓ %s: median without %.2f s, plugin %.2f s, processor %.2f s, noop %.2f s,", l, b, p, a, n
    printf " listener %.2f s\n", t
    printf "✓ %s: plugin/without %.3f (goal <= 1.05), processor/without %.3f,", l, p / b, a / b
    printf " noop/without %.3f, processor/noop %.3f, listener/without %.3f, plugin/listener %.3f\n",
      n / b, a / n, t / b, p / t }'
}
# The same figure from the runs' pairs: each run's plugin time over the same run's plain javac,
# median over the runs. Load that drifts during the session moves both halves of a pair alike.
paired() {
  local column="$1" label="$2"
  paste "$WORK/times-plugin.txt" "$WORK/times-without.txt" \
    | awk -v c="$column" -v n=2 '{ print $c / $(c + n) }' | median \
    | awk -v l="$label" '{ printf "✓ %s: median of the runs'"'"' plugin/without ratios %.3f\n", l, $1 }'
}
report 1 "wall time"
report 2 "CPU time "
paired 1 "wall time"
paired 2 "CPU time "
echo "[INFO] load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
