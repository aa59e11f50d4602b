#!/usr/bin/env bash
# PDF text extraction throughput: the trainer's PdfTextExtractor (Apache PDFBox) against pdftotext
# (Debian's poppler-utils) on the same real PDFs, alternating in one session; prints the MB/s of
# both (PDF bytes per second) and their ratio of medians.
# Usage, from anywhere: bench/trainer-pdf/run.sh [rounds]
set -euo pipefail
ROUNDS="${1:-7}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$HERE/target"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
mkdir -p "$WORK/pdf" "$WORK/classes"

if ! command -v pdftotext >/dev/null; then
  echo "[INFO] Installing Debian's poppler-utils"
  $SUDO apt-get update -q && $SUDO apt-get install -y -q poppler-utils
fi

# Whole real manuals from Debian packages (three producers), and the two PDFs made for the tests
# (LibreOffice, Ghostscript).
if [ ! -f "$WORK/pdf/otp-system-documentation.pdf" ]; then
  echo "[INFO] Fetching the manuals (apt-get download)"
  (cd "$WORK" && apt-get download python-reportlab-doc erlang-doc docbook-xsl-doc-pdf >/dev/null \
    && for deb in *.deb; do dpkg -x "$deb" x; done)
  cp "$WORK/x/usr/share/doc/python-reportlab-doc/reportlab-userguide.pdf" "$WORK/pdf/"
  cp "$WORK"/x/usr/share/doc/erlang-doc/doc/pdf/otp-system-documentation-*.pdf \
    "$WORK/pdf/otp-system-documentation.pdf"
  gunzip -c "$WORK/x/usr/share/doc/docbook-xsl-doc-pdf/doc/reference.pdf.gz" \
    > "$WORK/pdf/docbook-xsl-reference.pdf"
  cp "$ROOT"/runtime-trainer/src/test/resources/documents/pdf/sqlite*.pdf "$WORK/pdf/"
  rm -rf "$WORK/x" "$WORK"/*.deb
fi

cd "$ROOT"
echo "[INFO] Building runtime-trainer"
mvn -B -q -pl rules,runtime-trainer -am install -DskipTests
mvn -B -q -pl runtime-trainer dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
CP="$ROOT/runtime-trainer/target/classes:$(cat "$WORK/classpath.txt")"
# Compiled next to the trainer's classes (same package, same class loader), since the extractor
# is package-private.
javac -d "$WORK/classes" -cp "$CP" "$HERE/PdfBench.java"
java -Dfile.encoding=UTF-8 -cp "$WORK/classes:$CP" dev.plumbline.trainer.data.PdfBench \
  "$WORK/pdf" "$ROUNDS" | tee "$WORK/result.txt"
