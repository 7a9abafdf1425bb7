"""Chat-style message fragments that embed leaks (runs of (text, kind))."""
from people import dob_text, fmt_day_month, ordinal

NEUTRAL = ["lol", "ok", "haha same", "did u finish the maths homework", "brb dinner", "thats so funny",
           "wait what", "cant, going to my nan's", "omg yes", "see you tomorrow", "what time?", "idk",
           "ya", "nooo", "best day ever", "my mum said yes!!", "ok bye", "the new episode is out",
           "lets play after", "k", "hahaha", "is it today?", "bring your charger", "I'm so bored",
           "did you see that video", "can you call", "sorry was in the shower", "lmaooo", "yesss",
           "wait for me at the gate", "what did you get for q4", "my team won!!", "can't find my shoes",
           "are you online", "gg", "ok wait 5 min", "do we have PE tomorrow?", "send me the link",
           "thank youuu", "so tired", "who's coming", "I got a new game", "dont tell anyone", "ikr",
           "noooo way", "good luck tomorrow!", "happy birthday!!!", "on my way", "nah", "sure"]


def frag(rng, p, kind, friend=None):
    """Return runs [(text, kind or None)] for one message leaking `kind` about p."""
    f = friend or p.friends[rng.randint(0, len(p.friends) - 1)]
    h = rng.choice(p.handles)
    if kind == "PHONE":
        num, who = rng.choice([(p.mobile, "my"), (p.parent_mobile, "mum"), (p.landline, "home")])
        t = rng.choice([
            [("my new number is ", None), (num, "PHONE")],
            [("text me on ", None), (num, "PHONE"), (" instead", None)],
            [("call my mum if you get lost ", None), (p.parent_mobile, "PHONE")],
            [("save my number ", None), (num, "PHONE"), (" !!", None)],
            [(num, "PHONE"), (" thats my dad's number", None)],
            [("ring the house phone ", None), (p.landline, "PHONE")],
        ])
        return t
    if kind == "ADDRESS":
        a = p.addr
        return rng.choice([
            [("come to mine after school! ", None), (a["oneline"], "ADDRESS")],
            [("I'm at ", None), (a["street"], "ADDRESS"), (" now, door's open", None)],
            [("party is at my house ", None), (a["oneline"], "ADDRESS")],
            [("my address is ", None), (a["oneline"], "ADDRESS"), (" for the invite", None)],
            [("it's ", None), (a["street"], "ADDRESS"), (", the blue door", None)],
            [("send it to ", None), (a["oneline"], "ADDRESS")],
        ])
    if kind == "HANDLE":
        hh = h if rng.chance(0.6) else "@" + h
        return rng.choice([
            [("add me on snap ", None), (hh, "HANDLE")],
            [("my insta is ", None), (hh, "HANDLE")],
            [("follow my new acc ", None), (hh, "HANDLE"), (" pls", None)],
            [("my username is ", None), (hh, "HANDLE")],
            [("friend me, I'm ", None), (hh, "HANDLE"), (" on roblox", None)],
            [("my tiktok ", None), (hh, "HANDLE")],
        ])
    if kind == "AGE":
        return rng.choice([
            [("we're in ", None), (p.year, "AGE"), (" now!!", None)],
            [("I'm turning ", None), (str(p.age + 1), "AGE"), (" next week", None)],
            [("im ", None), (str(p.age), "AGE"), (" not 16 lol", None)],
            [("she's in ", None), (p.year, "AGE"), (" like us", None)],
            [("is it true you're in ", None), (p.klass, "AGE"), (" next year?", None)],
            [("I'm only ", None), ("%d years old" % p.age, "AGE"), (" haha", None)],
        ])
    if kind == "SCHOOL":
        sc = p.school if rng.chance(0.5) else p.school_short
        return rng.choice([
            [("omg see u at ", None), (sc, "SCHOOL"), (" tmrw", None)],
            [("I'm moving to ", None), (sc, "SCHOOL"), (" after the holidays", None)],
            [("the disco at ", None), (sc, "SCHOOL"), (" is friday", None)],
            [("pick me up from ", None), (sc, "SCHOOL"), (" at 3:15", None)],
            [("everyone at ", None), (sc, "SCHOOL"), (" is talking about it", None)],
        ])
    if kind == "DATE_OF_BIRTH":
        y, m, d = p.dob
        return rng.choice([
            [("my bday is ", None), (dob_text(rng, p), "DATE_OF_BIRTH"), (" btw", None)],
            [("born ", None), (dob_text(rng, p, "num"), "DATE_OF_BIRTH"), (" so I'm older than you", None)],
            [("it's on the form, DOB ", None), (dob_text(rng, p, "num"), "DATE_OF_BIRTH")],
            [("my birthday is ", None), (fmt_day_month(rng, p.region, m, d), "DATE_OF_BIRTH"),
             (" come!!", None)],
        ])
    if kind == "EMAIL":
        e = p.email if rng.chance(0.7) else p.parent_email
        return rng.choice([
            [("email me the slides ", None), (e, "EMAIL")],
            [("my email is ", None), (e, "EMAIL")],
            [("send it to ", None), (e, "EMAIL"), (" pls", None)],
        ])
    if kind == "URL":
        return rng.choice([
            [("sub to my channel ", None), (p.url, "URL")],
            [("check this ", None), (p.url, "URL"), (" I made it", None)],
            [("my page ", None), (p.url, "URL")],
        ])
    if kind == "ORG":
        o = rng.choice([p.club, p.club, p.worship, p.work])
        return rng.choice([
            [("training at ", None), (o, "ORG"), (" is moved to 5pm", None)],
            [("see you at ", None), (o, "ORG"), (" on sunday", None)],
            [("mum works at ", None), (p.work, "ORG"), (" she can drive us", None)],
            [("I joined ", None), (p.club, "ORG"), ("!!", None)],
        ])
    if kind == "LOCATION":
        loc = rng.choice([p.loc, p.town, p.addr["street_name"]])
        return rng.choice([
            [("meet at the park in ", None), (loc, "LOCATION")],
            [("we live in ", None), (loc, "LOCATION"), (" now", None)],
            [("bus stop on ", None), (p.addr["street_name"], "LOCATION"), (" at 8", None)],
            [("anyone else from ", None), (loc, "LOCATION"), ("?", None)],
        ])
    if kind == "PERSON":
        ff = "%s %s" % f
        return rng.choice([
            [("ask ", None), (f[0], "PERSON"), (" she knows", None)],
            [("is ", None), (ff, "PERSON"), (" coming to the party?", None)],
            [(ff, "PERSON"), (" said you were sick", None)],
            [("sitting next to ", None), (f[0], "PERSON"), (" in maths lol", None)],
            [("tell ", None), (p.sibling, "PERSON"), (" to give back my charger", None)],
            [("my real name is ", None), (p.full, "PERSON")],
            [("happy birthday ", None), (p.first, "PERSON"), ("!!!", None)],
        ])
    raise ValueError(kind)


def neutral(rng):
    return [(rng.choice(NEUTRAL), None)]
