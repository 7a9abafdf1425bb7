"""Clean scenes: lots of tempting public text, no private information."""
import math

from PIL import Image

import ui
from common import (F, Canvas, place_planar, quad_rect, hexc, mix, lum, wrap_runs, draw_lines, gradient,
                    qr_module_count)
from people import MONTHS, DAYS
from photo_kit import (photo_size, put, tex_width, bg_table, bg_wall, bg_outdoor, bg_street, bg_carpet, barcode,
                       paper_texture, star, fit_font)
from qrdata import brand_qr, BRANDS
from sc_docs import Page, output_doc, SERIF, SANS
from sc_photos import BRIGHT, _fin

TEAMS = ["Northbridge United", "Port Ellis City", "Harbour City FC", "Eastvale Rovers", "Kingsford Athletic",
         "Westmoor Wanderers", "Riverton Town", "Ashby Albion", "Lakeside Rangers", "Southport Mariners",
         "Carrow Vale", "Redcliffe Rovers", "Stonebridge FC", "Marlow Heath", "Greyhaven City", "Fenwick Park"]
PLAYERS = ["Okonkwo", "Delacroix", "Haaland-Berg", "Marquez", "Kovacic", "Fairbairn", "Tshabalala", "Yamamoto",
           "Oduya", "Lindgren", "Castellano", "Brennan", "Mahrez-Ali", "Petersen"]
CELEBS = ["Luna Vega", "The Midnight Owls", "Jax Rivera", "Aria Bloom", "DJ Solstice", "Kit Harlow", "Nova Sterling",
          "Marcus Vale", "Saffron Skies", "The Paper Kites Club"]
MOVIES = ["Starfall: Rising Tide", "The Last Lighthouse", "Pixel Knights", "Ocean of Echoes", "Moon Rangers 3",
          "The Clockwork Fox", "Thunder Valley", "Galaxy Bakers"]
ACTORS = ["Elena Marsh", "Dev Kapoor", "Sam Okoro", "Julia Hart", "Tomás Reyes", "Mei Lin Zhou", "Callum Reid",
          "Amara Diallo", "Noah Brandt", "Isabel Cruz"]
AUTHORS = ["M. J. Thornfield", "Priya Anand", "Oliver Grant", "Hana Sato", "R. K. Ellery", "Siobhan Quill",
           "Thabo Mokoena", "Lena Fischer"]
BOOKS = ["The Secret of Willow Creek", "Dragon School", "Maths Mysteries", "The Night Garden", "Robot Summer",
         "The Map of Lost Things", "Wild Tides", "The Owl Who Counted Stars"]
CITIES = ["London", "Sydney", "Toronto", "Dublin", "Auckland", "Mumbai", "Cape Town", "New York", "Melbourne",
          "Vancouver", "Manchester", "Johannesburg", "Delhi", "Chicago", "Brisbane", "Wellington"]


def _phone_canvas(rng, land=False, dark=None):
    W, H = ui.phone_size(rng, land)
    ios = rng.chance(0.5)
    s = ui.ui_scale(W, H, ios)
    dark = rng.chance(0.4) if dark is None else dark
    bg = hexc("#121212") if dark else (255, 255, 255)
    fg = (235, 235, 235) if dark else (20, 20, 25)
    sub = (150, 150, 155) if dark else (110, 110, 120)
    cv = Canvas(W, H, bg, mode="RGB")
    return cv, W, H, s, ios, dark, bg, fg, sub


def scene_league(rng, ctx):
    cv, W, H, s, ios, dark, bg, fg, sub = _phone_canvas(rng)
    d = cv.d
    sb = ui.status_bar(cv, s, fg, rng, ios)
    acc = rng.choice([hexc("#37003c"), hexc("#0b6e4f"), hexc("#1d428a"), hexc("#c8102e")])
    d.rectangle([0, sb, W, sb + 60 * s], fill=acc)
    league = rng.choice(["Premier Division", "National League", "Super League", "Championship", "A-League Men",
                         "Women's Super League"])
    cv.text((16 * s, sb + 30 * s), league, F("DejaVuSans-Bold", 18 * s), (255, 255, 255), anchor="lm")
    y = sb + 72 * s
    cols = ["#", "Club", "P", "W", "D", "L", "GD", "Pts"]
    xs = [14, 40, W / s - 190, W / s - 160, W / s - 130, W / s - 100, W / s - 70, W / s - 34]
    hf = F("DejaVuSans-Bold", 12 * s)
    for c, x in zip(cols, xs):
        cv.text((x * s, y), c, hf, sub, anchor="lm")
    y += 20 * s
    teams = rng.sample(TEAMS, len(TEAMS))
    pts = sorted([rng.randint(5, 70) for _ in teams], reverse=True)
    rf = F(rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans"]), 13.5 * s)
    for i, t in enumerate(teams):
        if y + 36 * s > H - 30 * s:
            break
        if i % 2 == 0:
            d.rectangle([0, y, W, y + 36 * s], fill=mix(bg, fg, 0.05))
        pl = rng.randint(20, 30)
        w = min(pl, pts[i] // 3)
        dr = min(pl - w, pts[i] - 3 * w)
        l = max(0, pl - w - dr)
        vals = [str(i + 1), t, str(pl), str(w), str(dr), str(l), "%+d" % rng.randint(-25, 40), str(3 * w + dr)]
        for c, (v, x) in enumerate(zip(vals, xs)):
            f = rf if c != 7 else F("DejaVuSans-Bold", 13.5 * s)
            if c == 1:
                ui.avatar(cv, x * s + 9 * s, y + 18 * s, 9 * s, t, rng)
                cv.text((x * s + 24 * s, y + 18 * s), v, fit_font(rf.path.split("/")[-1][:-4], v, (xs[2] - xs[1] - 30) * s, 13.5 * s), fg, anchor="lm")
            else:
                cv.text((x * s, y + 18 * s), v, f, fg, anchor="lm")
        y += 36 * s
    return cv, dict(screen=True)


def scene_scoreboard(rng, ctx):
    if rng.chance(0.5):
        cv, W, H, s, ios, dark, bg, fg, sub = _phone_canvas(rng, land=rng.chance(0.3), dark=True)
        d = cv.d
        sb = ui.status_bar(cv, s, fg, rng, ios)
        screen = True
    else:
        W, H = photo_size(rng, "land")
        cv = Canvas(W, H, (0, 0, 0), mode="RGB")
        cv.im.paste(bg_outdoor(rng, W, H, horizon=0.7))
        s = W / 700
        d = cv.d
        sb = 0
        screen = False
    t1, t2 = rng.sample(TEAMS, 2)
    g1, g2 = rng.randint(0, 4), rng.randint(0, 4)
    sport = rng.choice(["football", "rugby", "cricket"])
    if screen:
        y = sb + 40 * s
        cv.text((W / 2, y), rng.choice(["LIVE", "FULL TIME", "HALF TIME", "67'"]), F("DejaVuSans-Bold", 13 * s),
                hexc("#e63946"), anchor="mm")
        y += 50 * s
        for i, (t, g) in enumerate(((t1, g1), (t2, g2))):
            x = W * (0.25 if i == 0 else 0.75)
            ui.avatar(cv, x, y, 28 * s, t, rng)
            cv.text((x, y + 48 * s), t, fit_font("DejaVuSans-Bold", t, W * 0.4, 14 * s), fg, anchor="mm")
        cv.text((W / 2, y), "%d - %d" % (g1, g2), F("DejaVuSans-Bold", 40 * s), fg, anchor="mm")
        y += 100 * s
        for i in range(g1 + g2):
            if y > H - 40 * s:
                break
            pl = rng.choice(PLAYERS)
            mn = rng.randint(2, 90)
            side = 0.06 if rng.chance(0.5) else 0.55
            cv.text((W * side, y), "\u26bd %s %d'" % (pl, mn), F("DejaVuSans", 13 * s), sub, anchor="lm")
            y += 26 * s
        stats = [("Possession", "%d%%" % rng.randint(35, 65)), ("Shots", str(rng.randint(3, 20))),
                 ("Corners", str(rng.randint(0, 12))), ("Fouls", str(rng.randint(4, 18)))]
        for a, b in stats:
            if y > H - 40 * s:
                break
            cv.text((W * 0.1, y + 20 * s), a, F("DejaVuSans", 13 * s), fg, anchor="lm")
            cv.text((W * 0.9, y + 20 * s), b, F("DejaVuSans-Bold", 13 * s), fg, anchor="rm")
            y += 36 * s
        return cv, dict(screen=True)
    # stadium scoreboard photo
    bw = W * rng.uniform(0.55, 0.75)
    tw = tex_width(rng, bw)
    th = int(tw * 0.42)
    tex = Canvas(tw, th, (10, 10, 12))
    u = tw / 100
    led = rng.choice([(255, 190, 40), (250, 250, 250), (255, 80, 60)])
    tex.text((tw / 2, 8 * u), rng.choice(["HOME", "SCOREBOARD", "STADIUM"]), F("DejaVuSansMono-Bold", 5 * u), led, anchor="mm")
    for i, (t, g) in enumerate(((t1, g1), (t2, g2))):
        y = 18 * u + i * 12 * u
        tex.text((5 * u, y), t.upper(), fit_font("DejaVuSansMono-Bold", t.upper(), 65 * u, 7 * u), led, anchor="lm")
        tex.text((tw - 6 * u, y), str(g), F("DejaVuSansMono-Bold", 10 * u), led, anchor="rm")
    tex.text((tw / 2, th - 6 * u), "%d:%02d" % (rng.randint(0, 89), rng.randint(0, 59)), F("DejaVuSansMono-Bold", 7 * u),
             (255, 255, 255), anchor="mm")
    cv.d.rectangle([W / 2 - bw * 0.03, H * 0.3, W / 2 + bw * 0.03, H], fill=(80, 80, 85))
    put(cv, tex, W / 2, H * 0.35, bw, angle=rng.uniform(-2, 2), persp=(0, rng.uniform(-0.15, 0.15)), rng=rng,
        jitter=0.004, shadow=False)
    return cv, dict(finish=_fin(rng))


def _poster_texture(rng, tw, kind):
    th = int(tw * 1.45)
    c1, c2 = rng.sample(BRIGHT + [(20, 20, 40), (10, 10, 10)], 2)
    tex = Canvas(tw, th, c1)
    tex.im.paste(gradient(tw, th, c1, mix(c2, (0, 0, 0), 0.3)).convert("RGBA"), (0, 0))
    u = tw / 100
    fg = (255, 255, 255)
    ui.photo_placeholder(tex, 10 * u, 30 * u, 90 * u, 95 * u, col=mix(c1, (255, 255, 255), 0.3), fg=mix(c2, (0, 0, 0), 0.2))
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSansNarrow-Bold", "FreeSansBold", "DejaVuSerif-Bold",
                     "DejaVuSansCondensed-Bold"])
    fr = rng.choice(["DejaVuSans", "LiberationSansNarrow-Regular", "FreeSans", "DejaVuSansCondensed"])
    if kind == "celeb":
        star_ = rng.choice(CELEBS)
        tex.text((tw / 2, 12 * u), star_.upper(), fit_font(fb, star_.upper(), tw * 0.9, 13 * u), fg, anchor="mm")
        tex.text((tw / 2, 22 * u), rng.choice(["WORLD TOUR 2025", "LIVE IN CONCERT", "THE ENCORE TOUR", "ONE NIGHT ONLY"]),
                 F(fr, 5 * u), fg, anchor="mm")
        y = 102 * u
        for i in range(3):
            c = rng.choice(CITIES)
            tex.text((tw / 2, y), "%s %d  \u2022  %s ARENA" % (MONTHS[rng.randint(0, 11)][:3].upper(), rng.randint(1, 28),
                                                               c.upper()), fit_font(fr, "X" * 30, tw * 0.85, 4 * u), fg,
                     anchor="mm")
            y += 6 * u
        tex.text((tw / 2, th - 6 * u), "TICKETS AT TICKETHUB.COM", F(fb, 3.5 * u), fg, anchor="mm")
    else:
        mv = rng.choice(MOVIES)
        acts = rng.sample(ACTORS, 3)
        tex.text((tw / 2, 8 * u), "   ".join(a.upper() for a in acts), fit_font(fr, "   ".join(acts).upper(), tw * 0.9, 3.6 * u),
                 fg, anchor="mm")
        tex.text((tw / 2, 18 * u), mv.upper(), fit_font(fb, mv.upper(), tw * 0.9, 11 * u), fg, anchor="mm")
        tex.text((tw / 2, 25 * u), rng.choice(["Every hero needs a home.", "The adventure begins.", "Believe in the light.",
                                               "This summer, think bigger."]), F("DejaVuSerif-Italic", 4 * u), fg, anchor="mm")
        tex.text((tw / 2, 102 * u), "IN CINEMAS %s %d" % (MONTHS[rng.randint(0, 11)].upper(), rng.randint(1, 28)),
                 F(fb, 6 * u), fg, anchor="mm")
        credits = ("DIRECTED BY %s  PRODUCED BY %s  MUSIC BY %s  A %s PICTURES RELEASE" %
                   (tuple(a.upper() for a in rng.sample(ACTORS, 3)) + (rng.choice(["BRIGHTSTAR", "MOONGATE", "BLUE FOX"]),)))
        cf = F("LiberationSansNarrow-Regular", 2.6 * u)
        lines = wrap_runs([(credits, None)], lambda st: cf, tw * 0.84)
        draw_lines(tex, 8 * u, 112 * u, lines, lambda st: cf, lambda st: mix(fg, c1, 0.3), 3.3 * u, align="center",
                   width=tw * 0.84)
        tex.text((tw / 2, th - 6 * u), rng.choice(["PG", "M", "12A", "PG-13"]), F(fb, 4 * u), fg, anchor="mm")
    return tex


def scene_poster(rng, ctx):
    kind = ctx["kind"]
    if kind == "movie" and rng.chance(0.35):
        # streaming-app style screenshot
        cv, W, H, s, ios, dark, bg, fg, sub = _phone_canvas(rng, dark=True)
        ui.status_bar(cv, s, fg, rng, ios)
        pw = W * 0.8
        tex = _poster_texture(rng, int(pw), "movie")
        cv.paste_canvas(tex, W * 0.1, 60 * s)
        y = 60 * s + tex.h + 20 * s
        if y + 50 * s < H:
            cv.d.rounded_rectangle([W * 0.1, y, W * 0.9, y + 44 * s], radius=8 * s, fill=(229, 9, 20))
            cv.text((W / 2, y + 22 * s), "\u25b6  Watch trailer", F("DejaVuSans-Bold", 15 * s), (255, 255, 255), anchor="mm")
        return cv, dict(screen=True)
    W, H = photo_size(rng, "port" if rng.chance(0.7) else "land")
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(rng.choice([bg_wall, bg_street, bg_wall])(rng, W, H))
    pw = min(W * 0.8, H * 0.85 / 1.45) * rng.uniform(0.85, 1.0)
    tex = _poster_texture(rng, tex_width(rng, pw), kind)
    put(cv, tex, W / 2, H / 2, pw, angle=rng.uniform(-4, 4), persp=(rng.uniform(-0.06, 0.06), rng.uniform(-0.12, 0.12)),
        rng=rng, jitter=0.006)
    return cv, dict(finish=_fin(rng))


def scene_book(rng, ctx):
    W, H = photo_size(rng, None)
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(bg_table(rng, W, H))
    bw = min(W * 0.7, H * 0.8 / 1.5) * rng.uniform(0.85, 1.0)
    tw = tex_width(rng, bw)
    th = int(tw * 1.5)
    c = rng.choice(BRIGHT + [(30, 40, 70), (240, 230, 210)])
    tex = Canvas(tw, th, c)
    u = tw / 100
    fg = (255, 255, 255) if lum(c) < 150 else (30, 30, 40)
    ui.photo_placeholder(tex, 12 * u, 40 * u, 88 * u, 110 * u, col=mix(c, (255, 255, 255), 0.3), fg=mix(c, (0, 0, 0), 0.35))
    title = rng.choice(BOOKS)
    tf = rng.choice(["DejaVuSerif-Bold", "FreeSerifBold", "LiberationSerif-Bold", "DejaVuSans-Bold", "FreeSansBold"])
    words = title.split()
    lines = [" ".join(words[: (len(words) + 1) // 2]), " ".join(words[(len(words) + 1) // 2:])] if len(words) > 2 else [title]
    y = 14 * u
    for ln in lines:
        tex.text((tw / 2, y), ln, fit_font(tf, ln, tw * 0.86, 11 * u), fg, anchor="mm")
        y += 12 * u
    if rng.chance(0.6):
        tex.text((tw / 2, y + 2 * u), rng.choice(["\u2605 Winner of the Golden Quill Award \u2605",
                                                  "THE NUMBER ONE BESTSELLER", "Book 2 of the Starlight series"]),
                 fit_font("DejaVuSans", "X" * 36, tw * 0.85, 3.4 * u), fg, anchor="mm")
    au = rng.choice(AUTHORS)
    tex.text((tw / 2, 128 * u), au.upper(), fit_font(tf, au.upper(), tw * 0.8, 7 * u), fg, anchor="mm")
    tex.text((tw / 2, th - 6 * u), rng.choice(["Lantern Books", "Puffin Cove", "Harbour Press", "Bluebird"]),
             F("DejaVuSerif-Italic", 3.6 * u), fg, anchor="mm")
    put(cv, tex, W / 2, H / 2, bw, angle=rng.uniform(-20, 20), persp=(rng.uniform(-0.1, 0.1), rng.uniform(-0.08, 0.08)),
        rng=rng, jitter=0.006)
    return cv, dict(finish=_fin(rng))


def scene_packaging(rng, ctx):
    W, H = photo_size(rng, None)
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(bg_table(rng, W, H))
    bw = min(W * 0.75, H * 0.85 / 1.35) * rng.uniform(0.85, 1.0)
    tw = tex_width(rng, bw)
    th = int(tw * 1.35)
    brand = rng.choice(BRANDS)
    c = rng.choice(BRIGHT)
    tex = Canvas(tw, th, c)
    u = tw / 100
    fg = (255, 255, 255) if lum(c) < 160 else (30, 20, 10)
    tex.text((tw / 2, 12 * u), brand.capitalize(), fit_font("FreeSerifBoldItalic", brand, tw * 0.8, 14 * u), fg, anchor="mm")
    prod = rng.choice(["Honey Oat Crunch", "Choc Chip Bites", "Berry Blast Cereal", "Sea Salt Crisps", "Apple Juice Box",
                       "Fruit Snack Minis"])
    tex.text((tw / 2, 25 * u), prod, fit_font("DejaVuSans-Bold", prod, tw * 0.85, 8 * u), fg, anchor="mm")
    ui.photo_placeholder(tex, 15 * u, 32 * u, 85 * u, 75 * u, col=mix(c, (255, 255, 255), 0.4), fg=mix(c, (0, 0, 0), 0.3))
    # nutrition panel
    tex.d.rectangle([6 * u, 80 * u, 55 * u, th - 6 * u], fill=(255, 255, 255), outline=(0, 0, 0), width=max(1, int(0.3 * u)))
    nf = F("LiberationSansNarrow-Regular", 3 * u)
    tex.text((8 * u, 84 * u), "NUTRITION INFORMATION", F("LiberationSansNarrow-Bold", 3.2 * u), (0, 0, 0), anchor="lm")
    y = 89 * u
    for k in ["Energy", "Protein", "Fat, total", "- saturated", "Carbohydrate", "- sugars", "Sodium"]:
        if y > th - 9 * u:
            break
        tex.text((8 * u, y), k, nf, (0, 0, 0), anchor="lm")
        tex.text((53 * u, y), "%.1f%s" % (rng.uniform(0.1, 40), rng.choice(["g", "g", "mg"])), nf, (0, 0, 0), anchor="rm")
        y += 4.2 * u
    barcode(tex, 62 * u, th - 22 * u, 30 * u, 12 * u, rng)
    tex.text((77 * u, th - 7 * u), "9 %s %s" % (rng.digits(6), rng.digits(6)), F("DejaVuSansMono", 2.6 * u), fg, anchor="mm")
    tex.text((62 * u, 82 * u), "Best before: %02d/%02d/26" % (rng.randint(1, 28), rng.randint(1, 12)), F("DejaVuSans", 2.6 * u),
             fg, anchor="la")
    if ctx.get("qr"):
        payload = brand_qr(rng, brand, "url")
        n = qr_module_count(payload)
        mod = max(4, int(26 * u / (n + 6)))
        tex.qr(62 * u, 87 * u, payload, mod)
        tex.text((62 * u + (n + 6) * mod / 2, 87 * u + (n + 6) * mod + 3 * u), "Scan for recipes", F("DejaVuSans", 2.5 * u), fg,
                 anchor="mm")
    put(cv, tex, W / 2, H / 2, bw, angle=rng.uniform(-8, 8), persp=(rng.uniform(-0.06, 0.06), rng.uniform(-0.06, 0.06)),
        rng=rng, jitter=0.004)
    return cv, dict(finish=_fin(rng, blur=(0.2, 0.7), noise=(2, 4)))


def scene_website(rng, ctx):
    cv, W, H, s, ios, dark, bg, fg, sub = _phone_canvas(rng, land=rng.chance(0.2))
    d = cv.d
    sb = ui.status_bar(cv, s, fg, rng, ios)
    site = rng.choice(["worldnews.com", "sportsdaily.com", "kidsencyclopedia.org", "sciencetoday.net", "citytimes.com"])
    d.rounded_rectangle([10 * s, sb + 6 * s, W - 10 * s, sb + 40 * s], radius=10 * s, fill=mix(bg, fg, 0.08))
    cv.text((W / 2, sb + 23 * s), "\U0001F512 " + site if False else site, F("DejaVuSans", 13 * s), fg, anchor="mm")
    y = sb + 56 * s
    head = rng.choice(["%s wins in dramatic final" % rng.choice(TEAMS), "%s announces new album" % rng.choice(CELEBS),
                       "Record heatwave hits %s" % rng.choice(CITIES), "Scientists discover new species of frog",
                       "%s to star in %s sequel" % (rng.choice(ACTORS), rng.choice(MOVIES))])
    hf = F(rng.choice(["DejaVuSerif-Bold", "LiberationSerif-Bold", "DejaVuSans-Bold"]), 22 * s)
    lines = wrap_runs([(head, None)], lambda st: hf, W - 32 * s)
    y = draw_lines(cv, 16 * s, y + 22 * s, lines, lambda st: hf, lambda st: fg, 28 * s)
    cv.text((16 * s, y + 4 * s), "By %s  \u2022  %d %s 2025" % (rng.choice(AUTHORS), rng.randint(1, 28), MONTHS[rng.randint(0, 11)]),
            F("DejaVuSans", 11 * s), sub, anchor="la")
    y += 30 * s
    ui.photo_placeholder(cv, 16 * s, y, W - 16 * s, y + (W - 32 * s) * 0.56)
    y += (W - 32 * s) * 0.56 + 16 * s
    bf = F(rng.choice(["DejaVuSerif", "LiberationSerif-Regular", "DejaVuSans"]), 15 * s)
    text = ("The announcement was made on %s in %s. Fans gathered outside the venue as %s thanked supporters. "
            "Officials said the event drew more than %d,000 people, the largest crowd of the season. "
            "More details are expected later this week." % (rng.choice(DAYS), rng.choice(CITIES), rng.choice(CELEBS + ACTORS),
                                                           rng.randint(10, 90)))
    lines = wrap_runs([(text, None)], lambda st: bf, W - 32 * s)
    for i, ln in enumerate(lines):
        if y + 22 * s > H - 20 * s:
            break
        draw_lines(cv, 16 * s, y + 16 * s, [ln], lambda st: bf, lambda st: fg, 22 * s)
        y += 22 * s
    return cv, dict(screen=True)


def scene_weather(rng, ctx):
    W, H = ui.phone_size(rng, False)
    ios = rng.chance(0.5)
    s = ui.ui_scale(W, H, ios)
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    c1 = rng.choice([(40, 110, 200), (20, 30, 70), (90, 130, 170), (230, 140, 60)])
    cv.im.paste(gradient(W, H, c1, mix(c1, (255, 255, 255), 0.4)))
    fg = (255, 255, 255)
    ui.status_bar(cv, s, fg, rng, ios)
    city = rng.choice(CITIES)
    cv.text((W / 2, 90 * s), city, F("DejaVuSans", 30 * s), fg, anchor="mm")
    t = rng.randint(-3, 36)
    cv.text((W / 2, 160 * s), "%d\u00b0" % t, F("DejaVuSans-ExtraLight", 90 * s), fg, anchor="mm")
    cond = rng.choice(["Mostly Sunny", "Light Rain", "Cloudy", "Thunderstorms", "Clear", "Windy"])
    cv.text((W / 2, 225 * s), cond, F("DejaVuSans", 18 * s), fg, anchor="mm")
    cv.text((W / 2, 250 * s), "H:%d\u00b0  L:%d\u00b0" % (t + rng.randint(1, 6), t - rng.randint(2, 9)), F("DejaVuSans", 16 * s), fg,
            anchor="mm")
    y = 290 * s
    card = mix(c1, (0, 0, 0), 0.2)
    cv.d.rounded_rectangle([16 * s, y, W - 16 * s, y + 110 * s], radius=14 * s, fill=card)
    for i in range(6):
        x = 16 * s + (W - 32 * s) * (i + 0.5) / 6
        cv.text((x, y + 25 * s), "Now" if i == 0 else "%d%s" % ((rng.randint(1, 12)), rng.choice(["AM", "PM"])),
                F("DejaVuSans", 12 * s), fg, anchor="mm")
        cv.d.ellipse([x - 10 * s, y + 45 * s, x + 10 * s, y + 65 * s], fill=(255, 210, 80))
        cv.text((x, y + 88 * s), "%d\u00b0" % (t + rng.randint(-3, 3)), F("DejaVuSans-Bold", 14 * s), fg, anchor="mm")
    y += 124 * s
    cv.d.rounded_rectangle([16 * s, y, W - 16 * s, min(H - 20 * s, y + 300 * s)], radius=14 * s, fill=card)
    cv.text((30 * s, y + 22 * s), "10-DAY FORECAST", F("DejaVuSans", 12 * s), mix(fg, card, 0.3), anchor="lm")
    yy = y + 50 * s
    for i in range(10):
        if yy > min(H - 40 * s, y + 290 * s):
            break
        cv.text((30 * s, yy), "Today" if i == 0 else DAYS[i % 7][:3], F("DejaVuSans", 15 * s), fg, anchor="lm")
        lo, hi = t - rng.randint(2, 8), t + rng.randint(0, 6)
        cv.text((W * 0.55, yy), "%d\u00b0" % lo, F("DejaVuSans", 15 * s), mix(fg, card, 0.3), anchor="rm")
        cv.d.rounded_rectangle([W * 0.58, yy - 2 * s, W * 0.8, yy + 2 * s], radius=2 * s, fill=(255, 190, 70))
        cv.text((W - 30 * s, yy), "%d\u00b0" % hi, F("DejaVuSans", 15 * s), fg, anchor="rm")
        yy += 34 * s
    return cv, dict(screen=True)


def scene_hud(rng, ctx):
    W, H = ui.phone_size(rng, True)
    s = ui.ui_scale(W, H, False)
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(bg_outdoor(rng, W, H, horizon=rng.uniform(0.4, 0.6)))
    d = cv.d
    fg = (255, 255, 255)
    # health / shield
    d.rectangle([16 * s, H - 40 * s, 16 * s + 180 * s, H - 28 * s], fill=(40, 40, 40))
    d.rectangle([16 * s, H - 40 * s, 16 * s + 180 * s * rng.uniform(0.2, 1), H - 28 * s], fill=(80, 220, 90))
    d.rectangle([16 * s, H - 56 * s, 16 * s + 180 * s * rng.uniform(0.1, 1), H - 46 * s], fill=(80, 160, 255))
    cv.text((16 * s, H - 62 * s), "HP %d" % rng.randint(10, 100), F("DejaVuSans-Bold", 11 * s), fg, anchor="ls",
            stroke=1, stroke_fill=(0, 0, 0))
    cv.text((W - 20 * s, H - 30 * s), "%d / %d" % (rng.randint(0, 30), rng.randint(60, 240)), F("DejaVuSans-Bold", 20 * s), fg,
            anchor="rs", stroke=1, stroke_fill=(0, 0, 0))
    # minimap
    d.rectangle([W - 130 * s, 14 * s, W - 14 * s, 130 * s], fill=(50, 90, 60), outline=fg, width=max(1, int(2 * s)))
    cv.text((W - 72 * s, 140 * s), rng.choice(["Misty Meadows", "Crystal Caves", "Dragon's Keep", "Old Harbour"]),
            F("DejaVuSans-Bold", 11 * s), fg, anchor="mm", stroke=1, stroke_fill=(0, 0, 0))
    # quest
    q = rng.choice(["QUEST: Defeat the Shadow King", "Collect 10 Star Shards (4/10)", "Find the Lost Compass",
                    "Reach the Sky Temple"])
    cv.text((16 * s, 24 * s), q, F("DejaVuSans-Bold", 13 * s), (255, 230, 120), anchor="lm", stroke=1, stroke_fill=(0, 0, 0))
    # kill feed with NPC names
    y = 50 * s
    npcs = ["Bot_Alpha", "CPU (Hard)", "Goblin Scout", "Sir Reginald", "Captain Nova", "Robo-7", "Shadow Knight"]
    for i in range(rng.randint(2, 4)):
        a, b = rng.sample(npcs, 2)
        cv.text((16 * s, y), "%s  \u2694  %s" % (a, b), F("DejaVuSans", 11 * s), fg, anchor="lm", stroke=1, stroke_fill=(0, 0, 0))
        y += 18 * s
    cv.text((W / 2, 20 * s), "%d ALIVE  \u2022  %d ELIMS" % (rng.randint(2, 99), rng.randint(0, 20)), F("DejaVuSans-Bold", 13 * s),
            fg, anchor="mm", stroke=1, stroke_fill=(0, 0, 0))
    return cv, dict(screen=True)


def scene_menu(rng, ctx):
    W, H = photo_size(rng, "port" if rng.chance(0.6) else "land")
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(bg_table(rng, W, H))
    mw = min(W * 0.8, H * 0.85 / 1.4) * rng.uniform(0.85, 1.0)
    tw = tex_width(rng, mw)
    th = int(tw * 1.4)
    chalk = rng.chance(0.4)
    base = (35, 40, 38) if chalk else rng.choice([(252, 248, 238), (255, 255, 255), (245, 238, 220)])
    fg = (240, 240, 235) if chalk else (30, 25, 20)
    tex = Canvas(tw, th, base)
    u = tw / 100
    cafe = rng.choice(["Cafe Luna", "The Copper Kettle", "Bean & Leaf", "Harbour Grill", "Spice Garden", "Little Italy"])
    tf = rng.choice(["FreeSerifBoldItalic", "DejaVuSerif-Bold", "LiberationSerif-BoldItalic"])
    tex.text((tw / 2, 10 * u), cafe, fit_font(tf, cafe, tw * 0.85, 10 * u), fg, anchor="mm")
    items = ["Big Breakfast", "Eggs Benedict", "Avocado Toast", "Pancake Stack", "Club Sandwich", "Fish & Chips",
             "Butter Chicken", "Margherita Pizza", "Caesar Salad", "Kids Nuggets", "Flat White", "Hot Chocolate",
             "Fresh Juice", "Veggie Burger", "Soup of the Day"]
    y = 22 * u
    bf = F(rng.choice(["DejaVuSerif", "LiberationSerif-Regular", "DejaVuSans", "FreeSans"]), 4.2 * u)
    for it in rng.sample(items, 10):
        if y > th - 30 * u:
            break
        tex.text((8 * u, y), it, bf, fg, anchor="ls")
        tex.text((tw - 8 * u, y), "%d.%02d" % (rng.randint(3, 24), rng.choice([0, 50, 90, 95])), bf, fg, anchor="rs")
        y += 7.5 * u
    if ctx.get("qr"):
        payload = brand_qr(rng, cafe.lower().replace(" ", "").replace("&", "and"), rng.choice(["wifi", "url"]))
        n = qr_module_count(payload)
        mod = max(4, int(24 * u / (n + 6)))
        tex.qr(tw - 8 * u - (n + 6) * mod, th - 6 * u - (n + 6) * mod, payload, mod)
        tex.text((8 * u, th - 12 * u), "Scan for WiFi / online menu", F("DejaVuSans", 3 * u), fg, anchor="ls")
    else:
        tex.text((tw / 2, th - 8 * u), "Open 7 days \u2022 7am - 3pm", F("DejaVuSans", 3.4 * u), fg, anchor="mm")
    put(cv, tex, W / 2, H / 2, mw, angle=rng.uniform(-10, 10), persp=(rng.uniform(-0.08, 0.08), rng.uniform(-0.06, 0.06)),
        rng=rng, jitter=0.005)
    return cv, dict(finish=_fin(rng, blur=(0.2, 0.8), noise=(2, 5)))


def scene_recipe(rng, ctx):
    W, H = photo_size(rng, "port" if rng.chance(0.6) else "land")
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(bg_table(rng, W, H))
    mw = min(W * 0.8, H * 0.8 / 1.3) * rng.uniform(0.85, 1.0)
    tw = tex_width(rng, mw)
    th = int(tw * 1.3)
    tex = Canvas(tw, th, (255, 253, 248))
    tex.im.paste(paper_texture(rng, tw, th, (255, 253, 248)), (0, 0))
    u = tw / 100
    rec = rng.choice(["Banana Bread", "Easy Pancakes", "Chocolate Chip Cookies", "Veggie Fried Rice", "Mango Lassi",
                      "Anzac Biscuits", "Shepherd's Pie"])
    tex.text((tw / 2, 9 * u), rec, fit_font("DejaVuSerif-Bold", rec, tw * 0.85, 8 * u), (120, 40, 20), anchor="mm")
    tex.text((tw / 2, 16 * u), "Serves %d  \u2022  Prep %d min  \u2022  Cook %d min" % (rng.randint(2, 8), rng.randint(5, 30),
                                                                                        rng.randint(10, 60)),
             F("DejaVuSans", 3 * u), (80, 80, 80), anchor="mm")
    bf = F(rng.choice(["DejaVuSerif", "LiberationSerif-Regular", "DejaVuSans"]), 3.4 * u)
    y = 26 * u
    tex.text((7 * u, y), "Ingredients", F("DejaVuSans-Bold", 4 * u), (30, 30, 30), anchor="ls")
    y += 6 * u
    for ing in rng.sample(["2 cups flour", "1 tsp baking powder", "2 eggs", "1 cup milk", "3 ripe bananas",
                           "100 g butter", "1/2 cup sugar", "pinch of salt", "1 tsp vanilla"], 6):
        tex.text((9 * u, y), "\u2022 " + ing, bf, (30, 30, 30), anchor="ls")
        y += 5 * u
    y += 3 * u
    tex.text((7 * u, y), "Method", F("DejaVuSans-Bold", 4 * u), (30, 30, 30), anchor="ls")
    y += 6 * u
    steps = ["Preheat the oven to 180\u00b0C.", "Mix the dry ingredients in a large bowl.",
             "Whisk the eggs and milk, then stir into the dry mix.", "Pour into a lined tin and bake for 35 minutes.",
             "Cool before slicing and serving."]
    for i, st in enumerate(steps):
        lines = wrap_runs([("%d. %s" % (i + 1, st), None)], lambda x: bf, tw - 16 * u)
        y = draw_lines(tex, 9 * u, y, lines, lambda x: bf, lambda x: (30, 30, 30), 4.6 * u) + 1 * u
        if y > th - 8 * u:
            break
    put(cv, tex, W / 2, H / 2, mw, angle=rng.uniform(-10, 10), persp=(rng.uniform(-0.08, 0.08), rng.uniform(-0.06, 0.06)),
        rng=rng, jitter=0.005)
    return cv, dict(finish=_fin(rng))


def _sign_scene(rng, texfn, bgfn, width_frac=(0.5, 0.75), pole=True):
    W, H = photo_size(rng, "land" if rng.chance(0.7) else "port")
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(bgfn(rng, W, H))
    sw = W * rng.uniform(*width_frac)
    tex = texfn(tex_width(rng, sw))
    cy = H * rng.uniform(0.35, 0.5)
    if pole:
        cv.d.rectangle([W / 2 - sw * 0.02, cy, W / 2 + sw * 0.02, H], fill=(120, 120, 125))
    put(cv, tex, W / 2, cy, sw, angle=rng.uniform(-3, 3), persp=(rng.uniform(-0.04, 0.04), rng.uniform(-0.15, 0.15)),
        rng=rng, jitter=0.004, shadow=not pole)
    return cv


def scene_roadsign(rng, ctx):
    def tex_fn(tw):
        th = int(tw * 0.55)
        col = rng.choice([(0, 100, 60), (20, 60, 150), (250, 250, 250)])
        fg = (255, 255, 255) if lum(col) < 150 else (20, 20, 20)
        tex = Canvas(tw, th, col)
        u = tw / 100
        tex.d.rectangle([2 * u, 2 * u, tw - 2 * u, th - 2 * u], outline=fg, width=max(2, int(0.8 * u)))
        y = 14 * u
        f = F(rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold"]), 9 * u)
        for c in rng.sample(CITIES, 3):
            tex.text((8 * u, y), ("\u2190 " if rng.chance(0.3) else "\u2191 ") + c, f, fg, anchor="lm")
            tex.text((tw - 8 * u, y), "%d km" % rng.randint(3, 320), f, fg, anchor="rm")
            y += 15 * u
        return tex
    cv = _sign_scene(rng, tex_fn, bg_outdoor)
    return cv, dict(finish=_fin(rng))


def scene_shopsign(rng, ctx):
    def tex_fn(tw):
        th = int(tw * 0.3)
        col = rng.choice(BRIGHT + [(20, 20, 20), (250, 245, 235)])
        fg = (255, 255, 255) if lum(col) < 150 else (30, 20, 20)
        tex = Canvas(tw, th, col)
        u = tw / 100
        shop = rng.choice(["Bella's Bakery", "Corner Books", "Sunrise Pharmacy", "Fresh Fields Grocer", "Pet Palace",
                           "Golden Dragon Takeaway", "Sparkle Dry Cleaners", "Toy Town"])
        tex.text((tw / 2, th * 0.45), shop, fit_font(rng.choice(["FreeSerifBoldItalic", "DejaVuSans-Bold", "DejaVuSerif-Bold"]),
                                                     shop, tw * 0.85, th * 0.5), fg, anchor="mm")
        tex.text((tw / 2, th * 0.82), "OPEN 7 DAYS  \u2022  EST. %d" % rng.randint(1950, 2020), F("DejaVuSans-Bold", th * 0.1), fg,
                 anchor="mm")
        return tex
    cv = _sign_scene(rng, tex_fn, bg_street, (0.6, 0.85), pole=False)
    return cv, dict(finish=_fin(rng))


def scene_museum(rng, ctx):
    qr = ctx.get("qr")

    def tex_fn(tw):
        th = int(tw * 0.7)
        tex = Canvas(tw, th, rng.choice([(245, 242, 235), (30, 30, 35), (235, 240, 245)]))
        fg = (20, 20, 20) if lum(tex.im.getpixel((1, 1))[:3]) > 128 else (240, 240, 240)
        u = tw / 100
        ex = rng.choice(["Tyrannosaurus rex", "The Gold Rush", "Ancient Egypt", "Voyage of the Endeavour", "Life in the Ocean",
                         "The Iron Age"])
        tex.text((6 * u, 10 * u), ex, fit_font("DejaVuSerif-Bold", ex, tw * 0.85, 8 * u), fg, anchor="lm")
        tex.text((6 * u, 18 * u), rng.choice(["Late Cretaceous, 68-66 million years ago", "1851 - 1900", "c. 1500 BCE",
                                              "Gallery 4"]), F("DejaVuSerif-Italic", 3.6 * u), fg, anchor="lm")
        bf = F(rng.choice(["DejaVuSerif", "LiberationSerif-Regular", "DejaVuSans"]), 3.3 * u)
        text = ("This exhibit was found in 1902 and is one of the most complete examples ever discovered. "
                "Scientists believe it lived in forests near rivers and could grow up to twelve metres long. "
                "Look closely at the teeth and the size of the skull.")
        lines = wrap_runs([(text, None)], lambda st: bf, tw * (0.6 if qr else 0.86))
        draw_lines(tex, 6 * u, 28 * u, lines, lambda st: bf, lambda st: fg, 4.6 * u)
        if qr:
            payload = brand_qr(rng, rng.choice(["citymuseum", "naturalhistory", "heritagehall"]), "url")
            n = qr_module_count(payload)
            mod = max(4, int(24 * u / (n + 6)))
            tex.qr(tw - 6 * u - (n + 6) * mod, 26 * u, payload, mod)
            tex.text((tw - 6 * u - (n + 6) * mod / 2, 28 * u + (n + 6) * mod), "Audio guide", F("DejaVuSans", 2.8 * u), fg,
                     anchor="ma")
        return tex
    cv = _sign_scene(rng, tex_fn, bg_wall, (0.5, 0.7), pole=False)
    return cv, dict(finish=_fin(rng, blur=(0.2, 0.7), noise=(2, 4)))


def scene_ticket(rng, ctx):
    W, H = photo_size(rng, None)
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(bg_table(rng, W, H))
    tw_s = min(W, H) * rng.uniform(0.85, 1.0)
    tw = tex_width(rng, tw_s)
    th = int(tw * 0.42)
    col = rng.choice(BRIGHT)
    tex = Canvas(tw, th, (252, 252, 250))
    u = tw / 100
    tex.d.rectangle([0, 0, 28 * u, th], fill=col)
    kind = rng.choice(["concert", "cinema", "train", "match"])
    if kind == "concert":
        title = rng.choice(CELEBS) + " LIVE"
    elif kind == "cinema":
        title = rng.choice(MOVIES)
    elif kind == "train":
        a, b = rng.sample(CITIES, 2)
        title = "%s \u2192 %s" % (a, b)
    else:
        a, b = rng.sample(TEAMS, 2)
        title = "%s v %s" % (a, b)
    tex.text((3 * u, 8 * u), "ADMIT ONE", F("DejaVuSans-Bold", 4 * u), (255, 255, 255), anchor="lm")
    tex.text((32 * u, 9 * u), title, fit_font("DejaVuSans-Bold", title, 36 * u, 5.5 * u), (20, 20, 20), anchor="lm")
    rows = ["%s %d %s 2025  %d:%02d" % (rng.choice(DAYS)[:3], rng.randint(1, 28), MONTHS[rng.randint(0, 11)][:3],
                                        rng.randint(1, 11), rng.choice([0, 15, 30, 45])),
            "Sec %s  Row %d  Seat %d" % (rng.choice("ABCDEFGH"), rng.randint(1, 40), rng.randint(1, 50)),
            "Price $%d.00  \u2022  Gate %d" % (rng.randint(12, 180), rng.randint(1, 12))]
    y = 18 * u
    for r in rows:
        tex.text((32 * u, y), r, fit_font("DejaVuSans", r, 36 * u, 3.6 * u), (40, 40, 40), anchor="lm")
        y += 6 * u
    if ctx.get("qr"):
        payload = brand_qr(rng, None, "ticket")
        n = qr_module_count(payload)
        mod = max(4, int(min(26 * u, th - 4 * u) / (n + 6)))
        tex.qr(tw - 3 * u - (n + 6) * mod, th / 2 - (n + 6) * mod / 2, payload, mod)
    else:
        barcode(tex, tw - 28 * u, 6 * u, 25 * u, th - 12 * u, rng)
    put(cv, tex, W / 2, H / 2, tw_s, angle=rng.uniform(-15, 15), persp=(rng.uniform(-0.06, 0.06), rng.uniform(-0.06, 0.06)),
        rng=rng, jitter=0.004)
    return cv, dict(finish=_fin(rng, blur=(0.2, 0.7), noise=(2, 4)))


def scene_bus(rng, ctx):
    def tex_fn(tw):
        th = int(tw * 0.75)
        tex = Canvas(tw, th, (255, 255, 255))
        u = tw / 100
        col = rng.choice([(0, 90, 160), (200, 30, 40), (0, 120, 70), (240, 160, 0)])
        tex.d.rectangle([0, 0, tw, 12 * u], fill=col)
        route = rng.randint(2, 199)
        tex.text((4 * u, 6 * u), "Route %d  %s" % (route, rng.choice(["City Centre", "Airport", "Hospital", "University"])),
                 F("DejaVuSans-Bold", 5 * u), (255, 255, 255), anchor="lm")
        stops = rng.sample(["Central Station", "Town Hall", "Library", "Market Square", "Hospital", "University",
                            "Sports Centre", "Harbour", "Airport", "Museum", "Park & Ride"], 6)
        y = 18 * u
        f = F("DejaVuSansCondensed", 3.2 * u)
        for st in stops:
            tex.text((3 * u, y), st, f, (20, 20, 20), anchor="lm")
            h0 = rng.randint(6, 8)
            for j in range(7):
                mm = (rng.randint(0, 10) + j * 15) % 60
                tex.text((32 * u + j * 9.5 * u, y), "%02d:%02d" % (h0 + (j * 15) // 60, mm), f, (40, 40, 40), anchor="lm")
            tex.d.line([(2 * u, y + 3 * u), (tw - 2 * u, y + 3 * u)], fill=(210, 210, 210), width=1)
            y += 7 * u
        tex.text((3 * u, th - 5 * u), "Timetable valid from 1 %s 2025" % MONTHS[rng.randint(0, 11)], F("DejaVuSans", 2.6 * u),
                 (90, 90, 90), anchor="lm")
        return tex
    cv = _sign_scene(rng, tex_fn, rng.choice([bg_street, bg_outdoor]), (0.55, 0.8), pole=True)
    return cv, dict(finish=_fin(rng, blur=(0.2, 0.8)))


def scene_worksheet(rng, ctx):
    from people import make_person
    p = make_person(rng)
    pg = Page(rng, p)
    cv = pg.cv
    title = rng.choice(["Fractions Practice", "Times Tables Challenge", "Spelling Words - Week 7", "Reading Comprehension",
                        "Addition and Subtraction", "Label the Water Cycle"])
    pg.y = pg.m
    f = pg.f(0.95)
    cv.text((pg.m, pg.y + pg.size), "Name: ____________________", f, (20, 20, 20), anchor="ls")
    cv.text((pg.W - pg.m, pg.y + pg.size), "Date: ___________", f, (20, 20, 20), anchor="rs")
    pg.y += pg.size * 3
    pg.para([(title, None)], scale=1.8, bold=True, align="center")
    for i in range(rng.randint(10, 16)):
        if pg.y > pg.H - pg.m * 1.5:
            break
        a, b = rng.randint(2, 99), rng.randint(2, 12)
        op = rng.choice(["+", "-", "\u00d7"])
        pg.para([("%d.  %d %s %d = ________" % (i + 1, a, op, b), None)], scale=1.2, gap=1.0)
    return output_doc(rng, pg, ctx)
