#!/usr/bin/env bash
# Rebuilds the trainer's document test resources (src/test/resources/documents/) from Debian and
# npm packages and the tools named below; README.md there says what each file is and its licence.
# Needs: apt-get (root), npm, qpdf, poppler-utils, ghostscript, groff, libreoffice-writer-nogui,
# JDK 17 and Maven (for the encrypted .docx, written with Apache POI's agile encryptor).
#   runtime-trainer/src/test/documents/make-documents.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(cd "${here}/../../.." && pwd)"
out="${module}/src/test/resources/documents"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
export HOME="${work}/home"   # LibreOffice's profile goes there, not into the real home
mkdir -p "${HOME}" "${out}/pdf" "${out}/docx" "${out}/broken" "${out}/pdftotext" "${out}/licenses"

echo "[INFO] Packages"
(cd "${work}" && apt-get download python-reportlab-doc erlang-doc docbook-xsl-doc-pdf sqlite3-doc \
  sqlite3 >/dev/null && for deb in *.deb; do dpkg -x "${deb}" x; done)
(cd "${work}" && npm pack --silent mammoth@1.13.0 >/dev/null && tar xzf mammoth-1.13.0.tgz)
doc="${work}/x/usr/share/doc"

echo "[INFO] PDFs of four producers, cut to four pages each (qpdf keeps the content streams)"
python3 "${here}/cut_pdf.py" "${doc}/python-reportlab-doc/reportlab-userguide.pdf" 9-12 \
  "${out}/pdf/reportlab-userguide-p9-12.pdf"
python3 "${here}/cut_pdf.py" "${doc}/erlang-doc/doc/pdf/otp-system-documentation-13.1.5.pdf" 20-23 \
  "${out}/pdf/erlang-otp-system-p20-23.pdf"
gunzip -c "${doc}/docbook-xsl-doc-pdf/doc/reference.pdf.gz" > "${work}/reference.pdf"
python3 "${here}/cut_pdf.py" "${work}/reference.pdf" 9-12 "${out}/pdf/docbook-xsl-reference-p9-12.pdf"
zcat "${work}/x/usr/share/man/man1/sqlite3.1.gz" | groff -man -Tps > "${work}/sqlite3.ps"
ps2pdf "${work}/sqlite3.ps" "${out}/pdf/sqlite3-man-ghostscript.pdf"

echo "[INFO] LibreOffice: a tagged PDF with a running header and footer, and two .docx files"
python3 "${here}/make_fodt.py" "${doc}/sqlite3/whentouse.html" "Appropriate Uses For SQLite" \
  "${work}/sqlite-whentouse.fodt"
soffice --headless --convert-to \
  'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' \
  --outdir "${work}/lo" "${work}/sqlite-whentouse.fodt" >/dev/null 2>&1
soffice --headless --convert-to docx --outdir "${work}/lo" "${work}/sqlite-whentouse.fodt" \
  >/dev/null 2>&1
cp "${work}/lo/sqlite-whentouse.pdf" "${out}/pdf/sqlite-whentouse-libreoffice.pdf"
cp "${work}/lo/sqlite-whentouse.docx" "${out}/docx/sqlite-whentouse-libreoffice.docx"
python3 - "${doc}/sqlite3/datatype3.html" "${work}/sqlite-datatypes.html" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Datatypes In SQLite</title></head>'
    "<body>" + page[page.find("<h1"):])
PY
soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" \
  --outdir "${work}/lo" "${work}/sqlite-datatypes.html" >/dev/null 2>&1
cp "${work}/lo/sqlite-datatypes.docx" "${out}/docx/sqlite-datatypes-libreoffice.docx"
soffice --headless --convert-to doc:"MS Word 97" --outdir "${work}/lo" \
  "${work}/sqlite-whentouse.fodt" >/dev/null 2>&1

echo "[INFO] Word documents from mammoth's tests (BSD-2-Clause)"
for name in single-paragraph tables text-box simple-list footnotes endnotes comments utf8-bom \
    empty strict-format; do
  cp "${work}/package/test/test-data/${name}.docx" "${out}/docx/mammoth-${name}.docx"
done
cp "${work}/package/LICENSE" "${out}/licenses/mammoth-BSD-2-Clause.txt"

echo "[INFO] Unreadable files"
pdf="${out}/pdf/docbook-xsl-reference-p9-12.pdf"
qpdf --encrypt plumbline owner 256 -- "${pdf}" "${out}/broken/encrypted-password.pdf"
qpdf --encrypt "" owner 256 --extract=n -- "${pdf}" "${out}/broken/encrypted-no-extract.pdf"
head -c "$(( $(stat -c %s "${pdf}") * 2 / 5 ))" "${pdf}" > "${out}/broken/truncated.pdf"
cp "${doc}/sqlite3/whentouse.html" "${work}/whentouse.html"
head -c 4096 "${work}/whentouse.html" > "${out}/broken/not-a-pdf.pdf"
docx="${out}/docx/sqlite-whentouse-libreoffice.docx"
head -c "$(( $(stat -c %s "${docx}") / 2 ))" "${docx}" > "${out}/broken/truncated.docx"
cp "${work}/lo/sqlite-whentouse.doc" "${out}/broken/word97-named.docx"
(cd "${module}/.." && mvn -B -q -pl runtime-trainer dependency:build-classpath \
  -Dmdep.outputFile="${work}/classpath.txt" -Dmdep.includeScope=runtime >/dev/null)
java -cp "$(cat "${work}/classpath.txt")" "${here}/EncryptDocx.java" "${docx}" \
  "${out}/broken/encrypted-password.docx" plumbline

echo "[INFO] The oracle: pdftotext $(pdftotext -v 2>&1 | head -1 | awk '{print $3}')"
for file in "${out}"/pdf/*.pdf; do
  pdftotext -enc UTF-8 "${file}" "${out}/pdftotext/$(basename "${file}" .pdf).txt"
done
echo "✓ Documents written to ${out}"
