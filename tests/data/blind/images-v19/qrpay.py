"""QR payload builders. Each returns (payload, [(KIND, text-part-of-payload), ...])."""


def _latin(s):
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def leaky_payload(g, kind, first=None, last=None, handle=None):
    r = g.r
    first = first or g.first()
    last = last or g.last()
    if kind == "tel":
        p = g.phone(intl=True).replace(" ", "")
        return "tel:" + p, [("PHONE", p)]
    if kind == "sms":
        p = g.phone(intl=True).replace(" ", "")
        return "sms:" + p, [("PHONE", p)]
    if kind == "mailto":
        e = g.email(_latin(first), _latin(last))
        return "mailto:" + e, [("EMAIL", e)]
    if kind == "geo":
        lat = {"US": 44.9, "UK": 53.8, "IE": 53.3, "CA": 45.3, "AU": -33.8, "NZ": -41.2, "IN": 12.9, "ZA": -33.9}[g.region]
        lon = {"US": -93.4, "UK": -1.58, "IE": -6.25, "CA": -75.9, "AU": 151.0, "NZ": 174.7, "IN": 77.6, "ZA": 18.5}[g.region]
        t = "%.5f,%.5f" % (lat + r.uniform(-0.05, 0.05), lon + r.uniform(-0.05, 0.05))
        return "geo:" + t, [("LOCATION", t)]
    if kind == "mecard":
        n = f"{_latin(last)},{_latin(first)}"
        p = g.phone(intl=True).replace(" ", "")
        return f"MECARD:N:{n};TEL:{p};;", [("PERSON", n), ("PHONE", p)]
    if kind == "vcard":
        fn = f"{_latin(first)} {_latin(last)}"
        p = g.phone(intl=True).replace(" ", "")
        st = _latin(g.street_line())
        t, _ = g.town()
        pay = ("BEGIN:VCARD\nVERSION:3.0\nN:%s;%s\nFN:%s\nTEL;TYPE=CELL:%s\nADR;TYPE=HOME:;;%s;%s;;;%s\nEND:VCARD"
               % (_latin(last), _latin(first), fn, p, st, _latin(t), g.region))
        return pay, [("PERSON", fn), ("PHONE", p), ("ADDRESS", st)]
    if kind == "wifi":
        fam = _latin(last).replace(" ", "").replace("'", "")
        ssid = f"{fam}_Home"
        pw = r.choice(["sunflower", "puppylove", "rainbow", "football"]) + str(r.randrange(2010, 2019))
        return f"WIFI:T:WPA;S:{ssid};P:{pw};;", [("PERSON", fam)]
    if kind == "wa":
        p = g.phone_digits()
        return "https://wa.me/" + p, [("PHONE", p)]
    if kind == "tg":
        h = (handle or g.handle(first)).replace(".", "_")
        return "https://t.me/" + h, [("HANDLE", h)]
    if kind == "snap":
        h = (handle or g.handle(first)).replace("_", ".")
        return "https://www.snapchat.com/add/" + h, [("HANDLE", h)]
    if kind == "discord":
        code = "".join(r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        u = "https://discord.gg/" + code
        return u, [("URL", u)]
    if kind == "text":
        n = f"{_latin(first)} {_latin(last)}"
        p = g.phone()
        return f"If found please return to {n}. Call {p}", [("PERSON", n), ("PHONE", p)]
    raise ValueError(kind)


def clean_payload(r, kind, brand="brand"):
    slug = "".join(ch for ch in brand.lower() if ch.isalnum())
    if kind == "brand":
        return f"https://www.{slug}.example.com/scan?src=pack{r.randrange(100, 999)}"
    if kind == "menu":
        return f"https://{slug}.example.com/menu"
    if kind == "cafewifi":
        return f"WIFI:T:WPA;S:{brand.replace(' ', '')}_Guest;P:welcome{r.randrange(10, 99)};;"
    if kind == "ticket":
        return "TKT-%d-%06d-ADMIT1" % (r.randrange(2024, 2027), r.randrange(10**5, 10**6))
    if kind == "museum":
        return f"https://www.{slug}.example.org/audio-guide/{r.randrange(1, 60)}"
    if kind == "bus":
        return f"https://transit.example.gov/routes/{r.randrange(1, 400)}/live"
    raise ValueError(kind)
