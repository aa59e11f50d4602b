#!/usr/bin/env bash
# Text generation throughput: Plumbline's TrainedGpt.generate against nanoGPT's generate loop in
# PyTorch (Debian's python3-torch with OpenBLAS) on the same exported weights (the parity
# fixture, a GPT trained on the license texts), alternating in one session, one thread each;
# prints both tokens per second per round and the ratio of medians (goal >= 0.9).
# Both sides generate a 200-token warm-up first (the JVM's JIT compiles the loop meanwhile), so
# the figures are steady-state throughput.
# Usage, from anywhere: bench/generation/run.sh [rounds] [tokens]
# SKIP_BUILD=1 reuses runtime-trainer/target/classes and target/classpath.txt from an earlier run.
set -euo pipefail
ROUNDS="${1:-7}"
TOKENS="${2:-500}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$HERE/target"
WEIGHTS="$ROOT/runtime-trainer/src/test/resources/inference/tiny-gpt.safetensors"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
mkdir -p "$WORK/classes"

if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  echo "[INFO] Installing Debian's python3-torch and OpenBLAS"
  $SUDO apt-get update -q && $SUDO apt-get install -y -q python3-torch libopenblas0-pthread
fi

cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "[INFO] Building runtime-trainer"
  mvn -B -q -pl rules,runtime-trainer -am install -DskipTests
  mvn -B -q -pl runtime-trainer dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
fi
CP="$ROOT/runtime-trainer/target/classes:$(cat "$WORK/classpath.txt")"
javac -d "$WORK/classes" -cp "$CP" "$HERE/GenerationBench.java"

export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
: > "$WORK/result.txt"
for round in $(seq 1 "$ROUNDS"); do
  java -Dai.djl.offline=true -Dfile.encoding=UTF-8 -cp "$WORK/classes:$CP" GenerationBench \
    "$WEIGHTS" "$TOKENS" | grep '^plumbline ' | tee -a "$WORK/result.txt"
  /usr/bin/python3 "$HERE/generation_bench.py" "$WEIGHTS" "$TOKENS" | tee -a "$WORK/result.txt"
done
/usr/bin/python3 - "$WORK/result.txt" <<'PY'
import statistics, sys
runs = {"plumbline": [], "pytorch": []}
for line in open(sys.argv[1]):
    name, value = line.split()
    runs[name].append(float(value))
ours, peer = statistics.median(runs["plumbline"]), statistics.median(runs["pytorch"])
print(f"[INFO] median tok/s: plumbline {ours:.1f}, pytorch {peer:.1f}; ratio {ours / peer:.3f}"
      f" (goal >= 0.9; {len(runs['plumbline'])} alternating rounds)")
PY
