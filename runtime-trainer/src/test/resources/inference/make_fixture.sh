#!/usr/bin/env bash
# Rebuilds the PyTorch parity fixture: trains and exports tiny-gpt.safetensors with Plumbline,
# then runs the PyTorch side (Debian's python3-torch, installed when missing).
# Run from anywhere; needs the module compiled (mvn -pl runtime-trainer test-compile).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(cd "$here/../../../.." && pwd)"
cd "$module"
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  -Dmdep.includeScope=test
OMP_WAIT_POLICY=PASSIVE java -Dai.djl.offline=true -Dfile.encoding=UTF-8 \
  -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  dev.plumbline.trainer.inference.MakeParityModel "$here/tiny-gpt.safetensors"
if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  apt-get install -y python3-torch libopenblas0-pthread
fi
/usr/bin/python3 "$here/make_reference.py"
