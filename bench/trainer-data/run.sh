#!/usr/bin/env bash
# getBatch (B=64, T=1024) of the runtime trainer against numpy's memmap doing nanoGPT's get_batch
# on the same token file, alternating in one session; plus byte-level tokenizer throughput.
# Usage, from anywhere: bench/trainer-data/run.sh [rounds]
set -euo pipefail
ROUNDS="${1:-7}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$HERE/target"
PY=/usr/bin/python3   # Debian's interpreter, which Debian's python3-numpy belongs to

if ! "$PY" -c "import numpy" 2>/dev/null; then
  echo "[INFO] Installing Debian's python3-numpy"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q && $SUDO apt-get install -y -q python3-numpy
fi

cd "$ROOT"
echo "[INFO] Building runtime-trainer"
mvn -B -q -pl rules,runtime-trainer -am install -DskipTests
mvn -B -q -pl runtime-trainer dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
CP="$ROOT/runtime-trainer/target/classes:$(cat "$WORK/classpath.txt")"

# Real text: the Java sources of Guava and Apache Commons Lang, from Maven Central.
version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1; }
if [ ! -d "$WORK/corpus" ]; then
  mkdir -p "$WORK/jars" "$WORK/corpus"
  for artifact in "com.google.guava:guava:$(version guava.version)" \
                  "org.apache.commons:commons-lang3:$(version commons-lang3.version)"; do
    mvn -B -q dependency:copy -Dartifact="$artifact:jar:sources" -DoutputDirectory="$WORK/jars"
  done
  (cd "$WORK/corpus" && for jar in "$WORK"/jars/*-sources.jar; do jar xf "$jar"; done)
  find "$WORK/corpus" -type f ! -name '*.java' -delete
fi

JAVA=(java -Dai.djl.offline=true -Dfile.encoding=UTF-8 -cp "$CP" "$HERE/DataBench.java")
echo "[INFO] Tokenizing the corpus (byte-level) $ROUNDS times"
"${JAVA[@]}" tokenize "$WORK/corpus" "$WORK/tokenize" "$ROUNDS" | grep RESULT | tee "$WORK/tokenize.txt"
BIN="$WORK/tokenize/bin"

echo "[INFO] getBatch B=64 T=1024 on $(du -h "$BIN/train.bin" | cut -f1) of uint16 tokens, $ROUNDS alternating rounds"
: > "$WORK/getbatch.txt"
for round in $(seq 1 "$ROUNDS"); do
  "$PY" "$HERE/numpy_get_batch.py" "$BIN/train.bin" 20 200 | grep RESULT | tee -a "$WORK/getbatch.txt"
  "${JAVA[@]}" getbatch "$BIN" 200 200 | grep RESULT | tee -a "$WORK/getbatch.txt"
done

"$PY" - "$WORK/getbatch.txt" "$WORK/tokenize.txt" <<'PYEOF'
import re, statistics, sys
text = open(sys.argv[1]).read()
numpy_us = [float(v) for v in re.findall(r"numpy_median_us=([0-9.]+)", text)]
java_us = [float(v) for v in re.findall(r"java_median_us=([0-9.]+)", text)]
tok = dict(re.findall(r"(\w+)=([0-9.]+)", open(sys.argv[2]).read()))
n, j = statistics.median(numpy_us), statistics.median(java_us)
print("[INFO] getBatch B=64 T=1024: numpy memmap median %.1f us, Java median %.1f us,"
      " ratio numpy/java %.2f (goal >= 1.0), %d rounds" % (n, j, n / j, len(java_us)))
print("[INFO] byte-level tokenizer: encode %s MB/s, whole pipeline (read, hash, encode, write)"
      " %s MB/s on %s MB of Java sources" % (tok["encode_mb_s"], tok["pipeline_mb_s"], tok["corpus_mb"]))
PYEOF
