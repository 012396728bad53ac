#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes the small media files of the test kit (tests/data/kit-good). They
# are committed: the tests need neither ffmpeg nor ImageMagick nor pycairo.
# Needs: ffmpeg, imagemagick, python3-gi-cairo.
set -eu
cd "$(dirname "$0")/kit-good"

ffmpeg -loglevel error -y -f lavfi -i testsrc=duration=2:size=160x120:rate=10 \
  -f lavfi -i sine=frequency=440:duration=2 -c:v libvpx-vp9 -b:v 30k \
  -c:a libopus -b:a 16k -shortest films/clip.webm
cat > films/clip.fr.vtt <<'VTT'
WEBVTT

00:00:00.000 --> 00:00:01.000
Bonjour !

00:00:01.000 --> 00:00:02.000
Ton mot de passe est à toi.
VTT
convert -size 160x90 gradient:'#1c71d8-#99c1f1' films/poster.png
convert -size 160x90 gradient:'#c01c28-#f66151' films/poster2.jpg
convert -size 120x90 xc:'#f6d32d' -fill black -draw 'circle 60,45 60,20' photo-novels/story/01.jpg
convert -size 120x90 xc:'#57e389' -fill black -draw 'rectangle 20,20 100,70' photo-novels/story/02.jpg
convert -size 120x90 xc:'#dc8add' -fill black -draw 'line 0,0 120,90' photo-novels/story/03.png

/usr/bin/python3 - <<'PY'
import cairo
surface = cairo.PDFSurface("manuals/guide.pdf", 595, 842)
cr = cairo.Context(surface)
for n, words in enumerate(["Manuel du coach", "Mots de passe", "Harcèlement en ligne"], 1):
    cr.set_source_rgb(0, 0, 0)
    cr.select_font_face("DejaVu Sans")
    cr.set_font_size(36)
    cr.move_to(60, 120)
    cr.show_text(words)
    cr.set_font_size(14)
    cr.move_to(60, 800)
    cr.show_text("Page %d" % n)
    cr.show_page()
surface.finish()
PY
