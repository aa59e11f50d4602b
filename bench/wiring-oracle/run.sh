#!/usr/bin/env bash
# Oracle cross-check of the wiring verifier: the classes Plumbline finds reachable from the main
# class, against jdeps class-level reachability from the same class, on
#   1. the example project (built by the reactor), and
#   2. JUnit 4.13.2, a real open-source application (main class org.junit.runner.JUnitCore),
#      compiled here from its Maven -sources jar with the processor in no-annotation mode.
#
#   bench/wiring-oracle/run.sh
#
# Needs JDK 17+ (javac, jdeps), Maven and python3. Writes target/oracle-*.txt.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK="$HERE/target"
mkdir -p "$WORK"
command -v python3 > /dev/null || { echo "[ERROR] python3 is needed (apt-get install python3)"; exit 1; }

echo "[INFO] building the processor and the example project"
mvn -B -q -f "$ROOT/pom.xml" -pl rules,example-project/app -am install -DskipTests

# 1. The example project: app classes plus the library jar, from the app's main class.
APP="$ROOT/example-project/app/target"
LIBRARY_JAR="$ROOT/example-project/library/target/plumbline-example-library-0.1.0-SNAPSHOT.jar"
jdeps -verbose:class -filter:none --multi-release 17 "$APP/classes" "$LIBRARY_JAR" \
  > "$WORK/jdeps-example.txt"
python3 "$HERE/compare.py" "$APP/classes/META-INF/plumbline/wiring.json" "$WORK/jdeps-example.txt" \
  dev.plumbline.example.app.WordCountApp "example project" | tee "$WORK/oracle-example.txt"

# 2. JUnit 4 from its sources jar (every package a module, main class configured by option).
VERSION=$(sed -n 's:.*<oracle.junit4.version>\(.*\)</oracle.junit4.version>.*:\1:p' "$HERE/pom.xml")
mvn -B -q -f "$HERE/pom.xml" dependency:copy-dependencies -DoutputDirectory="$WORK/deps" \
  -DexcludeArtifactIds=junit -DincludeScope=runtime
mvn -B -q -f "$HERE/pom.xml" dependency:copy \
  -Dartifact="junit:junit:${VERSION}:jar:sources" -DoutputDirectory="$WORK"
mvn -B -q -f "$ROOT/processor/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$WORK/processor.classpath"
rm -rf "$WORK/junit-src" "$WORK/junit-classes" && mkdir -p "$WORK/junit-src" "$WORK/junit-classes"
(cd "$WORK/junit-src" && jar xf "$WORK/junit-${VERSION}-sources.jar")
find "$WORK/junit-src" -name '*.java' > "$WORK/junit-sources.txt"
javac -encoding UTF-8 -Xlint:none -d "$WORK/junit-classes" \
  -cp "$(find "$WORK/deps" -name '*.jar' | sort | paste -sd: -)" \
  -processorpath "$ROOT/processor/target/plumbline-processor-0.1.0-SNAPSHOT.jar:$(cat "$WORK/processor.classpath")" \
  -processor dev.plumbline.processor.WiringProcessor \
  -Aplumbline.entryPoint=org.junit.runner.JUnitCore -Aplumbline.library=junit \
  -Aplumbline.warnings=false -Aplumbline.memory=off @"$WORK/junit-sources.txt" 2>&1 | grep '\[plumbline\]' || true
jdeps -verbose:class -filter:none --multi-release 17 "$WORK/junit-classes" > "$WORK/jdeps-junit.txt"
python3 "$HERE/compare.py" "$WORK/junit-classes/META-INF/plumbline/wiring.json" \
  "$WORK/jdeps-junit.txt" org.junit.runner.JUnitCore "JUnit ${VERSION}" | tee "$WORK/oracle-junit.txt"
