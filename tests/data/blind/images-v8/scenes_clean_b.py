"""Clean photos: chain shop signs, famous street signs, film posters with actors, book/game covers,
motivational posters, product barcodes, public event banners, a nameless birthday cake."""
import textures
from common import Out, Scene, finish, pick, photo_fmt, make_layer, PHOTO_SIZES, SIGN, HAND

CHAINS = [("TESCO", (0, 83, 159)), ("STARBUCKS", (0, 112, 74)), ("IKEA", (0, 81, 186)), ("LIDL", (0, 80, 170)),
          ("WOOLWORTHS", (18, 150, 60)), ("BOOTS", (5, 30, 110)), ("PRIMARK", (0, 150, 200)), ("SUBWAY", (0, 130, 60))]
STREETS = [("OXFORD STREET", "W1"), ("TIMES SQUARE", ""), ("ABBEY ROAD", "NW8"), ("GRAFTON STREET", "D2"),
           ("CHAMPS-ÉLYSÉES", "8e Arr."), ("GEORGE STREET", "Sydney CBD"), ("QUEEN STREET", "Auckland Central"),
           ("BROADWAY", "")]
ACTORS = [("TOM HANKS", "MERYL STREEP"), ("ZENDAYA", "TOM HOLLAND"), ("MARGOT ROBBIE", "RYAN GOSLING"),
          ("DWAYNE JOHNSON", "EMILY BLUNT"), ("CATE BLANCHETT", "DEV PATEL")]
SLOGANS = [["DREAM BIG", "WORK HARD"], ["BE KIND", "ALWAYS"], ["NEVER", "GIVE UP"], ["READ", "EVERY DAY"],
           ["MISTAKES HELP", "US GROW"]]
BOOKS = [("The Hobbit", "J.R.R. Tolkien"), ("Matilda", "Roald Dahl"), ("Charlotte's Web", "E.B. White"),
         ("Treasure Island", "Robert Louis Stevenson"), ("Little Women", "Louisa May Alcott")]
EVENTS = [("CITY MARATHON 2026", "Sunday 19 April · Road closures 7am-3pm"), ("SUMMER FOOD FESTIVAL", "Free entry · All welcome"),
          ("NEW YEAR'S EVE FIREWORKS", "Harbour foreshore · 9pm & midnight"), ("BOOK WEEK", "Celebrate reading together")]


def _out(rng, sc, scene, angle=6, zoom=1.12):
    finish(sc, rng, angle=rng.uniform(-angle, angle), zoom=zoom, blur=rng.choice([0, 0.8, 1.5]), noise=rng.choice([5, 9, 13]),
           contrast=rng.choice([1.0, 0.85, 0.7]))
    f, q = photo_fmt(rng)
    return Out(sc, f, q, scene, clean=True)


def _ph(rng, lay, scene, bg, frac=0.8, angle=10):
    W, H = pick(rng, PHOTO_SIZES)
    ph = textures.photo_with(rng, lay, W, H, bg, frac=frac, max_angle=angle, shear=rng.uniform(-0.1, 0.1))
    finish(ph, rng, blur=rng.choice([0, 0.8, 1.5]), noise=rng.choice([5, 9, 13]), contrast=rng.choice([1.0, 0.85]))
    f, q = photo_fmt(rng)
    return Out(ph, f, q, scene, clean=True)


def shop_sign(rng):
    name, col = pick(rng, CHAINS)
    w, h = 2400, 700
    lay = make_layer(w, h, col + (255,))
    f = pick(rng, SIGN)
    sz = 380
    while lay.tw(name, f, sz) > w * 0.85:
        sz *= 0.92
    lay.text(w / 2, h / 2, name, f, sz, (255, 255, 255), anchor="mm")
    return _ph(rng, lay, "shop_sign", pick(rng, [textures.brick, textures.sky_and_ground, textures.concrete]), frac=0.85)


def street_sign(rng):
    st, dist = pick(rng, STREETS)
    w, h = 2000, 620
    lay = make_layer(w, h, (255, 255, 255, 255))
    lay.d.rectangle([15, 15, w - 15, h - 15], outline=(200, 20, 20) if rng.random() < 0.5 else (20, 20, 20), width=20)
    sz = 200
    while lay.tw(st, "libn", sz) > w * 0.85:
        sz *= 0.92
    lay.text(w / 2, 90, st, "libn", sz, (20, 20, 20), anchor="ma")
    if dist:
        lay.text(w / 2, 420, dist, "libn", 110, (200, 20, 20), anchor="ma")
    return _ph(rng, lay, "street_sign", textures.sky_and_ground, frac=0.7)


def film_poster(rng):
    a1, a2 = pick(rng, ACTORS)
    w, h = 1350, 2000
    lay = make_layer(w, h)
    lay.img.paste(textures.gradient(rng, w, h, tuple(rng.randint(0, 60) for _ in range(3)),
                                    tuple(rng.randint(60, 200) for _ in range(3))), (0, 0))
    lay.img.putalpha(255)
    lay.text(w / 2, 100, f"{a1}   {a2}", "sansb", 56, (255, 255, 255), anchor="ma")
    lay.text(w / 2, 1300, pick(rng, ["THE LAST VOYAGE", "MIDNIGHT RUN", "STARFALL", "THE SILVER KEY"]), "libn", 170,
             (255, 230, 160), anchor="ma")
    lay.text(w / 2, 1560, "IN CINEMAS DECEMBER 18", "sansb", 70, (255, 255, 255), anchor="ma")
    lay.text(w / 2, 1880, "PG  ·  A STUDIO PICTURE  ·  www.imdb.com", "sans", 34, (200, 200, 200), anchor="ma")
    return _ph(rng, lay, "film_poster", pick(rng, [textures.brick, textures.concrete]), frac=0.85, angle=6)


def cover(rng):
    game = rng.random() < 0.4
    w, h = (1200, 1500) if game else (1200, 1800)
    lay = make_layer(w, h)
    lay.img.paste(textures.mottled(rng, w, h, tuple(rng.randint(40, 200) for _ in range(3)), 30, 120), (0, 0))
    lay.img.putalpha(255)
    if game:
        t = pick(rng, ["MINECRAFT", "MARIO KART 8", "ROCKET LEAGUE", "FIFA 26", "ANIMAL CROSSING"])
        lay.d.rectangle([0, 0, w, 150], fill=(220, 0, 20))
        lay.text(w / 2, 75, "NINTENDO SWITCH", "sansb", 60, (255, 255, 255), anchor="mm")
        lay.text(w / 2, 500, t, "libn", 140, (255, 255, 255), anchor="ma", stroke=6, sfill=(0, 0, 0))
        lay.text(w - 60, h - 60, "PEGI 7", "sansb", 60, (255, 255, 255), anchor="rd")
    else:
        t, a = pick(rng, BOOKS)
        lay.text(w / 2, 300, t, "serifb", 110, (255, 255, 255), anchor="ma", stroke=4, sfill=(0, 0, 0))
        lay.text(w / 2, h - 250, a, "serifi", 80, (255, 255, 255), anchor="ma")
        lay.text(w / 2, h - 120, "PUFFIN CLASSICS", "sans", 44, (255, 255, 255), anchor="ma")
    return _ph(rng, lay, "game_cover" if game else "book_cover", textures.table, frac=0.7, angle=14)


def motivational(rng):
    l1, l2 = pick(rng, SLOGANS)
    w, h = 1240, 1754
    col = pick(rng, [(250, 200, 60), (60, 160, 220), (230, 90, 120), (80, 190, 130)])
    lay = make_layer(w, h, col + (255,))
    f = pick(rng, SIGN)
    sz = 260
    while max(lay.tw(l1, f, sz), lay.tw(l2, f, sz)) > w * 0.85:
        sz *= 0.92
    lay.text(w / 2, h * 0.3, l1, f, sz, (255, 255, 255), anchor="ma")
    lay.text(w / 2, h * 0.3 + sz * 1.3, l2, f, sz, (30, 30, 30), anchor="ma")
    lay.text(w / 2, h * 0.85, "You can do anything!", pick(rng, HAND), 80, (30, 30, 30), anchor="ma")
    return _ph(rng, lay, "motivational_poster", pick(rng, [textures.brick, textures.concrete, textures.wood]), frac=0.8)


def barcode(rng):
    w, h = 1200, 1600
    col = pick(rng, [(250, 240, 220), (255, 255, 255), (230, 240, 250)])
    lay = make_layer(w, h, col + (255,))
    prod = pick(rng, [("CORNFLAKES", "500 g"), ("ORANGE JUICE", "1 L"), ("WHOLEGRAIN PASTA", "500 g"), ("OAT BISCUITS", "300 g")])
    lay.text(w / 2, 120, prod[0], "sansb", 100, (40, 40, 40), anchor="ma")
    lay.text(w / 2, 280, prod[1] + "  ·  Best before: see lid", "sans", 50, (60, 60, 60), anchor="ma")
    lay.text(100, 450, "Nutrition per 100 g: Energy 1550 kJ, Fat 2.1 g, Sugars 8 g, Salt 0.6 g", "sans", 34, (40, 40, 40))
    lay.text(100, 520, "Customer care: www.example-foods.com", "sans", 34, (40, 40, 40))
    digits = "50" + "".join(str(rng.randint(0, 9)) for _ in range(10))
    chk = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    lay.d.rectangle([280, 800, 920, 1300], fill=(255, 255, 255))
    lay.ean(digits + str(chk), 320, 850, 6, 330)
    return _ph(rng, lay, "product_barcode", textures.table, frac=0.8, angle=12)


def event_banner(rng):
    t, sub = pick(rng, EVENTS)
    W, H = pick(rng, [(4032, 3024), (4000, 3000), (3000, 2000)])
    sc = Scene(W, H, img=textures.sky_and_ground(rng, W, H, 0.6))
    col = pick(rng, [(200, 30, 60), (20, 70, 160), (240, 140, 20)])
    bx0, by0, bx1, by1 = W * 0.1, H * 0.25, W * 0.9, H * 0.6
    sc.d.rectangle([bx0, by0, bx1, by1], fill=col)
    sz = H * 0.1
    while sc.tw(t, "libn", sz) > (bx1 - bx0) * 0.9:
        sz *= 0.92
    sc.text(W / 2, by0 + (by1 - by0) * 0.3, t, "libn", sz, (255, 255, 255), anchor="mm")
    sc.text(W / 2, by0 + (by1 - by0) * 0.72, sub, "sans", sz * 0.4, (255, 255, 255), anchor="mm")
    return _out(rng, sc, "public_event_banner")


def generic_cake(rng):
    W, H = pick(rng, [(4032, 3024), (3000, 2000)])
    sc = Scene(W, H, img=textures.table(rng, W, H))
    cx, cy, r = W / 2, H * 0.55, min(W, H) * 0.36
    sc.d.ellipse([cx - r * 1.15, cy - r * 0.7, cx + r * 1.15, cy + r * 0.9], fill=(245, 245, 245))
    sc.d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], fill=(255, 230, 240))
    sc.text(cx, cy - r * 0.2, "Happy Birthday!", pick(rng, HAND), r * 0.2, (200, 30, 90), anchor="mm")
    sc.text(cx, cy + r * 0.15, pick(rng, ["Have a sweet day", "Make a wish", "Hip hip hooray"]), pick(rng, HAND), r * 0.12,
            (200, 30, 90), anchor="mm")
    return _out(rng, sc, "birthday_cake_generic", angle=8, zoom=1.18)


SCENES = [shop_sign, street_sign, film_poster, cover, motivational, barcode, event_banner, generic_cake]


def render(i, rng):
    return SCENES[i % len(SCENES)](rng)
