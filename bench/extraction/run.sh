#!/usr/bin/env bash
# Extraction throughput: pages/s for text PDFs (one thread and all cores) and for OCR, and the time of a
# rebuild with nothing changed (every file a cache hit). Prints a Markdown table.
#
#   bench/extraction/run.sh [COPIES] [OCR_PAGES]    defaults: 20 copies of the text PDF, 8 OCR pages
#
# The text PDF is a 40-page Thai document typeset by LibreOffice (needs soffice and fonts-thai-tlwg);
# without LibreOffice the one-page letter.pdf of the test suite is used. OCR needs tesseract-ocr,
# tesseract-ocr-tha and poppler-utils (tests/setup.sh installs them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
copies=${1:-20}
ocr_pages=${2:-8}
files="$repo/tests/GeccPortal.Extraction.Tests/Files"
work=$(mktemp -d /tmp/gecc-bench-extraction.XXXXXX)
trap 'rm -rf "$work"' EXIT

text_pdf="$files/letter.pdf"
if command -v soffice >/dev/null; then
  # The test letter's content 20 times, each copy followed by a page break: 40 pages.
  python3 - "$files/src/letter.html" "$work/long.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
body = re.search(r"<body>(.*)</body>", html, re.S).group(1)
page = body + '<p style="page-break-after: always"></p>'
open(sys.argv[2], "w", encoding="utf-8").write(html.replace(body, page * 20))
PY
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/long.html" >/dev/null 2>&1
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/long.docx" >/dev/null 2>&1
  text_pdf="$work/long.pdf"
fi
echo "text PDF: $(basename "$text_pdf"), $(pdfinfo "$text_pdf" | awk '/^Pages/ {print $2}') pages; $(nproc) cores"

dotnet build -c Release -v q --nologo "$here/GeccPortal.Bench.Extraction.csproj" >/dev/null
dotnet "$here/bin/Release/net10.0/GeccPortal.Bench.Extraction.dll" "$text_pdf" "$files/scanned-300-pages.pdf" "$copies" "$ocr_pages"
