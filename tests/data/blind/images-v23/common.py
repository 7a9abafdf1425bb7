"""Shared scene helpers: render context, invented personas, leak message templates, colours."""
import colorsys

import data as D

PERSON, HANDLE, PHONE, EMAIL, ADDRESS, LOCATION, SCHOOL, ORG, AGE, DOB, URL = (
    "PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL")

PHONE_RES = [(540, 960), (720, 1280), (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1080, 2400),
             (1125, 2436), (1170, 2532), (720, 1600), (1080, 2280)]
PHOTO_RES = [(3000, 2000), (2000, 3000), (4000, 3000), (3000, 4000), (3264, 2448), (2448, 3264), (3024, 4032), (4032, 3024)]


class Ctx:
    def __init__(self, index, rng, nrng, region, scene, attempt):
        self.index, self.rng, self.nrng, self.region, self.scene, self.attempt = index, rng, nrng, region, scene, attempt

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def uni(self, a, b):
        return self.rng.uniform(a, b)

    def ri(self, a, b):
        return self.rng.randint(a, b)


class Persona:
    def __init__(self, ctx, age=None):
        r, reg = ctx.rng, ctx.region
        self.region = reg
        self.first = D.first(r)
        self.last = D.surname(r)
        self.full = f"{self.first} {self.last}"
        self.age = age if age is not None else r.randint(6, 15)
        self.year = D.school_year(r, reg, self.age)
        self.school = D.school(r, reg)
        self.addr = D.address(r, reg)
        self.town = self.addr["town"]
        self.phone = D.phone(r, reg, mobile=True)
        self.home_phone = D.phone(r, reg, mobile=False)
        self.parent = D.parent_name(r, self.last if r.random() < 0.7 else None)
        self.parent_first = self.parent.split(" ")[0]
        self.parent_phone = D.phone(r, reg, mobile=True)
        self.handle = D.handle(r, self.first, self.last)
        self.email = D.email(r, self.first, self.last, reg, kid=True)
        self.parent_email = D.email(r, self.parent_first, self.parent.split(" ")[-1], reg, kid=False)
        self.dob = D.dob(r, reg, self.age)
        self.dob_long = D.dob(r, reg, self.age, long=True)
        self.team = D.team(r, reg, self.age)
        self.org = D.org(r, reg)
        self.work = D.workplace(r)
        self.url = D.personal_url(r, self.handle)
        self.friend = D.full_name(r)
        self.friend_first = D.first(r)
        self.teacher = f"{D.pick(r, ['Mrs', 'Mr', 'Ms', 'Miss'])} {D.surname(r)}"


def chat_templates(p, ctx):
    """Leaky chat lines for persona p. Each returns a list of (text, kind) segments."""
    r = ctx.rng
    reg = ctx.region
    h2 = D.handle(r)
    T = [
        lambda: [("my number is ", None), (p.phone, PHONE)],
        lambda: [("text me on ", None), (p.phone, PHONE), (" after 4", None)],
        lambda: [("im in ", None), (p.year, AGE), (" at ", None), (p.school, SCHOOL)],
        lambda: [("which school r u at? im at ", None), (p.school, SCHOOL)],
        lambda: [("come to mine after school its ", None), (p.addr["street"], ADDRESS)],
        lambda: [("my address is ", None), (p.addr["street"], ADDRESS), (", ", None), (p.addr["locality"], ADDRESS)],
        lambda: [("add me on insta ", None), ("@" + p.handle, HANDLE)],
        lambda: [("my snap is ", None), (h2, HANDLE), (" add me", None)],
        lambda: [("my email is ", None), (p.email, EMAIL)],
        lambda: [("my bday is ", None), (p.dob, DOB), (" !!", None)],
        lambda: [("im ", None), (f"{p.age} years old", AGE), (" btw", None)],
        lambda: [("we live in ", None), (p.town, LOCATION), (" now", None)],
        lambda: [("meet at ", None), (f"{p.town} library", LOCATION), (" at 4?", None)],
        lambda: [("my mum is ", None), (p.parent, PERSON), (", her number is ", None), (p.parent_phone, PHONE)],
        lambda: [("subscribe to my channel ", None), (p.url, URL)],
        lambda: [("did ", None), (p.friend, PERSON), (" say anything about the test?", None)],
        lambda: [("training with ", None), (p.team, ORG), (" on ", None), (D.pick(r, D.DAYS[:5]), None)],

        lambda: [("sit with me and ", None), (p.friend_first, PERSON), (" tomorrow", None)],
        lambda: [("ask ", None), (p.teacher, PERSON), (" for the sheet", None)],
        lambda: [("im ", None), (p.year, AGE), (" now lol", None)],
        lambda: [("r u going to the ", None), (p.school, SCHOOL), (" disco?", None)],
        lambda: [("no homework at ", None), (p.school, SCHOOL), (" this week!!", None)],
        lambda: [("watch my new video ", None), (p.url, URL)],
        lambda: [("follow me ", None), (D.personal_url(r), URL), (" pls", None)],
        lambda: [("party is at ", None), (p.addr["street"], ADDRESS), (" on saturday", None)],
    ]
    return T


FILLERS = ["lol", "ok", "see you tomorrow", "did you finish the maths homework?", "haha yes", "brb dinner",
           "that's so cool", "omg", "wait what", "yesss", "can't, got football", "who's coming?", "k",
           "send me the pic", "my phone is on 3%", "did u see the new episode", "same", "no way", "tell me later",
           "ur so funny", "what time?", "ok deal", "nah", "i'm bored", "lets play later"]


def hsv(h, s, v):
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, s, v)
    return (int(r * 255), int(g * 255), int(b * 255))


def rand_color(ctx, s=(0.4, 0.9), v=(0.35, 0.8)):
    return hsv(ctx.rng.random(), ctx.uni(*s), ctx.uni(*v))


def initials(name):
    parts = [p for p in name.replace("_", " ").replace(".", " ").split() if p]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()
