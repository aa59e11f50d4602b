#!/usr/bin/env bash
# NOT WIRED modules of real open-source applications, compiled here from their Maven Central
# sources jars, before and after this wave's verifier: the verifier at BASE (the wave's base commit,
# default 90fcf80) against the verifier of this checkout. Each application is compiled twice with
# javac and the verifier as an annotation processor, in no-annotation mode (every package a
# module; none of these applications knows Plumbline), with its main class as the entry point.
#
#   1. Apache Ant 1.10.15: a command-line tool that instantiates its tasks, types and listeners
#      from class names in its own configuration (taskdefs/defaults.properties, antlib.xml).
#   2. Spring Cloud Config Server 4.2.1: a Spring Boot application (ConfigServerApplication,
#      auto-configuration listed in META-INF/spring/...AutoConfiguration.imports).
#
#   bench/wiring-real-apps/run.sh [BASE_COMMIT]
#
# The class path of each application comes from its own pom (compile and provided scope, its
# optional dependencies included, as its own build compiles). Resources of the sources jar are
# copied into the output folder before javac runs, as Maven's resources step does. Writes
# target/<app>/{before,after}/ and prints the NOT WIRED modules of each run and the difference;
# the full reports are target/<app>/<run>/META-INF/plumbline/wiring.md.
#
# Ant gets a third run, "declared": this checkout's verifier with the roots a user of Plumbline
# would declare for Ant (META-INF/plumbline/roots.txt), generated here from Ant's own
# configuration, every class named in taskdefs/defaults.properties, types/defaults.properties and
# the antlib.xml files, each with the file that names it as its reason.
#
# Needs JDK 17+, Maven (Maven Central on the first run), git and python3.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK="$HERE/target"
BASE="${1:-90fcf80}"
mkdir -p "$WORK"
command -v python3 > /dev/null || { echo "[ERROR] python3 is needed (apt-get install python3)"; exit 1; }

echo "[INFO] building this checkout's verifier"
mvn -B -q -Dstyle.color=never -f "$ROOT/pom.xml" -pl rules,processor -am install -DskipTests
mvn -B -q -Dstyle.color=never -f "$ROOT/processor/pom.xml" dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$WORK/processor.classpath"
AFTER_PATH="$ROOT/processor/target/plumbline-processor-0.1.0-SNAPSHOT.jar:$(cat "$WORK/processor.classpath")"

# The base verifier is built from a copy of the commit's tree and packaged, never installed, so
# that it cannot replace this checkout's snapshot in the local repository. Its own annotations and
# memory jars replace the installed ones on its processor path.
echo "[INFO] building the verifier at ${BASE}"
rm -rf "$WORK/base-src" && mkdir -p "$WORK/base-src"
git -C "$ROOT" archive "$BASE" | tar -x -C "$WORK/base-src"
mvn -B -q -Dstyle.color=never -f "$WORK/base-src/pom.xml" -pl rules,processor -am package -Dmaven.test.skip=true
BEFORE_PATH="$WORK/base-src/processor/target/plumbline-processor-0.1.0-SNAPSHOT.jar"
for jar in $(tr ':' ' ' < "$WORK/processor.classpath"); do
  case "$jar" in
    */plumbline-annotations-*) jar="$WORK/base-src/annotations/target/plumbline-annotations-0.1.0-SNAPSHOT.jar" ;;
    */plumbline-memory-*) jar="$WORK/base-src/memory/target/plumbline-memory-0.1.0-SNAPSHOT.jar" ;;
  esac
  BEFORE_PATH="$BEFORE_PATH:$jar"
done

# fetch NAME GROUP:ARTIFACT:VERSION: the sources jar, the pom, and the pom's compile class path.
fetch() {
  local name="$1" coordinates="$2" dir="$WORK/$1"
  local group="${coordinates%%:*}" rest="${coordinates#*:}"
  local artifact="${rest%%:*}" version="${rest#*:}"
  mkdir -p "$dir"
  mvn -B -q -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy -Dartifact="${coordinates}:jar:sources" \
    -DoutputDirectory="$dir"
  mvn -B -q -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy -Dartifact="${coordinates}:pom" \
    -DoutputDirectory="$dir"
  rm -rf "$dir/deps"
  mvn -B -q -Dstyle.color=never -f "$dir/${artifact}-${version}.pom" dependency:copy-dependencies \
    -DincludeScope=compile -DoutputDirectory="$dir/deps"
  rm -rf "$dir/src" && mkdir -p "$dir/src"
  (cd "$dir/src" && jar xf "$dir/${artifact}-${version}-sources.jar")
  find "$dir/src" -name '*.java' | sort > "$dir/sources.txt"
  echo "[INFO] ${name}: $(wc -l < "$dir/sources.txt") source files," \
    "$(find "$dir/deps" -name '*.jar' | wc -l) jars on the class path"
}

# verify NAME RUN PROCESSOR_PATH ENTRY_POINT [ROOTS_FILE]: one javac compilation with the verifier.
verify() {
  local name="$1" run="$2" path="$3" entry="$4" roots="${5:-}" dir="$WORK/$1"
  local out="$dir/$run"
  rm -rf "$out" && mkdir -p "$out"
  (cd "$dir/src" && find . -type f ! -name '*.java' ! -path './META-INF/maven/*' \
    ! -name MANIFEST.MF -exec cp --parents {} "$out" \;)
  if [ -n "$roots" ]; then
    mkdir -p "$out/META-INF/plumbline" && cp "$roots" "$out/META-INF/plumbline/roots.txt"
  fi
  javac -encoding UTF-8 -nowarn -Xmaxerrs 20 -d "$out" \
    -cp "$(find "$dir/deps" -name '*.jar' | sort | paste -sd: -)" \
    -processorpath "$path" -processor dev.plumbline.processor.WiringProcessor \
    -Aplumbline.entryPoint="$entry" -Aplumbline.library="$name" -Aplumbline.memory=off \
    @"$dir/sources.txt" > "$dir/javac-$run.log" 2>&1 \
    || { echo "[ERROR] ${name} (${run}) did not compile: see $dir/javac-$run.log"; tail -20 "$dir/javac-$run.log"; exit 1; }
  grep -E '\[plumbline( PL[0-9]+)?\]' "$dir/javac-$run.log" | grep -v '^ ' | head -5 \
    | sed "s/^/[INFO] ${name} ${run}: /" || true
}

pinned() { sed -n "s:.*<realapps.$1>\\(.*\\)</realapps.$1>.*:\\1:p" "$HERE/pom.xml"; }
fetch ant "$(pinned ant)"
fetch config-server "$(pinned configServer)"
verify ant before "$BEFORE_PATH" org.apache.tools.ant.Main
verify ant after "$AFTER_PATH" org.apache.tools.ant.Main
# Ant's components by name, as a user would declare them: "class reason" per line.
(cd "$WORK/ant/src" && for config in org/apache/tools/ant/taskdefs/defaults.properties \
    org/apache/tools/ant/types/defaults.properties; do
  sed -n 's/^[a-z0-9-]*=\(org\.apache\.tools\.[A-Za-z0-9_.$]*\)$/\1/p' "$config" \
    | sed "s|\$| an Ant component loaded by name from ${config}|"
done
for config in $(find org -name antlib.xml | sort); do
  sed -n 's/.*classname="\(org\.apache\.tools\.[A-Za-z0-9_.$]*\)".*/\1/p' "$config" \
    | sed "s|\$| an Ant component loaded by name from ${config}|"
done) | sort -u -k1,1 | while read -r class reason; do
  # Only the classes of ant.jar's sources: the optional tasks of other Ant jars are not compiled here.
  if [ -f "$WORK/ant/src/${class//.//}.java" ]; then echo "$class $reason"; fi
done > "$WORK/ant/roots.txt"
echo "[INFO] ant: $(wc -l < "$WORK/ant/roots.txt") classes named in Ant's own configuration, declared as roots"
verify ant declared "$AFTER_PATH" org.apache.tools.ant.Main "$WORK/ant/roots.txt"
verify config-server before "$BEFORE_PATH" \
  org.springframework.cloud.config.server.ConfigServerApplication
verify config-server after "$AFTER_PATH" \
  org.springframework.cloud.config.server.ConfigServerApplication
python3 "$HERE/compare.py" "$WORK/ant" "$WORK/config-server" | tee "$WORK/summary.txt"
