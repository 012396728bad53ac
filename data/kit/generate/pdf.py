# SPDX-License-Identifier: GPL-3.0-or-later
"""A small page-layout engine for the sample manuals: A4 pages with
searchable text (Pango), headings that become the PDF outline and link
targets, a table of contents with internal links, tables, checklists and
drawn illustrations."""

import cairo

import draw

A4_W, A4_H = 595.0, 842.0
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 62.0, 64.0, 70.0
TEXT_W = A4_W - 2 * MARGIN_X
BODY = 11.5
ACCENT = "#1c71d8"


class Doc:
    """Lays blocks out page after page. Run twice: the first run learns on
    which page each heading lands, the second writes the table of contents
    with those numbers."""

    def __init__(self, path, title, page_numbers=None):
        self.surface = cairo.PDFSurface(path, A4_W, A4_H)
        self.surface.set_metadata(cairo.PDF_METADATA_TITLE, title)
        self.surface.set_metadata(cairo.PDF_METADATA_AUTHOR, "Make-IT-Safe")
        self.surface.set_metadata(cairo.PDF_METADATA_CREATOR, "Make-IT-Safe sample kit generator")
        self.cr = cairo.Context(self.surface)
        self.title = title
        self.page = 1
        self.y = MARGIN_TOP
        self.headings = []            # (level, number, text, dest, page)
        self.known_pages = page_numbers or {}
        self.outline_parents = {0: cairo.PDF_OUTLINE_ROOT}
        self.counters = [0, 0]

    # Pages -------------------------------------------------------------------

    def footer(self):
        if self.page == 1:
            return
        cr = self.cr
        cr.set_source_rgb(0.8, 0.8, 0.8)
        cr.set_line_width(0.5)
        cr.move_to(MARGIN_X, A4_H - 48)
        cr.line_to(A4_W - MARGIN_X, A4_H - 48)
        cr.stroke()
        draw.text(cr, MARGIN_X, A4_H - 42, self.title, 8, "#77767b")
        draw.text(cr, MARGIN_X, A4_H - 42, str(self.page), 8, "#77767b", width=TEXT_W, align="right")

    def new_page(self):
        self.footer()
        self.cr.show_page()
        self.page += 1
        self.y = MARGIN_TOP

    def need(self, height):
        if self.y + height > A4_H - MARGIN_BOTTOM:
            self.new_page()

    def finish(self):
        self.footer()
        self.surface.finish()
        return {dest: page for (_, _, _, dest, page) in self.headings}

    # Blocks ------------------------------------------------------------------

    def title_page(self, kicker, title, subtitle, audience, spec):
        cr = self.cr
        cr.rectangle(0, 0, A4_W, A4_H * 0.42)
        draw.fill(cr, ACCENT)
        draw.text(cr, MARGIN_X, 90, kicker, 14, "#ffffff", bold=True)
        h = draw.text(cr, MARGIN_X, 120, title, 34, "#ffffff", width=TEXT_W, bold=True)
        draw.text(cr, MARGIN_X, 130 + h, subtitle, 15, "#dceaff", width=TEXT_W)
        cr.save()
        cr.translate(MARGIN_X, A4_H * 0.47)
        draw.scene(cr, TEXT_W, 300, spec)
        cr.restore()
        draw.text(cr, MARGIN_X, A4_H * 0.47 + 320, audience, 12, "#3d3846", width=TEXT_W)
        draw.text(cr, MARGIN_X, A4_H - 90,
                  "Kit d'exemple écrit pour l'application Make-IT-Safe Viewer. Ce n'est pas le kit original de 2014.",
                  8.5, "#77767b", width=TEXT_W)
        self.new_page()

    def heading(self, text, level=1, new_page=True):
        if level == 1:
            self.counters = [self.counters[0] + 1, 0]
            number = f"{self.counters[0]}."
            if new_page and self.y > MARGIN_TOP:
                self.new_page()
        else:
            self.counters[1] += 1
            number = f"{self.counters[0]}.{self.counters[1]}"
        dest = "sec-" + number.strip(".").replace(".", "-")
        size = 20 if level == 1 else 13.5
        h = draw.text_size(self.cr, f"{number} {text}", size, width=TEXT_W, bold=True)[1]
        self.need(h + 60)
        cr = self.cr
        cr.tag_begin(cairo.TAG_DEST, f"name='{dest}'")
        if level == 1:
            cr.rectangle(MARGIN_X, self.y, 40, 4)
            draw.fill(cr, ACCENT)
            self.y += 12
        draw.text(cr, MARGIN_X, self.y, f"{number} {text}", size, ACCENT if level == 1 else "#241f31",
                  width=TEXT_W, bold=True)
        cr.tag_end(cairo.TAG_DEST)
        self.y += h + (14 if level == 1 else 8)
        self.headings.append((level, number, text, dest, self.page))
        parent = self.outline_parents[level - 1]
        oid = self.surface.add_outline(parent, f"{number} {text}", f"dest='{dest}'",
                                       cairo.PDFOutlineFlags.OPEN if level == 1 else 0)
        self.outline_parents[level] = oid

    def paragraph(self, text, size=BODY, color="#241f31", indent=0, italic=False, space=8):
        markup = f"<i>{text}</i>" if italic else text
        h = draw.text_size(self.cr, text, size, width=TEXT_W - indent)[1]
        self.need(h)
        draw.text(self.cr, MARGIN_X + indent, self.y, markup, size, color, width=TEXT_W - indent, markup=True)
        self.y += h + space

    def bullets(self, items, numbered=False, box=False):
        for i, item in enumerate(items, 1):
            mark = f"{i}." if numbered else ("☐" if box else "•")
            h = draw.text_size(self.cr, item, BODY, width=TEXT_W - 22)[1]
            self.need(h)
            draw.text(self.cr, MARGIN_X + 4, self.y, mark, BODY, ACCENT, bold=True)
            draw.text(self.cr, MARGIN_X + 22, self.y, item, BODY, "#241f31", width=TEXT_W - 22, markup=True)
            self.y += h + 5
        self.y += 6

    def facts(self, rows):
        """A box of key facts: (label, value) pairs."""
        heights = [max(14, draw.text_size(self.cr, v, BODY, width=TEXT_W - 130)[1]) for _, v in rows]
        total = sum(heights) + 8 * len(rows) + 16
        self.need(total)
        draw.rounded_rect(self.cr, MARGIN_X, self.y, TEXT_W, total, 6)
        draw.fill(self.cr, "#eef4fc")
        y = self.y + 10
        for (label, value), h in zip(rows, heights):
            draw.text(self.cr, MARGIN_X + 12, y, label, BODY, ACCENT, bold=True)
            draw.text(self.cr, MARGIN_X + 120, y, value, BODY, "#241f31", width=TEXT_W - 130)
            y += h + 8
        self.y += total + 12

    def table(self, header, rows, widths):
        cr = self.cr
        widths = [w * TEXT_W for w in widths]

        def row_height(cells, bold=False):
            return max(draw.text_size(cr, c, 9.5, width=w - 10, bold=bold)[1] for c, w in zip(cells, widths)) + 10

        def draw_row(cells, fill_color, bold=False, color="#241f31"):
            h = row_height(cells, bold)
            self.need(h)
            cr.rectangle(MARGIN_X, self.y, TEXT_W, h)
            draw.fill(cr, fill_color)
            x = MARGIN_X
            for c, w in zip(cells, widths):
                draw.text(cr, x + 5, self.y + 5, c, 9.5, color, width=w - 10, bold=bold)
                x += w
            cr.set_source_rgb(0.75, 0.78, 0.82)
            cr.set_line_width(0.5)
            cr.rectangle(MARGIN_X, self.y, TEXT_W, h)
            cr.stroke()
            self.y += h

        self.need(row_height(header, True) + row_height(rows[0]))
        draw_row(header, ACCENT, True, "#ffffff")
        for i, r in enumerate(rows):
            draw_row(r, "#ffffff" if i % 2 == 0 else "#f3f6fa")
        self.y += 14

    def illustration(self, spec, height=190, caption=None, bubbles=None):
        self.need(height + 30)
        cr = self.cr
        cr.save()
        draw.rounded_rect(cr, MARGIN_X, self.y, TEXT_W, height, 8)
        cr.clip()
        cr.translate(MARGIN_X, self.y)
        draw.scene(cr, TEXT_W, height, spec, bubbles, bubble_size=9)
        cr.restore()
        self.y += height + 4
        if caption:
            self.paragraph(caption, 8.5, "#5e5c64", italic=True)
        self.y += 6

    def tip(self, title, text):
        h = draw.text_size(self.cr, text, BODY, width=TEXT_W - 70)[1] + 34
        self.need(h)
        draw.rounded_rect(self.cr, MARGIN_X, self.y, TEXT_W, h, 6)
        draw.fill(self.cr, "#fff4d6")
        draw.icon(self.cr, MARGIN_X + 10, self.y + 10, 40, "bubble")
        draw.text(self.cr, MARGIN_X + 60, self.y + 8, title, BODY, "#9c6e03", bold=True)
        draw.text(self.cr, MARGIN_X + 60, self.y + 24, text, BODY, "#241f31", width=TEXT_W - 70)
        self.y += h + 12

    def contents(self, chapters):
        """The table of contents: every heading, linked, with its page."""
        draw.text(self.cr, MARGIN_X, self.y, "Table des matières", 22, ACCENT, bold=True)
        self.y += 44
        for level, number, text, dest in chapters:
            page = self.known_pages.get(dest, "")
            size = 11.5 if level == 1 else 10
            indent = 0 if level == 1 else 20
            self.need(20)
            cr = self.cr
            cr.tag_begin(cairo.TAG_LINK, f"dest='{dest}'")
            draw.text(cr, MARGIN_X + indent, self.y, f"{number} {text}", size,
                      "#241f31" if level == 2 else ACCENT, bold=level == 1)
            draw.text(cr, MARGIN_X, self.y, str(page), size, "#241f31", width=TEXT_W, align="right", bold=level == 1)
            cr.tag_end(cairo.TAG_LINK)
            self.y += 20 if level == 1 else 16
        self.new_page()
