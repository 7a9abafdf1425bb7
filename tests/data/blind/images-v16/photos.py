"""Camera photos of objects that show a child's details."""
import math

import numpy as np
from PIL import Image, ImageFilter

import data as D
from base import qr_payload, fit_H
from common import (Layer, LayoutError, font, rfont, put_text, put_parts, wrap_parts, line_h, rounded, put_qr,
                    qr_total, qr_fit, mix, rgba, tlen, fit_font, warp_layer, paste, place, place_H, arc_warp,
                    cylinder_warp, rotate90, rect_free, photo_placeholder, barcode, scribble_signature, hexc,
                    map_pts, _corners)
from fx import background, photo_size, street_scene

INKS = [(20, 20, 20), (15, 30, 110), (10, 10, 60), (30, 30, 30), (0, 60, 140)]
MARKERS = [(20, 40, 160), (15, 15, 15), (190, 20, 30), (10, 120, 50), (110, 30, 140)]
BRIGHT = [(230, 60, 90), (250, 160, 30), (60, 160, 230), (120, 200, 80), (170, 90, 210), (250, 210, 40),
          (40, 190, 170), (240, 110, 170)]


def new_photo(ctx, kind, orient=None):
    W, H = photo_size(ctx.rng, orient)
    return background(ctx, W, H, kind)


def shadow(dst, w, off, ctx, strength=0.45, dist=None):
    """Soft drop shadow under an already warped object (computed at quarter resolution)."""
    r = max(4, int(min(w.W, w.H) * 0.02))
    pad = 3 * r
    a = w.img.getchannel('A')
    big = Image.new('L', (w.W + 2 * pad, w.H + 2 * pad), 0)
    big.paste(a, (pad, pad))
    small = big.reduce(4).filter(ImageFilter.GaussianBlur(max(1, r / 4)))
    big = small.resize(big.size, Image.BILINEAR).point(lambda v: int(v * strength))
    sh = Image.new('RGBA', big.size, (0, 0, 0, 0))
    sh.putalpha(big)
    d = dist if dist is not None else r * 1.2
    paste(dst, Layer(img=sh), off[0] - pad + d, off[1] - pad + d, check=False)


def obj(dst, src, ctx, cx, cy, scale=1.0, rot=0.0, kx=0.0, ky=0.0, fy=1.0, jitter=0.0, shadow_s=0.4, margin=0.03,
        check=True):
    H = fit_H(dst, src.W, src.H, ctx, cx, cy, scale, rot, kx, ky, fy, jitter, margin)
    w, off = warp_layer(src, H)
    if shadow_s:
        shadow(dst, w, off, ctx, shadow_s)
    paste(dst, w, off[0], off[1], check=check)
    return H, w, off


def card_layer(w, h, fill, radius=0, outline=None, ow=0):
    L = Layer(w, h, (0, 0, 0, 0))
    L.d.rounded_rectangle([0, 0, w - 1, h - 1], radius=int(radius), fill=rgba(fill),
                          outline=rgba(outline) if outline else None, width=int(ow))
    return L


def lines_block(L, x, y, rows, maxw, align='l', gap=1.15):
    """rows: list of (parts, fontkey, size, colour). Returns y after the block."""
    for parts, fk, size, col in rows:
        f = font(fk, size)
        parts = [(q, None) if isinstance(q, str) else q for q in parts]
        txt = ''.join(q for q, _ in parts)
        if f.getlength(txt) > maxw:
            f = fit_font(fk, txt, maxw, size)
        put_parts(L, (x, y), parts, f, col, align=align)
        y += line_h(f) * gap
    return y


def sz(ctx, L, frac):
    return min(L.W, L.H) * frac


def rot_small(ctx, a=6):
    return ctx.r(-a, a)


def qr_on(ctx, L, x, y, module, caption=None, cap_font=None, col=(0, 0, 0)):
    typ = ctx.spec.get('qr')
    if not typ:
        return 0
    payload, kind, text = qr_payload(ctx, typ)
    tot = put_qr(L, (x, y), payload, module, kind=kind, text=text)
    if caption and cap_font:
        put_text(L, (x + tot / 2, y + tot + 4), caption, cap_font, col, anchor='ma')
    return tot


def qr_module_for(ctx, width_px, payload_len=40):
    return max(4, int(width_px / 45))


# ======================================================================= birthday
def birthday_banner(ctx):
    p = ctx.p
    L = new_photo(ctx, ctx.ch(['wall', 'wall', 'brick']), ctx.ch(['land', 'land', 'port']))
    W, H = L.W, L.H
    # balloons (background decoration, no text)
    for _ in range(ctx.ri(3, 9)):
        r = sz(ctx, L, ctx.r(0.04, 0.08))
        x = ctx.r(0, W)
        y = ctx.r(H * 0.45, H * 0.95)
        c = ctx.ch(BRIGHT)
        L.d.line([(x, y + r), (x + ctx.r(-r, r), H)], fill=(200, 200, 200, 255), width=3)
        L.d.ellipse([x - r, y - r * 1.15, x + r, y + r * 1.15], fill=rgba(c))
        L.d.ellipse([x - r * 0.5, y - r * 0.8, x - r * 0.15, y - r * 0.35], fill=rgba(mix(c, (255, 255, 255), 0.5)))
    name = p.first.upper() if ctx.chance(0.7) else p.first
    ordn = D.ordinal(p.age)
    age_t = ordn.upper() if ctx.chance(0.5) else ordn
    fk = rfont(ctx.rng, 'display')
    if ctx.chance(0.5):
        # bunting: one flag per letter
        parts = ctx.ch([[('HAPPY ', None), (age_t, 'AGE'), (' BIRTHDAY ', None), (name, 'PERSON')],
                        [('HAPPY BIRTHDAY ', None), (name, 'PERSON')],
                        [(name, 'PERSON'), (' IS ', None), (str(p.age), 'AGE'), ('!', None)]])
        chars = []
        for pi, (t, k) in enumerate(parts):
            for ch in t:
                chars.append((ch, pi))
        n = len(chars)
        fw = min(W * 0.9 / n, H * 0.14)
        fh = fw * 1.25
        BW = int(fw * n * 1.04)
        sag = fh * ctx.r(0.3, 1.0)
        BH = int(fh * 1.3 + sag + 10)
        B = Layer(BW, BH, (0, 0, 0, 0))
        pts = []
        for i in range(n + 1):
            x = i * BW / n
            t = (x - BW / 2) / (BW / 2)
            pts.append((x, 4 + sag * (1 - t * t)))
        B.d.line(pts, fill=(90, 80, 70, 255), width=max(2, int(fw * 0.04)))
        groups = {}
        f = font(fk, fw * 0.62)
        for i, (ch, pi) in enumerate(chars):
            if ch == ' ':
                continue
            x = (i + 0.5) * BW / n
            t = (x - BW / 2) / (BW / 2)
            y = 4 + sag * (1 - t * t)
            slope = math.degrees(math.atan(-2 * sag * t / (BW / 2)))
            F = Layer(int(fw * 0.92), int(fh), (0, 0, 0, 0))
            col = BRIGHT[i % len(BRIGHT)]
            F.d.polygon([(0, 0), (F.W - 1, 0), (F.W / 2, F.H - 1)], fill=rgba(col))
            kind = parts[pi][1]
            put_text(F, (F.W / 2, F.H * 0.33), ch, f, (255, 255, 255) if ctx.chance(0.8) else (30, 30, 30),
                     kind='TMP' if kind else None, anchor='mm')
            Hf = place_H(F.W, F.H, x, y + F.H / 2, 1.0, -slope)
            before = len(B.leaks)
            place(B, F, Hf, check=False)
            if kind:
                groups.setdefault(pi, []).extend(B.leaks[before:])
        merged = []
        for pi in sorted(groups):
            lks = groups[pi]
            merged.append({'kind': parts[pi][1], 'text': parts[pi][0],
                           'pts': np.concatenate([lk['pts'] for lk in lks])})
        B.leaks = merged
        obj(L, B, ctx, W / 2, H * ctx.r(0.25, 0.4), 1.0, rot_small(ctx, 3), kx=ctx.r(-0.05, 0.05),
            ky=ctx.r(-0.08, 0.08), shadow_s=0.2)
    else:
        two = ctx.chance(0.5)
        bw = int(W * 0.8)
        if two:
            bh = int(bw * 0.28)
        else:
            bh = int(bw * 0.14)
        col = ctx.ch(BRIGHT)
        B = card_layer(bw, bh, col, radius=bh * 0.08)
        tc = ctx.ch([(255, 255, 255), (30, 30, 60), (255, 250, 200)])
        if two:
            f1 = fit_font(fk, 'HAPPY BIRTHDAY', bw * 0.85, bh * 0.32)
            put_text(B, (bw / 2, bh * 0.28), 'HAPPY BIRTHDAY', f1, tc, anchor='mm')
            parts = ctx.ch([[(name, 'PERSON'), ('!', None)],
                            [(name, 'PERSON'), (' - ', None), ('%d TODAY' % p.age, 'AGE')],
                            [(name, 'PERSON'), (' turns ', None), (str(p.age), 'AGE')]])
            txt = ''.join(t for t, _ in parts)
            f2 = fit_font(fk, txt, bw * 0.85, bh * 0.4)
            put_parts(B, (bw / 2, bh * 0.72), parts, f2, tc, align='m', anchor_v='m')
        else:
            parts = [('HAPPY ', None), (age_t, 'AGE'), (' BIRTHDAY ', None), (name, 'PERSON'), ('!', None)]
            if ctx.chance(0.4):
                parts = [('HAPPY BIRTHDAY ', None), (name, 'PERSON'), ('!', None)]
            txt = ''.join(t for t, _ in parts)
            f2 = fit_font(fk, txt, bw * 0.9, bh * 0.6)
            put_parts(B, (bw / 2, bh / 2), parts, f2, tc, align='m', anchor_v='m')
        B = arc_warp(B, bh * ctx.r(0.1, 0.5))
        obj(L, B, ctx, W / 2, H * ctx.r(0.25, 0.45), 1.0, rot_small(ctx, 4), kx=ctx.r(-0.06, 0.06),
            ky=ctx.r(-0.1, 0.1), shadow_s=0.25)
    if ctx.chance(0.25):
        # small welcome sign with full name
        sw = int(W * 0.28)
        S = card_layer(sw, int(sw * 0.6), (255, 252, 240), radius=12)
        lines_block(S, sw / 2, sw * 0.1, [(['Welcome to'], 'fse_i', sw * 0.09, (60, 60, 60)),
                                          ([(p.full, 'PERSON')], rfont(ctx.rng, 'hand'), sw * 0.12, (150, 30, 90)),
                                          (["'s party!"], 'fse_i', sw * 0.09, (60, 60, 60))], sw * 0.9, align='m')
        obj(L, S, ctx, W * ctx.ch([0.2, 0.8]), H * 0.78, 1.0, rot_small(ctx, 5), shadow_s=0.3, margin=0.02)
    return L, {'fx': 'photo'}


def birthday_cake(ctx):
    p = ctx.p
    L = new_photo(ctx, ctx.ch(['table', 'wood', 'wood', 'fabric']))
    W, H = L.W, L.H
    D_ = int(min(W, H) * ctx.r(0.55, 0.7))
    icing = ctx.ch([(255, 250, 245), (255, 220, 230), (240, 225, 200), (200, 230, 255), (90, 50, 30), (255, 245, 200)])
    T = Layer(D_, D_, (0, 0, 0, 0))
    T.d.ellipse([0, 0, D_ - 1, D_ - 1], fill=rgba(icing))
    pipe = ctx.ch(BRIGHT)
    for i in range(36):
        a = 2 * math.pi * i / 36
        r = D_ * 0.465
        x, y = D_ / 2 + r * math.cos(a), D_ / 2 + r * math.sin(a)
        T.d.ellipse([x - D_ * 0.022, y - D_ * 0.022, x + D_ * 0.022, y + D_ * 0.022], fill=rgba(pipe))
    ink = ctx.ch([(200, 30, 90), (30, 60, 160), (120, 40, 150), (20, 120, 60), (240, 240, 240) if sum(icing) < 300 else (150, 20, 40)])
    fk = rfont(ctx.rng, ctx.ch(['hand', 'serif_b', 'display']))
    name = p.first
    # line 1 arched
    l1 = ctx.ch([[('Happy Birthday', None)], [('Happy ', None), (D.ordinal(p.age), 'AGE'), (' Birthday', None)]])
    t1 = ''.join(t for t, _ in l1)
    f1 = fit_font(fk, t1, D_ * 0.7, D_ * 0.11)
    A = Layer(int(D_ * 0.8), int(line_h(f1) * 1.3), (0, 0, 0, 0))
    put_parts(A, (A.W / 2, A.H / 2), l1, f1, ink, align='m', anchor_v='m')
    A = arc_warp(A, -A.H * ctx.r(0.3, 0.8))
    paste(T, A, (D_ - A.W) / 2, D_ * 0.3 - A.H / 2, check=False)
    l2 = ctx.ch([[(name, 'PERSON')], [(name, 'PERSON'), ('!', None)], [(name, 'PERSON'), (' ', None), (str(p.age), 'AGE')]])
    t2 = ''.join(t for t, _ in l2)
    f2 = fit_font(fk, t2, D_ * 0.62, D_ * 0.17)
    put_parts(T, (D_ / 2, D_ * 0.56), l2, f2, ink, align='m', anchor_v='m')
    cx, cy = W / 2 + ctx.r(-0.05, 0.05) * W, H * ctx.r(0.4, 0.5)
    fy = ctx.r(0.5, 0.72) if not ctx.gentle else 0.75
    scale = 1.0
    rx = D_ / 2 * scale
    ry = rx * fy
    side_h = rx * ctx.r(0.35, 0.55)
    if cy + side_h + ry * 1.3 > H * 0.97:
        cy = H * 0.97 - side_h - ry * 1.3
    if cy - ry < H * 0.2:
        raise LayoutError('cake does not fit')
    side = mix(icing, (0, 0, 0), 0.12)
    # plate
    L.d.ellipse([cx - rx * 1.25, cy + side_h - ry * 1.25 + ry * 0.3, cx + rx * 1.25, cy + side_h + ry * 1.25 + ry * 0.3],
                fill=(235, 235, 240, 255), outline=(200, 200, 205, 255), width=6)
    L.d.rectangle([cx - rx, cy, cx + rx, cy + side_h], fill=rgba(side))
    L.d.ellipse([cx - rx, cy + side_h - ry, cx + rx, cy + side_h + ry], fill=rgba(side))
    for i in range(20):
        x = cx - rx + (i + 0.5) * 2 * rx / 20
        L.d.ellipse([x - rx * 0.04, cy + side_h * 0.8 - rx * 0.04, x + rx * 0.04, cy + side_h * 0.8 + rx * 0.04],
                    fill=rgba(pipe))
    Hc = place_H(D_, D_, cx, cy, scale, 0.0, fy=fy)
    place(L, T, Hc)
    # candles on the back half, only where they don't touch the writing
    nc = ctx.ri(3, 9)
    for i in range(nc):
        a = math.pi * (0.15 + 0.7 * (i + 0.5) / nc)
        x = cx + rx * 0.72 * math.cos(a)
        yb = cy - ry * 0.72 * math.sin(a)
        ch_ = ry * 0.45
        rect = (x - rx * 0.03, yb - ch_ - rx * 0.08, x + rx * 0.03, yb)
        if not rect_free(L, rect, pad=4):
            continue
        L.d.rectangle([x - rx * 0.02, yb - ch_, x + rx * 0.02, yb], fill=rgba(ctx.ch(BRIGHT)))
        L.d.ellipse([x - rx * 0.02, yb - ch_ - rx * 0.07, x + rx * 0.02, yb - ch_], fill=(255, 200, 60, 255))
    if ctx.chance(0.5):
        f = font(ctx.ch(['dv_b', 'lib_b', 'fs_b']), ry * 0.55)
        s = str(p.age)
        x, yb = cx + rx * 0.05, cy - ry * 0.45
        bb = f.getbbox(s, anchor='ms', stroke_width=6)
        rect = (x + bb[0], yb + bb[1], x + bb[2], yb + bb[3])
        if rect_free(L, rect, pad=6) and rect[1] > 10:
            put_text(L, (x, yb), s, f, ctx.ch(BRIGHT), kind='AGE', anchor='ms', stroke=6, stroke_fill=(255, 255, 255))
    return L, {'fx': 'photo'}


# ======================================================================= mail
COURIERS = ['SwiftPost', 'ParcelGo', 'QuickShip Express', 'Redline Couriers', 'BlueBox Logistics', 'PostNow']
SHOPS = ['Toyland Online', 'Bookworm Direct', 'GadgetHub', 'Craft Corner Ltd', 'Sneaker Store', 'PlayWorld Shop']


def address_rows(ctx, name, addr, fk, size, col, with_phone=False, phone=None):
    rows = [([(name, 'PERSON')], fk, size, col)]
    for ln in addr['lines']:
        rows.append(([(ln, 'ADDRESS')], fk, size, col))
    if with_phone:
        rows.append((['Tel: ', (phone, 'PHONE')], fk, size * 0.9, col))
    return rows


def parcel(ctx):
    p = ctx.p
    L = new_photo(ctx, ctx.ch(['carpet', 'concrete', 'wood', 'table']))
    W, H = L.W, L.H
    fw = int(min(W, H) * ctx.r(0.75, 0.9))
    fh = int(fw * ctx.r(0.55, 0.8))
    card = ctx.ch([(190, 150, 100), (175, 135, 90), (205, 170, 120)])
    F = Layer(fw, fh, card)
    tape = mix(card, (255, 255, 255), 0.25)
    F.d.rectangle([fw * 0.42, 0, fw * 0.58, fh], fill=rgba(tape))
    # label
    lw = int(fw * ctx.r(0.5, 0.6))
    lh = int(lw * 0.72)
    Lb = Layer(lw, lh, (252, 252, 250))
    Lb.d.rectangle([0, 0, lw - 1, lh - 1], outline=(40, 40, 40, 255), width=3)
    fk = rfont(ctx.rng, ctx.ch(['ui', 'mono', 'narrow']))
    fb = rfont(ctx.rng, 'ui_b')
    u = lh / 20.0
    put_text(Lb, (u, u * 0.8), ctx.ch(COURIERS), font(fb, u * 1.4), (0, 0, 0))
    put_text(Lb, (lw - u, u * 0.9), ctx.ch(['PRIORITY', 'STANDARD', 'TRACKED 48', 'EXPRESS']), font(fb, u * 1.0),
             (0, 0, 0), anchor='ra')
    Lb.d.line([(0, u * 3), (lw, u * 3)], fill=(0, 0, 0, 255), width=3)
    put_text(Lb, (u, u * 3.6), 'FROM: ' + ctx.ch(SHOPS), font(fk, u * 0.8), (40, 40, 40))
    put_text(Lb, (u, u * 5.0), 'SHIP TO:', font(fb, u * 0.95), (0, 0, 0))
    name = p.full.upper() if ctx.chance(0.4) else p.full
    if ctx.chance(0.3):
        name = p.parent
    addr = dict(p.addr)
    if ctx.chance(0.4):
        addr = dict(addr, lines=[x.upper() for x in addr['lines']])
    rows = address_rows(ctx, name, addr, fk, u * 1.25, (0, 0, 0), with_phone=ctx.chance(0.5), phone=p.phone_parent)
    y = lines_block(Lb, u * 1.5, u * 6.3, rows, lw - 3 * u)
    by = max(y + u * 0.5, lh - u * 4.5)
    if by + u * 3.6 < lh:
        barcode(Lb, (u, by, lw * 0.75, by + u * 2.6), ctx.rng)
        put_text(Lb, (u, by + u * 2.8), '%s%09d%s' % (ctx.ch(['JD', 'RR', 'TX', 'AU']), ctx.ri(0, 999999999),
                                                       ctx.ch(['GB', 'US', 'AU', 'NZ', 'IE'])), font('dvm', u * 0.7), (0, 0, 0))
    Lw, off = warp_layer(Lb, place_H(lw, lh, fw * ctx.r(0.42, 0.58), fh * 0.52, 1.0, rot_small(ctx, 4)))
    paste(F, Lw, off[0], off[1], check=False)
    # geometry of box: compute H, draw top/side faces, then the front
    Hf = fit_H(L, fw, fh, ctx, W / 2, H * 0.55, 1.0, rot_small(ctx, 8), kx=ctx.r(-0.08, 0.08), ky=ctx.r(-0.08, 0.08),
               jitter=0.015, margin=0.12)
    c = _corners(Hf, fw, fh)
    dx, dy = ctx.r(-0.15, 0.15) * fw, -ctx.r(0.12, 0.25) * fh
    top = [tuple(c[0]), tuple(c[1]), (c[1][0] + dx, c[1][1] + dy), (c[0][0] + dx, c[0][1] + dy)]
    L.d.polygon(top, fill=rgba(mix(card, (255, 255, 255), 0.12)))
    if dx > 0:
        sidep = [tuple(c[1]), (c[1][0] + dx, c[1][1] + dy), (c[2][0] + dx, c[2][1] + dy), tuple(c[2])]
    else:
        sidep = [tuple(c[0]), (c[0][0] + dx, c[0][1] + dy), (c[3][0] + dx, c[3][1] + dy), tuple(c[3])]
    L.d.polygon(sidep, fill=rgba(mix(card, (0, 0, 0), 0.2)))
    place(L, F, Hf)
    return L, {'fx': 'photo'}


def envelope(ctx):
    p = ctx.p
    L = new_photo(ctx, ctx.ch(['table', 'wood', 'carpet']), 'land')
    W, H = L.W, L.H
    ew = int(W * ctx.r(0.7, 0.85))
    eh = int(ew * ctx.r(0.5, 0.62))
    paper = ctx.ch([(250, 248, 240), (245, 240, 225), (215, 190, 150), (255, 255, 255), (235, 240, 250)])
    E = Layer(ew, eh, paper)
    u = eh / 20.0
    # stamp
    sx0, sy0 = ew - u * 5, u * 1.2
    E.d.rectangle([sx0, sy0, sx0 + u * 3.6, sy0 + u * 4.2], fill=rgba(ctx.ch(BRIGHT)), outline=(255, 255, 255, 255),
                  width=int(u * 0.2))
    put_text(E, (sx0 + u * 1.8, sy0 + u * 3.2), ctx.ch(['1st', '$0.73', '€1.65', '$1.50', 'R5', '$3.10']),
             font('dv_b', u * 0.9), (255, 255, 255), anchor='mm')
    for k in range(3):
        E.d.ellipse([sx0 - u * 4 + k * 2, sy0 + u * 0.5 + k * 2, sx0 + u * 0.5 - k * 2, sy0 + u * 5 - k * 2],
                    outline=(60, 60, 80, 200), width=2)
    fk = rfont(ctx.rng, 'hand')
    ink = ctx.ch(INKS)
    if ctx.chance(0.7):
        # return address of a grandparent
        gp_name = '%s %s' % (ctx.ch(['Nana', 'Grandma', 'Grandad', 'Nani', 'Ouma', 'Granny']), D.surname(ctx.rng, ctx.region))
        ra = D.address(ctx.rng, ctx.region)
        rows = [([gp_name], fk, u * 0.8, ink)] + [([(ln, 'ADDRESS')], fk, u * 0.8, ink) for ln in ra['lines'][:2]]
        lines_block(E, u * 1.2, u * 1.0, rows, ew * 0.45)
    title = ctx.ch(['', '', 'Master ', 'Miss ', 'To ']) if p.gender == 'M' else ctx.ch(['', '', 'Miss ', 'To '])
    if title == 'Master ' and p.gender == 'F':
        title = 'Miss '
    rows = [([title, (p.full, 'PERSON')], fk, u * 1.45, ink)]
    for ln in p.addr['lines']:
        rows.append(([(ln, 'ADDRESS')], fk, u * 1.45, ink))
    lines_block(E, ew * ctx.r(0.3, 0.4), eh * 0.45, rows, ew * 0.6, gap=1.2)
    obj(L, E, ctx, W / 2, H / 2, 1.0, rot_small(ctx, 10), kx=ctx.r(-0.06, 0.06), ky=ctx.r(-0.06, 0.06), jitter=0.01)
    return L, {'fx': 'photo'}


# ======================================================================= school signs
SIGN_COLS = [(15, 40, 95), (10, 80, 50), (110, 20, 35), (20, 20, 20), (0, 90, 130), (80, 30, 100), (240, 240, 235)]


def school_board(ctx, w, with_extra=True):
    p = ctx.p
    bg = ctx.ch(SIGN_COLS)
    fg = (255, 255, 255) if sum(bg) < 500 else (20, 40, 90)
    acc = ctx.ch([(240, 200, 40), (255, 255, 255), (200, 40, 40), (120, 200, 255)])
    h = int(w * ctx.r(0.38, 0.55))
    B = card_layer(w, h, bg, radius=w * 0.02, outline=acc, ow=max(4, w * 0.012))
    u = h / 20.0
    cr = u * 3.5
    B.d.ellipse([u * 1.5, h / 2 - cr - u * 2, u * 1.5 + 2 * cr, h / 2 + cr - u * 2], fill=rgba(acc))
    put_text(B, (u * 1.5 + cr, h / 2 - u * 2), D.school_short(p.school), font('dvs_b', cr * 0.7), bg, anchor='mm')
    fk = rfont(ctx.rng, ctx.ch(['serif_b', 'display', 'ui_b']))
    tx = u * 2.5 + 2 * cr
    maxw = w - tx - u * 1.5
    name = p.school.upper() if ctx.chance(0.5) else p.school
    f = font(fk, u * 3.2)
    lines = wrap_parts([(name, None)], f, maxw)
    if len(lines) > 2:
        f = fit_font(fk, name, maxw * 1.9, u * 3.2)
        lines = wrap_parts([(name, None)], f, maxw)
    lk = B.new_leak('SCHOOL', name)
    y = u * 2.5
    for ln in lines:
        put_text(B, (tx, y), ''.join(t for t, _ in ln), f, fg, into=lk)
        y += line_h(f) * 1.05
    y += u * 0.6
    put_text(B, (tx, y), ctx.ch(['Learning together', 'Kia kaha', 'Strive for excellence', 'Be kind, be brave',
                                  'Growing minds', 'Ni neart go cur le cheile']), font(rfont(ctx.rng, 'serif_i'), u * 1.3), acc)
    y += u * 2.4
    if with_extra:
        ef = font(rfont(ctx.rng, 'ui'), u * 1.2)
        if ctx.chance(0.6) and y + u * 1.6 < h - u:
            put_parts(B, (tx, y), ['Principal: ', (D.teacher_name(ctx.rng, ctx.region, 1), 'PERSON')], ef, fg)
            y += u * 1.7
        if ctx.chance(0.5) and y + u * 1.6 < h - u:
            st = D.address(ctx.rng, ctx.region)
            put_parts(B, (tx, y), [(st['street'] + ', ' + p.addr['town'], 'LOCATION')], ef, fg)
            y += u * 1.7
    return B


def school_sign_near(ctx):
    L = new_photo(ctx, ctx.ch(['brick', 'grass', 'wall', 'concrete']), 'land' if ctx.chance(0.7) else 'port')
    W, H = L.W, L.H
    if ctx.chance(0.5):
        L.d.rectangle([0, 0, W, H * 0.35], fill=(150, 190, 235, 255))
    B = school_board(ctx, int(W * ctx.r(0.7, 0.85)))
    # posts
    obj(L, B, ctx, W / 2, H * ctx.r(0.4, 0.55), 1.0, rot_small(ctx, 4), kx=ctx.r(-0.1, 0.1), ky=ctx.r(-0.15, 0.15),
        jitter=0.01, shadow_s=0.35)
    return L, {'fx': 'photo'}


def school_sign_far(ctx):
    p = ctx.p
    W, H = photo_size(ctx.rng, 'land' if ctx.chance(0.75) else 'port')
    L, hz = street_scene(ctx, W, H)
    # building with sign
    bx0, bx1 = W * ctx.r(0.1, 0.3), W * ctx.r(0.65, 0.9)
    by0 = hz - H * ctx.r(0.22, 0.3)
    L.d.rectangle([bx0, by0, bx1, hz + H * 0.02], fill=rgba(ctx.ch([(200, 170, 140), (180, 180, 185), (210, 200, 180)])))
    for x in range(int(bx0 + 40), int(bx1 - 80), 150):
        L.d.rectangle([x, hz - H * 0.1, x + 80, hz - H * 0.04], fill=(80, 95, 115, 255))
    B = school_board(ctx, int(W * ctx.r(0.16, 0.25)), with_extra=ctx.chance(0.3))
    obj(L, B, ctx, (bx0 + bx1) / 2, by0 + H * 0.06, 1.0, rot_small(ctx, 2), kx=ctx.r(-0.08, 0.08),
        ky=ctx.r(-0.25, 0.25), shadow_s=0.2, margin=0.02)
    # gate sign / street sign
    if ctx.chance(0.6):
        st = p.addr['street'] if ctx.region != 'IN' else 'Gandhi Road'
        S = street_sign_layer(ctx, int(W * 0.16), st)
        sx = ctx.ch([W * 0.08, W * 0.92])
        L.d.rectangle([sx - 6, hz - H * 0.12, sx + 6, hz + H * 0.18], fill=(120, 120, 125, 255))
        obj(L, S, ctx, sx, hz - H * 0.12, 1.0, rot_small(ctx, 3), ky=ctx.r(-0.2, 0.2), shadow_s=0, margin=0.01)
    return L, {'fx': 'photo', 'blur_max': 1.0}


def street_sign_layer(ctx, w, street, suburb=None):
    reg = ctx.region
    txt = street.upper() if reg in ('UK', 'IE', 'AU', 'NZ', 'ZA') or ctx.chance(0.5) else street
    if reg in ('UK', 'IE'):
        bg, fg, border = (250, 250, 248), (20, 20, 20), (20, 20, 20)
    elif reg in ('US', 'CA', 'AU'):
        bg, fg, border = (0, 110, 60), (255, 255, 255), (255, 255, 255)
    elif reg == 'NZ':
        bg, fg, border = (20, 60, 140), (255, 255, 255), (255, 255, 255)
    else:
        bg, fg, border = (0, 70, 140), (255, 255, 255), (255, 255, 255)
    fk = ctx.ch(['dv_b', 'lib_b', 'fs_b', 'libn_b', 'dvc_b'])
    f = font(fk, w * 0.1)
    tw = f.getlength(txt)
    W_ = int(max(w, tw * 1.15))
    h = int(f.size * (2.0 if not suburb else 3.0))
    S = card_layer(W_, h, bg, radius=h * 0.1, outline=border, ow=max(3, h * 0.05))
    put_text(S, (W_ / 2, f.size * 1.0), txt, f, fg, kind='LOCATION', anchor='mm')
    if suburb:
        put_text(S, (W_ / 2, f.size * 2.2), suburb, font(fk, f.size * 0.6), fg if reg not in ('UK',) else (200, 20, 20),
                 kind='LOCATION', anchor='mm')
    return S


# ======================================================================= name labels
def lunchbox(ctx):
    p = ctx.p
    L = new_photo(ctx, ctx.ch(['table', 'wood']))
    W, H = L.W, L.H
    bw = int(min(W, H) * ctx.r(0.8, 0.95))
    bh = int(bw * ctx.r(0.6, 0.75))
    col = ctx.ch(BRIGHT)
    B = card_layer(bw, bh, col, radius=bw * 0.08, outline=mix(col, (0, 0, 0), 0.25), ow=bw * 0.02)
    for cxp in (0.3, 0.7):
        B.d.rounded_rectangle([bw * cxp - bw * 0.06, 0, bw * cxp + bw * 0.06, bh * 0.08], radius=int(bw * 0.02),
                              fill=rgba(mix(col, (255, 255, 255), 0.4)))
    for _ in range(6):
        r = bw * ctx.r(0.02, 0.04)
        x, y = ctx.r(r, bw - r), ctx.r(bh * 0.75, bh - r * 2)
        B.d.ellipse([x - r, y - r, x + r, y + r], fill=rgba(mix(col, (255, 255, 255), 0.5)))
    lw, lh = int(bw * 0.62), int(bh * 0.42)
    lab = card_layer(lw, lh, ctx.ch([(255, 255, 255), (255, 250, 220), (230, 245, 255)]), radius=lh * 0.15,
                     outline=(60, 60, 60), ow=3)
    fk = rfont(ctx.rng, ctx.ch(['display', 'hand', 'ui_b']))
    name = ctx.ch([p.full, p.first, p.full.upper(), '%s %s.' % (p.first, p.last[0])])
    rows = [([(name, 'PERSON')], fk, lh * 0.3, ctx.ch(INKS))]
    r = ctx.rng.random()
    if r < 0.35:
        rows.append(([(p.year, 'AGE'), ' - ' + p.cls], rfont(ctx.rng, 'ui'), lh * 0.16, (60, 60, 60)))
    elif r < 0.85:
        rows.append(([(p.school, 'SCHOOL')], rfont(ctx.rng, 'ui'), lh * 0.15, (60, 60, 60)))
    else:
        rows.append((['Mum: ', (p.phone_parent, 'PHONE')], rfont(ctx.rng, 'ui'), lh * 0.16, (60, 60, 60)))
    lines_block(lab, lw / 2, lh * 0.14, rows, lw * 0.9, align='m')
    paste(B, lab, (bw - lw) / 2, bh * 0.28, check=False)
    obj(L, B, ctx, W / 2, H / 2, 1.0, ctx.r(-25, 25), kx=ctx.r(-0.08, 0.08), ky=ctx.r(-0.05, 0.05), fy=ctx.r(0.8, 1.0))
    return L, {'fx': 'photo'}


def bottle(ctx):
    p = ctx.p
    L = new_photo(ctx, ctx.ch(['table', 'wood', 'grass']), 'port' if ctx.chance(0.75) else 'land')
    W, H = L.W, L.H
    bh = int(H * ctx.r(0.7, 0.85))
    bw = int(bh * ctx.r(0.3, 0.38))
    col = ctx.ch(BRIGHT + [(180, 190, 200), (40, 40, 50)])
    Bt = Layer(bw, bh, (0, 0, 0, 0))
    cap_h = bh * 0.12
    Bt.d.rounded_rectangle([bw * 0.22, 0, bw * 0.78, cap_h], radius=int(bw * 0.06), fill=rgba(mix(col, (0, 0, 0), 0.3)))
    Bt.d.rectangle([bw * 0.3, cap_h, bw * 0.7, cap_h * 1.5], fill=rgba(mix(col, (255, 255, 255), 0.3)))
    Bt.d.rounded_rectangle([0, cap_h * 1.4, bw - 1, bh - 1], radius=int(bw * 0.18), fill=rgba(col))
    # shading across the body (cylinder look)
    a = np.asarray(Bt.img, dtype=np.float32).copy()
    x = (np.arange(bw) + 0.5 - bw / 2) / (bw / 2)
    k = 0.6 + 0.4 * np.sqrt(np.clip(1 - x * x, 0, 1))
    hl = np.exp(-((x + 0.45) ** 2) / 0.01) * 60
    a[..., :3] = a[..., :3] * k[None, :, None] + hl[None, :, None]
    Bt.set_img(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'RGBA'))
    # label, wrapped round the body
    half = ctx.r(50, 70) if not ctx.gentle else 45
    ow = bw * 0.96
    lw = int(ow * math.radians(half) / math.sin(math.radians(half)))
    lh = int(bh * ctx.r(0.22, 0.3))
    lab = Layer(lw, lh, ctx.ch([(255, 255, 255), (255, 245, 210), (20, 20, 20)]))
    ink = (255, 255, 255) if lab.img.getpixel((0, 0))[0] < 100 else ctx.ch(INKS)
    fk = rfont(ctx.rng, ctx.ch(['display', 'ui_b', 'hand']))
    name = ctx.ch([p.first.upper(), p.first, p.full])
    f = fit_font(fk, name, lw * 0.5, lh * 0.38)
    put_text(lab, (lw / 2, lh * 0.38), name, f, ink, kind='PERSON', anchor='mm')
    extra = ctx.ch([[(p.phone_parent, 'PHONE')], [(p.team, 'ORG')], [(p.cls, None)], [(p.year, 'AGE')]])
    t = ''.join(q for q, _ in extra)
    f2 = fit_font(rfont(ctx.rng, 'ui'), t, lw * 0.5, lh * 0.17)
    put_parts(lab, (lw / 2, lh * 0.75), extra, f2, ink, align='m', anchor_v='m')
    lab = cylinder_warp(lab, half, shade=0.35)
    paste(Bt, lab, (bw - lab.W) / 2, bh * ctx.r(0.4, 0.55), check=False)
    obj(L, Bt, ctx, W / 2 + ctx.r(-0.1, 0.1) * W, H / 2, 1.0, rot_small(ctx, 8), kx=ctx.r(-0.04, 0.04), shadow_s=0.35)
    return L, {'fx': 'photo'}


def bag_tag(ctx):
    p = ctx.p
    L = new_photo(ctx, 'fabric')
    W, H = L.W, L.H
    tw = int(min(W, H) * ctx.r(0.6, 0.75))
    th = int(tw * ctx.r(0.62, 0.72))
    has_qr = bool(ctx.spec.get('qr'))
    if has_qr:
        tw = int(tw * 1.25)
    col = ctx.ch(BRIGHT + [(250, 250, 250)])
    T = card_layer(tw, th, col, radius=th * 0.12)
    inner = (255, 255, 255)
    T.d.rounded_rectangle([th * 0.06, th * 0.2, tw - th * 0.06, th - th * 0.06], radius=int(th * 0.06), fill=rgba(inner))
    T.d.ellipse([tw / 2 - th * 0.05, th * 0.04, tw / 2 + th * 0.05, th * 0.14], fill=(60, 60, 60, 255))
    u = th / 20.0
    fk = rfont(ctx.rng, ctx.ch(['ui', 'hand', 'mono']))
    ink = ctx.ch(INKS)
    x0 = th * 0.1
    put_text(T, (x0, u * 4.6), ctx.ch(['IF FOUND PLEASE RETURN TO:', 'THIS BAG BELONGS TO', 'NAME TAG']), font(rfont(ctx.rng, 'ui_b'), u * 1.1), (90, 90, 90))
    rows = [([(p.full, 'PERSON')], fk, u * 2.0, ink)]
    opts = [(['Ph: ', (p.phone_parent, 'PHONE')]), ([(p.school, 'SCHOOL')]), ([(p.year, 'AGE'), ', ' + p.cls]),
            ([(p.addr['line1'], 'ADDRESS')]), (['Email: ', (p.email_parent, 'EMAIL')])]
    ctx.rng.shuffle(opts)
    for o in opts[:ctx.ri(2, 4)]:
        rows.append((o, fk, u * 1.4, ink))
    maxw = (tw * 0.62 if has_qr else tw - 2 * x0) - x0
    lines_block(T, x0 + u, u * 6.4, rows, maxw)
    if has_qr:
        payload, kind, text = qr_payload(ctx, ctx.spec['qr'])
        m = qr_fit(payload, min(th * 0.7, tw * 0.33))
        tot = qr_total(payload, m)
        put_qr(T, (tw - x0 - tot, th * 0.24), payload, m, kind=kind, text=text)
    obj(L, T, ctx, W / 2, H / 2, 1.0, ctx.r(-30, 30), kx=ctx.r(-0.1, 0.1), ky=ctx.r(-0.1, 0.1), jitter=0.015)
    return L, {'fx': 'photo'}


# ======================================================================= sport
def jersey_shape(w, h):
    return [(w * 0.3, 0), (w * 0.42, h * 0.05), (w * 0.58, h * 0.05), (w * 0.7, 0), (w, h * 0.15), (w * 0.9, h * 0.35),
            (w * 0.8, h * 0.3), (w * 0.8, h), (w * 0.2, h), (w * 0.2, h * 0.3), (w * 0.1, h * 0.35), (0, h * 0.15)]


def team_shirt(ctx):
    p = ctx.p
    L = new_photo(ctx, ctx.ch(['wall', 'wood', 'fabric', 'grass']), 'port' if ctx.chance(0.6) else 'land')
    W, H = L.W, L.H
    sh = int(H * ctx.r(0.75, 0.88))
    sw = int(sh * 1.0)
    if sw > W * 0.95:
        sw = int(W * 0.95)
        sh = sw
    col = ctx.ch(BRIGHT + [(20, 40, 120), (150, 20, 30), (20, 20, 20), (250, 250, 250)])
    fg = (255, 255, 255) if sum(col) < 560 else (20, 20, 60)
    S = Layer(sw, sh, (0, 0, 0, 0))
    S.d.polygon(jersey_shape(sw, sh), fill=rgba(col))
    S.d.rectangle([sw * 0.2, sh * 0.3, sw * 0.8, sh * 0.33], fill=rgba(mix(col, fg, 0.5)))
    fk = rfont(ctx.rng, ctx.ch(['display', 'narrow']))
    back = ctx.chance(0.55)
    if back:
        nm = ctx.ch([p.last.upper(), p.first.upper(), p.last])
        f = fit_font(fk, nm, sw * 0.5, sh * 0.09)
        A = Layer(int(sw * 0.56), int(line_h(f) * 1.4), (0, 0, 0, 0))
        put_text(A, (A.W / 2, A.H / 2), nm, f, fg, kind='PERSON', anchor='mm')
        A = arc_warp(A, -A.H * 0.35)
        paste(S, A, (sw - A.W) / 2, sh * 0.12, check=False)
        put_text(S, (sw / 2, sh * 0.56), str(ctx.ri(1, 99)), font(fk, sh * 0.3), fg, anchor='mm')
        if ctx.chance(0.4):
            put_text(S, (sw / 2, sh * 0.86), p.agegroup, font(fk, sh * 0.05), fg, kind='AGE', anchor='mm')
    else:
        team = p.team.upper() if ctx.chance(0.5) else p.team
        f = font(fk, sh * 0.06)
        lines = wrap_parts([(team, None)], f, sw * 0.5)
        lk = S.new_leak('ORG', team)
        y = sh * 0.4
        for ln in lines:
            put_text(S, (sw / 2, y), ''.join(t for t, _ in ln), f, fg, into=lk, anchor='mm')
            y += line_h(f)
        r = sw * 0.06
        S.d.ellipse([sw * 0.62 - r, sh * 0.18 - r, sw * 0.62 + r, sh * 0.18 + r], fill=rgba(fg))
        put_text(S, (sw * 0.62, sh * 0.18), D.school_short(p.team), font('dv_b', r * 0.6), col, anchor='mm')
        put_text(S, (sw / 2, y + sh * 0.06), str(ctx.ri(1, 30)), font(fk, sh * 0.12), fg, anchor='mm')
        if ctx.chance(0.6):
            put_text(S, (sw * 0.3, sh * 0.2), p.agegroup, font(rfont(ctx.rng, 'ui_b'), sh * 0.035), fg, kind='AGE',
                     anchor='mm')
    S = arc_warp(S, sh * ctx.r(-0.03, 0.03))
    obj(L, S, ctx, W / 2, H / 2, 1.0, rot_small(ctx, 6), kx=ctx.r(-0.05, 0.05), ky=ctx.r(-0.05, 0.05), shadow_s=0.3)
    return L, {'fx': 'photo'}


def race_bib(ctx):
    p = ctx.p
    L = new_photo(ctx, 'fabric')
    W, H = L.W, L.H
    bw = int(min(W, H) * ctx.r(0.75, 0.9))
    bh = int(bw * 0.72)
    B = Layer(bw, bh, (250, 250, 250))
    band = ctx.ch(BRIGHT)
    B.d.rectangle([0, 0, bw, bh * 0.2], fill=rgba(band))
    fb = rfont(ctx.rng, 'display')
    ev = ctx.ch(['Junior Parkrun', 'City Fun Run %d' % D.REF_YEAR, 'Schools Cross Country', 'Colour Run 5K',
                 'Harbour Bridge Run', 'Little Athletics Champs'])
    put_text(B, (bw / 2, bh * 0.1), ev.upper(), fit_font(fb, ev.upper(), bw * 0.9, bh * 0.1), (255, 255, 255), anchor='mm')
    put_text(B, (bw / 2, bh * 0.48), str(ctx.ri(100, 9999)), font(fb, bh * 0.35), (10, 10, 10), anchor='mm')
    nm = ctx.ch([p.first.upper(), p.full.upper(), p.first])
    put_text(B, (bw / 2, bh * 0.74), nm, fit_font(fb, nm, bw * 0.8, bh * 0.1), band, kind='PERSON', anchor='mm')
    extra = ctx.ch([[(p.team, 'ORG')], [(p.agegroup + ' ' + ('Girls' if p.gender == 'F' else 'Boys'), 'AGE')],
                    [(p.school, 'SCHOOL')], [(p.team, 'ORG'), ' - ', (p.agegroup, 'AGE')]])
    t = ''.join(q for q, _ in extra)
    put_parts(B, (bw / 2, bh * 0.88), extra, fit_font(rfont(ctx.rng, 'ui'), t, bw * 0.85, bh * 0.06), (40, 40, 40),
              align='m', anchor_v='m')
    for (x, y) in [(0.04, 0.25), (0.96, 0.25), (0.04, 0.95), (0.96, 0.95)]:
        B.d.ellipse([bw * x - 8, bh * y - 8, bw * x + 8, bh * y + 8], fill=(160, 160, 170, 255))
    B = arc_warp(B, bh * ctx.r(-0.06, 0.06))
    obj(L, B, ctx, W / 2, H / 2, 1.0, rot_small(ctx, 8), kx=ctx.r(-0.06, 0.06), ky=ctx.r(-0.06, 0.06), jitter=0.01,
        shadow_s=0.2)
    return L, {'fx': 'photo'}


# ======================================================================= awards
def certificate(ctx):
    p = ctx.p
    L = new_photo(ctx, ctx.ch(['table', 'wood', 'wall']))
    W, H = L.W, L.H
    cw = int(max(W, H) * 0.62)
    ch_ = int(cw / 1.414)
    if cw > W * 0.95:
        cw = int(W * 0.95)
        ch_ = int(cw / 1.414)
    paper = ctx.ch([(255, 253, 245), (250, 250, 250), (252, 248, 235)])
    C = Layer(cw, ch_, paper)
    bc = ctx.ch([(150, 110, 20), (20, 60, 130), (120, 20, 40), (20, 100, 60)])
    u = ch_ / 30.0
    C.d.rectangle([u, u, cw - u, ch_ - u], outline=rgba(bc), width=int(u * 0.6))
    C.d.rectangle([u * 1.8, u * 1.8, cw - u * 1.8, ch_ - u * 1.8], outline=rgba(bc), width=int(u * 0.15))
    sf = rfont(ctx.rng, 'serif_b')
    y = u * 3.5
    sch = p.school
    put_text(C, (cw / 2, y), sch.upper(), fit_font(rfont(ctx.rng, 'serif'), sch.upper(), cw * 0.8, u * 1.3), bc,
             kind='SCHOOL', anchor='ma')
    y += u * 2.8
    title = ctx.ch(['Certificate of Achievement', 'Certificate of Merit', 'Star of the Week', 'Award of Excellence',
                    'Certificate of Participation'])
    put_text(C, (cw / 2, y), title, fit_font(sf, title, cw * 0.8, u * 2.8), bc, anchor='ma')
    y += u * 5
    put_text(C, (cw / 2, y), 'This certificate is proudly presented to', font(rfont(ctx.rng, 'serif_i'), u * 1.3),
             (60, 60, 60), anchor='ma')
    y += u * 2.6
    nf = rfont(ctx.rng, 'hand')
    put_text(C, (cw / 2, y), p.full, fit_font(nf, p.full, cw * 0.7, u * 3.2), (20, 20, 20), kind='PERSON', anchor='ma')
    y += u * 4.6
    C.d.line([(cw * 0.25, y), (cw * 0.75, y)], fill=rgba(bc), width=2)
    y += u * 1.2
    reason = ctx.ch(['for outstanding effort in Mathematics', 'for being a kind and helpful friend',
                     'for excellent reading progress', 'for completing the swimming program',
                     'for creative writing', 'for 100% attendance'])
    parts = ['of ', (p.year, 'AGE'), ' ' + reason] if ctx.chance(0.6) else [reason]
    put_parts(C, (cw / 2, y), parts, font(rfont(ctx.rng, 'serif'), u * 1.3), (40, 40, 40), align='m')
    y += u * 3
    sy = ch_ - u * 6
    scribble_signature(C, cw * 0.12, sy - u * 2, cw * 0.25, u * 1.8, ctx.rng)
    C.d.line([(cw * 0.1, sy), (cw * 0.4, sy)], fill=(60, 60, 60, 255), width=2)
    tname = D.teacher_name(ctx.rng, ctx.region)
    put_parts(C, (cw * 0.25, sy + u * 0.5), [(tname, 'PERSON'), ctx.ch([', Principal', ', Class Teacher', ''])],
              font(rfont(ctx.rng, 'serif'), u * 1.0), (60, 60, 60), align='m')
    put_text(C, (cw * 0.75, sy - u * 1.2), D.event_date(ctx.rng, ctx.region), font(rfont(ctx.rng, 'serif'), u * 1.1),
             (60, 60, 60), anchor='ma')
    C.d.line([(cw * 0.6, sy), (cw * 0.9, sy)], fill=(60, 60, 60, 255), width=2)
    put_text(C, (cw * 0.75, sy + u * 0.5), 'Date', font(rfont(ctx.rng, 'serif'), u * 1.0), (60, 60, 60), anchor='ma')
    r = u * 2.5
    C.d.ellipse([cw / 2 - r, ch_ - u * 7.5 - r, cw / 2 + r, ch_ - u * 7.5 + r], fill=(212, 175, 55, 255))
    rot = ctx.r(-12, 12) + (90 if (H > W and ctx.chance(0.3)) else 0)
    obj(L, C, ctx, W / 2, H / 2, 1.0, rot, kx=ctx.r(-0.08, 0.08), ky=ctx.r(-0.06, 0.06), jitter=0.01)
    return L, {'fx': 'photo'}


def trophy(ctx):
    p = ctx.p
    L = new_photo(ctx, ctx.ch(['wall', 'wood', 'wall']), 'port')
    W, H = L.W, L.H
    tw = int(W * ctx.r(0.6, 0.75))
    th = int(tw * 1.5)
    if th > H * 0.9:
        th = int(H * 0.9)
        tw = int(th / 1.5)
    gold = ctx.ch([(212, 175, 55), (192, 192, 200), (205, 127, 50)])
    T = Layer(tw, th, (0, 0, 0, 0))
    d = T.d
    d.arc([tw * 0.06, th * 0.05, tw * 0.42, th * 0.24], 90, 270, fill=rgba(gold), width=int(tw * 0.03))
    d.arc([tw * 0.58, th * 0.05, tw * 0.94, th * 0.24], 270, 90, fill=rgba(gold), width=int(tw * 0.03))
    d.polygon([(tw * 0.2, th * 0.02), (tw * 0.8, th * 0.02), (tw * 0.68, th * 0.32), (tw * 0.32, th * 0.32)],
              fill=rgba(gold))
    d.rectangle([tw * 0.45, th * 0.32, tw * 0.55, th * 0.45], fill=rgba(mix(gold, (0, 0, 0), 0.15)))
    d.rectangle([tw * 0.3, th * 0.45, tw * 0.7, th * 0.5], fill=rgba(gold))
    base = ctx.ch([(40, 30, 25), (20, 20, 22), (90, 60, 40), (235, 235, 235)])
    d.rectangle([tw * 0.08, th * 0.5, tw * 0.92, th * 0.99], fill=rgba(base))
    d.polygon([(tw * 0.25, th * 0.05), (tw * 0.32, th * 0.05), (tw * 0.38, th * 0.28), (tw * 0.34, th * 0.28)],
              fill=rgba(mix(gold, (255, 255, 255), 0.5)))
    pw, ph = int(tw * 0.72), int(th * 0.36)
    P = card_layer(pw, ph, mix(gold, (255, 255, 255), 0.2), radius=ph * 0.04, outline=mix(gold, (0, 0, 0), 0.3), ow=3)
    eng = ctx.ch([(40, 35, 20), (60, 50, 30), (30, 30, 30)])
    fk = rfont(ctx.rng, ctx.ch(['serif_b', 'serif', 'ui_b']))
    title = ctx.ch(['PLAYER OF THE YEAR', 'MOST IMPROVED', 'BEST AND FAIREST', 'COACHES AWARD', 'GOLDEN BOOT',
                    'SPORTSPERSON OF THE YEAR'])
    rows = [([title], fk, ph * 0.12, eng), ([str(D.REF_YEAR - ctx.ri(0, 2))], fk, ph * 0.11, eng),
            ([(p.full.upper() if ctx.chance(0.5) else p.full, 'PERSON')], fk, ph * 0.14, eng)]
    rows.append(([(p.team, 'ORG'), ' ', (p.agegroup, 'AGE')] if ctx.chance(0.6) else [(p.team, 'ORG')], fk, ph * 0.1, eng))
    lines_block(P, pw / 2, ph * 0.08, rows, pw * 0.9, align='m', gap=1.2)
    paste(T, P, (tw - pw) / 2, th * 0.57, check=False)
    obj(L, T, ctx, W / 2, H / 2, 1.0, rot_small(ctx, 3), kx=ctx.r(-0.05, 0.05), ky=ctx.r(-0.12, 0.12), shadow_s=0.35)
    return L, {'fx': 'photo', 'blur_max': 1.2}


# ======================================================================= house / street
def house_number(ctx):
    p = ctx.p
    L = new_photo(ctx, ctx.ch(['brick', 'wall', 'concrete']))
    W, H = L.W, L.H
    a = p.addr
    num = a['num'] if ctx.region not in ('US', 'CA') else a['line1'].split(' ')[0]
    pw = int(min(W, H) * ctx.r(0.3, 0.42))
    style = ctx.rng.randrange(3)
    bgc, fgc = [((250, 250, 250), (20, 40, 120)), ((25, 25, 28), (240, 240, 240)), ((180, 140, 60), (30, 20, 10))][style]
    has_name = ctx.chance(0.35)
    ph = int(pw * (0.75 if has_name else 0.6))
    P = card_layer(pw, ph, bgc, radius=ph * ctx.ch([0.05, 0.5]), outline=fgc, ow=max(3, pw * 0.01))
    fk = rfont(ctx.rng, ctx.ch(['serif_b', 'display']))
    put_text(P, (pw / 2, ph * (0.4 if has_name else 0.5)), num, font(fk, ph * 0.5), fgc, kind='ADDRESS', anchor='mm')
    if has_name:
        hn = ctx.ch(['Rose Cottage', 'The Willows', 'Kia Ora', 'Sunnyside', 'Glenview', 'Ivy House', 'Casa Luna'])
        put_text(P, (pw / 2, ph * 0.8), hn, fit_font(rfont(ctx.rng, 'serif_i'), hn, pw * 0.8, ph * 0.16), fgc,
                 kind='ADDRESS', anchor='mm')
    left = ctx.chance(0.5)
    obj(L, P, ctx, W * (0.3 if left else 0.7), H * ctx.r(0.55, 0.7), 1.0, rot_small(ctx, 4), kx=ctx.r(-0.08, 0.08),
        ky=ctx.r(-0.15, 0.15), shadow_s=0.4)
    street = a['street'] if ctx.region != 'IN' else ctx.ch(['Temple Road', 'Gandhi Marg', 'Lake View Road'])
    sub = a['town'] if ctx.chance(0.5) else None
    S = street_sign_layer(ctx, int(min(W, H) * ctx.r(0.35, 0.5)), street, sub)
    obj(L, S, ctx, W * (0.7 if left else 0.3), H * ctx.r(0.18, 0.3), 1.0, rot_small(ctx, 3), kx=ctx.r(-0.06, 0.06),
        ky=ctx.r(-0.2, 0.2), shadow_s=0.3)
    return L, {'fx': 'photo'}


# ======================================================================= boards
def paper_note(ctx, w, h, color=None, lined=False):
    col = color or ctx.ch([(255, 255, 255), (255, 248, 160), (255, 210, 230), (200, 235, 255), (210, 250, 200)])
    N = Layer(w, h, col)
    if lined:
        for y in range(int(h * 0.18), h, int(h / 14)):
            N.d.line([(0, y), (w, y)], fill=(170, 190, 230, 255), width=2)
    return N


def tear_tabs(ctx, N, phone, label, n, fk, ink, frac=0.3):
    """Tear-off strips along the bottom of a note, each with the phone number written sideways."""
    w, h = N.W, N.H
    th = int(h * frac)
    tw = w / n
    y0 = h - th
    for i in range(n):
        x = i * tw
        N.d.line([(x, y0), (x, h)], fill=(120, 120, 120, 255), width=2)
        f = fit_font(fk, label + ' ' + phone, th * 0.9, tw * 0.36)
        T = Layer(int(th * 0.95), int(tw * 0.9), (0, 0, 0, 0))
        put_parts(T, (T.W / 2, T.H / 2), [label + ' ', (phone, 'PHONE')], f, ink, align='m', anchor_v='m')
        T = rotate90(T, 1)
        paste(N, T, x + (tw - T.W) / 2, y0 + (th - T.H) / 2, check=False)
    N.d.line([(0, y0), (w, y0)], fill=(120, 120, 120, 255), width=2)
    return y0


def note_content(ctx, N, kind):
    p, rng = ctx.p, ctx.rng
    w, h = N.W, N.H
    u = h / 18.0
    fk = rfont(rng, ctx.ch(['hand', 'ui', 'serif']))
    ink = ctx.ch(INKS)
    x0 = w * 0.08
    maxw = w * 0.84
    if kind == 'babysit':
        nm = '%s %s' % (D.first_name(rng, ctx.region), D.surname(rng, ctx.region))
        ph = D.mobile(rng, ctx.region)
        lines_block(N, w / 2, u * 1.2, [(['BABYSITTER'], rfont(rng, 'display'), u * 1.8, ink),
                                        (['Experienced, first aid trained'], fk, u * 0.9, ink),
                                        (['Call ', (nm.split()[0], 'PERSON'), ' on'], fk, u * 1.1, ink),
                                        ([(ph, 'PHONE')], fk, u * 1.2, ink)], maxw, align='m')
        tear_tabs(ctx, N, ph, nm.split()[0], ctx.ri(3, 4), fk, ink)
    elif kind == 'club':
        lines_block(N, w / 2, u * 1.2, [([(p.org, 'ORG')], rfont(rng, 'display'), u * 1.6, ink),
                                        (['New members welcome!'], fk, u * 1.0, ink),
                                        (['Tuesdays 4pm at ', (p.addr['town'], 'LOCATION'), ' Hall'] if ctx.chance(0.5)
                                         else ['Tuesdays 4pm, Community Hall'], fk, u * 1.0, ink),
                                        (['Contact ', (p.parent, 'PERSON')], fk, u * 1.0, ink),
                                        ([(p.email_parent, 'EMAIL')], fk, u * 1.0, ink)], maxw, align='m')
    elif kind == 'classlist':
        lines_block(N, x0, u * 1.0, [([(p.school, 'SCHOOL')], rfont(rng, 'ui_b'), u * 1.0, ink),
                                     (['Class ' + p.cls + ' reading groups'], rfont(rng, 'ui_b'), u * 1.2, ink)], maxw)
        y = u * 4.4
        names = ['%s %s' % (p.friends[i], p.friend_lasts[i]) for i in range(ctx.ri(2, 3))]
        for nm in names:
            if y + u * 1.4 > h - u:
                break
            put_parts(N, (x0, y), ['- ', (nm, 'PERSON')], font(fk, u * 1.1), ink)
            y += u * 1.5
    elif kind == 'lost':
        ph = p.phone_parent
        lines_block(N, w / 2, u * 1.0, [(['LOST!'], rfont(rng, 'display'), u * 2.0, (200, 20, 30)),
                                        (['Blue hoodie, name tag'], fk, u * 1.0, ink),
                                        ([(p.full, 'PERSON')], fk, u * 1.1, ink),
                                        (['please call'], fk, u * 1.0, ink),
                                        ([(ph, 'PHONE')], fk, u * 1.1, ink)], maxw, align='m')
    elif kind == 'lift':
        lines_block(N, x0, u * 1.2, [(['Lift share to ', (p.school, 'SCHOOL')], fk, u * 1.1, ink),
                                     (['from ', (p.addr['town'], 'LOCATION'), ', Mon-Fri'] if ctx.chance(0.5)
                                      else ['Mon-Fri, 8:15 am'], fk, u * 1.1, ink),
                                     (['Ring ', (p.parent, 'PERSON')], fk, u * 1.1, ink),
                                     ([(p.phone_parent, 'PHONE')], fk, u * 1.1, ink)], maxw)
    elif kind == 'tutor':
        nm = D.first_name(rng, ctx.region)
        ph = D.mobile(rng, ctx.region)
        lines_block(N, w / 2, u * 1.2, [(['Maths & Reading tutor'], rfont(rng, 'ui_b'), u * 1.2, ink),
                                        (['Ages 6-12, your home'], fk, u * 1.0, ink),
                                        ([(nm, 'PERSON'), ' - ', (ph, 'PHONE')], fk, u * 1.1, ink)], maxw, align='m')
        if ctx.chance(0.5):
            tear_tabs(ctx, N, ph, nm, ctx.ri(3, 4), fk, ink)
    elif kind == 'qr':
        lines_block(N, w / 2, u * 0.8, [(['Message us to join'], rfont(rng, 'ui_b'), u * 1.1, ink),
                                        ([(p.org, 'ORG')], fk, u * 1.0, ink)], maxw, align='m')
        m = max(4, int(w * 0.6 / 37))
        payload, k, text = qr_payload(ctx, ctx.spec['qr'])
        tot = qr_total(payload, m)
        if tot > h - u * 4.5 or tot > w:
            raise LayoutError('qr note')
        put_qr(N, ((w - tot) / 2, u * 4.2), payload, m, kind=k, text=text)


def noticeboard(ctx):
    L = new_photo(ctx, 'cork', 'land' if ctx.chance(0.7) else 'port')
    W, H = L.W, L.H
    L.d.rectangle([0, 0, W - 1, H - 1], outline=(120, 80, 40, 255), width=int(min(W, H) * 0.03))
    cols, rows = (3, 2) if W > H else (2, 3)
    kinds = ['babysit', 'club', 'classlist', 'lost', 'lift', 'tutor']
    ctx.rng.shuffle(kinds)
    kinds = kinds[:ctx.ri(4, 5)]
    if ctx.spec.get('qr'):
        kinds.insert(ctx.ri(0, 3), 'qr')
    cw, chh = W / cols, H / rows
    cells = [(c, r) for r in range(rows) for c in range(cols)]
    for i, (c, r) in enumerate(cells):
        if i >= len(kinds) or (kinds[i] != 'qr' and ctx.chance(0.12)):
            continue
        nw = int(cw * ctx.r(0.68, 0.8))
        nh = int(min(chh * ctx.r(0.72, 0.84), nw * 1.35))
        N = paper_note(ctx, nw, nh, (255, 255, 255) if kinds[i] == 'qr' else None, lined=ctx.chance(0.2))
        note_content(ctx, N, kinds[i])
        cx, cy = (c + 0.5) * cw, (r + 0.5) * chh
        H_ = fit_H(L, nw, nh, ctx, cx, cy, 1.0, rot_small(ctx, 5), kx=ctx.r(-0.02, 0.02), jitter=0.005, margin=0.035)
        w_, off = warp_layer(N, H_)
        shadow(L, w_, off, ctx, 0.3)
        paste(L, w_, off[0], off[1])
        c0 = _corners(H_, nw, nh)
        px, py = (c0[0] + c0[1]) / 2 * 0.975 + (c0[3] + c0[2]) / 2 * 0.025
        pr = min(W, H) * 0.012
        if rect_free(L, (px - pr, py - pr, px + pr, py + pr)):
            L.d.ellipse([px - pr, py - pr, px + pr, py + pr], fill=rgba(ctx.ch(BRIGHT)))
    return L, {'fx': 'photo'}


def whiteboard(ctx):
    p, rng = ctx.p, ctx.rng
    L = new_photo(ctx, ctx.ch(['wall', 'brick']), 'land')
    W, H = L.W, L.H
    bw, bh = int(W * 0.9), int(H * 0.8)
    B = Layer(bw, bh, (248, 249, 250))
    B.d.rectangle([0, 0, bw - 1, bh - 1], outline=(170, 172, 178, 255), width=int(bw * 0.012))
    u = bh / 22.0
    fk = rfont(rng, 'hand')
    x0 = bw * 0.05
    y = u * 1.5
    m1, m2, m3 = rng.sample(MARKERS, 3)

    def line(parts, col, size=1.4, x=None):
        nonlocal y
        f = font(fk, u * size)
        for ln in wrap_parts(parts, f, bw * 0.9 - (x or x0)):
            if y + line_h(f) > bh - u:
                return
            put_parts(B, (x or x0, y), ln, f, col)
            y += line_h(f) * 1.1

    line(['Welcome to ', ('Room %d' % ctx.ri(1, 30), None), ' - ', (p.year, 'AGE'), ' ', p.cls], m1, 1.8)
    line(['Teacher: ', (p.teacher, 'PERSON')], m2)
    if ctx.chance(0.8):
        line([(p.school, 'SCHOOL')], m1, 1.2)
    y += u * 0.4
    items = []
    bd = [('%s %s' % (p.friends[i], p.friend_lasts[i][0] + '.') if ctx.chance(0.4) else p.friends[i],
           D.fmt_daymonth(rng, ctx.region, D.dob_for_age(rng, p.age))) for i in range(ctx.ri(1, 3))]
    items.append(('Birthdays this month:', [[(n, 'PERSON'), ' - ', (d_, 'DATE_OF_BIRTH')] for n, d_ in bd]))
    if ctx.chance(0.5):
        items.append(('Helpers today:', [[(p.friends[4], 'PERSON'), ' & ', (p.friends[5], 'PERSON')]]))
    if ctx.chance(0.6):
        items.append(('Reminders:', [['Swimming Friday - bring togs'],
                                     ['Trip forms back to ', (D.teacher_name(rng, ctx.region, 0), 'PERSON'), ' by Wed']]))
    for title, rows in items:
        line([title], m3, 1.4)
        for r in rows:
            line(['  '] + r, m1 if ctx.chance(0.5) else m2, 1.3, x=x0 + u * 1.2)
        y += u * 0.3
    # a maths sum on the right, decoration
    f = font(fk, u * 1.4)
    for i in range(3):
        a, b = ctx.ri(12, 99), ctx.ri(2, 9)
        put_text(B, (bw * 0.72, u * (3 + i * 2.2)), '%d x %d = %d' % (a, b, a * b), f, m2)
    obj(L, B, ctx, W / 2, H / 2, 1.0, rot_small(ctx, 2), kx=ctx.r(-0.08, 0.08), ky=ctx.r(-0.12, 0.12), shadow_s=0.2)
    return L, {'fx': 'photo', 'glare': True}


def fridge_note(ctx):
    p, rng = ctx.p, ctx.rng
    L = new_photo(ctx, 'fridge', 'port' if ctx.chance(0.7) else 'land')
    W, H = L.W, L.H
    nw = int(W * ctx.r(0.55, 0.7))
    nh = int(nw * ctx.r(1.1, 1.35))
    if nh > H * 0.8:
        nh = int(H * 0.8)
    N = paper_note(ctx, nw, nh, lined=ctx.chance(0.5))
    u = nh / 26.0
    fk = rfont(rng, 'hand')
    ink = ctx.ch(INKS)
    rows = [(['Emergency numbers'] if ctx.chance(0.5) else ['IMPORTANT NUMBERS'], rfont(rng, 'display'), u * 1.4, (180, 20, 30))]
    mum = ctx.ch(['Mum', 'Mom', 'Mam', 'Amma', 'Mama'])
    dad = ctx.ch(['Dad', 'Papa', 'Baba', 'Appa'])
    entries = [
        [mum + ' mobile: ', (p.phone_parent, 'PHONE')],
        [dad + ' work: ', (p.phone_parent2, 'PHONE')],
        ['Home: ', (p.phone_home, 'PHONE')],
        [ctx.ch(['Nana ', 'Granny ', 'Aunty ', 'Uncle ']), (D.first_name(rng, ctx.region), 'PERSON'), ': ', (D.mobile(rng, ctx.region), 'PHONE')],
        ['Neighbour ', (D.full_name(rng, ctx.region), 'PERSON'), ' - ', (D.landline(rng, ctx.region), 'PHONE')],
        ['Our address: ', (p.addr['line1'], 'ADDRESS')],
        [mum + ' email: ', (p.email_parent, 'EMAIL')],
        ['School: ', (p.school, 'SCHOOL')],
        ['Pick up ', (p.first, 'PERSON'), ' 3:15 ', ctx.ch(['Mon/Wed', 'Tue/Thu', 'Friday'])],
        [(p.first, 'PERSON'), ' - ', (p.org, 'ORG'), ' Sat 9am'],
        ['Dr ', (D.surname(rng, ctx.region), 'PERSON'), ' ', (D.landline(rng, ctx.region), 'PHONE')],
    ]
    rng.shuffle(entries)
    for e in entries[:ctx.ri(3, 5)]:
        rows.append((e, fk, u * 1.25, ink))
    y = lines_block(N, nw * 0.07, u * 2.0, rows, nw * 0.86, gap=1.35)
    if y > nh - u:
        raise LayoutError('fridge note overflow')
    for x in (0.15, 0.85):
        r = nw * 0.05
        N.d.ellipse([nw * x - r, u * 0.2, nw * x + r, u * 0.2 + 2 * r * 0.6], fill=rgba(ctx.ch(BRIGHT)))
    obj(L, N, ctx, W * 0.45, H * 0.45, 1.0, rot_small(ctx, 5), kx=ctx.r(-0.05, 0.05), ky=ctx.r(-0.08, 0.08),
        shadow_s=0.25, margin=0.02)
    if ctx.spec.get('qr'):
        qw = int(min(W, H) * 0.3)
        Q = paper_note(ctx, qw, int(qw * 1.25), (255, 255, 255))
        payload, k, text = qr_payload(ctx, ctx.spec['qr'])
        m = max(4, int(qw * 0.85 / 37))
        tot = qr_total(payload, m)
        while tot > qw * 0.92:
            m -= 1
            tot = qr_total(payload, m)
        put_text(Q, (qw / 2, qw * 0.1), ctx.ch(['Guest WiFi', 'WiFi', 'Scan me', 'Contacts']),
                 font(rfont(rng, 'ui_b'), qw * 0.09), (20, 20, 20), anchor='mm')
        put_qr(Q, ((qw - tot) / 2, qw * 0.2), payload, m, kind=k, text=text)
        obj(L, Q, ctx, W * 0.8, H * 0.78, 1.0, rot_small(ctx, 4), shadow_s=0.25, margin=0.02)
    return L, {'fx': 'photo'}


# ======================================================================= cards
def id_card(ctx, library=False):
    p, rng = ctx.p, ctx.rng
    L = new_photo(ctx, ctx.ch(['table', 'wood', 'fabric']))
    W, H = L.W, L.H
    cw = int(min(W, H) * ctx.r(0.75, 0.9))
    ch_ = int(cw / 1.586)
    band = ctx.ch(SIGN_COLS[:-1] + [(200, 60, 20)])
    C = card_layer(cw, ch_, (250, 250, 252), radius=ch_ * 0.06)
    C.d.rounded_rectangle([0, 0, cw - 1, ch_ * 0.22], radius=int(ch_ * 0.06), fill=rgba(band))
    C.d.rectangle([0, ch_ * 0.12, cw - 1, ch_ * 0.22], fill=rgba(band))
    u = ch_ / 20.0
    fk = rfont(rng, 'ui')
    fb = rfont(rng, 'ui_b')
    if library:
        lib = ctx.ch(['%s City Libraries', '%s Public Library', '%s Community Library']) % D.pick(rng, D.PLACES)
        put_text(C, (u * 1.2, u * 2.2), lib, fit_font(fb, lib, cw * 0.8, u * 1.8), (255, 255, 255), anchor='lm')
    else:
        put_text(C, (u * 1.2, u * 2.2), p.school, fit_font(fb, p.school, cw * 0.85, u * 1.8), (255, 255, 255),
                 kind='SCHOOL', anchor='lm')
    has_qr = bool(ctx.spec.get('qr'))
    px0 = u * 1.2
    if not library:
        photo_placeholder(C, (px0, u * 5.5, px0 + u * 6.5, u * 14))
        tx = px0 + u * 8
    else:
        tx = px0
    y = u * 5.5
    lf = font(fk, u * 0.9)
    vf = font(fb, u * 1.25)
    put_text(C, (tx, y), 'STUDENT ID' if not library else ctx.ch(['JUNIOR MEMBER', 'YOUNG READER', 'LIBRARY CARD']),
             font(fb, u * 1.0), band)
    y += u * 1.8
    fields = [('Name', (p.full, 'PERSON'))]
    if library:
        opt = [('Address', (p.addr['line1'], 'ADDRESS')), ('Date of birth', (D.fmt_date(rng, ctx.region, p.dob), 'DATE_OF_BIRTH')),
               ('Parent/guardian', (p.parent, 'PERSON'))]
        rng.shuffle(opt)
        fields += opt[:ctx.ri(1, 2)]
        fields.append(('Card no.', ('2%013d' % rng.randrange(10 ** 12), None)))
    else:
        fields += [('DOB', (D.fmt_date(rng, ctx.region, p.dob), 'DATE_OF_BIRTH')),
                   (ctx.ch(['Year', 'Class', 'Grade']), (p.year, 'AGE')),
                   ('Student no.', (str(rng.randrange(100000, 9999999)), None))]
    maxw = cw - tx - u * (9 if has_qr else 1.2)
    for lab, (val, k) in fields:
        if y + u * 2.6 > ch_ - u * 3.2:
            break
        put_text(C, (tx, y), lab, lf, (110, 110, 120))
        y += u * 1.0
        put_text(C, (tx, y), val, fit_font(fb, val, maxw, u * 1.25), (15, 15, 20), kind=k)
        y += u * 1.7
    barcode(C, (u * 1.2, ch_ - u * 2.6, cw * 0.55, ch_ - u * 0.8), rng)
    if has_qr:
        payload, k, text = qr_payload(ctx, ctx.spec['qr'])
        m = qr_fit(payload, min(u * 8.5, ch_ - u * 8.5))
        tot = qr_total(payload, m)
        put_qr(C, (cw - tot - u * 0.8, u * 5.2), payload, m, kind=k, text=text)
    obj(L, C, ctx, W / 2, H / 2, 1.0, ctx.r(-20, 20), kx=ctx.r(-0.08, 0.08), ky=ctx.r(-0.08, 0.08), jitter=0.01)
    return L, {'fx': 'photo'}


def library_card(ctx):
    return id_card(ctx, library=True)


def lost_pet(ctx):
    p, rng = ctx.p, ctx.rng
    L = new_photo(ctx, ctx.ch(['brick', 'wood', 'concrete', 'wall']), 'port' if ctx.chance(0.7) else 'land')
    W, H = L.W, L.H
    pw = int(min(W, H) * ctx.r(0.7, 0.85))
    ph = int(pw * 1.414)
    if ph > H * 0.92:
        ph = int(H * 0.92)
        pw = int(ph / 1.414)
    P = Layer(pw, ph, ctx.ch([(255, 255, 255), (255, 250, 200), (250, 240, 240)]))
    u = ph / 40.0
    animal = ctx.ch(['CAT', 'DOG', 'RABBIT', 'TORTOISE', 'PARROT', 'PUPPY'])
    fb = rfont(rng, 'display')
    put_text(P, (pw / 2, u * 1.5), 'LOST ' + animal, fit_font(fb, 'LOST ' + animal, pw * 0.85, u * 4.5), (200, 20, 20),
             anchor='ma')
    photo_placeholder(P, (pw * 0.15, u * 7.5, pw * 0.85, u * 19))
    fk = rfont(rng, ctx.ch(['ui', 'ui_b', 'hand']))
    ink = (20, 20, 20)
    ph_ = p.phone_parent
    caller = ctx.ch([p.first, p.parent_first, p.parent])
    near_st = D.address(rng, ctx.region)['street']
    rows = [(['Answers to "%s"' % p.pet], fk, u * 1.5, ink),
            (['Last seen near ', (near_st, 'LOCATION')] if ctx.chance(0.5) else ['Last seen near the shops'], fk, u * 1.3, ink),
            (['in ', (p.addr['town'], 'LOCATION'), ' on ' + D.event_date(rng, ctx.region)] if ctx.chance(0.5)
             else ['on ' + D.event_date(rng, ctx.region)], fk, u * 1.3, ink),
            (['Please call ', (caller, 'PERSON'), ' on'], fk, u * 1.4, ink),
            ([(ph_, 'PHONE')], rfont(rng, 'ui_b'), u * 2.0, (200, 20, 20))]
    if ctx.chance(0.75):
        rows.append((['or bring to ', (p.addr['line1'], 'ADDRESS')], fk, u * 1.2, ink))
    if ctx.chance(0.35):
        rows.append((['Email: ', (p.email_parent, 'EMAIL')], fk, u * 1.2, ink))
    has_qr = bool(ctx.spec.get('qr'))
    y = lines_block(P, pw / 2 if not has_qr else pw * 0.05, u * 20.5, rows, pw * (0.9 if not has_qr else 0.6),
                    align='m' if not has_qr else 'l', gap=1.2)
    if has_qr:
        payload, k, text = qr_payload(ctx, ctx.spec['qr'])
        m = qr_fit(payload, pw * 0.32)
        tot = qr_total(payload, m)
        put_qr(P, (pw - tot - pw * 0.03, u * 20.5), payload, m, kind=k, text=text)
        y = max(y, u * 20.5 + tot)
    if ctx.chance(0.5) and y < ph - u * 9:
        N = Layer(pw, int(u * 8), P.img.getpixel((2, 2)))
        tear_tabs(ctx, N, ph_, caller.split()[0], ctx.ri(4, 6), rfont(rng, 'ui'), ink, frac=1.0)
        paste(P, N, 0, ph - u * 8, check=False)
    obj(L, P, ctx, W / 2, H / 2, 1.0, rot_small(ctx, 5), kx=ctx.r(-0.06, 0.06), ky=ctx.r(-0.08, 0.08), jitter=0.01,
        shadow_s=0.3)
    return L, {'fx': 'photo'}
