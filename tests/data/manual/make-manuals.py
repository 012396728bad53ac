#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Remakes the test PDFs of the manual reader (tests/data/manual). They are
committed: the tests need neither pycairo nor qpdf.

Needs python3-gi-cairo (pycairo on cairo >= 1.16) and, for protected.pdf, qpdf.
"""
import os
import subprocess

import cairo

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = 595, 842

# Page labels, titles and body lines, one entry per page. The tests know
# these words and where they are.
PAGES = [
    ("i", "Manuel de test", ["Pour les animateurs et les animatrices."]),
    ("ii", "Sommaire", ["Mots de passe, page 1", "Harcèlement, page 3"]),
    ("1", "Mots de passe", ["Un mot de passe solide protège ton compte.",
                            "Ne le donne à personne."]),
    ("2", "Un bon mot de passe", ["Une phrase facile à retenir.",
                                  "La sécurité commence ici."]),
    ("3", "Harcèlement", ["Parle à un adulte de confiance.",
                          "La Sécurité de chacun compte."]),
    ("4", "Activité", ["Fiche à imprimer pour le groupe."]),
]


def main():
    path = os.path.join(HERE, "test-manual.pdf")
    raw = os.path.join(HERE, "raw.pdf")
    surface = cairo.PDFSurface(raw, W, H)
    surface.set_metadata(cairo.PDF_METADATA_TITLE, "Manuel de test")
    cr = cairo.Context(surface)
    cr.select_font_face("DejaVu Sans")

    for index, (label, title, lines) in enumerate(PAGES):
        # cairo 1.16 writes a damaged file with page labels: added below.
        # A dark band across the top: pixels the tests expect to be dark.
        cr.set_source_rgb(0.1, 0.2, 0.5)
        cr.rectangle(0, 0, W, 60)
        cr.fill()
        cr.set_source_rgb(0, 0, 0)
        cr.set_font_size(32)
        cr.move_to(60, 140)
        cr.show_text(title)
        cr.set_font_size(16)
        for n, line in enumerate(lines):
            cr.move_to(60, 200 + n * 30)
            cr.show_text(line)
        if index == 1:
            # Internal link on the table of contents: to page "3" (index 4).
            cr.tag_begin(cairo.TAG_LINK, "dest='harcelement'")
            cr.move_to(60, 320)
            cr.show_text("Aller au chapitre Harcèlement")
            cr.tag_end(cairo.TAG_LINK)
            # External link: the app must not open it.
            cr.tag_begin(cairo.TAG_LINK, "uri='https://www.ecpat.org/'")
            cr.move_to(60, 360)
            cr.show_text("www.ecpat.org")
            cr.tag_end(cairo.TAG_LINK)
        if index == 4:
            cr.tag_begin(cairo.TAG_DEST, "name='harcelement'")
            cr.tag_end(cairo.TAG_DEST)
        cr.set_font_size(12)
        cr.move_to(W / 2 - 10, H - 30)
        cr.show_text(label)
        cr.show_page()

    top = surface.add_outline(cairo.PDF_OUTLINE_ROOT, "Introduction", "page=1", 0)
    words = surface.add_outline(cairo.PDF_OUTLINE_ROOT, "Mots de passe", "page=3",
                                cairo.PDF_OUTLINE_FLAG_OPEN)
    surface.add_outline(words, "Un bon mot de passe", "page=4", 0)
    surface.add_outline(cairo.PDF_OUTLINE_ROOT, "Harcèlement", "page=5", 0)
    del top
    surface.finish()
    repair_and_label(raw, path)
    os.unlink(raw)

    data = open(path, "rb").read()
    open(os.path.join(HERE, "truncated.pdf"), "wb").write(data[: len(data) * 2 // 5])
    open(os.path.join(HERE, "corrupt.pdf"), "wb").write(
        b"%PDF-1.5\n" + bytes((i * 37 + 11) % 256 for i in range(4000)))
    open(os.path.join(HERE, "empty.pdf"), "wb").write(b"")
    open(os.path.join(HERE, "not-a-pdf.pdf"), "wb").write(
        b"Ceci est un texte, pas un manuel.\n" * 20)
    write_absurd(os.path.join(HERE, "absurd.pdf"))
    subprocess.run(["qpdf", "--encrypt", "secret", "owner-secret", "256", "--",
                    path, os.path.join(HERE, "protected.pdf")], check=True)


def repair_and_label(raw, path):
    """cairo 1.16 writes a wrong cross-reference table as soon as a page has
    a link, and a damaged file with page labels: qpdf rewrites the file, and
    the labels (i, ii, then 1, 2, ...) go into the catalog of its QDF form."""
    qdf = raw + ".qdf"
    # Exit status 3: repaired, with warnings.
    status = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", raw, qdf],
                            stderr=subprocess.DEVNULL).returncode
    if status not in (0, 3):
        raise SystemExit("qpdf could not repair " + raw)
    data = open(qdf, "rb").read()
    data = data.replace(b"/Type /Catalog",
                        b"/Type /Catalog /PageLabels << /Nums [ 0 << /S /r >> 2 << /S /D >> ] >>", 1)
    fixed = subprocess.run(["fix-qdf"], input=data, stdout=subprocess.PIPE, check=True).stdout
    open(qdf, "wb").write(fixed)
    subprocess.run(["qpdf", qdf, path], check=True)
    os.unlink(qdf)


def write_absurd(path):
    """One page of 2 000 000 x 3 points: far beyond PDF's 14 400."""
    content = b"BT /F1 2 Tf 10 0 Td (Trop grand) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 2000000 3] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    open(path, "wb").write(out)


if __name__ == "__main__":
    main()
