#!/usr/bin/env python3
"""Blind evaluation set, images-v1: synthetic pictures children share.

Renders PNG/JPEG images into ./out/ and writes ./expected.jsonl (one line per
image) plus ./qr_manifest.jsonl (the payload of every QR code drawn, used by
check_images.py).  Every name, number, address and handle is invented
(UK numbers from the Ofcom drama ranges, US numbers from 555-01xx).

Deterministic: every random choice comes from a generator seeded with the
image's name; fonts use Pillow's BASIC layout engine.

Dependencies: Pillow, numpy, segno.  Fonts: DejaVu (required), Liberation and
GNU FreeFont (used if installed, else DejaVu stands in).
"""
import hashlib
import io
import json
import math
import os
import random
import re
import sys

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")

# --------------------------------------------------------------------------
# fonts
# --------------------------------------------------------------------------
_DJ = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_FR = "/usr/share/fonts/truetype/freefont/"

FAMILIES = {
    "sans": {"regular": _DJ + "DejaVuSans.ttf", "bold": _DJ + "DejaVuSans-Bold.ttf",
             "italic": _DJ + "DejaVuSans-Oblique.ttf", "bolditalic": _DJ + "DejaVuSans-BoldOblique.ttf"},
    "sanslight": {"regular": _DJ + "DejaVuSans-ExtraLight.ttf", "bold": _DJ + "DejaVuSans.ttf",
                  "italic": _DJ + "DejaVuSans-ExtraLight.ttf", "bolditalic": _DJ + "DejaVuSans-Bold.ttf"},
    "cond": {"regular": _DJ + "DejaVuSansCondensed.ttf", "bold": _DJ + "DejaVuSansCondensed-Bold.ttf",
             "italic": _DJ + "DejaVuSansCondensed-Oblique.ttf",
             "bolditalic": _DJ + "DejaVuSansCondensed-BoldOblique.ttf"},
    "serif": {"regular": _DJ + "DejaVuSerif.ttf", "bold": _DJ + "DejaVuSerif-Bold.ttf",
              "italic": _DJ + "DejaVuSerif-Italic.ttf", "bolditalic": _DJ + "DejaVuSerif-BoldItalic.ttf"},
    "mono": {"regular": _DJ + "DejaVuSansMono.ttf", "bold": _DJ + "DejaVuSansMono-Bold.ttf",
             "italic": _DJ + "DejaVuSansMono-Oblique.ttf", "bolditalic": _DJ + "DejaVuSansMono-BoldOblique.ttf"},
    "lsans": {"regular": _LB + "LiberationSans-Regular.ttf", "bold": _LB + "LiberationSans-Bold.ttf",
              "italic": _LB + "LiberationSans-Italic.ttf", "bolditalic": _LB + "LiberationSans-BoldItalic.ttf"},
    "lnarrow": {"regular": _LB + "LiberationSansNarrow-Regular.ttf", "bold": _LB + "LiberationSansNarrow-Bold.ttf",
                "italic": _LB + "LiberationSansNarrow-Italic.ttf",
                "bolditalic": _LB + "LiberationSansNarrow-BoldItalic.ttf"},
    "lserif": {"regular": _LB + "LiberationSerif-Regular.ttf", "bold": _LB + "LiberationSerif-Bold.ttf",
               "italic": _LB + "LiberationSerif-Italic.ttf", "bolditalic": _LB + "LiberationSerif-BoldItalic.ttf"},
    "lmono": {"regular": _LB + "LiberationMono-Regular.ttf", "bold": _LB + "LiberationMono-Bold.ttf",
              "italic": _LB + "LiberationMono-Italic.ttf", "bolditalic": _LB + "LiberationMono-BoldItalic.ttf"},
    "fsans": {"regular": _FR + "FreeSans.ttf", "bold": _FR + "FreeSansBold.ttf",
              "italic": _FR + "FreeSansOblique.ttf", "bolditalic": _FR + "FreeSansBoldOblique.ttf"},
    "fserif": {"regular": _FR + "FreeSerif.ttf", "bold": _FR + "FreeSerifBold.ttf",
               "italic": _FR + "FreeSerifItalic.ttf", "bolditalic": _FR + "FreeSerifBoldItalic.ttf"},
    "fmono": {"regular": _FR + "FreeMono.ttf", "bold": _FR + "FreeMonoBold.ttf",
              "italic": _FR + "FreeMonoOblique.ttf", "bolditalic": _FR + "FreeMonoBoldOblique.ttf"},
}
# stand-ins when Liberation / FreeFont are not installed
_FALLBACK = {"lsans": "sans", "lnarrow": "cond", "lserif": "serif", "lmono": "mono",
             "fsans": "sans", "fserif": "serif", "fmono": "mono"}
_font_cache = {}


def F(family, size, style="regular"):
    key = (family, int(size), style)
    if key not in _font_cache:
        path = FAMILIES[family][style]
        if not os.path.exists(path):
            path = FAMILIES[_FALLBACK.get(family, "sans")][style]
        _font_cache[key] = ImageFont.truetype(path, int(size), layout_engine=ImageFont.Layout.BASIC)
    return _font_cache[key]


def hexc(s):
    s = s.lstrip("#")
    return tuple(int(s[i:i + 2], 16) for i in (0, 2, 4))


def mix(a, b, t):
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))


# --------------------------------------------------------------------------
# scene: an image plus the leaks (and QR codes) drawn on it
# --------------------------------------------------------------------------
def _ibox(l, t, r, b):
    x0, y0, x1, y1 = int(math.floor(l)), int(math.floor(t)), int(math.ceil(r)), int(math.ceil(b))
    return [x0, y0, x1 - x0, y1 - y0]


def _union(boxes):
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return [x0, y0, x1 - x0, y1 - y0]


class Layout:
    """Word-wrapped text whose leak segments are never split."""

    def __init__(self, segs, font, max_w, lh, align="left"):
        toks = []
        for seg in segs:
            if isinstance(seg, str):
                for part in re.findall(r"\S+|\s+", seg):
                    toks.append((part, None))
            else:
                toks.append((seg[1], seg[0]))
        lines = [[]]
        for t, k in toks:
            if t.isspace():
                if lines[-1]:
                    lines[-1].append((t, k))
                continue
            cur = self._w(lines[-1], font)
            w = font.getlength(t)
            if lines[-1] and cur + font.getlength(self._trail(lines[-1])) + w > max_w:
                lines.append([])
            lines[-1].append((t, k))
        self.font, self.lh, self.align = font, lh, align
        self.lines = [self._strip(l) for l in lines]
        self.widths = [self._w(l, font) for l in self.lines]
        self.w = int(math.ceil(max(self.widths) if self.widths else 0))
        self.h = lh * len(self.lines)

    @staticmethod
    def _strip(line):
        line = list(line)
        while line and line[-1][0].isspace():
            line.pop()
        return line

    @staticmethod
    def _trail(line):
        s = ""
        for t, _ in reversed(line):
            if t.isspace():
                s = t + s
            else:
                break
        return s

    @classmethod
    def _w(cls, line, font):
        return sum(font.getlength(t) for t, _ in cls._strip(line))

    def draw(self, scene, x, y, fill, leak_fill=None):
        for i, line in enumerate(self.lines):
            dx = 0.0
            if self.align == "center":
                dx = (self.w - self.widths[i]) / 2
            elif self.align == "right":
                dx = self.w - self.widths[i]
            for t, k in line:
                if not t.isspace():
                    col = leak_fill if (k and leak_fill) else fill
                    scene.text(x + dx, y + i * self.lh, t, self.font, col, kind=k)
                dx += self.font.getlength(t)


class Scene:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (int(w), int(h)), bg)
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []
        self.qrs = []

    @property
    def W(self):
        return self.img.size[0]

    @property
    def H(self):
        return self.img.size[1]

    # --- drawing ---------------------------------------------------------
    def text(self, x, y, s, font, fill, kind=None, anchor="la", leak_text=None, stroke=0, stroke_fill=None):
        self.d.text((x, y), s, font=font, fill=fill, anchor=anchor, stroke_width=stroke, stroke_fill=stroke_fill)
        bb = self.d.textbbox((x, y), s, font=font, anchor=anchor, stroke_width=stroke)
        box = _ibox(*bb)
        if kind:
            self.add_leak(kind, leak_text if leak_text is not None else s, box)
        return box

    def lines(self, x, y, lines, font, fill, lh, kind=None, join=", ", anchor="la", leak_text=None):
        boxes = []
        for i, s in enumerate(lines):
            boxes.append(self.text(x, y + i * lh, s, font, fill, anchor=anchor))
        box = _union(boxes)
        if kind:
            self.add_leak(kind, leak_text if leak_text is not None else join.join(lines), box)
        return box

    def rich(self, x, y, segs, font, fill, max_w=10 ** 6, lh=None, align="left", leak_fill=None):
        lay = Layout(segs, font, max_w, lh or int(round(font.size * 1.3)), align)
        lay.draw(self, x, y, fill, leak_fill)
        return lay

    def add_leak(self, kind, text, box):
        self.leaks.append({"kind": kind, "text": text, "box": list(box)})

    def rrect(self, box, r, fill=None, outline=None, width=1):
        x, y, w, h = box
        self.d.rounded_rectangle([x, y, x + w - 1, y + h - 1], radius=r, fill=fill, outline=outline, width=width)

    def rect(self, box, fill=None, outline=None, width=1):
        x, y, w, h = box
        self.d.rectangle([x, y, x + w - 1, y + h - 1], fill=fill, outline=outline, width=width)

    def qr(self, payload, x, y, module, ptype, leaks=(), dark=(0, 0, 0), light=(255, 255, 255),
           border=4, error="m"):
        q = segno.make(payload, error=error, micro=False, boost_error=False)
        rows = [list(r) for r in q.matrix_iter(scale=1, border=0)]
        n = len(rows)
        size = (n + 2 * border) * module
        self.d.rectangle([x, y, x + size - 1, y + size - 1], fill=light)
        ox, oy = x + border * module, y + border * module
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v:
                    self.d.rectangle([ox + c * module, oy + r * module,
                                      ox + (c + 1) * module - 1, oy + (r + 1) * module - 1], fill=dark)
        box = [ox, oy, n * module, n * module]
        self.qrs.append({"payload": payload, "type": ptype, "box": list(box)})
        for kind, text in leaks:
            self.add_leak(kind, text, box)
        return size

    def gradient(self, c0, c1, vertical=True, box=None):
        x, y, w, h = box or (0, 0, self.W, self.H)
        n = h if vertical else w
        for i in range(n):
            col = mix(c0, c1, i / max(1, n - 1))
            if vertical:
                self.d.line([(x, y + i), (x + w - 1, y + i)], fill=col)
            else:
                self.d.line([(x + i, y), (x + i, y + h - 1)], fill=col)

    # --- geometry --------------------------------------------------------
    def _items(self):
        return self.leaks + self.qrs

    def _map_boxes(self, fn, size):
        for it in self._items():
            x, y, w, h = it["box"]
            m = Image.new("L", size, 0)
            ImageDraw.Draw(m).rectangle([x, y, x + w - 1, y + h - 1], fill=255)
            bb = fn(m).getbbox()
            it["box"] = [bb[0], bb[1], bb[2] - bb[0], bb[3] - bb[1]]

    def rotate(self, angle, fill):
        size = self.img.size
        self._map_boxes(lambda m: m.rotate(angle, Image.BILINEAR, expand=True), size)
        self.img = self.img.rotate(angle, Image.BICUBIC, expand=True, fillcolor=fill)
        self.d = ImageDraw.Draw(self.img)

    def resize(self, nw, nh):
        sx, sy = nw / self.W, nh / self.H
        for it in self._items():
            x, y, w, h = it["box"]
            it["box"] = _ibox(x * sx, y * sy, (x + w) * sx, (y + h) * sy)
        self.img = self.img.resize((nw, nh), Image.LANCZOS)
        self.d = ImageDraw.Draw(self.img)

    def paste(self, sub, x, y, angle=0.0, shadow=0):
        """Paste another scene (optionally rotated) and take over its leaks."""
        rgba = sub.img.convert("RGBA")
        if getattr(sub, "alpha", None) is not None:
            rgba.putalpha(sub.alpha)
        if angle:
            sub._map_boxes(lambda m: m.rotate(angle, Image.BILINEAR, expand=True), sub.img.size)
            rgba = rgba.rotate(angle, Image.BICUBIC, expand=True)
        if shadow:
            alpha = rgba.split()[3].point(lambda v: v * 0.45)
            alpha = alpha.filter(ImageFilter.GaussianBlur(shadow))
            black = Image.new("RGB", rgba.size, (0, 0, 0))
            self.img.paste(black, (x + shadow // 2, y + shadow), alpha)
        self.img.paste(rgba, (x, y), rgba)
        for it in sub.leaks:
            bx = it["box"]
            self.leaks.append({"kind": it["kind"], "text": it["text"],
                               "box": [bx[0] + x, bx[1] + y, bx[2], bx[3]]})
        for it in sub.qrs:
            bx = it["box"]
            self.qrs.append({"payload": it["payload"], "type": it["type"],
                             "box": [bx[0] + x, bx[1] + y, bx[2], bx[3]]})
        self.d = ImageDraw.Draw(self.img)
        return rgba.size


# --------------------------------------------------------------------------
# backgrounds and effects
# --------------------------------------------------------------------------
def texture(w, h, base, var, rng, cell=6):
    gw, gh = w // cell + 2, h // cell + 2
    n = rng.normal(0.0, var, (gh, gw, 1))
    small = Image.fromarray(np.clip(np.array(base)[None, None, :] + n, 0, 255).astype(np.uint8))
    return small.resize((gw * cell, gh * cell), Image.BICUBIC).crop((0, 0, w, h))


def photo_bg(w, h, kind, rng):
    s = Scene(w, h)
    if kind == "desk":
        s.img = texture(w, h, (120, 84, 52), 14, rng, cell=5)
        d = ImageDraw.Draw(s.img)
        for i in range(0, h, 23):
            d.line([(0, i), (w, i + int(rng.integers(-6, 7)))], fill=(104, 72, 44), width=2)
    elif kind == "cardboard":
        s.img = texture(w, h, (186, 146, 98), 10, rng, cell=4)
    elif kind == "carpet":
        s.img = texture(w, h, (70, 78, 96), 18, rng, cell=3)
    elif kind == "brick":
        s.img = texture(w, h, (150, 70, 50), 12, rng, cell=4)
        d = ImageDraw.Draw(s.img)
        bh, bw = 44, 120
        for r, yy in enumerate(range(0, h, bh)):
            d.line([(0, yy), (w, yy)], fill=(200, 196, 186), width=5)
            off = (bw // 2) * (r % 2)
            for xx in range(-off, w, bw):
                d.line([(xx, yy), (xx, yy + bh)], fill=(200, 196, 186), width=5)
    elif kind == "fabric":
        s.img = texture(w, h, (32, 60, 140), 9, rng, cell=2)
    elif kind == "table":
        s.img = texture(w, h, (225, 222, 214), 6, rng, cell=6)
    else:
        s.img = texture(w, h, (200, 200, 200), 8, rng)
    s.d = ImageDraw.Draw(s.img)
    return s


def finish(img, rng, blur=0.0, noise=0.0, jpeg_roundtrip=None):
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        arr = np.asarray(img).astype(np.float64)
        arr = arr + rng.normal(0.0, noise, arr.shape)
        img = Image.fromarray(np.clip(np.round(arr), 0, 255).astype(np.uint8))
    if jpeg_roundtrip:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=jpeg_roundtrip)
        buf.seek(0)
        img = Image.open(buf).convert("RGB")
    return img


# --------------------------------------------------------------------------
# reusable screens
# --------------------------------------------------------------------------
def status_bar(s, sc, fg, time="9:41", batt="87%", font="sans"):
    f = F(font, max(12, round(34 * sc)), "bold")
    s.text(round(60 * sc), round(26 * sc), time, f, fg)
    fb = F(font, max(12, round(30 * sc)))
    bx = s.W - round(150 * sc)
    s.text(bx - round(90 * sc), round(28 * sc), batt, fb, fg)
    s.rrect([bx, round(30 * sc), round(70 * sc), round(34 * sc)], round(8 * sc), outline=fg, width=max(1, round(3 * sc)))
    s.rect([bx + round(6 * sc), round(36 * sc), round(50 * sc), round(22 * sc)], fill=fg)
    for i in range(4):
        hh = round((10 + 7 * i) * sc)
        s.rect([bx - round((190 - 14 * i) * sc), round(62 * sc) - hh, round(9 * sc), hh], fill=fg)


def chat(W, dark, header, msgs, font="sans", fsize=None, accent=(10, 132, 255), day="Today",
         in_colors=None, out_colors=None, bg=None, subtitle=None):
    """Phone-style chat screenshot.  header: str or (KIND, text).
    msgs: list of (side 'in'/'out', segs, time-or-None)."""
    sc = W / 1080.0
    fs = fsize or max(12, round(42 * sc))
    f = F(font, fs)
    fsm = F(font, max(12, round(fs * 0.62)))
    lh = round(fs * 1.3)
    bg = bg or ((0, 0, 0) if dark else (255, 255, 255))
    fg = (255, 255, 255) if dark else (0, 0, 0)
    grey = (142, 142, 147)
    in_bg, in_fg = in_colors or (((38, 38, 41), (255, 255, 255)) if dark else ((233, 233, 235), (0, 0, 0)))
    out_bg, out_fg = out_colors or (accent, (255, 255, 255))
    padx, bpx, bpy = round(36 * sc), round(30 * sc), round(18 * sc)
    maxw = round(W * 0.64)
    top = round(96 * sc) + round(160 * sc)
    y = top + round(30 * sc)
    day_h = round(fs * 1.6)
    y += day_h
    plan = []
    for side, segs, tm in msgs:
        lay = Layout(segs if isinstance(segs, list) else [segs], f, maxw, lh)
        bw, bh = lay.w + 2 * bpx, lay.h + 2 * bpy - (lh - round(fs * 1.17))
        bx = padx if side == "in" else W - padx - bw
        plan.append((side, lay, bx, y, bw, bh, tm))
        y += bh + round(12 * sc)
        if tm:
            y += round(fsm.size * 1.5)
        y += round(14 * sc)
    H = max(int(W * 1.6), y + round(190 * sc))
    s = Scene(W, H, bg)
    status_bar(s, sc, fg, font=font)
    # header
    hb = round(96 * sc)
    hh = round(160 * sc)
    s.rect([0, hb, W, hh], fill=mix(bg, fg, 0.05))
    s.d.line([(0, hb + hh - 1), (W, hb + hh - 1)], fill=mix(bg, fg, 0.15), width=max(1, round(2 * sc)))
    s.text(round(36 * sc), hb + round(30 * sc), "<", F(font, round(70 * sc), "bold"), accent)
    name = header[1] if isinstance(header, tuple) else header
    ar = round(52 * sc)
    acx, acy = round(170 * sc), hb + hh // 2
    s.d.ellipse([acx - ar, acy - ar, acx + ar, acy + ar], fill=mix(accent, (255, 255, 255), 0.35))
    s.text(acx, acy, name[0].upper(), F(font, round(48 * sc), "bold"), (255, 255, 255), anchor="mm")
    hf = F(font, round(44 * sc), "bold")
    hx, hy = round(245 * sc), hb + round(26 * sc) if subtitle else hb + round(52 * sc)
    if isinstance(header, tuple):
        s.text(hx, hy, name, hf, fg, kind=header[0])
    else:
        s.text(hx, hy, name, hf, fg)
    if subtitle:
        s.text(hx, hy + round(62 * sc), subtitle, F(font, round(30 * sc)), grey)
    s.text(W // 2, top + round(30 * sc), day, fsm, grey, anchor="ma")
    for side, lay, bx, by, bw, bh, tm in plan:
        col, tcol = (in_bg, in_fg) if side == "in" else (out_bg, out_fg)
        s.rrect([bx, by, bw, bh], round(min(40 * sc, bh / 2)), fill=col)
        lay.draw(s, bx + bpx, by + bpy, tcol)
        if tm:
            ty = by + bh + round(8 * sc)
            if side == "in":
                s.text(bx + round(10 * sc), ty, tm, fsm, grey)
            else:
                s.text(bx + bw - round(10 * sc), ty, tm, fsm, grey, anchor="ra")
    # input bar
    iy = H - round(150 * sc)
    s.rrect([padx, iy, W - 2 * padx - round(110 * sc), round(90 * sc)], round(45 * sc),
            outline=mix(bg, fg, 0.25), width=max(1, round(3 * sc)))
    s.text(padx + round(36 * sc), iy + round(22 * sc), "Message", F(font, round(36 * sc)), grey)
    cx, cy, cr = W - padx - round(45 * sc), iy + round(45 * sc), round(45 * sc)
    s.d.ellipse([cx - cr, cy - cr, cx + cr, cy + cr], fill=accent)
    s.d.polygon([(cx - cr // 3, cy - cr // 2), (cx + cr // 2, cy), (cx - cr // 3, cy + cr // 2)], fill=(255, 255, 255))
    return s


def on_photo(sub, rng, bgkind, margin, angle, shadow=12, max_w=2000):
    w0, h0 = sub.W, sub.H
    rad = math.radians(abs(angle))
    rw = int(w0 * math.cos(rad) + h0 * math.sin(rad)) + 4
    rh = int(w0 * math.sin(rad) + h0 * math.cos(rad)) + 4
    W, H = rw + 2 * margin, rh + 2 * margin
    bg = photo_bg(W, H, bgkind, rng)
    bg.paste(sub, margin, margin, angle=angle, shadow=shadow)
    if W > max_w:
        nh = int(round(H * max_w / W))
        bg.resize(max_w, nh)
    return bg


# --------------------------------------------------------------------------
# scenes with leaks
# --------------------------------------------------------------------------
SCENES = []


def scene(name, fmt="png", quality=None, blur=0.0, noise=0.0, jpeg_roundtrip=None):
    def deco(fn):
        SCENES.append(dict(name=name, fn=fn, fmt=fmt, quality=quality, blur=blur, noise=noise,
                           jpeg_roundtrip=jpeg_roundtrip))
        return fn
    return deco


@scene("chat_light_phone_uk")
def _(rng):
    s = chat(1080, False, "Netball Team Y6", [
        ("in", "is training still on tomorrow?", "17:02"),
        ("out", "yes 4pm at the big hall", None),
        ("in", "my mum says she can't drive me", "17:05"),
        ("out", ["text my mum she'll give u a lift, her number is ", ("PHONE", "07700 900417")], "17:06"),
        ("in", "ok thanks!!", "17:08"),
        ("out", "see u there", None),
    ], font="sans")
    return s, "chat-screenshot: light mode, phone number in one bubble"


@scene("chat_dark_address")
def _(rng):
    s = chat(720, True, ("PERSON", "Chloe Brannigan"), [
        ("in", "what time is the sleepover?", "19:40"),
        ("out", "6 o'clock, bring snacks", "19:41"),
        ("in", "where do u live again", None),
        ("out", ["it's ", ("ADDRESS", "14 Larkspur Close, Hexford HX7 2QP"), " the blue door"], "19:43"),
        ("in", "cool see u saturday", "19:44"),
    ], font="lsans", accent=(48, 140, 90))
    return s, "chat-screenshot: dark mode, contact full name in header, home address in one bubble"


@scene("chat_light_email")
def _(rng):
    s = chat(540, False, "Art Club", [
        ("in", "can u send me the drawing?", "15:20"),
        ("out", "it's too big for here", "15:21"),
        ("out", ["email me at ", ("EMAIL", "rosie.thackeray2012@example.com")], "15:21"),
        ("in", "ok will do", "15:25"),
    ], font="fsans", fsize=21)
    return s, "chat-screenshot: light mode, small 540px screen, e-mail address in one bubble"


@scene("chat_dark_phone_us", fmt="jpg", quality=80)
def _(rng):
    s = chat(1080, True, "Soccer Practice", [
        ("in", "coach said practice moved to 5:30", "4:12 PM"),
        ("out", "ugh ok", None),
        ("in", "if you get lost call my cell", None),
        ("in", [("PHONE", "(415) 555-0137")], "4:13 PM"),
        ("out", "thx", "4:15 PM"),
        ("in", "we won 3-2 last week btw", None),
    ], font="lsans", accent=(37, 211, 102))
    return s, "chat-screenshot: dark mode, green bubbles, US phone number alone in a bubble"


@scene("chat_light_handle_snap")
def _(rng):
    s = chat(828, False, "Minecraft Server", [
        ("in", "who built the castle??", "20:01"),
        ("out", "me and my cousin", None),
        ("in", "its sick", None),
        ("out", ["add me on snap ", ("HANDLE", "lily.k_2012"), " and ill send pics"], "20:03"),
        ("in", "ok", "20:04"),
    ], font="cond", accent=(255, 149, 0))
    return s, "chat-screenshot: light mode, orange bubbles, social handle in one bubble"


@scene("chat_dark_school_age")
def _(rng):
    s = chat(1170, True, "Game chat", [
        ("in", "how old r u", "21:15"),
        ("out", ["im ", ("AGE", "11 years old")], "21:15"),
        ("in", "what school", None),
        ("out", ["I go to ", ("SCHOOL", "Brookfield Primary School"), " in year 6"], "21:16"),
        ("in", "no way me too", "21:17"),
    ], font="sans", accent=(94, 92, 230))
    return s, "chat-screenshot: dark mode, age and school named in bubbles"


@scene("chat_light_dob", fmt="jpg", quality=55)
def _(rng):
    s = chat(640, False, "Party planning", [
        ("in", "when is ur birthday?", "11:03"),
        ("out", ["its ", ("DATE_OF_BIRTH", "14/03/2013"), " im having a party"], "11:04"),
        ("in", "yay! can i come", None),
        ("out", "yes obviously", "11:06"),
    ], font="lsans")
    return s, "chat-screenshot: light mode, date of birth in bubble, JPEG q55"


@scene("chat_photo_location", fmt="jpg", quality=70, noise=5.0)
def _(rng):
    c = chat(750, False, "Skate crew", [
        ("in", "where r u guys", "16:31"),
        ("out", ["at ", ("LOCATION", "Millbrook Rec"), " by the skate ramp, come now"], "16:32"),
        ("in", "omw 10 mins", "16:33"),
        ("out", "bring ur board", None),
    ], font="fsans", accent=(0, 122, 255))
    s = on_photo(c, rng, "desk", 70, 3.0)
    return s, "chat-screenshot: photographed on desk, rotated 3 deg, noise, meeting place named"


@scene("chat_dark_url")
def _(rng):
    s = chat(1080, True, "Year 7 group", [
        ("in", "has anyone seen my video", "18:20"),
        ("out", "which one", None),
        ("in", ["the minecraft one, its on my channel ", ("URL", "youtube.com/@EllaBuildsMC")], "18:21"),
        ("out", "subscribed!!", "18:25"),
        ("in", "thx I'm at 212 subs", None),
    ], font="sans", accent=(220, 40, 60))
    return s, "chat-screenshot: dark mode, link to own video channel"


@scene("chat_dark_multi", blur=0.9)
def _(rng):
    s = chat(900, True, ("PERSON", "Noah Pemberton"), [
        ("in", "can u come over after school", "15:48"),
        ("out", "maybe, where is ur house", None),
        ("in", [("ADDRESS", "9 Quarry Lane, Fenwick Bridge")], "15:49"),
        ("in", ["if mum asks, ring ", ("PHONE", "0161 496 0752")], "15:49"),
        ("out", "ok", "15:52"),
    ], font="lsans", accent=(0, 150, 136))
    return s, "chat-screenshot: dark mode, slight blur, address and landline in bubbles, full name header"


@scene("chat_lowcontrast_phone")
def _(rng):
    s = chat(720, False, "Homework help", [
        ("in", "did u finish the poster", "19:02"),
        ("out", "almost", None),
        ("in", ["call me if stuck ", ("PHONE", "07700 900582")], "19:03"),
        ("out", "ok thx", "19:05"),
    ], font="sans", accent=(215, 215, 222), in_colors=((246, 246, 248), (196, 196, 202)),
        out_colors=((236, 236, 240), (255, 255, 255)), bg=(252, 252, 252))
    return s, "chat-screenshot: washed-out low-contrast theme, phone number in one bubble"


def game_bg(s, c0, c1, rng):
    s.gradient(c0, c1)
    for _ in range(40):
        x, y = int(rng.integers(0, s.W)), int(rng.integers(0, s.H))
        r = int(rng.integers(1, 4))
        s.d.ellipse([x - r, y - r, x + r, y + r], fill=mix(c1, (255, 255, 255), 0.5))


def shield(s, cx, cy, r, col, col2):
    pts = [(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.2), (cx, cy + r * 1.2), (cx - r, cy + r * 0.2)]
    s.d.polygon(pts, fill=col)
    star = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.55 if i % 2 == 0 else r * 0.22
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    s.d.polygon(star, fill=col2)


@scene("game_profile_friendcode")
def _(rng):
    s = Scene(1920, 1080)
    game_bg(s, (28, 16, 60), (10, 40, 90), rng)
    s.rrect([160, 140, 1600, 800], 40, fill=(20, 22, 40), outline=(90, 110, 220), width=4)
    shield(s, 400, 420, 150, (70, 90, 200), (250, 210, 60))
    s.text(640, 220, "PLAYER PROFILE", F("sans", 36, "bold"), (140, 150, 220))
    s.text(640, 280, "xXShadowFox_09Xx", F("sans", 88, "bold"), (255, 255, 255), kind="HANDLE")
    s.rrect([640, 410, 230, 80], 20, fill=(250, 210, 60))
    s.text(755, 450, "LVL 42", F("sans", 44, "bold"), (30, 20, 10), anchor="mm")
    s.rrect([900, 425, 760, 50], 25, fill=(50, 52, 80))
    s.rrect([900, 425, 620, 50], 25, fill=(80, 200, 120))
    s.text(1280, 500, "12,480 / 15,000 XP", F("sans", 30), (200, 205, 230), anchor="ma")
    for i, (k, v) in enumerate([("WINS", "318"), ("K/D", "1.42"), ("PLAYTIME", "212 h"), ("RANK", "Gold III")]):
        x = 640 + i * 280
        s.text(x, 590, k, F("sans", 28), (140, 150, 220))
        s.text(x, 630, v, F("sans", 52, "bold"), (255, 255, 255))
    s.text(640, 760, "Friend code", F("sans", 30), (140, 150, 220))
    s.text(640, 800, "SW-4821-3390-1175", F("mono", 56, "bold"), (120, 230, 255), kind="HANDLE")
    s.text(1600, 880, "Region: EU West   Status: Online", F("sans", 28), (160, 160, 190), anchor="ra")
    return s, "game-profile: dark, gamertag and friend code"


@scene("game_profile_bio", fmt="jpg", quality=85)
def _(rng):
    s = Scene(1280, 720)
    game_bg(s, (8, 60, 60), (4, 20, 30), rng)
    s.rrect([60, 60, 1160, 600], 24, fill=(12, 30, 36), outline=(40, 200, 170), width=3)
    shield(s, 230, 250, 100, (40, 200, 170), (255, 255, 255))
    s.text(400, 110, "BlockBuilderJake", F("lsans", 64, "bold"), (240, 255, 250), kind="HANDLE")
    s.text(400, 200, "Level 17  \u2022  Builder rank", F("lsans", 32), (120, 220, 200))
    s.text(400, 270, "About me", F("lsans", 26, "bold"), (120, 220, 200))
    s.rich(400, 310, ["Hi I'm ", ("PERSON", "Jake Morrow"), ", age ", ("AGE", "12"), ", from ",
                      ("LOCATION", "Leeds"), ". I like redstone and parkour."],
           F("lsans", 30), (230, 240, 240), max_w=760)
    for i, (k, v) in enumerate([("Worlds", "9"), ("Likes", "1,302"), ("Followers", "87")]):
        s.text(400 + i * 240, 480, v, F("lsans", 48, "bold"), (255, 255, 255))
        s.text(400 + i * 240, 540, k, F("lsans", 24), (120, 220, 200))
    return s, "game-profile: teal, gamertag, bio with real name, age and town"


@scene("game_lobby_discord", fmt="jpg", quality=60)
def _(rng):
    s = Scene(960, 540)
    game_bg(s, (60, 10, 20), (20, 5, 10), rng)
    s.text(480, 30, "SQUAD LOBBY", F("cond", 40, "bold"), (255, 220, 220), anchor="ma")
    names = [("P1", "Ready"), ("P2", "Ready"), ("P3", "Waiting")]
    for i, (p, st) in enumerate(names):
        y = 110 + i * 80
        s.rrect([60, y, 520, 64], 12, fill=(80, 20, 30))
        s.text(80, y + 16, p, F("cond", 28, "bold"), (255, 255, 255))
        s.text(560, y + 16, st, F("cond", 26), (180, 255, 180) if st == "Ready" else (255, 200, 120), anchor="ra")
    s.text(140, 126, "NightOwl_Kai", F("cond", 28), (255, 230, 230), kind="HANDLE")
    s.rrect([620, 110, 280, 300], 14, fill=(40, 10, 16))
    s.text(640, 125, "Lobby chat", F("cond", 22, "bold"), (255, 180, 180))
    s.rich(640, 165, [("HANDLE", "NightOwl_Kai"), ": add me on discord ", ("HANDLE", "kai.plays#4821")],
           F("cond", 20), (240, 240, 240), max_w=245)
    s.rich(640, 275, ["P2: gg last round 14 kills"], F("cond", 20), (240, 240, 240), max_w=245)
    s.text(480, 470, "Match starts in 0:12", F("cond", 30, "bold"), (255, 255, 255), anchor="ma")
    return s, "game-lobby: dark red, gamertag and Discord handle in lobby chat, JPEG q60"


@scene("parcel_label_uk", fmt="jpg", quality=75, noise=4.0)
def _(rng):
    lab = Scene(900, 620, (250, 250, 246))
    lab.rect([0, 0, 900, 90], fill=(20, 20, 20))
    lab.text(30, 22, "PARCEL EXPRESS", F("lsans", 44, "bold"), (255, 255, 255))
    lab.text(870, 30, "48H", F("lsans", 36, "bold"), (255, 255, 255), anchor="ra")
    lab.text(40, 120, "DELIVER TO:", F("lsans", 26, "bold"), (60, 60, 60))
    lab.text(40, 165, "Harriet Okonkwo-Lane", F("lsans", 46, "bold"), (10, 10, 10), kind="PERSON")
    lab.lines(40, 230, ["22 Foxglove Terrace", "Ashby Wold", "Lincolnshire", "LN9 4ZT"],
              F("lsans", 38), (10, 10, 10), 50, kind="ADDRESS")
    for i in range(70):
        w = int(rng.integers(2, 7))
        x = 520 + i * 5
        if x + w > 880:
            break
        if rng.random() < 0.6:
            lab.rect([x, 450, w, 110], fill=(0, 0, 0))
    lab.text(520, 570, "TRK 4829 1177 30 GB", F("lmono", 22), (0, 0, 0))
    lab.text(40, 560, "Weight 1.2 kg", F("lsans", 24), (60, 60, 60))
    s = photo_bg(1600, 1200, "cardboard", rng)
    s.paste(lab, 320, 230, angle=-4.0, shadow=10)
    return s, "parcel-label: photographed on a box, rotated -4 deg, name and home address"


@scene("parcel_label_us", blur=1.2)
def _(rng):
    s = Scene(1000, 800, (236, 232, 222))
    s.rect([60, 60, 880, 680], fill=(255, 255, 255), outline=(0, 0, 0), width=3)
    s.text(90, 90, "USPS-STYLE PRIORITY", F("fsans", 30, "bold"), (0, 0, 0))
    s.d.line([(60, 140), (940, 140)], fill=(0, 0, 0), width=3)
    s.text(90, 170, "SHIP TO", F("fsans", 24, "bold"), (0, 0, 0))
    s.text(90, 210, "EMMA R. CALDWELL", F("fsans", 40, "bold"), (0, 0, 0), kind="PERSON")
    s.lines(90, 265, ["4418 MAPLE HOLLOW DR", "SPRINGDALE OR 97999"], F("fsans", 40), (0, 0, 0), 52,
            kind="ADDRESS")
    s.d.line([(60, 400), (940, 400)], fill=(0, 0, 0), width=3)
    for i in range(150):
        x = 120 + i * 5
        if rng.random() < 0.55:
            s.rect([x, 440, int(rng.integers(2, 5)), 160], fill=(0, 0, 0))
    s.text(500, 620, "9400 1118 9922 3344 5566 77", F("fmono", 28), (0, 0, 0), anchor="ma")
    return s, "parcel-label: US style, blurred, recipient name and address"


def bunting(s, y, n, cols):
    w = s.W / n
    for i in range(n):
        x = i * w
        s.d.polygon([(x, y), (x + w, y), (x + w / 2, y + w * 0.9)], fill=cols[i % len(cols)])
    s.d.line([(0, y), (s.W, y)], fill=(90, 60, 40), width=4)


@scene("birthday_banner")
def _(rng):
    s = Scene(2000, 800, (255, 248, 235))
    bunting(s, 20, 16, [(230, 70, 90), (250, 190, 40), (60, 170, 220), (120, 200, 90)])
    f = F("serif", 120, "bold")
    lay = Layout(["HAPPY ", ("AGE", "9th"), " BIRTHDAY"], f, 1900, 140)
    assert len(lay.lines) == 1
    lay.draw(s, (2000 - lay.w) // 2, 220, (220, 50, 90))
    s.text(1000, 440, "AVA PEMBERTON", F("serif", 170, "bolditalic"), (40, 110, 200), anchor="ma", kind="PERSON")
    for i, c in enumerate([(230, 70, 90), (250, 190, 40), (60, 170, 220)]):
        cx = 1760 + i * 70
        s.d.ellipse([cx - 40, 660, cx + 40, 750], fill=c)
        s.d.line([(cx, 750), (cx + 10, 795)], fill=(120, 120, 120), width=2)
    return s, "birthday-banner: bunting, child's full name and age"


@scene("birthday_card_firstname", noise=3.0)
def _(rng):
    s = Scene(800, 600, (255, 230, 240))
    s.rrect([40, 40, 720, 520], 30, fill=(255, 255, 255), outline=(240, 120, 170), width=6)
    f = F("fsans", 110, "bold")
    lay = Layout([("PERSON", "Oliver"), " is ", ("AGE", "7"), "!"], f, 700, 130)
    lay.draw(s, (800 - lay.w) // 2, 150, (240, 90, 140))
    s.text(400, 340, "Love from the whole class", F("fsans", 40, "italic"), (120, 120, 120), anchor="ma")
    for i in range(12):
        x, y = int(rng.integers(70, 730)), int(rng.integers(420, 540))
        s.d.ellipse([x - 8, y - 8, x + 8, y + 8], fill=[(250, 190, 40), (60, 170, 220), (120, 200, 90)][i % 3])
    return s, "birthday-card: first name and age in large letters"


@scene("school_sign_two_lines")
def _(rng):
    s = Scene(1400, 900)
    s.gradient((150, 200, 245), (220, 238, 250))
    s.rect([0, 650, 1400, 250], fill=(96, 150, 70))
    s.rect([300, 420, 30, 330], fill=(90, 90, 90))
    s.rect([1070, 420, 30, 330], fill=(90, 90, 90))
    s.rrect([180, 130, 1040, 380], 24, fill=(20, 70, 140), outline=(240, 240, 240), width=10)
    f = F("lsans", 120, "bold")
    b1 = s.text(700, 170, "HOLLYBROOK", f, (255, 255, 255), anchor="ma")
    b2 = s.text(700, 310, "PRIMARY SCHOOL", F("lsans", 96, "bold"), (255, 255, 255), anchor="ma")
    s.add_leak("SCHOOL", "HOLLYBROOK PRIMARY SCHOOL", _union([b1, b2]))
    s.text(700, 440, "Learning together", F("lsans", 36, "italic"), (200, 220, 255), anchor="ma")
    return s, "school-sign: school name split over two lines"


@scene("school_sign_lowcontrast", noise=6.0)
def _(rng):
    sign = Scene(1000, 420, (196, 190, 170))
    sign.rect([14, 14, 972, 392], outline=(178, 172, 152), width=6)
    sign.text(500, 80, "Welcome to", F("fserif", 56, "italic"), (176, 170, 150), anchor="ma")
    sign.text(500, 170, "St Aldric's C of E Academy", F("fserif", 72, "bold"), (168, 162, 140),
              anchor="ma", kind="SCHOOL")
    sign.text(500, 300, "Visitors please report to reception", F("fserif", 34), (176, 170, 150), anchor="ma")
    s = photo_bg(1200, 700, "brick", rng)
    s.paste(sign, 80, 110, angle=2.0, shadow=8)
    return s, "school-sign: weathered low-contrast sign on brick wall, rotated 2 deg"


@scene("school_banner_open_evening")
def _(rng):
    s = Scene(1800, 600, (250, 250, 250))
    s.rect([0, 0, 1800, 600], fill=(120, 20, 40))
    s.rect([30, 30, 1740, 540], outline=(255, 215, 0), width=8)
    s.text(900, 80, "WESTMERE HIGH SCHOOL", F("cond", 130, "bold"), (255, 255, 255), anchor="ma", kind="SCHOOL")
    s.text(900, 260, "OPEN EVENING", F("cond", 110, "bold"), (255, 215, 0), anchor="ma")
    s.text(900, 420, "Thursday 12 October  6pm - 8pm", F("cond", 60), (255, 255, 255), anchor="ma")
    return s, "school-banner: school name on an event banner"


@scene("lunchbox_label")
def _(rng):
    s = photo_bg(900, 700, "table", rng)
    box = Scene(760, 520, (90, 190, 230))
    box.rrect([60, 110, 640, 300], 30, fill=(255, 255, 255), outline=(40, 40, 40), width=4)
    box.text(380, 135, "This lunch box belongs to:", F("sans", 34), (80, 80, 80), anchor="ma")
    box.text(380, 200, "Harry Fenwick", F("sans", 80, "bold"), (30, 30, 160), anchor="ma", kind="PERSON")
    box.text(380, 320, "Class 4B", F("sans", 40), (80, 80, 80), anchor="ma")
    s.paste(box, 70, 90, angle=-1.5, shadow=10)
    return s, "name-label: sticker on a lunch box"


@scene("schoolbag_tag", fmt="jpg", quality=82)
def _(rng):
    s = photo_bg(1000, 1000, "fabric", rng)
    tag = Scene(560, 820, (255, 255, 255))
    tag.rrect([0, 0, 560, 820], 40, fill=(255, 236, 120))
    tag.alpha = Image.new("L", (560, 820), 0)
    ad = ImageDraw.Draw(tag.alpha)
    ad.rounded_rectangle([0, 0, 559, 819], radius=40, fill=255)
    ad.ellipse([250, 30, 310, 90], fill=0)
    tag.text(40, 130, "IF FOUND PLEASE RETURN", F("lnarrow", 36, "bold"), (60, 40, 0))
    tag.text(40, 200, "Name:", F("lnarrow", 30), (60, 40, 0))
    tag.text(150, 196, "Zara Whitlock", F("lnarrow", 40, "bold"), (0, 0, 0), kind="PERSON")
    tag.text(40, 260, "School:", F("lnarrow", 30), (60, 40, 0))
    tag.text(150, 256, "Ashgrove Juniors", F("lnarrow", 40, "bold"), (0, 0, 0), kind="SCHOOL")
    tag.text(40, 320, "Tel:", F("lnarrow", 30), (60, 40, 0))
    tag.text(150, 316, "07700 900263", F("lnarrow", 40, "bold"), (0, 0, 0), kind="PHONE")
    tag.qr("tel:+447700900263", 150, 420, 9, "tel", leaks=[("PHONE", "+447700900263")], light=(255, 236, 120))
    s.paste(tag, 220, 90, angle=4.0, shadow=12)
    return s, "name-label: bag tag with name, school, phone and tel: QR code, rotated 4 deg"


@scene("team_shirt_back")
def _(rng):
    s = Scene(1000, 1200, (230, 230, 230))
    s.gradient((210, 210, 214), (245, 245, 245))
    c = (200, 30, 40)
    s.d.polygon([(250, 150), (420, 100), (580, 100), (750, 150), (930, 380), (800, 470), (750, 400),
                 (750, 1120), (250, 1120), (250, 400), (200, 470), (70, 380)], fill=c)
    s.text(500, 230, "OKONJO", F("sans", 110, "bold"), (255, 255, 255), anchor="ma", kind="PERSON")
    s.text(500, 380, "10", F("sans", 380, "bold"), (255, 255, 255), anchor="ma")
    s.text(500, 880, "FERNHILL ROVERS FC", F("cond", 38, "bold"), (255, 220, 0), anchor="ma", kind="ORG")
    return s, "team-shirt: back of football shirt with surname and club name"


@scene("certificate_swim")
def _(rng):
    s = Scene(1754, 1240, (255, 253, 245))
    s.rect([40, 40, 1674, 1160], outline=(190, 150, 60), width=14)
    s.rect([80, 80, 1594, 1080], outline=(190, 150, 60), width=3)
    s.text(877, 150, "Certificate of Achievement", F("lserif", 110, "bolditalic"), (120, 80, 20), anchor="ma")
    s.text(877, 340, "This is to certify that", F("lserif", 48, "italic"), (60, 60, 60), anchor="ma")
    s.text(877, 430, "Maisie Hartley-Dunn", F("lserif", 120, "bold"), (20, 40, 110), anchor="ma", kind="PERSON")
    s.text(877, 620, "has successfully swum 25 metres unaided", F("lserif", 52), (60, 60, 60), anchor="ma")
    s.text(877, 720, "Dolphins Swimming Club", F("lserif", 64, "bold"), (20, 110, 150), anchor="ma", kind="ORG")
    s.text(300, 960, "Date: 03/05/2024", F("lserif", 40), (60, 60, 60))
    s.d.line([(1100, 1000), (1500, 1000)], fill=(60, 60, 60), width=2)
    s.text(1300, 1015, "Head Coach", F("lserif", 34, "italic"), (60, 60, 60), anchor="ma")
    s.d.ellipse([740, 900, 1010, 1170], fill=(220, 180, 60))
    s.text(875, 1035, "25m", F("lserif", 70, "bold"), (120, 80, 20), anchor="mm")
    return s, "certificate: swimming award with child's name and club"


@scene("house_number_street_sign", fmt="jpg", quality=78)
def _(rng):
    s = photo_bg(1200, 900, "brick", rng)
    s.rect([90, 120, 720, 170], fill=(255, 255, 255), outline=(0, 0, 0), width=8)
    s.text(450, 150, "CEDAR GROVE", F("lsans", 84, "bold"), (0, 0, 0), anchor="ma", kind="ADDRESS")
    s.text(450, 252, "HEXFORD NW7", F("lsans", 26, "bold"), (200, 0, 0), anchor="ma")
    s.d.ellipse([820, 450, 1080, 700], fill=(180, 140, 50), outline=(120, 90, 30), width=6)
    s.text(950, 575, "27", F("serif", 150, "bold"), (40, 30, 10), anchor="mm", kind="ADDRESS")
    s.rect([150, 430, 420, 470], fill=(30, 60, 40))
    return s, "house-number: number plate beside street sign (together a home address)"


@scene("door_plaque_address", noise=7.0)
def _(rng):
    s = photo_bg(800, 500, "desk", rng)
    s.rrect([80, 120, 640, 240], 20, fill=(30, 30, 30), outline=(200, 200, 200), width=4)
    s.text(400, 160, "14 Rosewood Avenue", F("fserif", 62, "italic"), (235, 235, 235), anchor="ma", kind="ADDRESS")
    s.text(400, 265, "no cold callers", F("fserif", 30), (180, 180, 180), anchor="ma")
    return s, "house-number: slate door plaque with house number and street, noisy"


def timetable(s, x, y, w, h, fg, line, days, periods, subjects, font, hdr_bg):
    cols = len(days) + 1
    cw = w / cols
    rh = h / (len(periods) + 1)
    fh = F(font, int(rh * 0.32), "bold")
    fb = F(font, int(rh * 0.28))
    s.rect([x, y, int(w), int(rh)], fill=hdr_bg)
    for j, dname in enumerate(days):
        s.text(x + cw * (j + 1.5), y + rh / 2, dname, fh, fg, anchor="mm")
    for i, p in enumerate(periods):
        yy = y + rh * (i + 1)
        s.text(x + cw / 2, yy + rh / 2, p, fb, fg, anchor="mm")
        for j in range(len(days)):
            s.text(x + cw * (j + 1.5), yy + rh / 2, subjects[(i * 3 + j * 2) % len(subjects)], fb, fg, anchor="mm")
    for i in range(len(periods) + 2):
        s.d.line([(x, y + rh * i), (x + w, y + rh * i)], fill=line, width=2)
    for j in range(cols + 1):
        s.d.line([(x + cw * j, y), (x + cw * j, y + h)], fill=line, width=2)


SUBJECTS = ["Maths", "English", "Science", "PE", "Art", "Music", "History", "Geography", "Reading", "French", "Computing"]


@scene("timetable_school")
def _(rng):
    s = Scene(1600, 1000, (255, 255, 255))
    s.text(800, 40, "Kingsmead Primary School", F("sans", 64, "bold"), (30, 80, 160), anchor="ma", kind="SCHOOL")
    s.text(800, 130, "Class 5R  \u2022  Spring Term Timetable", F("sans", 36), (80, 80, 80), anchor="ma")
    timetable(s, 60, 210, 1480, 740, (20, 20, 20), (150, 170, 200), ["Mon", "Tue", "Wed", "Thu", "Fri"],
              ["8:50", "9:50", "11:00", "13:15", "14:15"], SUBJECTS, "sans", (220, 232, 250))
    return s, "timetable: class timetable headed with the school's name"


@scene("timetable_dark_photo", fmt="jpg", quality=72, blur=0.6)
def _(rng):
    t = Scene(1000, 640, (24, 26, 34))
    t.text(500, 26, "Year 7 \u2014 Harrowdene Academy", F("lnarrow", 46, "bold"), (250, 250, 250),
           anchor="ma", kind="SCHOOL")
    timetable(t, 30, 110, 940, 500, (230, 230, 240), (90, 95, 120), ["Mon", "Tue", "Wed", "Thu", "Fri"],
              ["P1", "P2", "P3", "P4", "P5", "P6"], SUBJECTS, "lnarrow", (50, 55, 80))
    s = on_photo(t, rng, "carpet", 80, -2.5)
    return s, "timetable: dark-theme timetable photographed, rotated -2.5 deg, blur"


def silhouette(s, box, bg, fg):
    """Featureless head-and-shoulders placeholder (not a face)."""
    x, y, w, h = box
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.ellipse([w * 0.3, h * 0.15, w * 0.7, h * 0.55], fill=fg)
    d.ellipse([w * 0.1, h * 0.6, w * 0.9, h * 1.3], fill=fg)
    s.img.paste(im, (x, y))


@scene("bus_pass")
def _(rng):
    s = Scene(1012, 638, (255, 255, 255))
    s.rrect([0, 0, 1012, 638], 40, fill=(0, 120, 170))
    s.rrect([20, 120, 972, 498], 24, fill=(255, 255, 255))
    s.text(40, 30, "YOUTH BUS PASS", F("lsans", 56, "bold"), (255, 255, 255))
    s.text(970, 48, "Zone 1-3", F("lsans", 34, "bold"), (255, 255, 255), anchor="ra")
    silhouette(s, [50, 150, 240, 300], (200, 210, 220), (150, 160, 175))
    lab, val = F("lsans", 24), F("lsans", 38, "bold")
    s.text(330, 160, "NAME", lab, (90, 90, 90))
    s.text(330, 190, "Tyler Ashcombe", val, (0, 0, 0), kind="PERSON")
    s.text(330, 260, "DATE OF BIRTH", lab, (90, 90, 90))
    s.text(330, 290, "02/11/2012", val, (0, 0, 0), kind="DATE_OF_BIRTH")
    s.text(330, 360, "SCHOOL", lab, (90, 90, 90))
    s.text(330, 390, "Greyfriars Community College", F("lsans", 32, "bold"), (0, 0, 0), kind="SCHOOL")
    s.text(330, 460, "Valid until 31/07/2025", F("lsans", 26), (90, 90, 90))
    s.text(330, 560, "Pass no. 4471 2290 8813", F("lmono", 28), (255, 255, 255))
    return s, "bus-pass: photo placeholder, name, date of birth and school"


@scene("library_card", noise=3.0)
def _(rng):
    s = Scene(856, 540, (245, 240, 230))
    s.rect([0, 0, 856, 110], fill=(100, 50, 120))
    s.text(40, 30, "PUBLIC LIBRARY", F("fserif", 52, "bold"), (255, 255, 255))
    s.text(40, 140, "Junior member", F("fserif", 28, "italic"), (100, 50, 120))
    s.text(40, 190, "Priya Raghunathan", F("fserif", 44, "bold"), (0, 0, 0), kind="PERSON")
    s.lines(40, 260, ["3 Millstream Court", "Hollins End, Sheffield S12 9XQ"], F("fserif", 28), (40, 40, 40), 36,
            kind="ADDRESS")
    for i in range(140):
        if rng.random() < 0.55:
            s.rect([40 + i * 5, 380, int(rng.integers(2, 5)), 100], fill=(0, 0, 0))
    s.text(40, 490, "2 9003 0041 7781 2", F("fmono", 26), (0, 0, 0))
    return s, "library-card: member name and home address, barcode"


@scene("form_filled")
def _(rng):
    s = Scene(1240, 1754, (255, 255, 255))
    s.text(620, 80, "Holiday Club Registration Form", F("sans", 56, "bold"), (20, 20, 20), anchor="ma")
    s.text(620, 160, "Please complete in BLOCK CAPITALS and return to the office by Friday.",
           F("sans", 24), (80, 80, 80), anchor="ma")
    lab = F("sans", 28, "bold")
    ink = (20, 50, 160)
    hand = F("sans", 40, "italic")
    rows = [("Child's full name", "PERSON", ["JOSHUA KELLERMAN"]),
            ("Date of birth", "DATE_OF_BIRTH", ["27 / 08 / 2014"]),
            ("Home address", "ADDRESS", ["41 ORCHARD RISE", "BRAMBLEY, GU9 7YY"]),
            ("Parent phone", "PHONE", ["07700 900815"]),
            ("Parent e-mail", "EMAIL", ["k.kellerman@example.net"]),
            ("School", "SCHOOL", ["ST MARY'S JUNIOR SCHOOL"]),
            ("Allergies", None, ["NONE"]),
            ("Swimming ability", None, ["25 m"])]
    y = 260
    for label, kind, vals in rows:
        s.text(80, y + 8, label, lab, (20, 20, 20))
        s.rect([420, y - 6, 740, 64 + 56 * (len(vals) - 1)], outline=(120, 120, 120), width=2)
        s.lines(440, y + 4, vals, hand, ink, 56, kind=kind)
        y += 110 + 56 * (len(vals) - 1)
    s.text(80, y + 40, "I give permission for my child to take part in all activities.", F("sans", 22), (60, 60, 60))
    s.text(80, y + 120, "Signed:", lab, (20, 20, 20))
    s.d.line([(220, y + 150), (700, y + 150)], fill=(0, 0, 0), width=2)
    s.text(80, 1690, "Office use only: ref 2024/118", F("sans", 12), (120, 120, 120))
    return s, "form: paper registration form filled in (name, DOB, address, phone, e-mail, school)"


@scene("form_club_signup", fmt="jpg", quality=68)
def _(rng):
    f = Scene(1000, 1150, (250, 250, 250))
    f.text(500, 40, "Coding Club \u2014 Sign-up sheet", F("lsans", 48, "bold"), (0, 0, 0), anchor="ma")
    f.text(40, 120, "Name", F("lsans", 24, "bold"), (0, 0, 0))
    f.text(40, 150, "Ethan Vasquez-Reid", F("lsans", 36, "italic"), (10, 10, 120), kind="PERSON")
    f.text(40, 220, "Age", F("lsans", 24, "bold"), (0, 0, 0))
    f.text(40, 250, "10", F("lsans", 36, "italic"), (10, 10, 120), kind="AGE")
    f.text(40, 320, "Parent e-mail (we only use this for club news)", F("lsans", 14), (0, 0, 0))
    f.text(40, 345, "ethan.vr.family@example.org", F("lsans", 14, "italic"), (10, 10, 120), kind="EMAIL")
    f.text(40, 400, "Emergency contact number", F("lsans", 24, "bold"), (0, 0, 0))
    f.text(40, 430, "020 7946 0381", F("lsans", 36, "italic"), (10, 10, 120), kind="PHONE")
    f.text(40, 520, "Favourite language:  Scratch / Python", F("lsans", 28), (0, 0, 0))
    f.text(40, 580, "Sessions: Tuesdays 15:30 - 16:30, Room 12", F("lsans", 28), (0, 0, 0))
    for i in range(8):
        f.d.line([(40, 680 + 50 * i), (960, 680 + 50 * i)], fill=(190, 200, 230), width=2)
    s = on_photo(f, rng, "table", 40, 1.5, shadow=8)
    return s, "form: club sign-up sheet with name, age, small 14px e-mail and phone, rotated 1.5 deg"


@scene("contact_card_light")
def _(rng):
    W = 750
    sc = W / 1080
    s = Scene(W, 1334, (242, 242, 247))
    status_bar(s, sc, (0, 0, 0))
    s.d.ellipse([275, 120, 475, 320], fill=(160, 165, 180))
    s.text(375, 220, "ZW", F("lsans", 80, "bold"), (255, 255, 255), anchor="mm")
    s.text(375, 350, "Zoe Winterbourne", F("lsans", 48), (0, 0, 0), anchor="ma", kind="PERSON")
    y = 460
    for label, val, kind in [("mobile", "07700 900944", "PHONE"), ("email", "zoe.w.2011@example.com", "EMAIL")]:
        s.rrect([30, y, 690, 120], 20, fill=(255, 255, 255))
        s.text(60, y + 18, label, F("lsans", 24), (60, 60, 60))
        s.text(60, y + 55, val, F("lsans", 36), (0, 122, 255), kind=kind)
        y += 140
    s.rrect([30, y, 690, 170], 20, fill=(255, 255, 255))
    s.text(60, y + 18, "home", F("lsans", 24), (60, 60, 60))
    s.lines(60, y + 55, ["8 Thistle Walk", "Norbridge NB3 6QF"], F("lsans", 34), (0, 122, 255), 44, kind="ADDRESS")
    y += 190
    s.rrect([30, y, 690, 100], 20, fill=(255, 255, 255))
    s.text(60, y + 30, "Share Contact", F("lsans", 34), (0, 122, 255))
    return s, "contact-card: phone contacts screen, light, name, mobile, e-mail, home address"


@scene("contact_card_dark")
def _(rng):
    s = Scene(600, 1100, (18, 18, 18))
    sc = 600 / 1080
    status_bar(s, sc, (230, 230, 230), time="21:07", batt="42%")
    s.d.ellipse([220, 100, 380, 260], fill=(120, 70, 160))
    s.text(300, 180, "D", F("sans", 80, "bold"), (255, 255, 255), anchor="mm")
    s.text(300, 290, "Dylan Fairweather", F("sans", 38, "bold"), (240, 240, 240), anchor="ma", kind="PERSON")
    rows = [("Phone", "+44 7700 900127", "PHONE"), ("Snapchat", "dyl_fairy13", "HANDLE"),
            ("Birthday", "9 June 2011", "DATE_OF_BIRTH"), ("Notes", "met at football camp", None)]
    y = 380
    for label, val, kind in rows:
        s.text(40, y, label, F("sans", 20), (150, 150, 150))
        s.text(40, y + 30, val, F("sans", 30), (235, 235, 235), kind=kind)
        s.d.line([(40, y + 90), (560, y + 90)], fill=(60, 60, 60), width=1)
        y += 115
    return s, "contact-card: dark mode contact with phone, Snapchat handle and birthday"


# ---- QR codes with personal payloads -------------------------------------
def qr_card(W, H, bg, payload, ptype, leaks, module, title=None, caption=None, font="sans", fg=(0, 0, 0),
            dark=(0, 0, 0), light=(255, 255, 255), qy=None):
    s = Scene(W, H, bg)
    n = len(list(segno.make(payload, micro=False, error="m").matrix_iter(scale=1, border=0)))
    size = (n + 8) * module
    qx = (W - size) // 2
    y0 = qy if qy is not None else (H - size) // 2
    if title:
        s.text(W // 2, max(10, y0 - 80), title, F(font, 44, "bold"), fg, anchor="ma")
    s.qr(payload, qx, y0, module, ptype, leaks=leaks, dark=dark, light=light)
    if caption:
        s.text(W // 2, y0 + size + 20, caption, F(font, 30), fg, anchor="ma")
    return s


@scene("qr_tel")
def _(rng):
    s = qr_card(400, 400, (255, 255, 255), "tel:+447700900331", "tel", [("PHONE", "+447700900331")], 10)
    return s, "qr-code: bare tel: code"


@scene("qr_sms")
def _(rng):
    s = qr_card(500, 700, (255, 240, 200), "sms:+447700900654?body=hi%20its%20me", "sms",
                [("PHONE", "+447700900654")], 8, title="Text me!", caption="scan with your camera",
                font="fsans", light=(255, 240, 200))
    return s, "qr-code: SMSTO code on a note with harmless caption"


@scene("qr_mailto")
def _(rng):
    s = qr_card(800, 800, (235, 245, 255), "mailto:finn.oduya@example.com", "mailto",
                [("EMAIL", "finn.oduya@example.com")], 14, dark=(10, 40, 120), light=(235, 245, 255),
                title="Email me", font="lsans", fg=(10, 40, 120))
    return s, "qr-code: dark-blue mailto: code"


@scene("qr_geo")
def _(rng):
    s = qr_card(700, 900, (250, 250, 250), "geo:53.80751,-1.55232", "geo",
                [("LOCATION", "53.80751,-1.55232")], 14, title="Find our den!", caption="(secret!!)",
                font="cond")
    return s, "qr-code: geo: coordinates with a 'find our den' caption"


@scene("qr_mecard")
def _(rng):
    payload = "MECARD:N:Garside,Isla;TEL:+447700900205;ADR:6 Heron Way,Tilbury Vale TV2 8LS;;"
    s = Scene(900, 600, (245, 245, 245))
    s.text(40, 60, "My contact", F("sans", 48, "bold"), (30, 30, 30))
    s.text(40, 140, "scan to save", F("sans", 30), (90, 90, 90))
    s.qr(payload, 420, 30, 10, "mecard", leaks=[("PERSON", "Isla Garside"), ("PHONE", "+447700900205"),
                                                ("ADDRESS", "6 Heron Way, Tilbury Vale TV2 8LS")])
    return s, "qr-code: MECARD with name, phone and address"


@scene("qr_vcard", fmt="jpg", quality=88)
def _(rng):
    payload = ("BEGIN:VCARD\nVERSION:3.0\nN:Marchetti;Luca\nFN:Luca Marchetti\nTEL;TYPE=CELL:+447700900718\n"
               "EMAIL:luca.m2012@example.com\nEND:VCARD")
    c = qr_card(760, 900, (255, 255, 255), payload, "vcard",
                [("PERSON", "Luca Marchetti"), ("PHONE", "+447700900718"), ("EMAIL", "luca.m2012@example.com")],
                9, title="Add me to contacts", qy=160)
    s = on_photo(c, rng, "desk", 60, 3.0)
    return s, "qr-code: vCard on paper photographed, rotated 3 deg"


@scene("qr_wifi")
def _(rng):
    payload = "WIFI:T:WPA;S:OkaforHouse_5G;P:sunflower2011;;"
    s = Scene(640, 800, (255, 255, 255))
    s.rrect([20, 20, 600, 760], 30, fill=(240, 248, 240), outline=(60, 140, 80), width=4)
    s.text(320, 60, "Guest WiFi", F("fserif", 56, "bold"), (30, 90, 50), anchor="ma")
    s.qr(payload, 120, 170, 10, "wifi", leaks=[("PERSON", "Okafor")], light=(240, 248, 240), dark=(20, 60, 30))
    s.text(320, 640, "Scan to join", F("fserif", 36, "italic"), (30, 90, 50), anchor="ma")
    return s, "qr-code: WIFI join code whose network name carries a family surname"


@scene("qr_whatsapp")
def _(rng):
    s = Scene(720, 1280, (18, 140, 126))
    status_bar(s, 720 / 1080, (255, 255, 255), time="10:15")
    s.rrect([60, 200, 600, 620], 30, fill=(255, 255, 255))
    s.text(360, 240, "My QR code", F("sans", 40, "bold"), (30, 30, 30), anchor="ma")
    s.qr("https://wa.me/447700900461", 130, 320, 12, "whatsapp", leaks=[("PHONE", "447700900461")])
    s.text(360, 880, "Scan to start a chat", F("sans", 30), (255, 255, 255), anchor="ma")
    return s, "qr-code: messenger-style screen with wa.me link carrying a phone number"


@scene("qr_telegram")
def _(rng):
    s = qr_card(600, 600, (230, 242, 252), "https://t.me/pixel_fox_2011", "telegram",
                [("HANDLE", "pixel_fox_2011")], 11, light=(230, 242, 252), dark=(0, 90, 160))
    return s, "qr-code: t.me link to a personal username"


@scene("qr_snapchat")
def _(rng):
    s = Scene(720, 1280, (255, 252, 0))
    status_bar(s, 720 / 1080, (0, 0, 0), time="16:20")
    s.rrect([110, 260, 500, 500], 60, fill=(255, 255, 255))
    s.qr("https://www.snapchat.com/add/mia.sk8s", 140, 290, 11, "snapchat", leaks=[("HANDLE", "mia.sk8s")])
    s.text(360, 830, "mia.sk8s", F("sans", 56, "bold"), (0, 0, 0), anchor="ma", kind="HANDLE")
    s.text(360, 910, "Add me!", F("sans", 36), (0, 0, 0), anchor="ma")
    return s, "qr-code: yellow add-friend screen with snapchat.com/add link and the username printed"


@scene("qr_discord", fmt="jpg", quality=90)
def _(rng):
    s = Scene(800, 450, (54, 57, 63))
    s.text(40, 60, "Join my server!", F("sans", 44, "bold"), (255, 255, 255))
    s.text(40, 130, "slime trading + minecraft", F("sans", 26), (185, 187, 190))
    s.text(40, 330, "invite expires in 7 days", F("sans", 22), (185, 187, 190))
    s.qr("https://discord.gg/k7Qm2xTz", 470, 45, 8, "discord", leaks=[("URL", "https://discord.gg/k7Qm2xTz")])
    return s, "qr-code: dark chat-app invite card with private server invite link"


@scene("qr_plaintext_name_address", noise=4.0)
def _(rng):
    payload = "If found please return to Freya Lindqvist, 52 Juniper Road, Oakhampton OK4 1RE"
    s = qr_card(700, 700, (255, 255, 255), payload, "text",
                [("PERSON", "Freya Lindqvist"), ("ADDRESS", "52 Juniper Road, Oakhampton OK4 1RE")], 7,
                caption="scan me", font="fsans")
    return s, "qr-code: plain-text payload with a name and home address, light noise"


@scene("qr_instagram_poster")
def _(rng):
    s = Scene(1000, 1400, (255, 255, 255))
    s.gradient((255, 200, 220), (200, 180, 255))
    s.text(500, 80, "FOLLOW MY", F("sans", 110, "bold"), (120, 20, 120), anchor="ma")
    s.text(500, 210, "SLIME SHOP!", F("sans", 110, "bold"), (120, 20, 120), anchor="ma")
    s.qr("https://instagram.com/slimes.by.lottie", 280, 420, 11, "instagram",
         leaks=[("HANDLE", "slimes.by.lottie")])
    s.text(500, 990, "@slimes.by.lottie", F("sans", 60, "bold"), (60, 20, 90), anchor="ma", kind="HANDLE")
    s.text(500, 1100, "glitter slime \u00a32  \u2022  butter slime \u00a33", F("sans", 40), (60, 20, 90), anchor="ma")
    return s, "qr-code: poster with profile link QR and the handle printed below"


@scene("social_profile_bio")
def _(rng):
    s = Scene(1080, 1500, (255, 255, 255))
    status_bar(s, 1.0, (0, 0, 0), time="18:44")
    s.text(540, 120, "mia.sk8s", F("lsans", 44, "bold"), (0, 0, 0), anchor="ma", kind="HANDLE")
    s.d.ellipse([60, 220, 300, 460], fill=(255, 180, 120))
    s.d.ellipse([80, 240, 280, 440], fill=(250, 120, 80))
    for i, (v, k) in enumerate([("48", "posts"), ("1,204", "followers"), ("311", "following")]):
        x = 470 + i * 210
        s.text(x, 280, v, F("lsans", 44, "bold"), (0, 0, 0), anchor="ma")
        s.text(x, 340, k, F("lsans", 30), (0, 0, 0), anchor="ma")
    s.text(60, 500, "Mia Kowalski", F("lsans", 36, "bold"), (0, 0, 0), kind="PERSON")
    s.rich(60, 550, [("AGE", "13"), " | Year 8 @ ", ("SCHOOL", "Thornbury High"), " | ", ("LOCATION", "Bristol")],
           F("lsans", 34), (0, 0, 0))
    s.text(60, 600, "skater girl \u2022 dm for collabs", F("lsans", 34), (0, 0, 0))
    cols = [(240, 150, 150), (150, 200, 240), (180, 230, 160), (250, 220, 120), (200, 160, 240), (160, 220, 220)]
    for i in range(9):
        x, y = (i % 3) * 362, 720 + (i // 3) * 260
        s.rect([x, y, 356, 254], fill=cols[i % len(cols)])
    return s, "social-profile: handle, real name, bio with age, school and town"


@scene("sticky_note_phone", fmt="jpg", quality=80)
def _(rng):
    note = Scene(420, 420, (255, 240, 110))
    note.text(30, 40, "Reminders:", F("fsans", 40, "bolditalic"), (40, 40, 140))
    note.text(30, 120, "- PE kit Thurs", F("fsans", 34, "italic"), (40, 40, 140))
    note.rich(30, 190, ["- call Nana ", ("PHONE", "07700 900318")], F("fsans", 34, "italic"), (40, 40, 140),
              max_w=360)
    note.text(30, 330, "- spellings!!", F("fsans", 34, "italic"), (40, 40, 140))
    s = photo_bg(600, 600, "desk", rng)
    s.paste(note, 60, 60, angle=5.0, shadow=10)
    return s, "sticky-note: handwritten-style note with a phone number, rotated 5 deg"


@scene("envelope_lowcontrast")
def _(rng):
    s = Scene(1500, 900, (238, 228, 204))
    s.rect([1250, 60, 170, 200], fill=(228, 216, 190), outline=(215, 203, 178), width=4)
    g = (212, 200, 176)
    s.text(480, 380, "Miss Poppy Ashworth", F("serif", 60, "italic"), g, kind="PERSON")
    s.lines(480, 470, ["Flat 2, 17 Sorrel Gardens", "Kettlewell Green", "KW5 3NH"], F("serif", 56, "italic"),
            g, 72, kind="ADDRESS")
    return s, "envelope: very low-contrast handwriting-style name and address"


@scene("race_results")
def _(rng):
    s = Scene(1200, 900, (250, 250, 250))
    s.rect([0, 0, 1200, 140], fill=(0, 90, 60))
    s.text(600, 40, "Girls 100m Final \u2014 Results", F("lnarrow", 64, "bold"), (255, 255, 255), anchor="ma")
    hdr = F("lnarrow", 34, "bold")
    for x, h in [(60, "Pos"), (180, "Athlete"), (640, "Club"), (1030, "Time")]:
        s.text(x, 190, h, hdr, (0, 0, 0))
    rows = [("1", "Poppy Ashworth", "Harrier AC", "14.32"), ("2", "Nia Oyelaran", "Vale Striders", "14.58"),
            ("3", "Keira Dunmore", "Harrier AC", "14.91")]
    f = F("lnarrow", 40)
    for i, (p, n, c, t) in enumerate(rows):
        y = 270 + i * 110
        s.rect([40, y - 20, 1120, 90], fill=(232, 242, 236) if i % 2 == 0 else (250, 250, 250))
        s.text(60, y, p, f, (0, 0, 0))
        s.text(180, y, n, f, (0, 0, 0), kind="PERSON")
        s.text(640, y, c, f, (0, 0, 0), kind="ORG")
        s.text(1030, y, t, f, (0, 0, 0))
    s.text(60, 700, "Wind +1.2 m/s   Heat 3 of 4", F("lnarrow", 30), (90, 90, 90))
    return s, "results-sheet: race results with athletes' names and clubs"


@scene("email_screenshot_small")
def _(rng):
    s = Scene(1440, 900, (255, 255, 255))
    s.rect([0, 0, 260, 900], fill=(242, 244, 248))
    for i, t in enumerate(["Inbox", "Starred", "Sent", "Drafts", "Spam"]):
        s.text(30, 40 + i * 40, t, F("sans", 16, "bold" if i == 0 else "regular"), (40, 40, 40))
    s.text(300, 40, "Science project photos", F("sans", 26, "bold"), (20, 20, 20))
    s.text(300, 100, "From:", F("sans", 12, "bold"), (90, 90, 90))
    s.text(350, 100, "Mia Kowalski", F("sans", 12), (40, 40, 40), kind="PERSON")
    s.rich(440, 100, ["<", ("EMAIL", "mia.k2011@example.com"), ">"], F("sans", 12), (90, 90, 90))
    s.text(300, 122, "To: Year 8 Science Group     Mon 10:42", F("sans", 12), (90, 90, 90))
    body = ["Hi everyone,", "", "Here are the photos of the volcano for the project.",
            "It erupted for 14 seconds! The mix was 2 spoons of bicarb and 100 ml vinegar.",
            "", "See you in Thursday's lesson."]
    for i, t in enumerate(body):
        s.text(300, 180 + i * 30, t, F("sans", 18), (30, 30, 30))
    return s, "email-screenshot: desktop mail with sender name and address in 12px text"


# --------------------------------------------------------------------------
# clean scenes (harmless text that could tempt a detector)
# --------------------------------------------------------------------------
@scene("clean_game_scoreboard")
def _(rng):
    s = Scene(1920, 1080)
    game_bg(s, (10, 20, 50), (30, 10, 40), rng)
    s.text(960, 60, "MATCH RESULTS", F("sans", 90, "bold"), (255, 255, 255), anchor="ma")
    s.text(960, 190, "TEAM RED  3  -  5  TEAM BLUE", F("sans", 60, "bold"), (255, 210, 80), anchor="ma")
    hdr = F("mono", 36, "bold")
    for x, h in [(300, "RANK"), (520, "PLAYER"), (900, "SCORE"), (1200, "KILLS"), (1450, "TIME")]:
        s.text(x, 320, h, hdr, (150, 170, 255))
    rows = [("1st", "P1", "12,450", "14", "08:32"), ("2nd", "CPU-2", "10,200", "11", "08:32"),
            ("3rd", "P2", "9,875", "9", "08:32"), ("4th", "CPU-4", "4,120", "3", "07:58")]
    for i, r in enumerate(rows):
        y = 400 + i * 100
        s.rrect([260, y - 16, 1420, 80], 14, fill=(40, 44, 90) if i % 2 == 0 else (30, 30, 70))
        for x, v in zip([300, 520, 900, 1200, 1450], r):
            s.text(x, y, v, F("mono", 44), (255, 255, 255))
    s.text(960, 900, "Press A to continue", F("sans", 40), (200, 200, 255), anchor="ma")
    return s, "CLEAN game-scoreboard: teams, generic player slots, scores and times"


@scene("clean_game_levelup")
def _(rng):
    s = Scene(1280, 720)
    game_bg(s, (250, 150, 30), (180, 40, 90), rng)
    s.text(640, 120, "LEVEL UP!", F("sans", 130, "bold"), (255, 255, 255), anchor="ma", stroke=6,
           stroke_fill=(120, 20, 60))
    s.text(640, 300, "Level 26  \u2192  Level 27", F("sans", 60, "bold"), (255, 250, 220), anchor="ma")
    s.text(640, 400, "XP 14,820 / 20,000", F("sans", 44), (255, 255, 255), anchor="ma")
    s.text(640, 480, "+500 coins   +2 gems   New skin unlocked", F("sans", 36), (255, 255, 255), anchor="ma")
    s.rrect([490, 580, 300, 80], 40, fill=(255, 255, 255))
    s.text(640, 620, "CONTINUE", F("sans", 40, "bold"), (180, 40, 90), anchor="mm")
    return s, "CLEAN game-level-up: level, XP and rewards numbers"


@scene("clean_game_race_times")
def _(rng):
    s = Scene(1600, 900, (12, 12, 16))
    s.text(800, 50, "GRAND PRIX \u2014 LAP TIMES", F("lnarrow", 80, "bold"), (255, 60, 60), anchor="ma")
    rows = [("1", "Car #07", "1:42.301", "+0.000"), ("2", "Car #21", "1:42.877", "+0.576"),
            ("3", "Car #44", "1:43.015", "+0.714"), ("4", "Car #12", "1:44.290", "+1.989"),
            ("5", "Car #03", "1:45.002", "+2.701")]
    for i, r in enumerate(rows):
        y = 200 + i * 120
        s.rect([100, y - 10, 1400, 96], fill=(30, 30, 40))
        for x, v in zip([140, 300, 800, 1150], r):
            s.text(x, y + 10, v, F("lmono", 52, "bold"), (240, 240, 240))
    return s, "CLEAN game-scoreboard: racing lap times with car numbers"


@scene("clean_game_achievement", fmt="jpg", quality=65)
def _(rng):
    s = Scene(800, 450, (20, 20, 20))
    s.rrect([60, 150, 680, 150], 75, fill=(40, 40, 40), outline=(90, 200, 90), width=4)
    s.d.ellipse([80, 165, 200, 285], fill=(90, 200, 90))
    s.text(140, 225, "G", F("sans", 70, "bold"), (20, 20, 20), anchor="mm")
    s.text(230, 180, "Achievement unlocked", F("sans", 30), (200, 200, 200))
    s.text(230, 225, "100 diamonds mined \u2014 50G", F("sans", 28, "bold"), (255, 255, 255))
    s.text(400, 360, "2 of 48 achievements", F("sans", 24), (150, 150, 150), anchor="ma")
    return s, "CLEAN game-achievement: achievement toast with numbers"


@scene("clean_shop_price_list")
def _(rng):
    s = Scene(1000, 1400, (30, 30, 30))
    s.rect([40, 40, 920, 1320], outline=(255, 255, 255), width=4)
    s.text(500, 80, "TUCK SHOP PRICES", F("serif", 72, "bold"), (255, 255, 255), anchor="ma")
    items = [("Apple", "40p"), ("Banana", "35p"), ("Flapjack", "\u00a31.20"), ("Water 500ml", "80p"),
             ("Fruit juice", "\u00a31.00"), ("Cheese toastie", "\u00a32.10"), ("Cookie", "60p"),
             ("Pencil", "25p"), ("Ruler 30cm", "75p")]
    for i, (n, p) in enumerate(items):
        y = 230 + i * 105
        s.text(100, y, n, F("serif", 52), (255, 255, 255))
        s.text(900, y, p, F("serif", 52, "bold"), (255, 220, 120), anchor="ra")
        s.d.line([(100, y + 78), (900, y + 78)], fill=(90, 90, 90), width=1)
    s.text(500, 1230, "Open 10:40-11:00 and 12:30-13:15", F("serif", 32, "italic"), (200, 200, 200), anchor="ma")
    return s, "CLEAN price-list: chalkboard-style shop prices and opening times"


@scene("clean_movie_poster")
def _(rng):
    s = Scene(1200, 1800)
    s.gradient((10, 20, 40), (200, 90, 40))
    s.text(600, 80, "TOM HANKS     MERYL STREEP", F("lsans", 54, "bold"), (255, 255, 255), anchor="ma")
    s.text(600, 160, "DENZEL WASHINGTON", F("lsans", 54, "bold"), (255, 255, 255), anchor="ma")
    s.d.ellipse([350, 500, 850, 1000], fill=(255, 200, 120))
    s.rect([560, 700, 80, 500], fill=(20, 20, 30))
    s.d.polygon([(520, 700), (680, 700), (600, 600)], fill=(20, 20, 30))
    s.text(600, 1250, "THE LAST", F("lserif", 150, "bold"), (255, 240, 220), anchor="ma")
    s.text(600, 1410, "LIGHTHOUSE", F("lserif", 150, "bold"), (255, 240, 220), anchor="ma")
    s.text(600, 1640, "IN CINEMAS 14 MARCH", F("lsans", 48, "bold"), (255, 255, 255), anchor="ma")
    return s, "CLEAN movie-poster: famous actors' names, title and release date"


@scene("clean_sports_score_football")
def _(rng):
    s = Scene(1280, 720)
    s.gradient((20, 110, 40), (10, 70, 25))
    s.rrect([60, 220, 1160, 200], 20, fill=(15, 15, 25))
    s.text(330, 320, "LIVERPOOL", F("cond", 64, "bold"), (255, 255, 255), anchor="mm")
    s.text(640, 320, "3 - 1", F("cond", 96, "bold"), (255, 220, 0), anchor="mm")
    s.text(950, 320, "EVERTON", F("cond", 64, "bold"), (255, 255, 255), anchor="mm")
    s.text(640, 450, "FULL TIME  90+3'", F("cond", 44), (255, 255, 255), anchor="ma")
    s.text(640, 530, "Goals: 12' 47' 81'  |  66'", F("cond", 36), (220, 255, 220), anchor="ma")
    return s, "CLEAN sports-score: professional football scoreline"


@scene("clean_sports_score_basketball", fmt="jpg", quality=75)
def _(rng):
    s = Scene(900, 500, (240, 240, 240))
    s.rect([0, 0, 900, 90], fill=(230, 90, 20))
    s.text(450, 20, "FINAL", F("fsans", 50, "bold"), (255, 255, 255), anchor="ma")
    s.text(220, 160, "LAKERS", F("fsans", 56, "bold"), (85, 37, 130), anchor="ma")
    s.text(680, 160, "CELTICS", F("fsans", 56, "bold"), (0, 122, 51), anchor="ma")
    s.text(220, 260, "112", F("fsans", 110, "bold"), (0, 0, 0), anchor="ma")
    s.text(680, 260, "108", F("fsans", 110, "bold"), (0, 0, 0), anchor="ma")
    s.text(450, 430, "Q1 28-30  Q2 27-25  Q3 31-26  Q4 26-27", F("fsans", 26), (60, 60, 60), anchor="ma")
    return s, "CLEAN sports-score: basketball final with quarter scores"


@scene("clean_weather_widget_light")
def _(rng):
    s = Scene(800, 400)
    s.gradient((90, 160, 240), (160, 210, 255))
    s.text(50, 40, "Manchester", F("lsans", 48, "bold"), (255, 255, 255))
    s.text(50, 110, "14\u00b0", F("lsans", 150, "bold"), (255, 255, 255))
    s.text(50, 300, "Partly cloudy   H:17\u00b0  L:9\u00b0", F("lsans", 34), (255, 255, 255))
    s.d.ellipse([520, 60, 680, 220], fill=(255, 220, 60))
    s.d.ellipse([560, 130, 760, 260], fill=(245, 245, 250))
    return s, "CLEAN weather-widget: city name and temperatures, light"


@scene("clean_weather_widget_dark")
def _(rng):
    s = Scene(600, 600, (20, 22, 30))
    s.text(300, 40, "Paris", F("sans", 44, "bold"), (230, 230, 240), anchor="ma")
    s.text(300, 110, "21\u00b0C", F("sans", 130), (255, 255, 255), anchor="ma")
    s.text(300, 280, "Sunny  \u2022  Wind 12 km/h", F("sans", 28), (180, 180, 200), anchor="ma")
    for i, (d, t) in enumerate([("Mon", "22\u00b0"), ("Tue", "19\u00b0"), ("Wed", "17\u00b0"), ("Thu", "20\u00b0")]):
        x = 90 + i * 140
        s.text(x, 380, d, F("sans", 28), (180, 180, 200), anchor="ma")
        s.text(x, 430, t, F("sans", 36, "bold"), (255, 255, 255), anchor="ma")
    s.text(300, 540, "Updated 07:45", F("sans", 20), (120, 120, 140), anchor="ma")
    return s, "CLEAN weather-widget: dark, city name, forecast and update time"


@scene("clean_recipe_card", fmt="jpg", quality=80, noise=3.0)
def _(rng):
    c = Scene(1200, 800, (255, 250, 240))
    c.rect([0, 0, 1200, 110], fill=(200, 90, 60))
    c.text(600, 25, "Banana Bread", F("fserif", 64, "bold"), (255, 255, 255), anchor="ma")
    ing = ["3 ripe bananas", "75 g melted butter", "150 g sugar", "1 egg, beaten", "1 tsp vanilla",
           "190 g flour", "1 tsp bicarbonate of soda"]
    for i, t in enumerate(ing):
        c.text(60, 150 + i * 60, "\u2022 " + t, F("fserif", 36), (60, 40, 30))
    steps = ["1. Heat oven to 180\u00b0C (160\u00b0C fan).", "2. Mash bananas, mix in butter.",
             "3. Stir in the rest.", "4. Bake 55-65 min.", "Serves 8  |  Prep 10 min"]
    for i, t in enumerate(steps):
        c.text(640, 150 + i * 70, t, F("fserif", 34, "italic"), (60, 40, 30))
    s = on_photo(c, rng, "table", 60, -2.0)
    return s, "CLEAN recipe-card: photographed, rotated -2 deg, quantities and temperatures"


@scene("clean_meme_caption")
def _(rng):
    s = Scene(1000, 1000, (120, 140, 160))
    s.gradient((110, 130, 150), (60, 70, 90))
    s.d.ellipse([300, 300, 700, 700], fill=(200, 170, 120))
    s.rect([420, 620, 160, 300], fill=(200, 170, 120))
    f = F("sans", 60, "bold")
    s.text(500, 40, "WHEN THE TEACHER SAYS", f, (255, 255, 255), anchor="ma", stroke=5, stroke_fill=(0, 0, 0))
    s.text(500, 840, "\"PICK A PARTNER\"", F("sans", 80, "bold"), (255, 255, 255), anchor="ma", stroke=5,
           stroke_fill=(0, 0, 0))
    return s, "CLEAN meme: outlined caption over a plain shape"


@scene("clean_book_cover")
def _(rng):
    s = Scene(1000, 1500, (18, 52, 86))
    s.rect([60, 60, 880, 1380], outline=(220, 190, 120), width=6)
    s.text(500, 200, "GREAT", F("lserif", 140, "bold"), (240, 220, 170), anchor="ma")
    s.text(500, 360, "EXPECTATIONS", F("lserif", 110, "bold"), (240, 220, 170), anchor="ma")
    s.d.ellipse([350, 620, 650, 920], outline=(220, 190, 120), width=8)
    s.text(500, 1100, "CHARLES DICKENS", F("lserif", 72), (255, 255, 255), anchor="ma")
    s.text(500, 1260, "CLASSIC EDITION", F("lserif", 36, "italic"), (220, 190, 120), anchor="ma")
    s.text(500, 1330, "ISBN 978-1-23456-789-7", F("lmono", 26), (200, 200, 200), anchor="ma")
    return s, "CLEAN book-cover: classic novel with famous author's name and ISBN"


@scene("clean_calendar_page")
def _(rng):
    s = Scene(1600, 1200, (255, 255, 255))
    s.rect([0, 0, 1600, 180], fill=(220, 60, 60))
    s.text(800, 40, "MARCH 2025", F("sans", 100, "bold"), (255, 255, 255), anchor="ma")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    cw = 1600 / 7
    for j, d in enumerate(days):
        s.text(cw * (j + 0.5), 200, d, F("sans", 40, "bold"), (80, 80, 80), anchor="ma")
    start = 5  # 1 March 2025 is a Saturday
    for day in range(1, 32):
        idx = start + day - 1
        r, c = divmod(idx, 7)
        x, y = cw * c, 270 + r * 150
        s.rect([int(x) + 4, int(y), int(cw) - 8, 140], outline=(210, 210, 210), width=2)
        s.text(int(x) + 16, int(y) + 10, str(day), F("sans", 40), (30, 30, 30))
    s.text(int(cw * 1) + 16, 270 + 150 * 1 + 80, "Pancake Day", F("sans", 22), (200, 60, 60))
    s.text(int(cw * 3) + 16, 270 + 150 * 1 + 80, "World Book Day", F("sans", 22), (200, 60, 60))
    return s, "CLEAN calendar-page: month grid with public holidays"


@scene("clean_qr_brand_website")
def _(rng):
    s = qr_card(600, 700, (255, 255, 255), "https://www.bbc.co.uk/bitesize", "url-public", [], 10,
                title="Revision help", caption="bbc.co.uk/bitesize", qy=120)
    return s, "CLEAN qr-code: public revision website"


@scene("clean_qr_plaintext_message", fmt="jpg", quality=85)
def _(rng):
    s = qr_card(420, 480, (240, 255, 240), "Well done! The secret word is BANANA. Show this to your group.",
                "text-harmless", [], 8, light=(240, 255, 240), caption="Treasure hunt clue 4", font="cond")
    return s, "CLEAN qr-code: plain-text treasure-hunt message"


@scene("clean_qr_museum_poster")
def _(rng):
    s = Scene(1000, 1400, (250, 245, 235))
    s.text(500, 80, "SCIENCE MUSEUM", F("lsans", 90, "bold"), (30, 30, 30), anchor="ma")
    s.text(500, 200, "Opening times & tickets", F("lsans", 50), (80, 80, 80), anchor="ma")
    s.qr("https://www.sciencemuseum.org.uk/visit", 300, 330, 12, "url-public", dark=(30, 30, 30),
         light=(250, 245, 235))
    s.text(500, 1150, "Open daily 10:00-18:00  \u2022  Free entry", F("lsans", 40), (30, 30, 30), anchor="ma")
    return s, "CLEAN qr-code: museum poster with public website QR"


@scene("clean_chat_homework_light")
def _(rng):
    s = chat(1080, False, "Maths Homework", [
        ("in", "did anyone do q3?", "18:02"),
        ("out", "yeah the answer is 3.75", None),
        ("in", "i got 3.57 oops", "18:04"),
        ("out", "test is at 9:15 tomorrow, bring a calculator", "18:05"),
        ("in", "i got 18/20 on the last one", None),
        ("out", "nice!! page 42 is due friday", "18:07"),
    ], font="sans", subtitle="5 members")
    return s, "CLEAN chat-screenshot: light, homework talk with times and scores"


@scene("clean_chat_homework_dark")
def _(rng):
    s = chat(720, True, "Science revision", [
        ("in", "what's the boiling point of water again", "20:11"),
        ("out", "100 \u00b0C at sea level", "20:12"),
        ("in", "and freezing 0?", None),
        ("out", "yep. quiz is 20 questions, 25 mins", "20:13"),
        ("in", "got 17/20 on the practice one", "20:20"),
    ], font="lsans", accent=(130, 90, 230))
    return s, "CLEAN chat-screenshot: dark, revision questions with numbers"


@scene("clean_chat_plans_light", fmt="jpg", quality=70)
def _(rng):
    s = chat(540, False, "Football", [
        ("in", "we won 4-2!!", "17:45"),
        ("out", "who scored", None),
        ("in", "i got 2 goals", "17:46"),
        ("out", "next match saturday 10:30", "17:48"),
        ("in", "bring shin pads", None),
    ], font="fsans", fsize=22, accent=(52, 199, 89))
    return s, "CLEAN chat-screenshot: small light chat about a match score and kick-off time"


@scene("clean_chat_game_scores_dark", blur=0.7)
def _(rng):
    s = chat(828, True, "Squad", [
        ("in", "what level r u on", "21:02"),
        ("out", "level 34 lol", None),
        ("in", "i scored 12,450 on world 7", "21:03"),
        ("out", "bedtime at 8:30 on school nights :(", "21:04"),
        ("in", "same. gg tomorrow", "21:05"),
    ], font="cond", accent=(255, 45, 85))
    return s, "CLEAN chat-screenshot: dark, game scores and times, slight blur"


@scene("clean_maths_worksheet")
def _(rng):
    s = Scene(1240, 1754, (255, 255, 255))
    s.text(620, 80, "Algebra Practice \u2014 Sheet 3", F("serif", 60, "bold"), (0, 0, 0), anchor="ma")
    s.text(100, 190, "Name: ______________________     Date: ___________", F("serif", 30), (0, 0, 0))
    qs = ["1.  3x + 7 = 22", "2.  5(y - 2) = 35", "3.  4a = 2a + 18", "4.  x/6 = 7.5",
          "5.  0.25 \u00d7 4800 = ?", "6.  Round 45 678.91 to 1 d.p.", "7.  2\u00b3 + 3\u00b2 = ?",
          "8.  Solve 12 - 2k = 4"]
    for i, q in enumerate(qs):
        s.text(100, 300 + i * 160, q, F("serif", 44), (0, 0, 0))
        s.d.line([(700, 350 + i * 160), (1140, 350 + i * 160)], fill=(150, 150, 150), width=2)
    s.text(620, 1660, "Page 3 of 12", F("serif", 24), (100, 100, 100), anchor="ma")
    return s, "CLEAN worksheet: blank name line, equations with long numbers"


@scene("clean_bus_timetable")
def _(rng):
    s = Scene(1200, 900, (255, 214, 0))
    s.rect([30, 30, 1140, 840], fill=(255, 255, 255))
    s.text(600, 60, "Route 42  \u2014  Town Centre", F("lnarrow", 70, "bold"), (0, 0, 0), anchor="ma")
    times = ["06:45", "07:15", "07:45", "08:15", "08:45", "09:30", "10:30", "11:30", "12:30", "13:30",
             "14:30", "15:15", "15:45", "16:15", "16:45", "17:30", "18:30", "19:30"]
    for i, t in enumerate(times):
        r, c = divmod(i, 6)
        s.text(90 + c * 180, 230 + r * 110, t, F("lmono", 54), (0, 0, 0))
    s.text(600, 620, "Mondays to Fridays (except public holidays)", F("lnarrow", 40), (60, 60, 60), anchor="ma")
    s.text(600, 700, "Journey time about 25 minutes", F("lnarrow", 40), (60, 60, 60), anchor="ma")
    return s, "CLEAN public-timetable: bus stop departure times"


@scene("clean_game_title_screen")
def _(rng):
    s = Scene(1920, 1080)
    game_bg(s, (0, 0, 0), (20, 0, 60), rng)
    s.text(960, 220, "STAR HOPPER", F("mono", 200, "bold"), (0, 255, 200), anchor="ma", stroke=8,
           stroke_fill=(80, 0, 160))
    s.text(960, 560, "PRESS START", F("mono", 80, "bold"), (255, 255, 255), anchor="ma")
    s.text(960, 760, "HIGH SCORE  098450", F("mono", 56), (255, 220, 0), anchor="ma")
    s.text(960, 960, "1 PLAYER    2 PLAYERS    OPTIONS", F("mono", 40), (180, 180, 220), anchor="ma")
    return s, "CLEAN game-title-screen: arcade title with high score"


@scene("clean_quote_card", noise=2.0)
def _(rng):
    s = Scene(1080, 1080)
    s.gradient((250, 230, 200), (240, 170, 150))
    s.rich(120, 260, ["\u201cImagination is more important than knowledge.\u201d"], F("serif", 72, "italic"),
           (60, 30, 30), max_w=840, lh=100)
    s.text(960, 760, "\u2014 Albert Einstein", F("serif", 56), (60, 30, 30), anchor="ra")
    return s, "CLEAN quote-card: famous quotation with famous author"


@scene("clean_science_fair_poster")
def _(rng):
    s = Scene(900, 1270, (20, 40, 80))
    s.text(450, 80, "SCIENCE FAIR", F("lsans", 110, "bold"), (255, 230, 60), anchor="ma")
    s.text(450, 230, "TONIGHT 6:30pm", F("lsans", 70, "bold"), (255, 255, 255), anchor="ma")
    s.text(450, 340, "Main Hall  \u2022  Free entry", F("lsans", 48), (200, 220, 255), anchor="ma")
    for i, t in enumerate(["Volcanoes", "Rockets", "Slime lab", "Robots", "Prizes at 8pm"]):
        s.text(200, 500 + i * 110, "\u2022  " + t, F("lsans", 56), (255, 255, 255))
    return s, "CLEAN event-poster: generic school event with time and room, no school named"


@scene("clean_receipt", fmt="jpg", quality=75, noise=3.0)
def _(rng):
    r = Scene(520, 1200, (252, 252, 248))
    f, fb = F("fmono", 26), F("fmono", 30, "bold")
    r.text(260, 40, "CORNER SHOP", F("fmono", 44, "bold"), (0, 0, 0), anchor="ma")
    r.text(260, 110, "Thank you for shopping!", f, (0, 0, 0), anchor="ma")
    items = [("Milk 2L", "1.45"), ("Bread", "1.10"), ("Crisps x3", "2.25"), ("Juice", "1.00"),
             ("Stickers", "3.99"), ("Pen", "0.89")]
    y = 200
    for n, p in items:
        r.text(30, y, n, f, (0, 0, 0))
        r.text(490, y, p, f, (0, 0, 0), anchor="ra")
        y += 50
    r.d.line([(30, y + 10), (490, y + 10)], fill=(0, 0, 0), width=2)
    r.text(30, y + 40, "TOTAL", fb, (0, 0, 0))
    r.text(490, y + 40, "10.68", fb, (0, 0, 0), anchor="ra")
    r.text(30, y + 110, "CASH          20.00", f, (0, 0, 0))
    r.text(30, y + 160, "CHANGE         9.32", f, (0, 0, 0))
    r.text(260, y + 260, "12/04/2024  16:37  TILL 2", f, (0, 0, 0), anchor="ma")
    r.text(260, y + 310, "Receipt no. 004417", f, (0, 0, 0), anchor="ma")
    s = on_photo(r, rng, "desk", 40, 1.0)
    return s, "CLEAN receipt: shop receipt with prices, date and receipt number"


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def seed_of(name):
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith((".png", ".jpg")):
            os.remove(os.path.join(OUT, f))
    names = set()
    exp_lines, qr_lines = [], []
    for spec in SCENES:
        name = spec["name"]
        assert name not in names, name
        names.add(name)
        rng = np.random.default_rng(seed_of(name))
        s, notes = spec["fn"](rng)
        img = finish(s.img, rng, spec["blur"], spec["noise"], spec["jpeg_roundtrip"])
        W, H = img.size
        assert 400 <= W <= 2000, (name, W)
        ext = "jpg" if spec["fmt"] == "jpg" else "png"
        rel = "out/%s.%s" % (name, ext)
        path = os.path.join(HERE, rel)
        if ext == "jpg":
            img.save(path, "JPEG", quality=spec["quality"] or 85)
        else:
            img.save(path, "PNG")
        leaks = []
        for lk in s.leaks:
            x, y, w, h = lk["box"]
            x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + w), min(H, y + h)
            assert x1 > x0 and y1 > y0, (name, lk)
            leaks.append({"kind": lk["kind"], "text": lk["text"], "box": [x0, y0, x1 - x0, y1 - y0]})
        exp_lines.append(json.dumps({"file": rel, "clean": not leaks, "leaks": leaks, "faces": None,
                                     "notes": notes}, ensure_ascii=False))
        for q in s.qrs:
            qr_lines.append(json.dumps({"file": rel, "payload": q["payload"], "type": q["type"],
                                        "box": q["box"]}, ensure_ascii=False))
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(exp_lines) + "\n")
    with open(os.path.join(HERE, "qr_manifest.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(qr_lines) + "\n")
    print("wrote %d images (%d clean), %d QR codes" % (
        len(exp_lines), sum(1 for l in exp_lines if '"clean": true' in l), len(qr_lines)))


if __name__ == "__main__":
    main()
