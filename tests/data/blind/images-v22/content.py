"""Message templates and per-image persona for leaky scenes."""
import re
from data import Region, ascii_fold


class Persona:
    def __init__(self, R: Region):
        rng = R.rng
        self.R = R
        self.first = R.first()
        self.last = R.last()
        self.name = f"{self.first} {self.last}"
        self.school = R.school()
        self.year = R.year_label()
        self.age = R.age_text()
        self.phone = R.phone()
        self.address = R.address()
        self.addr_lines = R.address_lines()
        self.handle = R.handle(self.first)
        self.gamertag = R.gamertag(self.first)
        self.email = R.email(self.first, self.last)
        self.dob = R.dob()
        self.org = R.org()
        self.url = R.url(self.first)
        self.loc = R.location()
        self.parent = f"{R.first()} {self.last}"


KIND_OF = {"PERSON": "PERSON", "FIRST": "PERSON", "FRIEND": "PERSON", "PARENT": "PERSON", "PHONE": "PHONE",
           "ADDRESS": "ADDRESS", "SHORTADDR": "ADDRESS", "SCHOOL": "SCHOOL", "AGE": "AGE", "YEAR": "AGE",
           "HANDLE": "HANDLE", "GAMERTAG": "HANDLE", "EMAIL": "EMAIL", "DOB": "DATE_OF_BIRTH",
           "LOCATION": "LOCATION", "ORG": "ORG", "WORK": "ORG", "URL": "URL", "FHANDLE": "HANDLE"}


def value(P: Persona, key, fresh=False):
    R = P.R
    if key == "PERSON":
        return P.name if not fresh else R.full()
    if key == "FIRST":
        return P.first
    if key == "FRIEND":
        return R.rng.choice([R.first(), R.full()])
    if key == "PARENT":
        return P.parent
    if key == "PHONE":
        return P.phone if not fresh else R.phone()
    if key == "ADDRESS":
        return P.address
    if key == "SHORTADDR":
        return R.short_address()
    if key == "SCHOOL":
        return P.school
    if key == "AGE":
        return P.age if not fresh else R.age_text()
    if key == "YEAR":
        return P.year
    if key == "HANDLE":
        return P.handle
    if key == "FHANDLE":
        return R.handle()
    if key == "GAMERTAG":
        return P.gamertag
    if key == "EMAIL":
        return P.email
    if key == "DOB":
        return P.dob
    if key == "LOCATION":
        return P.loc if not fresh else R.location()
    if key == "ORG":
        return P.org
    if key == "WORK":
        return R.workplace()
    if key == "URL":
        return P.url
    raise KeyError(key)


def segs(P, template, fresh=True):
    """Parse '{KEY}' placeholders into (text, kind) segments."""
    out = []
    pos = 0
    for m in re.finditer(r"\{([A-Z]+)\}", template):
        if m.start() > pos:
            out.append((template[pos:m.start()], None))
        k = m.group(1)
        out.append((value(P, k, fresh=fresh and k in ("PHONE",) and P.R.rng.random() < 0.3), KIND_OF[k]))
        pos = m.end()
    if pos < len(template):
        out.append((template[pos:], None))
    return out


LEAKY = {
    "PHONE": ["my new number is {PHONE} save it", "text me on {PHONE} when ur outside",
              "mum said call her on {PHONE} if ur late", "thats my dads number {PHONE}", "ring me {PHONE}",
              "new phone!! {PHONE}", "whats ur number? mine is {PHONE}"],
    "ADDRESS": ["party at mine!! {ADDRESS} saturday 2pm", "come to {ADDRESS} after school",
                "sleepover is at {ADDRESS}", "my address is {ADDRESS} for the invite",
                "we're at {SHORTADDR} now, the blue door", "drop it at {ADDRESS} pls"],
    "SCHOOL": ["are u going to {SCHOOL} next year?", "see u at {SCHOOL} tmrw", "the {SCHOOL} disco is on friday!!",
               "i got moved to {SCHOOL}", "{SCHOOL} won the footy lol", "is ur brother at {SCHOOL}?"],
    "AGE": ["im literally {AGE} lol", "u have to be 13 but im {AGE} haha", "we're in {YEAR} now omg",
            "my sister is {AGE} and so annoying", "im in {YEAR} at {SCHOOL}", "i'm {AGE} btw"],
    "HANDLE": ["add me {HANDLE}", "my new acc is {HANDLE}", "follow {FHANDLE} its my sisters",
               "my roblox is {GAMERTAG}", "my snap is {HANDLE}", "add {FHANDLE} shes in our class"],
    "EMAIL": ["send it to {EMAIL}", "my email is {EMAIL}", "email me the pics {EMAIL}"],
    "DOB": ["my birthday is {DOB}!!", "born {DOB} so im older than u", "bday {DOB} dont forget"],
    "LOCATION": ["we just moved to {LOCATION}", "meet at the park in {LOCATION}?", "im at the shops in {LOCATION}",
                 "we live near the dairy in {LOCATION}"],
    "ORG": ["training at {ORG} at 5", "r u coming to {ORG} on sunday", "mum works at {WORK} so she can pick us up",
            "i joined {ORG}!!"],
    "URL": ["subscribe to my channel {URL}", "watch my vid {URL}", "this is my page {URL}"],
    "PERSON": ["{FRIEND} said she's coming too", "is {FRIEND} in ur class?", "tell {FRIEND} i said hi",
               "{FRIEND} and {FRIEND} are coming", "its {PARENT}'s number, my mum", "this is {PERSON} btw new phone"],
}
NEUTRAL = ["lol", "ok see u", "did u finish the maths homework", "haha same", "omg no way", "brb dinner",
           "can u come online", "that was so funny", "k", "wait what", "yesss", "im so bored",
           "did u see the new update", "noooo", "my mum said yes!!", "what time?", "ok cool", "lets play later",
           "i lost my charger again", "who won?", "thats so unfair", "hahaha", "see u tmrw", "ok bye",
           "u coming?", "its raining again", "nvm", "im starving", "send the link", "good night!!"]
WEIGHTS = [("PERSON", 1.0), ("PHONE", 1.7), ("ADDRESS", 1.9), ("SCHOOL", 2.6), ("AGE", 1.5), ("HANDLE", 2.3),
           ("EMAIL", 0.75), ("DOB", 1.0), ("LOCATION", 0.6), ("ORG", 0.5), ("URL", 1.6)]


def pick_kind(rng, weights=WEIGHTS):
    tot = sum(w for _, w in weights)
    x = rng.random() * tot
    for k, w in weights:
        x -= w
        if x <= 0:
            return k
    return weights[-1][0]


def leaky_message(P, kind=None):
    rng = P.R.rng
    k = kind or pick_kind(rng)
    return segs(P, rng.choice(LEAKY[k]))


def neutral(rng):
    return [(rng.choice(NEUTRAL), None)]


def leaky_qr(P, kind=None):
    """Return (payload, [(KIND, text-part-of-payload), ...]) for a QR carrying personal data."""
    R = P.R
    rng = R.rng
    k = kind or rng.choice(["tel", "sms", "mailto", "geo", "mecard", "vcard", "wifi", "wa", "tg", "snap",
                            "discord", "text", "text2"])
    ph = R.phone(intl=True)
    digits = "+" + "".join(ch for ch in ph if ch.isdigit())
    if k == "tel":
        return f"tel:{digits}", [("PHONE", digits)]
    if k == "sms":
        return f"sms:{digits}", [("PHONE", digits)]
    if k == "mailto":
        return f"mailto:{P.email}", [("EMAIL", P.email)]
    if k == "geo":
        lat = round(rng.uniform(-45, 50), 5)
        lon = round(rng.uniform(-120, 175), 5)
        g = f"{lat},{lon}"
        return f"geo:{g}", [("LOCATION", g)]
    if k == "mecard":
        n = f"{ascii_fold(P.last)},{ascii_fold(P.first)}"
        return f"MECARD:N:{n};TEL:{digits};EMAIL:{P.email};;", [("PERSON", n), ("PHONE", digits), ("EMAIL", P.email)]
    if k == "vcard":
        fn = ascii_fold(P.name)
        adr = ascii_fold(P.address)
        return (f"BEGIN:VCARD\nVERSION:3.0\nFN:{fn}\nTEL:{digits}\nADR:{adr}\nEND:VCARD",
                [("PERSON", fn), ("PHONE", digits), ("ADDRESS", adr)])
    if k == "wifi":
        ssid = f"{ascii_fold(P.last).replace(' ', '')}_Family"
        return f"WIFI:S:{ssid};T:WPA;P:{ascii_fold(P.first).lower()}{rng.randint(2009, 2018)};;", [("PERSON", ssid)]
    if k == "wa":
        u = f"https://wa.me/{digits[1:]}"
        return u, [("URL", u)]
    if k == "tg":
        u = f"https://t.me/{P.handle.lstrip('@').replace('.', '_')}"
        return u, [("URL", u)]
    if k == "snap":
        u = f"https://www.snapchat.com/add/{P.handle.lstrip('@').replace('.', '-').replace('_', '-')}"
        return u, [("URL", u)]
    if k == "discord":
        code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        u = f"https://discord.gg/{code}"
        return u, [("URL", u)]
    if k == "text":
        t = f"If found please call {ph}"
        return t, [("PHONE", ph)]
    nm = ascii_fold(P.name)
    sc = ascii_fold(P.school)
    return f"This belongs to {nm}, {sc}", [("PERSON", nm), ("SCHOOL", sc)]


CLEAN_QR = [
    "https://www.kiwicrunch-cereal.com/win", "https://www.bubbleburst-drinks.com/recycle", "https://www.snackfox.com/promo/2025",
    "WIFI:S:CafeBlue-Guest;T:WPA;P:flatwhite25;;", "https://www.cityrail-example.com/timetables/route-21",
    "Gallery 4 - audio guide stop 12", "TKT-8842-1193-AB", "https://www.starlightcinemas.com/trailers",
    "https://www.naturalhistorymuseum-example.org/visit", "https://www.goldenlanes-bowling.com/menu",
    "https://www.sunnyfarm-juice.com/nutrition", "EVENT ADMIT ONE - SECTION 112 ROW F SEAT 9",
]


def clean_qr(rng):
    return rng.choice(CLEAN_QR)
