# SPDX-License-Identifier: GPL-3.0-or-later
"""Drawing for the sample kit: flat cartoon characters, places, props and
speech bubbles, with cairo and Pango. Used for the films' scenes, the
photo-novels' panels and the manuals' illustrations."""

import math

import cairo
import gi

gi.require_version("Pango", "1.0")
gi.require_version("PangoCairo", "1.0")
from gi.repository import Pango, PangoCairo  # noqa: E402

SANS = "DejaVu Sans"
COMIC = "Comic Neue"


def hex_rgb(color):
    color = color.lstrip("#")
    return tuple(int(color[i:i + 2], 16) / 255 for i in (0, 2, 4))


def fill(cr, color, alpha=1.0):
    cr.set_source_rgba(*hex_rgb(color), alpha)
    cr.fill()


def rounded_rect(cr, x, y, w, h, r):
    r = min(r, w / 2, h / 2)
    cr.new_sub_path()
    cr.arc(x + w - r, y + r, r, -math.pi / 2, 0)
    cr.arc(x + w - r, y + h - r, r, 0, math.pi / 2)
    cr.arc(x + r, y + h - r, r, math.pi / 2, math.pi)
    cr.arc(x + r, y + r, r, math.pi, 3 * math.pi / 2)
    cr.close_path()


def layout(cr, text, size, width=None, font=SANS, bold=False, align="left", markup=False):
    lay = PangoCairo.create_layout(cr)
    desc = Pango.FontDescription.from_string(f"{font} {'Bold ' if bold else ''}{size}")
    lay.set_font_description(desc)
    if width:
        lay.set_width(int(width * Pango.SCALE))
        lay.set_wrap(Pango.WrapMode.WORD_CHAR)
    lay.set_alignment({"left": Pango.Alignment.LEFT, "center": Pango.Alignment.CENTER,
                       "right": Pango.Alignment.RIGHT}[align])
    if markup:
        lay.set_markup(text, -1)
    else:
        lay.set_text(text, -1)
    return lay


def text(cr, x, y, s, size, color="#222222", width=None, font=SANS, bold=False, align="left", markup=False):
    """Draws text with its top-left at (x, y); returns its height."""
    lay = layout(cr, s, size, width, font, bold, align, markup)
    cr.move_to(x, y)
    cr.set_source_rgb(*hex_rgb(color))
    PangoCairo.show_layout(cr, lay)
    return lay.get_pixel_extents()[1].height


def text_size(cr, s, size, width=None, font=SANS, bold=False):
    ext = layout(cr, s, size, width, font, bold).get_pixel_extents()[1]
    return ext.width, ext.height


# Places ---------------------------------------------------------------------

PLACES = {
    "bedroom": ("#f9e6c9", "#c8a27a"),
    "classroom": ("#dce9f5", "#b5a48a"),
    "kitchen": ("#e8f3e1", "#d0c0a8"),
    "park": ("#bfe3ff", "#8fce6f"),
    "street": ("#cfe8ff", "#9a9996"),
    "youth-centre": ("#f3dff5", "#b89f7e"),
    "night": ("#2a2f4a", "#3d3846"),
}


def place(cr, w, h, name):
    wall, floor = PLACES[name]
    horizon = h * 0.68
    cr.rectangle(0, 0, w, horizon)
    fill(cr, wall)
    cr.rectangle(0, horizon, w, h - horizon)
    fill(cr, floor)
    if name in ("park", "street"):
        # Sun and a tree, or houses.
        cr.arc(w * 0.85, h * 0.16, h * 0.07, 0, 2 * math.pi)
        fill(cr, "#f6d32d")
        if name == "park":
            cr.rectangle(w * 0.12, horizon - h * 0.3, w * 0.03, h * 0.32)
            fill(cr, "#865e3c")
            cr.arc(w * 0.135, horizon - h * 0.34, h * 0.13, 0, 2 * math.pi)
            fill(cr, "#33a34f")
        else:
            for i, c in enumerate(("#e66100", "#f5c211", "#99c1f1")):
                cr.rectangle(w * (0.05 + 0.3 * i), horizon - h * 0.32, w * 0.22, h * 0.32)
                fill(cr, c, 0.55)
    elif name == "night":
        for i in range(14):
            cr.arc((i * 97) % w, (i * 53) % int(horizon * 0.6) + 10, 2.5, 0, 2 * math.pi)
            fill(cr, "#ffffff", 0.8)
        window(cr, w * 0.62, h * 0.12, w * 0.2, h * 0.25, "#1a1d33")
    else:
        window(cr, w * 0.68, h * 0.1, w * 0.2, h * 0.3, "#99c1f1")
        if name == "classroom":
            cr.rectangle(w * 0.06, h * 0.1, w * 0.38, h * 0.26)
            fill(cr, "#26543d")
            text(cr, w * 0.08, h * 0.13, "Internet = ?", h * 0.035, "#ffffff", font=COMIC)
        elif name == "bedroom":
            cr.rectangle(w * 0.05, h * 0.14, w * 0.12, h * 0.16)
            fill(cr, "#dc8add")
            cr.rectangle(w * 0.07, h * 0.16, w * 0.08, h * 0.12)
            fill(cr, "#ffffff", 0.6)
        elif name == "youth-centre":
            for i, c in enumerate(("#e01b24", "#3584e4", "#2ec27e", "#f6d32d")):
                cr.arc(w * (0.1 + 0.08 * i), h * 0.18, h * 0.04, 0, 2 * math.pi)
                fill(cr, c)


def window(cr, x, y, w, h, sky):
    cr.rectangle(x, y, w, h)
    fill(cr, "#ffffff")
    cr.rectangle(x + 6, y + 6, w - 12, h - 12)
    fill(cr, sky)
    cr.set_source_rgb(1, 1, 1)
    cr.set_line_width(6)
    cr.move_to(x + w / 2, y)
    cr.line_to(x + w / 2, y + h)
    cr.stroke()


# People ---------------------------------------------------------------------

CHARACTERS = {
    # name: skin, hair, shirt, hair style
    "lea": ("#f2c9a0", "#63452c", "#e01b24", "long"),
    "sam": ("#8f5b3a", "#1e1e1e", "#3584e4", "short"),
    "nora": ("#c68d5e", "#241f31", "#9141ac", "bun"),
    "tom": ("#f6d5b8", "#e5a50a", "#2ec27e", "short"),
    "yasmine": ("#b07a52", "#1e1e1e", "#f5c211", "scarf"),
    "mehdi": ("#c99468", "#3d3846", "#ff7800", "curly"),
    "coach": ("#e8b898", "#77767b", "#5e5c64", "short"),
    "stranger": ("#deddda", "#9a9996", "#241f31", "hood"),
}

MOODS = ("happy", "neutral", "worried", "sad", "surprised", "angry")


def person(cr, x, ground, height, name, mood="neutral", phone=False, facing=1, wave=False):
    """A standing character whose feet are at (x, ground)."""
    skin, hair, shirt, style = CHARACTERS[name]
    s = height / 100.0
    head_r = 13 * s
    body_top = ground - 62 * s
    head_y = body_top - head_r * 0.9

    # Legs and body.
    cr.set_line_cap(cairo.LINE_CAP_ROUND)
    cr.set_line_width(7 * s)
    cr.set_source_rgb(*hex_rgb("#3d3846"))
    for dx in (-6, 6):
        cr.move_to(x + dx * s, ground - 30 * s)
        cr.line_to(x + dx * s * 1.2, ground)
        cr.stroke()
    rounded_rect(cr, x - 17 * s, body_top, 34 * s, 36 * s, 9 * s)
    fill(cr, shirt)

    # Arms: one may hold a phone in front of the face, or wave.
    cr.set_line_width(6 * s)
    cr.set_source_rgb(*hex_rgb(shirt))
    cr.move_to(x - 15 * s * facing, body_top + 6 * s)
    cr.line_to(x - 22 * s * facing, body_top + 30 * s)
    cr.stroke()
    hand_x, hand_y = x + 20 * s * facing, body_top + 28 * s
    if phone:
        hand_x, hand_y = x + 18 * s * facing, body_top + 4 * s
    elif wave:
        hand_x, hand_y = x + 26 * s * facing, body_top - 14 * s
    cr.move_to(x + 15 * s * facing, body_top + 6 * s)
    cr.line_to(hand_x, hand_y)
    cr.stroke()
    if phone:
        rounded_rect(cr, hand_x - 5 * s, hand_y - 11 * s, 10 * s, 17 * s, 2 * s)
        fill(cr, "#241f31")
        cr.rectangle(hand_x - 3.5 * s, hand_y - 9 * s, 7 * s, 12 * s)
        fill(cr, "#99c1f1")

    # Head and hair.
    if style == "long":
        rounded_rect(cr, x - head_r * 1.1, head_y - head_r, head_r * 2.2, head_r * 2.4, head_r)
        fill(cr, hair)
    if style == "scarf":
        cr.arc(x, head_y + 2 * s, head_r * 1.3, 0, 2 * math.pi)
        fill(cr, "#26a269")
    if style == "hood":
        cr.arc(x, head_y, head_r * 1.35, 0, 2 * math.pi)
        fill(cr, shirt)
    cr.arc(x, head_y, head_r, 0, 2 * math.pi)
    fill(cr, skin)
    if style in ("short", "long", "curly", "bun"):
        cr.arc(x, head_y - 2 * s, head_r * 1.02, math.pi * 1.05, math.pi * 1.95)
        cr.close_path()
        fill(cr, hair)
        if style == "bun":
            cr.arc(x, head_y - head_r * 1.1, head_r * 0.45, 0, 2 * math.pi)
            fill(cr, hair)
        if style == "curly":
            for i in range(5):
                cr.arc(x - head_r + i * head_r / 2, head_y - head_r * 0.8, head_r * 0.32, 0, 2 * math.pi)
                fill(cr, hair)

    face(cr, x + 2 * s * facing, head_y + 2 * s, s, mood)


def face(cr, x, y, s, mood):
    cr.set_source_rgb(*hex_rgb("#241f31"))
    eye_dy = -3 * s
    for dx in (-4.5, 4.5):
        if mood == "surprised":
            cr.arc(x + dx * s, y + eye_dy, 1.9 * s, 0, 2 * math.pi)
        else:
            cr.arc(x + dx * s, y + eye_dy, 1.4 * s, 0, 2 * math.pi)
        cr.fill()
    if mood == "angry":
        cr.set_line_width(1.4 * s)
        for dx, sign in ((-4.5, 1), (4.5, -1)):
            cr.move_to(x + dx * s - 2.5 * s, y + eye_dy - 4 * s - sign * 1.2 * s)
            cr.line_to(x + dx * s + 2.5 * s, y + eye_dy - 4 * s + sign * 1.2 * s)
            cr.stroke()
    cr.set_line_width(1.5 * s)
    if mood == "happy":
        cr.arc(x, y + 2 * s, 5 * s, 0.15 * math.pi, 0.85 * math.pi)
    elif mood in ("sad", "worried"):
        cr.arc(x, y + 9 * s, 4.5 * s, 1.2 * math.pi, 1.8 * math.pi)
    elif mood == "surprised":
        cr.new_sub_path()
        cr.arc(x, y + 5 * s, 2.2 * s, 0, 2 * math.pi)
    else:
        cr.move_to(x - 3.5 * s, y + 5 * s)
        cr.line_to(x + 3.5 * s, y + 5 * s)
    cr.stroke()
    if mood == "worried":
        cr.arc(x + 9 * s, y - 8 * s, 1.6 * s, 0, 2 * math.pi)
        fill(cr, "#62a0ea")


# Props ----------------------------------------------------------------------

def phone_screen(cr, x, y, w, messages, title=None):
    """A big phone showing a chat: messages are (side, text) with side 'in' or 'out'."""
    h = w * 1.8
    rounded_rect(cr, x, y, w, h, w * 0.12)
    fill(cr, "#241f31")
    rounded_rect(cr, x + w * 0.06, y + w * 0.12, w * 0.88, h - w * 0.24, w * 0.04)
    fill(cr, "#f6f5f4")
    top = y + w * 0.16
    if title:
        cr.rectangle(x + w * 0.06, y + w * 0.12, w * 0.88, w * 0.16)
        fill(cr, "#3584e4")
        text(cr, x + w * 0.1, y + w * 0.14, title, w * 0.055, "#ffffff", bold=True)
        top += w * 0.18
    size = w * 0.05
    for side, msg in messages:
        tw, th = text_size(cr, msg, size, width=w * 0.6)
        bx = x + w * 0.1 if side == "in" else x + w * 0.9 - tw - w * 0.06
        rounded_rect(cr, bx, top, tw + w * 0.06, th + w * 0.04, w * 0.03)
        fill(cr, "#deddda" if side == "in" else "#8ff0a4")
        text(cr, bx + w * 0.03, top + w * 0.02, msg, size, width=w * 0.6)
        top += th + w * 0.08


def icon(cr, x, y, size, kind):
    """Theme icons: lock, camera, eye, bubble, warning, shield."""
    s = size / 100
    cr.save()
    cr.translate(x, y)
    if kind == "lock":
        cr.set_line_width(10 * s)
        cr.arc(50 * s, 42 * s, 22 * s, math.pi, 2 * math.pi)
        cr.set_source_rgb(*hex_rgb("#5e5c64"))
        cr.stroke()
        rounded_rect(cr, 18 * s, 42 * s, 64 * s, 50 * s, 8 * s)
        fill(cr, "#f5c211")
        cr.arc(50 * s, 64 * s, 7 * s, 0, 2 * math.pi)
        fill(cr, "#241f31")
    elif kind == "camera":
        rounded_rect(cr, 8 * s, 28 * s, 84 * s, 56 * s, 10 * s)
        fill(cr, "#3d3846")
        cr.arc(50 * s, 56 * s, 20 * s, 0, 2 * math.pi)
        fill(cr, "#99c1f1")
        cr.rectangle(34 * s, 18 * s, 32 * s, 12 * s)
        fill(cr, "#3d3846")
    elif kind == "eye":
        cr.move_to(6 * s, 50 * s)
        cr.curve_to(30 * s, 15 * s, 70 * s, 15 * s, 94 * s, 50 * s)
        cr.curve_to(70 * s, 85 * s, 30 * s, 85 * s, 6 * s, 50 * s)
        fill(cr, "#ffffff")
        cr.arc(50 * s, 50 * s, 17 * s, 0, 2 * math.pi)
        fill(cr, "#1c71d8")
        cr.arc(50 * s, 50 * s, 7 * s, 0, 2 * math.pi)
        fill(cr, "#241f31")
    elif kind == "bubble":
        rounded_rect(cr, 8 * s, 14 * s, 84 * s, 58 * s, 16 * s)
        cr.move_to(26 * s, 70 * s)
        cr.line_to(20 * s, 92 * s)
        cr.line_to(44 * s, 72 * s)
        fill(cr, "#e01b24")
        text(cr, 30 * s, 24 * s, "!", 36 * s, "#ffffff", bold=True)
    elif kind == "warning":
        cr.move_to(50 * s, 8 * s)
        cr.line_to(94 * s, 88 * s)
        cr.line_to(6 * s, 88 * s)
        cr.close_path()
        fill(cr, "#ff7800")
        text(cr, 41 * s, 30 * s, "!", 40 * s, "#ffffff", bold=True)
    elif kind == "shield":
        cr.move_to(50 * s, 6 * s)
        cr.line_to(88 * s, 20 * s)
        cr.curve_to(88 * s, 60 * s, 70 * s, 84 * s, 50 * s, 94 * s)
        cr.curve_to(30 * s, 84 * s, 12 * s, 60 * s, 12 * s, 20 * s)
        cr.close_path()
        fill(cr, "#2ec27e")
        cr.set_line_width(9 * s)
        cr.set_source_rgb(1, 1, 1)
        cr.move_to(32 * s, 50 * s)
        cr.line_to(46 * s, 64 * s)
        cr.line_to(70 * s, 36 * s)
        cr.stroke()
    cr.restore()


def bubble(cr, x, y, max_w, s, size, tail_to=None, thought=False):
    """A comic speech bubble with its top-left near (x, y); returns (w, h)."""
    tw, th = text_size(cr, s, size, width=max_w, font=COMIC, bold=True)
    pad = size * 0.7
    w, h = tw + 2 * pad, th + 2 * pad
    cr.save()
    cr.set_line_width(max(2, size * 0.12))
    if tail_to and not thought:
        tx, ty = tail_to
        cx = x + w / 2
        cr.move_to(cx - w * 0.12, y + h - 2)
        cr.line_to(tx, ty)
        cr.line_to(cx + w * 0.08, y + h - 2)
        cr.close_path()
        cr.set_source_rgb(1, 1, 1)
        cr.fill_preserve()
        cr.set_source_rgb(*hex_rgb("#241f31"))
        cr.stroke()
    rounded_rect(cr, x, y, w, h, min(h / 2, size * 1.6))
    cr.set_source_rgb(1, 1, 1)
    cr.fill_preserve()
    cr.set_source_rgb(*hex_rgb("#241f31"))
    cr.stroke()
    if tail_to and not thought:
        # Hide the tail's base line inside the bubble.
        tx, ty = tail_to
        cx = x + w / 2
        cr.move_to(cx - w * 0.12 + 3, y + h - 3)
        cr.line_to(cx + w * 0.08 - 3, y + h - 3)
        cr.set_source_rgb(1, 1, 1)
        cr.set_line_width(max(3, size * 0.2))
        cr.stroke()
    if thought and tail_to:
        tx, ty = tail_to
        for i, r in enumerate((size * 0.45, size * 0.3)):
            px = x + w / 2 + (tx - x - w / 2) * (0.45 + 0.3 * i)
            py = y + h + (ty - y - h) * (0.45 + 0.3 * i)
            cr.arc(px, py, r, 0, 2 * math.pi)
            cr.set_source_rgb(1, 1, 1)
            cr.fill_preserve()
            cr.set_source_rgb(*hex_rgb("#241f31"))
            cr.stroke()
    cr.restore()
    text(cr, x + pad, y + pad, s, size, "#241f31", width=max_w, font=COMIC, bold=True)
    return w, h


def scene(cr, w, h, spec, bubbles=None, bubble_size=None):
    """One picture: a place, up to three people, an optional big phone or
    icon, and optional speech bubbles [(person index, text)]."""
    place(cr, w, h, spec.get("place", "bedroom"))
    people = spec.get("people", [])
    ground = h * 0.93
    height = h * 0.62 if not spec.get("chat") else h * 0.55
    span = w * (0.55 if spec.get("chat") or spec.get("icon") else 0.8)
    left = w * 0.1 if not spec.get("chat_left") else w * 0.42
    positions = []
    for i, p in enumerate(people):
        name, mood = p[0], p[1]
        flags = p[2] if len(p) > 2 else ""
        x = left + span * (i + 0.5) / max(1, len(people))
        facing = 1 if x < w / 2 else -1
        person(cr, x, ground, height, name, mood, phone="phone" in flags, facing=facing, wave="wave" in flags)
        positions.append((x, ground - height * 0.9))
    if spec.get("chat"):
        pw = min(w * 0.22, h * 0.5)
        px = w * 0.06 if not spec.get("chat_left") else w * 0.06
        phone_screen(cr, px if spec.get("chat_left") else w - pw - w * 0.07, h * 0.06, pw,
                     spec["chat"], spec.get("chat_title"))
    if spec.get("icon"):
        size = h * 0.3
        # On a white card, so that it reads as a sign, not as part of the room.
        rounded_rect(cr, w - size * 1.2 - w * 0.06, h * 0.09, size * 1.2, size * 1.2, size * 0.2)
        fill(cr, "#ffffff", 0.85)
        icon(cr, w - size * 1.1 - w * 0.06, h * 0.12, size, spec["icon"])
    placed = []
    for who, s in bubbles or []:
        hx, hy = positions[who]
        size = bubble_size or h * 0.034
        max_w = max(w * 0.3, size * 11)
        bw, bh = text_size(cr, s, size, width=max_w, font=COMIC, bold=True)
        bw, bh = bw + 1.4 * size, bh + 1.4 * size
        bx = min(max(hx - bw / 2, w * 0.02), w - bw - w * 0.02)
        by = h * 0.03
        # Speech bubbles read top to bottom: a later one goes under an
        # earlier one it would cover.
        for (px, py, pw, ph) in placed:
            if bx < px + pw and px < bx + bw and by < py + ph:
                by = py + ph + size * 0.6
        placed.append((bx, by, bw, bh))
        bubble(cr, bx, by, max_w, s, size, tail_to=(hx + (bx + bw / 2 - hx) * 0.3, hy - size * 0.3))
