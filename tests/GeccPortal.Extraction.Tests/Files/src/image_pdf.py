"""Wraps a greyscale PGM (from pdftoppm -gray) as an image-only PDF: what a scanner produces.

usage: image_pdf.py PAGE.pgm OUT.pdf PAGES DPI
Every page shows the same image object, so even a 300-page scan stays small.
"""
import sys
import zlib


def read_pgm(path):
    data = open(path, "rb").read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    assert fields[0] == b"P5", "expected a binary PGM"
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:pos + 1 + width * height]


def main():
    pgm, out, pages, dpi = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    width, height, pixels = read_pgm(pgm)
    w_pt, h_pt = width * 72 / dpi, height * 72 / dpi
    image = zlib.compress(pixels, 9)
    content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w_pt, h_pt)
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
           b" /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(image)) + image + b"\nendstream",
        4: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    }
    kids = []
    for i in range(pages):
        number = 5 + i
        kids.append(b"%d 0 R" % number)
        objects[number] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents 4 0 R"
                           b" /Resources << /XObject << /Im0 3 0 R >> >> >>" % (w_pt, h_pt))
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % pages
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(output)
        output += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(output)
    size = max(objects) + 1
    output += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        output += b"%010d 00000 n \n" % offsets[number]
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    open(out, "wb").write(output)


main()
