#!/usr/bin/env bash
# Trainer throughput: Plumbline's DJL trainer against a nanoGPT-style PyTorch loop on this CPU,
# same GPT (4 layers, 4 heads, width 128, block 128, batch 16, fp32), alternating in one session.
# Usage (from anywhere): bench/trainer-throughput/run.sh [rounds, default 5]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ROUNDS="${1:-5}"
STEPS=30
WARMUP=5
WORK="$HERE/work"
PY=/usr/bin/python3   # Debian's interpreter: python3-torch is installed for it, not for a pyenv python

# The PyTorch peer: Debian's python3-torch, with OpenBLAS (the reference BLAS is ~30x slower).
missing=()
$PY -c 'import torch' 2>/dev/null || missing+=(python3-torch)
$PY -c 'import numpy' 2>/dev/null || missing+=(python3-numpy)
dpkg -s libopenblas0-pthread >/dev/null 2>&1 || missing+=(libopenblas0-pthread)
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "[INFO] Installing ${missing[*]}"
  until $SUDO apt-get update -q && $SUDO DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; do
    echo "[WARN] apt-get failed (another install may hold the dpkg lock); retrying in 15 s"; sleep 15
  done
fi
echo "[INFO] BLAS behind python3-torch: $(readlink -f /etc/alternatives/libblas.so.3-x86_64-linux-gnu)"

cd "$ROOT"
mvn -B -q -pl rules,runtime-trainer -am install -DskipTests
rm -rf "$WORK"; mkdir -p "$WORK"
mvn -B -q -pl runtime-trainer dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$WORK/classpath.txt"
CP="$ROOT/runtime-trainer/target/classes:$(cat "$WORK/classpath.txt")"
# libgomp's default busy-waiting collapses under a loaded CPU (one descheduled spinning thread
# stalls every parallel region: 7x slower here at load 17). Passive waiting for both contenders.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
echo "[INFO] OMP_WAIT_POLICY=$OMP_WAIT_POLICY, $(nproc) CPUs, load average $(cut -d' ' -f1 /proc/loadavg)"
for round in $(seq "$ROUNDS"); do
  rm -rf "$WORK/checkpoints"   # a leftover checkpoint would make the trainer resume, not train
  java -Dai.djl.offline=true -Dfile.encoding=UTF-8 -cp "$CP" "$HERE/TrainerThroughput.java" \
    "$HERE/bench.yaml" "$WARMUP" | tee "$WORK/java-$round.log" | grep '^\[INFO\] RESULT ' \
    | sed 's/^\[INFO\] RESULT //' >> "$WORK/java.jsonl"
  "$PY" "$HERE/nanogpt_bench.py" --train-bin "$WORK/dataset_cache/bin/train.bin" \
    --steps "$STEPS" --warmup-steps "$WARMUP" >> "$WORK/torch.jsonl"
  echo "[INFO] Round $round/$ROUNDS: Plumbline $(tail -1 "$WORK/java.jsonl")"
  echo "[INFO] Round $round/$ROUNDS: PyTorch   $(tail -1 "$WORK/torch.jsonl")"
done
"$PY" "$HERE/summarize.py" "$WORK" 4 4 128 128 256
