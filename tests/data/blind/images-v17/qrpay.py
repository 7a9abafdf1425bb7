"""QR payloads. Leaky payloads carry invented personal data; clean ones carry brand/public links."""

GEO_BASE = {"US": (44.98, -93.27), "UK": (53.41, -2.23), "IE": (51.89, -8.47), "CA": (43.70, -79.41),
            "AU": (-27.47, 153.03), "NZ": (-36.85, 174.76), "IN": (12.97, 77.59), "ZA": (-33.93, 18.42)}

LEAK_QR_TYPES = ["tel", "sms", "mailto", "geo", "mecard", "vcard", "wifi", "wa", "tg", "snap", "discord", "text"]


def leak_qr(rng, p, qtype):
    """Returns (payload, [(kind, text)])."""
    if qtype == "tel":
        e = rng.pick([p.parent_e164, p.phone_e164])
        return f"tel:{e}", [("PHONE", e)]
    if qtype == "sms":
        e = rng.pick([p.parent_e164, p.phone_e164])
        return f"sms:{e}", [("PHONE", e)]
    if qtype == "mailto":
        em = rng.pick([p.parent_email, p.email])
        return f"mailto:{em}", [("EMAIL", em)]
    if qtype == "geo":
        la, lo = GEO_BASE[p.region]
        la += rng.uni(-0.06, 0.06)
        lo += rng.uni(-0.06, 0.06)
        s = f"{la:.5f},{lo:.5f}"
        return f"geo:{s}", [("LOCATION", s)]
    if qtype == "mecard":
        n = f"{p.last},{p.first}"
        return f"MECARD:N:{n};TEL:{p.parent_e164};;", [("PERSON", n), ("PHONE", p.parent_e164)]
    if qtype == "vcard":
        fn = p.parent_full if rng.chance(0.5) else p.full
        pl = f"BEGIN:VCARD\nVERSION:3.0\nFN:{fn}\nTEL;TYPE=CELL:{p.parent_e164}\nEND:VCARD"
        return pl, [("PERSON", fn), ("PHONE", p.parent_e164)]
    if qtype == "wifi":
        ssid = f"{p.last} Family"
        pw = "".join(rng.pick("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        return f"WIFI:T:WPA;S:{ssid};P:{pw};;", [("PERSON", ssid)]
    if qtype == "wa":
        u = f"https://wa.me/{p.phone_e164[1:]}"
        return u, [("URL", u)]
    if qtype == "tg":
        h = "".join(c if c.isalnum() else "_" for c in p.handle).strip("_")
        if len(h) < 5:
            h = h + "_tg"
        u = f"https://t.me/{h}"
        return u, [("URL", u)]
    if qtype == "snap":
        h = "".join(c if (c.isalnum() or c in "._-") else "" for c in p.handle).lower()
        u = f"https://www.snapchat.com/add/{h}"
        return u, [("URL", u)]
    if qtype == "discord":
        uid = "".join(str(rng.ri(0, 9)) for _ in range(18)).lstrip("0") or "1"
        u = f"https://discord.com/users/{uid}"
        return u, [("URL", u)]
    # plain text
    name = p.full
    ph = p.parent_phone
    return f"This belongs to {name}. If found please call {ph}", [("PERSON", name), ("PHONE", ph)]


BRANDS = ["crunchoats", "sunnyvalejuice", "pixelpop", "frostbite-icecream", "zestyfoods", "bluepeakwater",
          "happyhenfarm", "orbitsnacks", "maplecrisp", "wavecola"]


def clean_qr(rng, kind, brand=None):
    b = brand or rng.pick(BRANDS)
    if kind == "brand":
        return rng.pick([f"https://www.{b}.com/win", f"https://{b}.com/recipes", f"https://www.{b}.com/nutrition",
                         f"https://{b}.com/p/{rng.ri(1000, 9999)}"])
    if kind == "ticket":
        return f"TKT-{rng.ri(100000, 999999)}-{rng.pick('ABCDEFGH')}{rng.ri(10, 99)}-GATE{rng.ri(1, 9)}"
    if kind == "trailer":
        return f"https://www.{b}.com/trailer"
    if kind == "museum":
        return f"https://www.{b}.org/audio/{rng.ri(10, 99)}"
    return f"https://www.{b}.com"
