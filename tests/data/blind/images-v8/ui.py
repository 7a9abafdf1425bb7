"""Phone/desktop UI drawing: status bars, headers, chat bubbles, avatars, cards, rows."""
from common import Scene, pick, UI, UIB

LIGHT = dict(bg=(255, 255, 255), fg=(20, 20, 24), sub=(110, 110, 120), me=(0, 132, 255), them=(233, 233, 238),
             me_fg=(255, 255, 255), them_fg=(20, 20, 24), bar=(247, 247, 250), line=(220, 220, 226))
DARK = dict(bg=(16, 16, 20), fg=(236, 236, 240), sub=(150, 150, 160), me=(38, 120, 90), them=(40, 42, 48),
            me_fg=(240, 240, 240), them_fg=(232, 232, 236), bar=(28, 28, 34), line=(50, 50, 58))
GREENCHAT = dict(bg=(236, 229, 221), fg=(20, 20, 20), sub=(100, 110, 110), me=(220, 248, 198), them=(255, 255, 255),
                 me_fg=(20, 20, 20), them_fg=(20, 20, 20), bar=(0, 128, 105), line=(200, 200, 200))
THEMES = [LIGHT, DARK, GREENCHAT]
AV_COLS = [(239, 83, 80), (171, 71, 188), (92, 107, 192), (41, 182, 246), (38, 166, 154), (156, 204, 101),
           (255, 167, 38), (141, 110, 99), (120, 144, 156), (236, 64, 122)]


class Phone:
    """Holds scale and theme for a phone screenshot."""
    def __init__(self, rng, w, h, theme=None):
        self.rng = rng
        self.s = w / 1080.0
        self.t = theme or pick(rng, THEMES)
        self.sc = Scene(w, h, self.t["bg"])
        self.f, self.fb = pick(rng, UI), pick(rng, UIB)
        self.w, self.h = w, h

    def px(self, v):
        return v * self.s

    def status(self, time_s=None, dark_bar=None):
        s, sc = self.s, self.sc
        col = self.t["fg"] if dark_bar is None else dark_bar
        t = time_s or f"{self.rng.randint(7, 21)}:{self.rng.randint(0, 59):02d}"
        sc.text(48 * s, 22 * s, t, self.fb, 36 * s, col)
        x = self.w - 60 * s
        sc.d.rectangle([x - 50 * s, 30 * s, x, 56 * s], outline=col, width=max(1, int(3 * s)))
        sc.d.rectangle([x - 46 * s, 34 * s, x - 46 * s + 34 * s, 52 * s], fill=col)
        for i in range(4):
            sc.d.rectangle([x - 140 * s + i * 14 * s, 56 * s - (i + 1) * 7 * s, x - 132 * s + i * 14 * s, 56 * s], fill=col)
        return 90 * s

    def header(self, y, title, sub=None, kind=None, sub_kind=None, avatar=True):
        s, sc, t = self.s, self.sc, self.t
        hb = t["bar"]
        sc.d.rectangle([0, y, self.w, y + 150 * s], fill=hb)
        fg = (255, 255, 255) if hb == GREENCHAT["bar"] else t["fg"]
        sc.d.line([(40 * s, y + 75 * s), (62 * s, y + 55 * s)], fill=fg, width=max(1, int(5 * s)))
        sc.d.line([(40 * s, y + 75 * s), (62 * s, y + 95 * s)], fill=fg, width=max(1, int(5 * s)))
        x = 100 * s
        if avatar:
            self.avatar(x + 45 * s, y + 75 * s, 45 * s, title[:1])
            x += 115 * s
        sc.text(x, y + (30 if sub else 50) * s, title, self.fb, 42 * s, fg, kind=kind)
        if sub:
            sc.text(x, y + 88 * s, sub, self.f, 30 * s, fg if hb == GREENCHAT["bar"] else t["sub"], kind=sub_kind)
        return y + 150 * s

    def avatar(self, cx, cy, r, letter):
        col = AV_COLS[ord(letter[:1] or "A") % len(AV_COLS)]
        self.sc.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)
        self.sc.text(cx, cy, letter.upper(), "sansb", r * 1.0, (255, 255, 255), anchor="mm")

    def bubble(self, y, parts, me, size=38, sender=None, sender_kind=None, time_s=None, maxw=0.7):
        """parts: list of lines; each line a list of str/(str,kind). Returns next y."""
        s, sc, t = self.s, self.sc, self.t
        fs = size * s
        widths = [sc.tw("".join(p if isinstance(p, str) else p[0] for p in ln), self.f, fs) for ln in parts]
        sw = sc.tw(sender, self.fb, fs * 0.8) if sender else 0
        bw = max(widths + [sw, 120 * s]) + 60 * s
        bw = min(bw, self.w * 0.86)
        bh = len(parts) * fs * 1.3 + 50 * s + (fs * 1.1 if sender else 0)
        x0 = self.w - bw - 36 * s if me else (130 * s if sender else 36 * s)
        if sender and not me:
            self.avatar(70 * s, y + 40 * s, 36 * s, sender[:1])
        sc.rrect([x0, y, x0 + bw, y + bh], 34 * s, fill=t["me"] if me else t["them"])
        yy = y + 22 * s
        if sender:
            sc.text(x0 + 30 * s, yy, sender, self.fb, fs * 0.8, pick(self.rng, AV_COLS), kind=sender_kind)
            yy += fs * 1.1
        for ln in parts:
            sc.segs(x0 + 30 * s, yy, ln, self.f, fs, t["me_fg"] if me else t["them_fg"])
            yy += fs * 1.3
        if time_s:
            sc.text(x0 + bw - 24 * s, y + bh - 12 * s, time_s, self.f, 24 * s, t["sub"], anchor="rd")
        return y + bh + 26 * s

    def voice(self, y, me, label, label_kind=None, dur="0:37"):
        s, sc, t = self.s, self.sc, self.t
        bw, bh = 640 * s, 150 * s
        x0 = self.w - bw - 36 * s if me else 36 * s
        sc.rrect([x0, y, x0 + bw, y + bh], 34 * s, fill=t["me"] if me else t["them"])
        fg = t["me_fg"] if me else t["them_fg"]
        cx, cy = x0 + 70 * s, y + 60 * s
        sc.d.polygon([(cx - 16 * s, cy - 22 * s), (cx - 16 * s, cy + 22 * s), (cx + 22 * s, cy)], fill=fg)
        for i in range(30):
            hh = (10 + (i * 37 % 23) * 2) * s
            xx = x0 + 120 * s + i * 14 * s
            sc.d.rectangle([xx, cy - hh / 2, xx + 6 * s, cy + hh / 2], fill=fg)
        sc.text(x0 + bw - 30 * s, cy, dur, self.f, 28 * s, fg, anchor="rm")
        sc.segs(x0 + 40 * s, y + 100 * s, label if isinstance(label, list) else [(label, label_kind)], self.f, 26 * s, fg)
        return y + bh + 26 * s

    def input_bar(self):
        s, sc, t = self.s, self.sc, self.t
        y = self.h - 130 * s
        sc.d.rectangle([0, y, self.w, self.h], fill=t["bar"] if t is not GREENCHAT else (240, 240, 240))
        sc.rrect([30 * s, y + 20 * s, self.w - 150 * s, y + 100 * s], 40 * s, fill=t["bg"], outline=t["line"])
        sc.text(70 * s, y + 60 * s, "Message", self.f, 34 * s, t["sub"], anchor="lm")
        sc.d.ellipse([self.w - 125 * s, y + 15 * s, self.w - 35 * s, y + 105 * s], fill=t["me"] if t is not GREENCHAT else (0, 150, 120))

    def row(self, y, title, sub=None, kind=None, sub_kind=None, right=None, h=150, letter=None):
        s, sc, t = self.s, self.sc, self.t
        self.avatar(95 * s, y + h * s / 2, 55 * s, (letter or title)[:1])
        if isinstance(title, list):
            sc.segs(180 * s, y + (30 if sub else 50) * s, title, self.fb, 38 * s, t["fg"])
        else:
            sc.text(180 * s, y + (30 if sub else 50) * s, title, self.fb, 38 * s, t["fg"], kind=kind)
        if sub:
            if isinstance(sub, list):
                sc.segs(180 * s, y + 86 * s, sub, self.f, 30 * s, t["sub"])
            else:
                sc.text(180 * s, y + 86 * s, sub, self.f, 30 * s, t["sub"], kind=sub_kind)
        if right:
            sc.text(self.w - 40 * s, y + 50 * s, right, self.f, 26 * s, t["sub"], anchor="ra")
        sc.d.line([(180 * s, y + h * s), (self.w, y + h * s)], fill=t["line"], width=1)
        return y + h * s

    def button(self, x, y, w, h, label, col, fg=(255, 255, 255)):
        self.sc.rrect([x, y, x + w, y + h], h / 2, fill=col)
        self.sc.text(x + w / 2, y + h / 2, label, self.fb, h * 0.42, fg, anchor="mm")


def photo_of_screen(rng, screen, W, H, bgfn):
    """Place a finished screen Scene (RGB) as a phone on a textured table photo of size W x H."""
    from common import make_layer, mat
    import textures
    bg = bgfn(rng, W, H)
    ph = Scene(W, H, img=bg)
    bez = int(screen.w * 0.04)
    dev = make_layer(screen.w + 2 * bez, screen.h + 2 * bez)
    dev.rrect([0, 0, dev.w - 1, dev.h - 1], bez * 2, fill=(18, 18, 20, 255))
    dev.img.paste(screen.img.convert("RGB"), (bez, bez))
    for k, t, p in screen.leaks:
        dev.leaks.append([k, t, [(x + bez, y + bez) for x, y in p]])
    for pl, p in screen.qrs:
        dev.qrs.append([pl, [(x + bez, y + bez) for x, y in p]])
    sc = min(W * 0.62 / dev.w, H * 0.78 / dev.h)
    ang = rng.uniform(-14, 14)
    cx = W / 2 + rng.uniform(-0.06, 0.06) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    textures.shadow_rect(ph.img, [cx - dev.w * sc / 2, cy - dev.h * sc / 2, cx + dev.w * sc / 2, cy + dev.h * sc / 2],
                         radius=bez * 2 * sc, blur=40, off=(20, 30))
    ph.place(dev, mat(tx=cx, ty=cy, angle=ang, sx=sc, cx=dev.w / 2, cy=dev.h / 2))
    return ph
