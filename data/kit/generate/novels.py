# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the sample photo-novels: 1600x1200 JPEG pages of drawn panels with
French speech bubbles, and each page's words in four languages."""

import os
import subprocess
import tempfile

import cairo

import content
import draw

PAGE_W, PAGE_H = 1600, 1200
MARGIN, GUTTER = 40, 30
BUBBLE_SIZE = 34


def panel(cr, x, y, w, h, spec, bubbles):
    cr.save()
    cr.rectangle(x, y, w, h)
    cr.clip()
    cr.translate(x, y)
    draw.scene(cr, w, h, spec, [(who, line["fr"]) for who, line in bubbles], bubble_size=BUBBLE_SIZE)
    cr.restore()
    cr.rectangle(x, y, w, h)
    cr.set_line_width(6)
    cr.set_source_rgb(0.14, 0.12, 0.19)
    cr.stroke()


def render_page(novel, number, panels, path):
    surface = cairo.ImageSurface(cairo.FORMAT_RGB24, PAGE_W, PAGE_H)
    cr = cairo.Context(surface)
    cr.set_source_rgb(1, 1, 1)
    cr.paint()
    inner_w = PAGE_W - 2 * MARGIN
    inner_h = PAGE_H - 2 * MARGIN - 40
    ph = (inner_h - GUTTER * (len(panels) - 1)) / len(panels)
    for i, (spec, bubbles) in enumerate(panels):
        panel(cr, MARGIN, MARGIN + i * (ph + GUTTER), inner_w, ph, spec, bubbles)
    if number == 1:
        # The cover: the title on a band across the picture.
        cr.rectangle(MARGIN, PAGE_H * 0.08, inner_w, 230)
        cr.set_source_rgba(1, 1, 1, 0.9)
        cr.fill()
        draw.text(cr, MARGIN, PAGE_H * 0.08 + 30, novel["title"]["fr"], 84, "#c01c28",
                  width=inner_w, font=draw.COMIC, bold=True, align="center")
        draw.text(cr, MARGIN, PAGE_H * 0.08 + 160, "Un roman-photo Make-IT-Safe", 34, "#241f31",
                  width=inner_w, font=draw.COMIC, align="center")
    draw.text(cr, MARGIN, PAGE_H - MARGIN - 30, f"{number} / {len(novel['pages'])}", 24, "#5e5c64",
              width=PAGE_W - 2 * MARGIN, align="right")
    surface.write_to_png(path)


def page_text(panels, language):
    lines = []
    for spec, bubbles in panels:
        for who, line in bubbles:
            name = content.NAMES[spec["people"][who][0]]
            lines.append(f"{name} : {line[language]}" if language == "fr" else f"{name}: {line[language]}")
    return "\n".join(lines)


def build(novel, outdir, languages):
    os.makedirs(outdir, exist_ok=True)
    pages, texts = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n, panels in enumerate(novel["pages"], 1):
            png = os.path.join(tmp, f"{n:02d}.png")
            name = f"{n:02d}.jpg"
            render_page(novel, n, panels, png)
            subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", png, "-q:v", "3",
                            os.path.join(outdir, name)], check=True)
            pages.append(name)
            if any(bubbles for _, bubbles in panels):
                texts.append({lang: page_text(panels, lang) for lang in languages})
            else:
                texts.append(None)
    return pages, texts
