"""Message templates and QR payloads.  A message is a list of parts: plain
strings or (text, KIND) tuples; only the tuple text is a leak."""

LATLON = {"US": (39.0, -94.0, 6.0), "UK": (52.5, -1.8, 1.5), "IE": (53.2, -7.8, 1.0), "CA": (45.5, -76.0, 3.0),
          "AU": (-33.0, 148.0, 4.0), "NZ": (-38.5, 175.5, 2.0), "IN": (19.0, 77.0, 5.0), "ZA": (-29.0, 26.0, 4.0)}

FILLERS = [
    "lol", "ok see u", "did u do the maths homework?", "what time?", "haha yes", "brb dinner", "omg same",
    "wait what", "can't, mum said no", "yesss", "who's coming?", "nah im good", "that's so funny", "ok",
    "did you finish the science project", "i'm so bored", "see you tomorrow!", "k", "hahaha", "no way",
    "send pics", "my phone is on 3%", "we won!!", "are you online tonight?", "it's raining again",
    "the test was so hard", "can you ask your mum?", "yeah i'm in", "thx", "good night",
    "which bus are you getting", "did you watch the new episode", "i forgot my lunch", "same lol",
    "lets play after school", "pizza for tea!!", "ask your dad", "coach said 5pm", "wear the blue kit",
]

KIND_W = {"PHONE": 0.85, "ADDRESS": 2.8, "SCHOOL": 1.3, "AGE": 1.1, "HANDLE": 0.8, "PERSON": 0.6,
          "LOCATION": 0.45, "ORG": 0.55, "DATE_OF_BIRTH": 0.55, "EMAIL": 0.95, "URL": 1.2}


class People:
    """The cast of one image: the child and some people around them."""

    def __init__(self, g):
        self.g = g
        self.me = g.child(8, 15)
        self.friend = g.child(self.me["age"] - 1, self.me["age"] + 1)
        self.parent = g.adult(self.me)
        self.town = g.town()
        self.school = g.school()
        self.addr = g.address(self.town)


def leak_message(g, kind, pp):
    c = g.rng
    me = pp.me
    if kind == "PHONE":
        ph = g.phone(t=pp.town)
        return c.choice([["text me on ", (ph, "PHONE")], ["my new number is ", (ph, "PHONE")],
                         ["call my mum ", (ph, "PHONE"), " if u get lost"], ["this is my number ", (ph, "PHONE"), " save it!!"],
                         ["my dad's mobile is ", (ph, "PHONE")], [(ph, "PHONE"), " thats my cell"],
                         ["ring ", (ph, "PHONE"), " when ur outside"]])
    if kind == "ADDRESS":
        a = g.address(pp.town)
        one = a["lines"][0] if c.random() < 0.45 else ", ".join(a["lines"][:2])
        return c.choice([["my address is ", (one, "ADDRESS")], ["party at mine ", (one, "ADDRESS"), " sat 2pm"],
                         ["send the invite to ", (one, "ADDRESS")], ["im at ", (one, "ADDRESS"), " come over"],
                         ["we moved!! new house is ", (one, "ADDRESS")]])
    if kind == "SCHOOL":
        s = pp.school if c.random() < 0.7 else g.school()
        return c.choice([["r u going to ", (s, "SCHOOL"), " next year?"], ["i go to ", (s, "SCHOOL")],
                         [(s, "SCHOOL"), " has a mufti day tmrw"], ["we played ", (s, "SCHOOL"), " and won 3-1"],
                         ["pick me up from ", (s, "SCHOOL"), " at 3"]])
    if kind == "AGE":
        r = c.random()
        if r < 0.4:
            y = g.school_year(me["age"])
            return c.choice([["im in ", (y, "AGE"), " now"], [(y, "AGE"), " camp is next week"],
                             ["we're both in ", (y, "AGE")]])
        a = g.age_phrase(me["age"])
        return c.choice([["im ", (a, "AGE"), " btw"], ["turning ", (str(me["age"] + 1), "AGE"), " on friday!!"],
                         ["she's only ", (a, "AGE")], ["how old r u? im ", (str(me["age"]), "AGE")]])
    if kind == "HANDLE":
        h = g.handle(pp.me if c.random() < 0.5 else None)
        return c.choice([["add me on snap ", (h, "HANDLE")], ["my insta is @", (h, "HANDLE")],
                         ["my roblox user is ", (h, "HANDLE")], ["follow ", ("@" + h, "HANDLE"), " pls"],
                         ["my tiktok: ", ("@" + h, "HANDLE")], ["friend me on fortnite ", (h, "HANDLE")]])
    if kind == "EMAIL":
        e = g.email(pp.me if c.random() < 0.6 else pp.parent, kid=c.random() < 0.6)
        return c.choice([["email me at ", (e, "EMAIL")], ["send it to my school email ", (e, "EMAIL")],
                         ["mum's email is ", (e, "EMAIL")], [(e, "EMAIL"), " is my new email"]])
    if kind == "URL":
        u = g.url(g.handle(pp.me))
        return c.choice([["sub to my channel ", (u, "URL")], ["join our server ", (u, "URL")],
                         ["check out my page ", (u, "URL")], [(u, "URL"), " new video!!"]])
    if kind == "LOCATION":
        l = g.location(pp.town)
        return c.choice([["meet at ", (l, "LOCATION"), " at 4"], ["we just moved to ", (l, "LOCATION")],
                         ["im at ", (l, "LOCATION"), " now"], ["anyone going to ", (l, "LOCATION"), " after school?"]])
    if kind == "ORG":
        o = g.org(age=me["age"])
        return c.choice([["training at ", (o, "ORG"), " tonight"], ["mum works at ", (o, "ORG")],
                         ["see u at ", (o, "ORG"), " on sunday"], ["i joined ", (o, "ORG"), "!!"]])
    if kind == "DATE_OF_BIRTH":
        d = g.fmt_date(me["dob"])
        return c.choice([["my bday is ", (d, "DATE_OF_BIRTH")], ["born ", (d, "DATE_OF_BIRTH"), " lol"],
                         ["its ", (d, "DATE_OF_BIRTH"), " put it in the form"]])
    # PERSON
    p = g.person()
    n = g.full(p) if c.random() < 0.6 else p["first"]
    return c.choice([["ask ", (n, "PERSON"), " for the hw"], [(n, "PERSON"), " said she's coming"],
                     ["this is ", (n, "PERSON"), "'s mum"], ["sit next to ", (n, "PERSON"), " tmrw"],
                     ["is ", (n, "PERSON"), " in ur class?"]])


def pick_kind(g, weights=None):
    return g.wpick(weights or KIND_W)


def qr_payload(g, qtype, pp):
    """Returns (payload, [(kind, text), ...]) with each text a substring of the payload."""
    me, par = pp.me, pp.parent
    c = g.rng
    if qtype == "tel":
        ph = g.phone_digits(g.phone(mobile=True))
        num = "+" + ph
        return "tel:" + num, [("PHONE", num)]
    if qtype == "sms":
        num = "+" + g.phone_digits(g.phone(mobile=True))
        return "sms:" + num, [("PHONE", num)]
    if qtype == "mailto":
        e = g.email(par if c.random() < 0.5 else me, kid=False)
        return "mailto:" + e, [("EMAIL", e)]
    if qtype == "geo":
        la, lo, sp = LATLON[g.region]
        txt = "%.5f,%.5f" % (la + c.uniform(-sp, sp), lo + c.uniform(-sp, sp))
        return "geo:" + txt, [("LOCATION", txt)]
    if qtype == "mecard":
        name = "%s,%s" % (me["last"], me["first"])
        ph = g.phone(mobile=True).replace(" ", "")
        pl = "MECARD:N:%s;TEL:%s;;" % (name, ph)
        return pl, [("PERSON", name), ("PHONE", ph)]
    if qtype == "vcard":
        fn = g.full(me if c.random() < 0.6 else par)
        ph = "+" + g.phone_digits(g.phone(mobile=True))
        pl = "BEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL;TYPE=CELL:%s\nEND:VCARD" % (fn, ph)
        return pl, [("PERSON", fn), ("PHONE", ph)]
    if qtype == "wifi":
        ssid = "%s Family WiFi" % me["last"].replace("'", "")
        pw = "%s%d" % (g.pick(["kowhai", "sunshine", "tiger", "maple", "rocket", "banana"]), c.randint(1000, 9999))
        return "WIFI:T:WPA;S:%s;P:%s;;" % (ssid, pw), [("PERSON", me["last"].replace("'", ""))]
    if qtype == "wa":
        d = g.phone_digits(g.phone(mobile=True))
        return "https://wa.me/" + d, [("PHONE", d)]
    if qtype == "tme":
        h = g.handle(me).replace(".", "_").replace("-", "_")
        return "https://t.me/" + h, [("HANDLE", h)]
    if qtype == "snap":
        h = g.handle(me).lower().replace("_", "-")
        return "https://www.snapchat.com/add/" + h, [("HANDLE", h)]
    if qtype == "discord":
        u = "https://discord.gg/" + "".join(c.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        return u, [("URL", u)]
    # plain text
    ph = g.phone(mobile=True)
    return "If found please call %s on %s" % (me["first"] + "'s mum", ph), [("PERSON", me["first"]), ("PHONE", ph)]
