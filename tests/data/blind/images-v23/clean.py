"""Clean photo scenes: public text only (pro sport, celebrities, brands, public signs)."""
from PIL import ImageDraw

from common import hsv, rand_color
from core import HAND, HAND_B, SANS, SANS_B, SERIF, SERIF_B, Surface, font
from photos import fit, photo_canvas, put
from screens import CLUBS

CELEBS = ["Taylor Swift", "Ed Sheeran", "Billie Eilish", "Harry Styles", "Dua Lipa", "Lionel Messi", "Serena Williams",
          "Zendaya", "Tom Holland", "Olivia Rodrigo", "Virat Kohli", "Cristiano Ronaldo", "Simone Biles", "Shah Rukh Khan",
          "Lewis Hamilton", "Beyonce", "Bad Bunny", "Ariana Grande"]
AUTHORS = ["Roald Dahl", "J.K. Rowling", "Jacqueline Wilson", "Enid Blyton", "Dr. Seuss", "Jeff Kinney", "David Walliams",
           "Julia Donaldson", "Rick Riordan", "Beatrix Potter", "C.S. Lewis", "Judy Blume"]
BRANDS = [("Crunchos", "crunchos.com/win"), ("SunnyOats", "sunnyoats.co.uk/recipes"), ("FizzPop", "fizzpop.com/scan"),
          ("Kiwi Krisp", "kiwikrisp.co.nz"), ("MegaMunch", "megamunch.com/game"), ("Maple Bites", "maplebites.ca/promo"),
          ("Choco Crunch", "chococrunch.com/app"), ("Veggie Stars", "veggiestars.com.au/fun")]
MOVIES = ["GALAXY RUNNERS", "THE LAST DRAGON KEEPER", "OCEAN QUEST", "ROBOT SUMMER", "MIDNIGHT MUSEUM", "STORM CHASERS"]


def scoreboard(ctx):
    c = photo_canvas(ctx, "sky", res=ctx.pick([(4000, 3000), (3000, 2000), (4032, 3024)]))
    W, H = c.w, c.h
    d = ImageDraw.Draw(c.img)
    d.rectangle([0, H * 0.6, W, H], fill=(60, 60, 70))
    for i in range(400):
        x, y = ctx.uni(0, W), ctx.uni(H * 0.62, H)
        d.ellipse([x - 12, y - 12, x + 12, y + 12], fill=rand_color(ctx))
    sw, sh = int(W * 0.7), int(H * 0.35)
    s = Surface(sw, sh, (15, 15, 18))
    a, b = ctx.rng.sample(CLUBS, 2)
    f = font(ctx.pick(SANS_B), sh * 0.14)
    amber = (255, 190, 40)
    s.text(sw * 0.05, sh * 0.3, a.upper(), fit("dvb", a.upper(), sw * 0.6, sh * 0.14, 20), amber)
    s.text(sw * 0.05, sh * 0.55, b.upper(), fit("dvb", b.upper(), sw * 0.6, sh * 0.14, 20), amber)
    s.text(sw * 0.9, sh * 0.3, str(ctx.ri(0, 5)), f, (255, 255, 255), anchor="rs")
    s.text(sw * 0.9, sh * 0.55, str(ctx.ri(0, 5)), f, (255, 255, 255), anchor="rs")
    s.text(sw * 0.5, sh * 0.85, f"{ctx.ri(1, 90)}:{ctx.ri(0, 59):02d}  2ND HALF", font("dvmb", sh * 0.1), (255, 80, 60),
           anchor="ms")
    put(c, ctx, s, (W * 0.05, H * 0.02, W * 0.95, H * 0.58), rot=(-3, 3), tilt=0.12, shadow=0.0)
    return c


def poster(ctx, kind, with_qr=False):
    c = photo_canvas(ctx, ctx.pick(["wall", "brick", "wood"]), res=ctx.pick([(3000, 4000), (3024, 4032), (2448, 3264)]))
    W, H = c.w, c.h
    sw = int(W * 0.8)
    sh = int(min(sw * 1.45, H * 0.92))
    col = rand_color(ctx, v=(0.15, 0.45))
    s = Surface(sw, sh, col)
    for i in range(0, sh, 8):
        s.d.line([0, i, sw, i], fill=hsv(ctx.rng.random() * 0.02 + 0.6, 0.5, 0.2 + 0.3 * i / sh), width=8) if kind == "movie" \
            else None
    # placeholder artwork (no faces)
    s.d.rectangle([sw * 0.1, sh * 0.2, sw * 0.9, sh * 0.62], fill=hsv(ctx.rng.random(), 0.3, 0.6))
    s.d.polygon([(sw * 0.1, sh * 0.62), (sw * 0.5, sh * 0.3), (sw * 0.9, sh * 0.62)], fill=hsv(ctx.rng.random(), 0.5, 0.4))
    fg = (255, 255, 255)
    fb = ctx.pick(SANS_B + SERIF_B)
    if kind == "celeb":
        name = ctx.pick(CELEBS)
        s.text(sw / 2, sh * 0.13, name.upper(), fit(fb, name.upper(), sw * 0.9, sh * 0.08, 30), fg, anchor="ms")
        tour = ctx.pick(["LIVE IN CONCERT", "THE WORLD TOUR", "OFFICIAL 2025 CALENDAR", "SIGNED EDITION"])
        s.text(sw / 2, sh * 0.72, tour, fit(fb, tour, sw * 0.9, sh * 0.06, 24), (255, 220, 120), anchor="ms")
        s.text(sw / 2, sh * 0.8, ctx.pick(["Wembley Stadium - 21 June", "Madison Square Garden", "Sydney Olympic Park",
                                            "Aviva Stadium, Dublin"]), font(ctx.pick(SANS), sh * 0.035), fg, anchor="ms")
    elif kind == "movie":
        title = ctx.pick(MOVIES)
        s.text(sw / 2, sh * 0.72, title, fit(fb, title, sw * 0.9, sh * 0.08, 30), fg, anchor="ms")
        stars = ctx.rng.sample(CELEBS, 2)
        s.text(sw / 2, sh * 0.12, "  ".join(x.upper() for x in stars), fit("dvb", "  ".join(stars).upper(), sw * 0.9, sh * 0.04, 24),
               fg, anchor="ms")
        s.text(sw / 2, sh * 0.8, "IN CINEMAS " + ctx.pick(["JULY 18", "THIS CHRISTMAS", "NOW", "SUMMER 2025"]),
               font(ctx.pick(SANS_B), sh * 0.035), (255, 230, 150), anchor="ms")
    else:  # book
        s.img.paste(rand_color(ctx, v=(0.5, 0.9)), [0, 0, sw, sh])
        s.d.rectangle([sw * 0.1, sh * 0.25, sw * 0.9, sh * 0.65], fill=hsv(ctx.rng.random(), 0.4, 0.7))
        title = ctx.pick(["The Midnight Explorers", "Diary of a Space Cat", "The Secret Garden", "Matilda", "Charlotte's Web",
                          "The Twits", "Wonder", "Holes"])
        author = ctx.pick(AUTHORS)
        s.text(sw / 2, sh * 0.15, title, fit(fb, title, sw * 0.9, sh * 0.08, 30), (20, 20, 30), anchor="ms")
        s.text(sw / 2, sh * 0.8, author.upper(), fit(ctx.pick(SANS_B), author.upper(), sw * 0.85, sh * 0.06, 26), (20, 20, 30),
               anchor="ms")
        s.text(sw / 2, sh * 0.9, "\"A laugh-out-loud adventure\" - The Times", font(ctx.pick(SERIF), sh * 0.025), (40, 40, 50),
               anchor="ms")
    if with_qr:
        payload = ctx.pick(["https://www.galaxyrunnersmovie.com", "https://trailers.example-studios.com/ocean-quest",
                            "https://www.odeon.co.uk/films"])
        mod = max(6, int(sh * 0.006))
        qs = Surface.qr_size(payload, mod)
        s.qr(sw * 0.95 - qs, sh * 0.98 - qs, payload, mod)
    put(c, ctx, s, (W * 0.03, H * 0.03, W * 0.97, H * 0.97), rot=(-5, 5), tilt=0.1, fill=(0.88, 0.96))
    return c


def packaging(ctx, with_qr=True):
    c = photo_canvas(ctx, ctx.pick(["table", "wood"]), res=ctx.pick([(3000, 4000), (3024, 4032), (4000, 3000)]))
    W, H = c.w, c.h
    sw = int(min(W, H) * 0.75)
    sh = int(sw * 1.3)
    if sh > H * 0.95:
        sh = int(H * 0.9)
    brand, url = ctx.pick(BRANDS)
    s = Surface(sw, sh, rand_color(ctx, s=(0.6, 0.9), v=(0.6, 0.95)))
    s.d.ellipse([sw * 0.1, sh * 0.35, sw * 0.9, sh * 0.75], fill=hsv(ctx.rng.random(), 0.5, 0.9))
    fb = ctx.pick(SANS_B)
    s.text(sw / 2, sh * 0.18, brand.upper(), fit(fb, brand.upper(), sw * 0.9, sh * 0.1, 30), (255, 255, 255), anchor="ms")
    s.text(sw / 2, sh * 0.27, ctx.pick(["Whole grain breakfast cereal", "Fruity fizzy drink", "Crunchy snack bites",
                                         "Now with 30% less sugar"]), font(ctx.pick(SANS), sh * 0.03), (255, 255, 255),
           anchor="ms")
    s.text(sw * 0.05, sh * 0.84, "375g", font(fb, sh * 0.05), (255, 255, 255))
    s.text(sw * 0.05, sh * 0.92, "Scan for games & recipes", font(ctx.pick(SANS), sh * 0.028), (255, 255, 255))
    if with_qr:
        payload = "https://" + url
        mod = max(6, int(sh * 0.007))
        qs = Surface.qr_size(payload, mod)
        s.qr(sw * 0.96 - qs, sh * 0.97 - qs, payload, mod)
    put(c, ctx, s, (W * 0.03, H * 0.03, W * 0.97, H * 0.97), rot=(-6, 6), tilt=0.1, fill=(0.88, 0.96))
    return c


def board_sign(ctx, kind, with_qr=False):
    """menu / recipe / road / shop / museum signs."""
    land = kind in ("road", "shop")
    c = photo_canvas(ctx, {"menu": "wall", "recipe": "table", "road": "sky", "shop": "brick", "museum": "wall"}[kind],
                     res=ctx.pick([(4000, 3000), (3264, 2448)] if land else [(3000, 4000), (3024, 4032), (4000, 3000)]))
    W, H = c.w, c.h
    if kind == "road":
        d = ImageDraw.Draw(c.img)
        d.rectangle([0, H * 0.7, W, H], fill=(80, 80, 85))
        sw, sh = int(W * 0.7), int(H * 0.4)
        s = Surface(sw, sh, ctx.pick([(0, 90, 50), (20, 60, 160), (250, 250, 250)]))
        fg = (255, 255, 255) if s.img.getpixel((1, 1))[0] < 200 else (20, 20, 20)
        s.d.rectangle([10, 10, sw - 10, sh - 10], outline=fg, width=8)
        for i, (dest, dist) in enumerate(ctx.rng.sample([("City Centre", 3), ("Airport", 12), ("M50", 1), ("Harbour Bridge", 5),
                                                         ("Hospital", 2), ("Ring Road", 1), ("Railway Station", 1)], 3)):
            y = sh * (0.3 + 0.27 * i)
            s.text(sw * 0.08, y, dest, font(ctx.pick(SANS_B), sh * 0.13), fg)
            s.text(sw * 0.92, y, f"{dist} km" if ctx.chance(0.5) else f"{dist}", font(ctx.pick(SANS_B), sh * 0.13), fg,
                   anchor="rs")
        put(c, ctx, s, (W * 0.05, H * 0.03, W * 0.95, H * 0.68), rot=(-3, 3), tilt=0.15, shadow=0.0)
        return c
    if kind == "shop":
        sw, sh = int(W * 0.85), int(H * 0.25)
        s = Surface(sw, sh, rand_color(ctx, v=(0.2, 0.6)))
        name = ctx.pick(["CORNER MART", "GREENGROCER & DELI", "PIZZA EXPRESS", "BOOTS PHARMACY", "TESCO EXPRESS",
                         "SUPERVALU", "WOOLWORTHS", "7-ELEVEN", "CHAI POINT"])
        s.text(sw / 2, sh * 0.62, name, fit(ctx.pick(SANS_B + SERIF_B), name, sw * 0.9, sh * 0.42, 30), (255, 255, 255),
               anchor="ms")
        s.text(sw / 2, sh * 0.88, "OPEN 7 DAYS  7AM - 11PM", font(ctx.pick(SANS), sh * 0.09), (255, 240, 200), anchor="ms")
        put(c, ctx, s, (W * 0.03, H * 0.05, W * 0.97, H * 0.5), rot=(-2, 2), tilt=0.18, shadow=0.0)
        return c
    sw = int(W * 0.8)
    sh = int(min(sw * 1.3, H * 0.9))
    bgc = {"menu": (25, 30, 28), "recipe": (255, 252, 240), "museum": (235, 232, 225)}[kind]
    fg = (240, 240, 235) if kind == "menu" else (30, 30, 35)
    s = Surface(sw, sh, bgc)
    hand = kind == "menu" and ctx.chance(0.6)
    fk = ctx.pick(HAND) if hand else ctx.pick(SANS + SERIF)
    fb = ctx.pick(HAND_B) if hand else ctx.pick(SANS_B + SERIF_B)
    if kind == "menu":
        title, items = ctx.pick(["TODAY'S MENU", "CAFE MENU", "KIDS MENU"]), [
            f"{x}  ..  {ctx.ri(3, 14)}.{ctx.pick(['00', '50', '95'])}" for x in
            ctx.rng.sample(["Pancakes", "Fish & chips", "Veggie burger", "Mac & cheese", "Soup of the day", "Chicken wrap",
                            "Fruit salad", "Hot chocolate", "Smoothie", "Toastie"], 7)]
    elif kind == "recipe":
        title = ctx.pick(["Banana Bread", "Easy Pancakes", "Chocolate Chip Cookies", "Vegetable Soup"])
        items = ["Ingredients:", "2 ripe bananas", "250g flour", "2 eggs", "100g sugar", "1 tsp baking powder",
                 "Method: mix, pour into tin,", "bake 45 min at 180C"]
    else:
        title = ctx.pick(["DINOSAUR GALLERY", "ANCIENT EGYPT", "SPACE EXPLORATION", "OCEAN LIFE"])
        items = ["Tyrannosaurus rex lived about", "68-66 million years ago in what", "is now western North America.",
                 "Please do not touch the exhibits.", "Gallery open 10:00 - 17:00", "Audio guide: stop 14"]
    s.text(sw / 2, sh * 0.12, title, fit(fb, title, sw * 0.9, sh * 0.07, 30), fg, anchor="ms", hand=0.4 if hand else 0,
           rng=ctx.rng)
    y = sh * 0.24
    f = fit(fk, max(items, key=len), sw * 0.86, sh * 0.045, 28)
    for it in items:
        s.text(sw * 0.07, y, it, f, fg, hand=0.4 if hand else 0, rng=ctx.rng)
        y += f.size * 1.6
    if with_qr:
        payload = "https://www.nhm.ac.uk/visit/galleries"
        mod = max(6, int(sh * 0.006))
        qs = Surface.qr_size(payload, mod)
        if y > sh * 0.97 - qs:
            from core import LayoutError
            raise LayoutError("museum qr")
        s.qr(sw * 0.95 - qs, sh * 0.97 - qs, payload, mod)
    put(c, ctx, s, (W * 0.03, H * 0.03, W * 0.97, H * 0.97), rot=(-5, 5), tilt=0.12, fill=(0.88, 0.96))
    return c
