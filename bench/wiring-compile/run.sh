#!/usr/bin/env bash
# Compile time of Guava (from its Maven -sources jar) with and without the Plumbline wiring
# verifier, alternating the variants in one session; prints the medians and their ratios.
#
# javac runs two ways, because they differ for a plugin:
#   tools_*  in-process through the javax.tools API (ToolsJavac.java), the way maven-compiler-plugin
#            (unless forked), Gradle and IDEs run it. Such a javac keeps every comment and end
#            position while parsing whatever the plugins, so a TaskListener adds nothing there.
#   the rest the javac command, which keeps them only once some TaskListener exists.
# Variants, one compilation each:
#   tools_without, without   -proc:none: the baselines
#   tools_plugin, plugin     the verifier as a javac plugin (-proc:none -Xplugin:Plumbline): no
#                            processing rounds
#   with      the verifier as an annotation processor (the default setup), javac command
#   noop      a processor that does nothing: javac's annotation-processing machinery alone, which
#             enters every source file again for the round after the last one
#   listener  a plugin whose TaskListener does nothing: what the javac command itself spends once
#             any TaskListener exists, the floor under the plugin there
# tools_plugin/tools_without is the figure the goal (<= 1.05) is about: javac as builds run it.
# plugin/without is the same with the javac command; with/without is the processor mode's cost
# and noop/without the share of it that any annotation processor costs. The project-memory
# listener is switched off (-Aplumbline.memory=off): this bench measures the wiring verifier.
#
#   bench/wiring-compile/run.sh [RUNS] [all|tools|processor|warm|warm-processor]
#     RUNS per variant, default 5. "all" (the default) runs every variant, about 75 s per run;
#     "tools" only the goal's pair, about 22 s per run, so that more runs fit. "processor" the
#     processor mode's goal pair (issue 20, <= 1.03): through javax.tools, a do-nothing processor
#     (tools_noop) against the verifier as an annotation processor (tools_processor), alternating,
#     about 26 s per run; the same javac, rounds and all, so the ratio is the verifier's own cost
#     in processor mode. "warm" is not the
#     goal's figure but a steadier look at the verifier's own cost: RUNS rounds (10 or so; after
#     3 warm-up rounds) of the goal's pair in one JVM, where javac is warm and the verifier,
#     loaded anew each time, is as cold as in a build (WarmCompiles.java); about 6 s per round.
#     "warm-processor" the same for the processor mode's pair: the do-nothing processor against the
#     verifier as processor, in one JVM, javac's main-thread CPU per compilation.
#
# Needs JDK 17+ and Maven (Maven Central on the first run). Other load on the machine shows up in
# the spread of the runs: compare the medians, and rerun on a quiet machine for a final figure.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK="${WORK_DIR:-$HERE/target}"
RUNS="${1:-5}"
WHICH="${2:-all}"
case "$WHICH" in
  all | tools | processor | warm | warm-processor) ;;
  *) echo "[ERROR] the second argument is all, tools, processor, warm or warm-processor, not '$WHICH'" >&2
    exit 2 ;;
esac
GUAVA_VERSION=$(sed -n 's:.*<guava.version>\(.*\)</guava.version>.*:\1:p' "$ROOT/pom.xml")

# SKIP_BUILD=1 uses the processor jar already built in processor/target (an unchanged checkout);
# WORK_DIR puts the working files elsewhere than target/ (two runs at once).
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "[INFO] building the processor"
  mvn -B -q -f "$ROOT/pom.xml" -pl rules,processor -am install -DskipTests
fi
mkdir -p "$WORK"
echo "[INFO] fetching Guava ${GUAVA_VERSION} sources and class path"
mvn -B -q -f "$HERE/pom.xml" dependency:copy-dependencies -DoutputDirectory="$WORK/deps" \
  -DexcludeArtifactIds=guava -DincludeScope=runtime
mvn -B -q -f "$HERE/pom.xml" dependency:copy \
  -Dartifact="com.google.guava:guava:${GUAVA_VERSION}:jar:sources" -DoutputDirectory="$WORK"
mvn -B -q -f "$ROOT/processor/pom.xml" dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$WORK/processor.classpath"
PROCESSOR_PATH="$ROOT/processor/target/plumbline-processor-0.1.0-SNAPSHOT.jar:$(cat "$WORK/processor.classpath")"

rm -rf "$WORK/src" && mkdir -p "$WORK/src"
(cd "$WORK/src" && jar xf "$WORK/guava-${GUAVA_VERSION}-sources.jar")
find "$WORK/src" -name '*.java' ! -name module-info.java > "$WORK/sources.txt"
DEPS=$(find "$WORK/deps" -name '*.jar' | sort | paste -sd: -)
rm -rf "$WORK/noop" && mkdir -p "$WORK/noop"
javac -d "$WORK/noop" "$HERE/NoopProcessor.java"
rm -rf "$WORK/tools" && mkdir -p "$WORK/tools"
javac -d "$WORK/tools" "$HERE/ToolsJavac.java" "$HERE/WarmCompiles.java"
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

# The same through javax.tools, in a JVM of its own per compilation as Maven's in-process compiler
# is in a fresh build; JVM options (the plugin's exports) come first, then "--", then javac's.
compile_tools() {
  local out="$WORK/out-$1" jvm_options=()
  shift
  while [ "$1" != "--" ]; do jvm_options+=("$1"); shift; done
  shift
  rm -rf "$out" && mkdir -p "$out"
  local TIMEFORMAT='%R %U %S'
  { time java -Xmx2g "${jvm_options[@]}" -cp "$WORK/tools" dev.plumbline.bench.ToolsJavac \
      -encoding UTF-8 -Xmaxwarns 1 -d "$out" -cp "$DEPS" "$@" @"$WORK/sources.txt" \
      > "$WORK/javac-$(basename "$out").log" 2>&1; } 2> "$WORK/time.txt"
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$WORK/time.txt"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# The plugin reaches javac's processing environment through javac's internal packages: the JVM
# running javac must export them (a Maven build gets them from .mvn/jvm.config).
EXPORTS=(--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED)
PLUGIN_JVM_OPTIONS=("${EXPORTS[@]/#/-J}")
PLUGIN_OPTIONS=(-proc:none -Xplugin:Plumbline -processorpath "$PROCESSOR_PATH"
  -Aplumbline.library=guava -Aplumbline.memory=off)
PROCESSOR_OPTIONS=(-processorpath "$PROCESSOR_PATH" -processor dev.plumbline.processor.WiringProcessor
  -Aplumbline.library=guava -Aplumbline.memory=off)
NOOP_OPTIONS=(-processorpath "$WORK/noop" -processor dev.plumbline.bench.NoopProcessor)
if [ "$WHICH" = warm ]; then
  rm -rf "$WORK/out-warm" && mkdir -p "$WORK/out-warm"
  java -Xmx3g "${EXPORTS[@]}" -cp "$WORK/tools" dev.plumbline.bench.WarmCompiles 3 "$RUNS" \
    "$WORK/sources.txt" "$DEPS" "$WORK/out-warm" -- -proc:none -- "${PLUGIN_OPTIONS[@]}"
  ls "$WORK"/out-warm/dev/plumbline/index/Wiring_guava_*.class > /dev/null
  exit 0
fi
if [ "$WHICH" = warm-processor ]; then
  rm -rf "$WORK/out-warm" && mkdir -p "$WORK/out-warm"
  java -Xmx3g -Dwarm.first="do-nothing processor" -Dwarm.second="verifier as processor" \
    -cp "$WORK/tools" dev.plumbline.bench.WarmCompiles 3 "$RUNS" "$WORK/sources.txt" "$DEPS" \
    "$WORK/out-warm" -- "${NOOP_OPTIONS[@]}" -- "${PROCESSOR_OPTIONS[@]}"
  ls "$WORK"/out-warm/dev/plumbline/index/Wiring_guava_*.class > /dev/null
  exit 0
fi
if [ "$WHICH" = processor ]; then
  VARIANTS="tools_noop tools_processor"
  for variant in $VARIANTS; do : > "$WORK/times-$variant.txt"; done
  for run in $(seq 1 "$RUNS"); do
    if [ $((run % 2)) = 1 ]; then
      tools_noop=$(compile_tools tools-noop -- "${NOOP_OPTIONS[@]}")
      tools_processor=$(compile_tools tools-processor -- "${PROCESSOR_OPTIONS[@]}")
    else
      tools_processor=$(compile_tools tools-processor -- "${PROCESSOR_OPTIONS[@]}")
      tools_noop=$(compile_tools tools-noop -- "${NOOP_OPTIONS[@]}")
    fi
    echo "[INFO] run ${run}/${RUNS} (wall s, cpu s): javax.tools do-nothing processor" \
      "${tools_noop}, verifier as processor ${tools_processor}"
    for variant in $VARIANTS; do echo "${!variant}" >> "$WORK/times-$variant.txt"; done
  done
  grep -hE '\[plumbline( PL[0-9]+)?\]' "$WORK/javac-out-tools-processor.log" \
    | sed 's/^/[INFO] processor through javax.tools said: /' || true
  ls "$WORK"/out-tools-processor/dev/plumbline/index/Wiring_guava_*.class > /dev/null
fi
VARIANTS="tools_without tools_plugin"
if [ "$WHICH" = all ]; then VARIANTS="$VARIANTS without plugin with noop listener"; fi
MAIN_RUNS="$RUNS"
if [ "$WHICH" = processor ]; then VARIANTS="" MAIN_RUNS=0; fi
for variant in $VARIANTS; do : > "$WORK/times-$variant.txt"; done
for run in $(seq 1 "$MAIN_RUNS"); do
  # The goal's pair in alternating order, so that drift within a run favours neither.
  if [ $((run % 2)) = 1 ]; then
    tools_without=$(compile_tools tools-without -- -proc:none)
    tools_plugin=$(compile_tools tools-plugin "${EXPORTS[@]}" -- "${PLUGIN_OPTIONS[@]}")
  else
    tools_plugin=$(compile_tools tools-plugin "${EXPORTS[@]}" -- "${PLUGIN_OPTIONS[@]}")
    tools_without=$(compile_tools tools-without -- -proc:none)
  fi
  if [ "$WHICH" = all ]; then
    without=$(compile without -proc:none)
    plugin=$(compile plugin "${PLUGIN_JVM_OPTIONS[@]}" "${PLUGIN_OPTIONS[@]}")
    with=$(compile with -processorpath "$PROCESSOR_PATH" \
      -processor dev.plumbline.processor.WiringProcessor -Aplumbline.library=guava \
      -Aplumbline.memory=off)
    noop=$(compile noop -processorpath "$WORK/noop" -processor dev.plumbline.bench.NoopProcessor)
    listener=$(compile listener -proc:none -Xplugin:NoopListener -processorpath "$WORK/listener")
    echo "[INFO] run ${run}/${RUNS} (wall s, cpu s): javax.tools without ${tools_without}," \
      "plugin ${tools_plugin}; javac command without ${without}, plugin ${plugin}," \
      "with ${with}, noop ${noop}, listener ${listener}"
  else
    echo "[INFO] run ${run}/${RUNS} (wall s, cpu s): javax.tools without ${tools_without}," \
      "plugin ${tools_plugin}"
  fi
  for variant in $VARIANTS; do echo "${!variant}" >> "$WORK/times-$variant.txt"; done
done

if [ "$WHICH" != processor ]; then
  grep -hE '\[plumbline( PL[0-9]+)?\]' "$WORK/javac-out-tools-plugin.log" \
    | sed 's/^/[INFO] plugin through javax.tools said: /' || true
  ls "$WORK"/out-tools-plugin/dev/plumbline/index/Wiring_guava_*.class > /dev/null
fi
if [ "$WHICH" = all ]; then
  grep -hE '\[plumbline( PL[0-9]+)?\]' "$WORK/javac-out-with.log" | sed 's/^/[INFO] processor said: /' || true
  grep -hE '\[plumbline( PL[0-9]+)?\]' "$WORK/javac-out-plugin.log" | sed 's/^/[INFO] plugin said: /' || true
  ls "$WORK"/out-with/dev/plumbline/index/Wiring_guava_*.class > /dev/null
  # All three runs of the verifier must have found the same thing: identical reports.
  cmp "$WORK/out-with/META-INF/plumbline/wiring.json" \
    "$WORK/out-plugin/META-INF/plumbline/wiring.json"
  cmp "$WORK/out-plugin/META-INF/plumbline/wiring.json" \
    "$WORK/out-tools-plugin/META-INF/plumbline/wiring.json"
fi
column_median() {
  awk -v c="$1" '{ print $c }' "$WORK/times-$2.txt" | median
}
# javac as builds run it: the goal's figure.
report_tools() {
  local column="$1" label="$2" without plugin
  without=$(column_median "$column" tools_without)
  plugin=$(column_median "$column" tools_plugin)
  awk -v b="$without" -v p="$plugin" -v l="$label" 'BEGIN {
    printf "✓ javax.tools, %s: median without %.2f s, plugin %.2f s: plugin/without %.3f", l, b, p, p / b
    printf " (goal <= 1.05)\n" }'
}
# The javac command: the same plugin, the processor mode, and the two do-nothing floors.
report_command() {
  local column="$1" label="$2" without plugin with noop listener
  without=$(column_median "$column" without)
  plugin=$(column_median "$column" plugin)
  with=$(column_median "$column" with)
  noop=$(column_median "$column" noop)
  listener=$(column_median "$column" listener)
  awk -v b="$without" -v p="$plugin" -v a="$with" -v n="$noop" -v t="$listener" -v l="$label" 'BEGIN {
    printf "✓ javac command, %s: median without %.2f s, plugin %.2f s, processor %.2f s,", l, b, p, a
    printf " noop %.2f s, listener %.2f s\n", n, t
    printf "✓ javac command, %s: plugin/without %.3f, processor/without %.3f,", l, p / b, a / b
    printf " noop/without %.3f, processor/noop %.3f, listener/without %.3f, plugin/listener %.3f\n",
      n / b, a / n, t / b, p / t }'
}
# The same ratio from the runs' pairs: each run's plugin time over the same run's baseline.
# Load that drifts during the session moves both halves of a pair alike. Prints the median of the
# pairs' ratios, and their mean with a 95 % interval (mean +- 2 standard errors): on a noisy
# machine the interval says how far the figure can be trusted.
paired() {
  local column="$1" label="$2" plugin="$3" without="$4" how="$5" pair="${6:-plugin/without}" ratios
  ratios=$(paste "$WORK/times-$plugin.txt" "$WORK/times-$without.txt" \
    | awk -v c="$column" -v n=2 '{ print $c / $(c + n) }')
  echo "$ratios" | median | awk -v l="$label" -v h="$how" \
    -v p="$pair" '{ printf "✓ %s, %s: median of the runs'"'"' %s ratios %.3f", h, l, p, $1 }'
  echo "$ratios" | awk '{ s += $1; q += $1 * $1; n++ } END {
    m = s / n; sd = n > 1 ? sqrt((q - n * m * m) / (n - 1)) : 0; e = 2 * sd / sqrt(n)
    printf ", mean %.3f (95 %% interval %.3f to %.3f)\n", m, m - e, m + e }'
}
# Processor mode: the verifier against a do-nothing processor, javax.tools (issue 20's goal).
report_processor() {
  local column="$1" label="$2" noop processor
  noop=$(column_median "$column" tools_noop)
  processor=$(column_median "$column" tools_processor)
  awk -v b="$noop" -v p="$processor" -v l="$label" 'BEGIN {
    printf "✓ javax.tools, %s: median do-nothing processor %.2f s, verifier as processor %.2f s:", l, b, p
    printf " processor/noop %.3f (goal <= 1.03)\n", p / b }'
}
if [ "$WHICH" = processor ]; then
  report_processor 1 "wall time"
  report_processor 2 "CPU time "
  paired 1 "wall time" tools_processor tools_noop javax.tools processor/noop
  paired 2 "CPU time " tools_processor tools_noop javax.tools processor/noop
  echo "[INFO] load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi
report_tools 1 "wall time"
report_tools 2 "CPU time "
paired 1 "wall time" tools_plugin tools_without javax.tools
paired 2 "CPU time " tools_plugin tools_without javax.tools
if [ "$WHICH" = all ]; then
  report_command 1 "wall time"
  report_command 2 "CPU time "
  paired 1 "wall time" plugin without "javac command"
  paired 2 "CPU time " plugin without "javac command"
fi
echo "[INFO] load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
