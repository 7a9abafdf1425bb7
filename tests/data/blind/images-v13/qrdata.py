"""QR payloads: personal ones (leaks) and brand/public ones (clean)."""
from people import ascii_fold, slug

TOWN_GEO = {
    "Springfield": (39.80, -89.64), "Madison": (43.07, -89.40), "Boise": (43.62, -116.20),
    "Tucson": (32.22, -110.97), "Dayton": (39.76, -84.19), "Raleigh": (35.78, -78.64),
    "Eugene": (44.05, -123.09), "Albany": (42.65, -73.76), "Fresno": (36.74, -119.79), "Plano": (33.02, -96.70),
    "Leeds": (53.82, -1.58), "Bristol": (51.48, -2.59), "Norwich": (52.62, 1.27), "Cardiff": (51.49, -3.22),
    "York": (53.94, -1.07), "Derby": (52.89, -1.53), "Exeter": (50.72, -3.50), "Sheffield": (53.38, -1.50),
    "Reading": (51.47, -0.97), "Glasgow": (55.88, -4.31),
    "Dublin 6": (53.32, -6.26), "Dublin 9": (53.37, -6.25), "Cork": (51.88, -8.44), "Galway": (53.26, -9.08),
    "Athlone": (53.42, -7.94), "Kilkenny": (52.65, -7.25), "Limerick": (52.67, -8.55), "Sligo": (54.27, -8.47),
    "Dundalk": (54.00, -6.40), "Ennis": (52.84, -8.98),
    "Ottawa": (45.40, -75.69), "Halifax": (44.64, -63.58), "Calgary": (51.06, -114.09),
    "Winnipeg": (49.87, -97.15), "Victoria": (48.42, -123.35), "Saskatoon": (52.13, -106.63),
    "Hamilton": (-37.79, 175.31), "Moncton": (46.09, -64.78), "Kelowna": (49.89, -119.49),
    "Guelph": (43.55, -80.25),
    "Ballarat": (-37.55, 143.83), "Toowoomba": (-27.56, 151.95), "Parramatta": (-33.80, 151.00),
    "Fremantle": (-32.05, 115.75), "Glenelg": (-34.98, 138.51), "Launceston": (-41.43, 147.15),
    "Geelong": (-38.17, 144.37), "Wagga Wagga": (-35.11, 147.37), "Bendigo": (-36.79, 144.25),
    "Cairns": (-16.93, 145.76),
    "Tauranga": (-37.64, 176.18), "Dunedin": (-45.87, 170.48), "Nelson": (-41.30, 173.23),
    "Christchurch": (-43.53, 172.60), "Wellington": (-41.28, 174.77), "Auckland": (-36.85, 174.75),
    "Palmerston North": (-40.38, 175.61), "Whangārei": (-35.72, 174.32), "Havelock North": (-39.67, 176.88),
    "Bengaluru": (12.93, 77.62), "Pune": (18.51, 73.81), "Chennai": (13.09, 80.21), "Kochi": (10.01, 76.34),
    "Jaipur": (26.85, 75.81), "Lucknow": (26.85, 81.00), "Hyderabad": (17.45, 78.39), "Kolkata": (22.58, 88.42),
    "Ahmedabad": (23.03, 72.53), "Chandigarh": (30.75, 76.77),
    "Durban": (-29.85, 31.00), "Pretoria": (-25.77, 28.23), "Cape Town": (-33.96, 18.47),
    "Bloemfontein": (-29.10, 26.20), "Gqeberha": (-33.99, 25.58), "Polokwane": (-23.88, 29.47),
    "Johannesburg": (-26.14, 28.04), "Stellenbosch": (-33.94, 18.87), "East London": (-32.99, 27.88),
    "Pietermaritzburg": (-29.58, 30.33),
}

PERSONAL_TYPES = ["tel", "tel", "tel", "tel", "sms", "sms", "sms", "mailto", "mailto", "mailto", "geo", "geo",
                  "geo", "mecard", "mecard", "mecard", "vcard", "vcard", "vcard", "wifi", "wifi", "wa", "wa",
                  "wa", "tme", "tme", "snap", "snap", "discord", "text"]


def compact(num):
    return "".join(c for c in num if c.isdigit() or c == "+")


def personal_qr(rng, p, qtype):
    """Return (payload, [(kind, text), ...])."""
    intl = compact(p.mobile_intl)
    if qtype == "tel":
        num = intl if rng.chance(0.6) else compact(p.parent_mobile)
        return "tel:" + num, [("PHONE", num)]
    if qtype == "sms":
        num = intl
        if rng.chance(0.5):
            return "SMSTO:%s:Hi, I found %s" % (num, rng.choice(["your bag", "your bottle", "your pet",
                                                                "your card"])), [("PHONE", num)]
        return "sms:" + num, [("PHONE", num)]
    if qtype == "mailto":
        e = p.email if rng.chance(0.6) else p.parent_email
        if rng.chance(0.4):
            return "mailto:%s?subject=RSVP" % e, [("EMAIL", e)]
        return "mailto:" + e, [("EMAIL", e)]
    if qtype == "geo":
        lat, lon = TOWN_GEO.get(p.town, (0.0, 0.0))
        lat += rng.uniform(-0.02, 0.02)
        lon += rng.uniform(-0.02, 0.02)
        c = "%.5f,%.5f" % (lat, lon)
        return "geo:" + c, [("LOCATION", c)]
    if qtype == "mecard":
        n = "%s,%s" % (ascii_fold(p.last), ascii_fold(p.first))
        payload = "MECARD:N:%s;TEL:%s;" % (n, intl)
        leaks = [("PERSON", n), ("PHONE", intl)]
        if rng.chance(0.5):
            payload += "EMAIL:%s;" % p.email
            leaks.append(("EMAIL", p.email))
        payload += ";"
        return payload, leaks
    if qtype == "vcard":
        fn = ascii_fold(p.full)
        adr = ascii_fold(p.addr["street"]) + ";" + ascii_fold(p.town) + ";;" + p.addr["postcode"]
        payload = "BEGIN:VCARD\nVERSION:3.0\nN:%s;%s;;;\nFN:%s\nTEL;TYPE=CELL:%s\nADR;TYPE=HOME:;;%s;%s\nEND:VCARD" % (
            ascii_fold(p.last), ascii_fold(p.first), fn, intl, adr, p.region)
        return payload, [("PERSON", fn), ("PHONE", intl), ("ADDRESS", adr)]
    if qtype == "wifi":
        sur = slug(p.last).capitalize()
        ssid = rng.choice(["%s_Home", "%s-Family", "The%sWiFi", "%s5G"]) % sur
        pw = rng.choice(["sunflower", "pancake", "rocket", "mango", "dolphin"]) + rng.digits(3)
        return "WIFI:T:WPA;S:%s;P:%s;;" % (ssid, pw), [("PERSON", sur)]
    if qtype == "wa":
        num = intl.lstrip("+")
        return "https://wa.me/" + num, [("PHONE", num)]
    if qtype == "tme":
        h = slug(p.first) + "_" + slug(p.last)[:3] + rng.digits(2)
        return "https://t.me/" + h, [("HANDLE", h)]
    if qtype == "snap":
        h = p.handle.replace("_Xx", "").replace("xX_", "")
        h = "".join(c for c in h if c.isalnum() or c in "._-")[:15]
        return "https://www.snapchat.com/add/" + h, [("HANDLE", h)]
    if qtype == "discord":
        code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(8))
        u = "https://discord.gg/" + code
        return u, [("URL", u)]
    if qtype == "text":
        nm = ascii_fold(p.full)
        num = p.parent_mobile
        yr = p.year
        payload = "If found please contact %s. Owner: %s, %s. Call %s" % (
            rng.choice(["my mum", "my dad", "my family"]), nm, yr, num)
        return payload, [("PERSON", nm), ("AGE", yr), ("PHONE", num)]
    raise ValueError(qtype)


BRANDS = ["crunchbay", "sunnyvalefarms", "zestora", "brightbrew", "polarpop", "tidalsnacks", "greenmeadow",
          "kiwikrisp", "oatlands", "fizzco", "maplecrest", "bluepeak"]


def brand_qr(rng, brand=None, kind="url"):
    b = brand or rng.choice(BRANDS)
    if kind == "wifi":
        return "WIFI:T:WPA;S:%s-Guest;P:%s;;" % (b.capitalize(), rng.choice(["welcome", "coffee", "enjoy"]) + rng.digits(4))
    if kind == "ticket":
        return "TKT-%s-%s-%s" % (rng.digits(4), rng.digits(4), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)))
    if kind == "transit":
        return "https://www.%stransit.com/routes/%d" % (b, rng.randint(2, 99))
    path = rng.choice(["win", "recipes", "recycle", "promo", "app", "rewards", "nutrition"])
    return "https://www.%s.com/%s?c=%s" % (b, path, rng.digits(5))
