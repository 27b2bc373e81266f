#!/usr/bin/env bash
# Regenerates the test files in this folder from src/. The outputs are committed, so tests and CI do not need
# LibreOffice; run this only after changing src/. Needs: libreoffice (writer + calc, headless), chromium,
# fonts-thai-tlwg, poppler-utils (pdftoppm), python3, iconv.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null 2>&1; }

# Word document and text PDF with Thai: HTML → .docx → .pdf, as an office would produce them.
office --convert-to 'docx:MS Word 2007 XML' --outdir "$work" src/letter.html
cp "$work/letter.docx" letter.docx
office --convert-to pdf --outdir "$work" "$work/letter.docx"
cp "$work/letter.pdf" letter.pdf

# The same letter in the old binary Word format, which is not read (a warning says so).
office --convert-to 'doc:MS Word 97' --outdir "$work" "$work/letter.docx"
cp "$work/letter.doc" letter.doc

# Excel workbook with two Thai sheets and #,##0 number formats.
office --convert-to xlsx --outdir "$work" src/budget.fods
cp "$work/budget.xlsx" budget.xlsx

# Tables with wrapped Thai cells (centred and top-aligned) and numbers in neighbouring cells, as a browser prints
# them; and tables whose cells are closer together than words are, or whose rows are unevenly spaced.
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$work/chromium" \
  --print-to-pdf="$work/tables.pdf" "file://$PWD/src/tables.html" >/dev/null 2>&1
cp "$work/tables.pdf" tables.pdf
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$work/chromium" \
  --print-to-pdf="$work/tables-tight.pdf" "file://$PWD/src/tables-tight.html" >/dev/null 2>&1
cp "$work/tables-tight.pdf" tables-tight.pdf

# A password-protected PDF (password "secret").
office --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  --outdir "$work/enc" "$work/letter.docx"
cp "$work/enc/letter.pdf" encrypted.pdf

# Scans: a Thai page rendered to pixels, wrapped as an image-only PDF (1 page, and 300 pages), and as a PNG.
office --convert-to 'docx:MS Word 2007 XML' --outdir "$work" src/scan.html
office --convert-to pdf --outdir "$work" "$work/scan.docx"
pdftoppm -r 150 -gray -f 1 -l 1 -x 0 -y 0 -W 1240 -H 500 -singlefile "$work/scan.pdf" "$work/scan"
python3 src/image_pdf.py "$work/scan.pgm" scanned.pdf 1 150
python3 src/image_pdf.py "$work/scan.pgm" scanned-300-pages.pdf 300 150
pdftoppm -r 150 -gray -png -f 1 -l 1 -x 0 -y 0 -W 1240 -H 500 -singlefile "$work/scan.pdf" scan

# Plain text: TIS-620 bytes; TIS-620 read as Latin-1 and saved as UTF-8; PDF artifacts typed into UTF-8.
iconv -f UTF-8 -t TIS-620 <<<'หนังสือเวียนเรื่องการรับสมัครศูนย์ราชการสะดวก ประจำปี ๒๕๖๘' >tis620.txt
python3 -c 'import sys; t="ราเรียนนายอำเภอทุกอำเภอ เรื่อง งบประมาณ 45,000 บาท\n"; sys.stdout.write(t.encode("tis-620").decode("latin-1"))' >mojibake.txt
python3 -c 'import sys; sys.stdout.write(open("src/artifacts.txt", encoding="utf-8").read().replace("\u0e48", "\uf70a", 1))' >artifacts.txt

# Bad files.
: >zero-bytes.pdf
head -c "$(( $(stat -c %s letter.pdf) / 2 ))" letter.pdf >truncated.pdf
head -c "$(( $(stat -c %s letter.docx) / 2 ))" letter.docx >truncated.docx
cp letter.docx docx-named.pdf
python3 -c 'import random, sys; random.seed(5); sys.stdout.buffer.write(b"%PDF-1.7\n" + bytes(random.randrange(256) for _ in range(4000)))' >corrupt.pdf
echo "made: $(ls -1 | grep -v -e '^src$' -e make-files.sh | tr '\n' ' ')"
