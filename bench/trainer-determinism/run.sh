#!/usr/bin/env bash
# Determinism of CPU training: N fresh runs of the example's training config
# (example-project/training/configs/cpu-demo.yaml: 300 steps), each in a new JVM with an empty
# checkpoint directory; counts how many end with bit-identical state (weights, AdamW moments,
# sampler) and, for those that differ, the first step whose loss differs.
# Usage (from anywhere): bench/trainer-determinism/run.sh [runs, default 20] [extra JVM args...]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUNS="${1:-20}"
shift || true
WORK="$HERE/work/${LABEL:-latest}"   # LABEL=before keeps one set of results apart

cd "$ROOT"
# SKIP_BUILD=1 reuses what the last build installed (for a rerun with other JVM arguments).
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -Dstyle.color=never \
  -pl rules,runtime-trainer,example-project/training -am install -DskipTests
rm -rf "$WORK"; mkdir -p "$WORK/configs"
mvn -B -q -Dstyle.color=never -pl runtime-trainer dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt"
# Copies of the trainer's jar and of the harness: rebuilding or editing the project during the
# runs cannot change what they run. TRAINER_JAR and HARNESS measure another version (e.g. before).
cp "${TRAINER_JAR:-$(ls runtime-trainer/target/plumbline-runtime-trainer-*.jar)}" "$WORK/trainer.jar"
cp "${HARNESS:-$HERE/DeterminismRun.java}" "$WORK/DeterminismRun.java"
CP="$WORK/trainer.jar:$(cat "$WORK/classpath.txt")"
cp example-project/training/configs/cpu-demo.yaml "$WORK/configs/"
cp -r "$ROOT/example-project/training/training_data" "$WORK/training_data"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
echo "[INFO] $(nproc) CPUs, load average $(cut -d' ' -f1 /proc/loadavg), JVM args: $*"
for run in $(seq "$RUNS"); do
  rm -rf "$WORK/checkpoints"   # every run starts from step 0
  # A run that fails (it should not) is recorded as such and the others go on.
  java -Dai.djl.offline=true -Dfile.encoding=UTF-8 "$@" -cp "$CP" "$WORK/DeterminismRun.java" \
    "$WORK/configs/cpu-demo.yaml" > "$WORK/run-$run.log" 2>&1 || true
  grep '^\[INFO\] RESULT ' "$WORK/run-$run.log" | sed 's/^\[INFO\] RESULT //' >> "$WORK/results.txt" \
    || echo "step=0 state=FAILED(see-run-$run.log) losses=" >> "$WORK/results.txt"
  echo "[INFO] Run $run/$RUNS: $(tail -1 "$WORK/results.txt" | cut -c1-80)"
done
python3 "$HERE/summarize.py" "$WORK/results.txt"
