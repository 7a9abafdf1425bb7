"""Invented personal data generators (names, phones, addresses, schools ...).

Every private name, number, address and handle produced here is invented.
Phone numbers use fictional / drama ranges where a region has one
(US/CA 555-01xx, UK 07700 900xxx / 01632 960xxx, AU 0491 570 xxx, 02 5550 xxxx).
"""

REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]

FIRST = [
    "Maya", "Liam", "Aisha", "Tomasz", "Priya", "Ethan", "Zara", "Kofi", "Mei", "Oliver",
    "Amara", "Luca", "Saoirse", "Arjun", "Hana", "Mateo", "Niamh", "Yusuf", "Isla", "Kai",
    "Sofia", "Tane", "Ananya", "Noah", "Chloe", "Ibrahim", "Freya", "Jaden", "Leilani", "Rohan",
    "Emeka", "Ava", "Thandiwe", "Oisin", "Mia", "Hamza", "Aroha", "Diego", "Keira", "Ravi",
    "Elif", "Finn", "Nomvula", "Jasper", "Ayesha", "Mason", "Ciara", "Sipho", "Lily", "Wiremu",
    "Anika", "Declan", "Fatima", "Leo", "Esme", "Kwame", "Yuki", "Harper", "Sanjay", "Nadia",
    "Bongani", "Ruby", "Tariq", "Grace", "Mateus", "Aoife", "Ishaan", "Layla", "Callum", "Mahina",
    "Zoe", "Dmitri", "Adaeze", "Rhys", "Kiran", "Lucia", "Ngaio", "Omar", "Poppy", "Jun",
]
SURN = [
    "Patel", "Okafor", "Nguyen", "Kowalski", "Sharma", "Walsh", "Haddad", "Mensah", "Chen", "Fletcher",
    "Adeyemi", "Rossi", "O'Brien", "Iyer", "Tanaka", "Garcia", "Murphy", "Hussain", "MacLeod", "Ngata",
    "Petrovic", "Parata", "Reddy", "Thompson", "Dubois", "Khan", "Lindqvist", "Brooks", "Kahale", "Menon",
    "Nwosu", "Jensen", "Dlamini", "Byrne", "Novak", "Siddiqui", "Tipene", "Alvarez", "Doyle", "Pillai",
    "Yilmaz", "Kavanagh", "Zulu", "Whitaker", "Qureshi", "Harper", "Nakamura", "Van Wyk", "Kim", "Horomona",
    "Banerjee", "Fitzgerald", "Osei", "Moreau", "Santos", "Ivanova", "Mahlangu", "Costa", "Eriksen", "Wong",
]
PARENT_FIRST = [
    "Rachel", "Tunde", "Linh", "Marek", "Deepa", "Sean", "Rania", "Kwesi", "Wei", "Claire",
    "Ngozi", "Marco", "Siobhan", "Vikram", "Keiko", "Carmen", "Brendan", "Farah", "Fiona", "Hemi",
    "Lerato", "Anil", "Joanne", "Andile", "Helen", "Tom", "Sunita", "Paul", "Mariam", "Greg",
]

TOWNS = {
    "US": [("Springfield", "OR", "974"), ("Dayton", "OH", "454"), ("Tacoma", "WA", "984"), ("Boise", "ID", "837"),
           ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Fort Collins", "CO", "805"), ("Columbia", "MO", "652")],
    "UK": [("Harrogate", "", "HG2"), ("Swindon", "", "SN3"), ("Leeds", "", "LS8"), ("Exeter", "", "EX4"),
           ("Bolton", "", "BL1"), ("Norwich", "", "NR2"), ("Stockport", "", "SK4"), ("Cardiff", "", "CF14")],
    "IE": [("Terenure, Dublin 6W", "", "D6W"), ("Salthill, Galway", "", "H91"), ("Drogheda, Co. Louth", "", "A92"),
           ("Tralee, Co. Kerry", "", "V92"), ("Ballincollig, Cork", "", "P31"), ("Swords, Co. Dublin", "", "K67")],
    "CA": [("Guelph", "ON", "N1G"), ("Moncton", "NB", "E1C"), ("Kelowna", "BC", "V1Y"), ("Red Deer", "AB", "T4N"),
           ("Sherbrooke", "QC", "J1H"), ("Saskatoon", "SK", "S7N")],
    "AU": [("Toowong", "QLD", "4066"), ("Ballarat", "VIC", "3350"), ("Geelong", "VIC", "3220"), ("Wollongong", "NSW", "2500"),
           ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Bathurst", "NSW", "2795")],
    "NZ": [("Karori, Wellington", "", "6012"), ("Hillcrest, Hamilton", "", "3216"), ("Mount Maunganui", "", "3116"),
           ("Riccarton, Christchurch", "", "8041"), ("Ponsonby, Auckland", "", "1011"), ("Dunedin North", "", "9016")],
    "IN": [("Indiranagar, Bengaluru", "", "5600"), ("Kothrud, Pune", "", "4110"), ("Salt Lake, Kolkata", "", "7000"),
           ("Anna Nagar, Chennai", "", "6000"), ("Vaishali Nagar, Jaipur", "", "3020"), ("Kakkanad, Kochi", "", "6820")],
    "ZA": [("Rondebosch, Cape Town", "", "7700"), ("Durbanville", "", "7550"), ("Hatfield, Pretoria", "", "0083"),
           ("Umhlanga", "", "4319"), ("Linden, Johannesburg", "", "2195"), ("Stellenbosch", "", "7600")],
}
STREET_NAMES = ["Willow", "Maple", "Birch", "Kowhai", "Protea", "Banksia", "Ashfield", "Hawthorn", "Cedar", "Larch",
                "Rowan", "Jacaranda", "Elmwood", "Heather", "Oakridge", "Primrose", "Gumtree", "Fernhill", "Linden",
                "Magnolia", "Tui", "Jasmine", "Sycamore", "Bluebell", "Wattle", "Holly", "Chestnut", "Juniper"]
STREET_TYPES = {
    "US": ["Drive", "Avenue", "Street", "Lane", "Court", "Road", "Way", "Dr", "Ave", "St"],
    "UK": ["Close", "Road", "Lane", "Street", "Crescent", "Gardens", "Avenue", "Drive"],
    "IE": ["Park", "Avenue", "Grove", "Road", "Lawn", "Court", "Crescent"],
    "CA": ["Avenue", "Street", "Crescent", "Drive", "Road", "Ave", "St"],
    "AU": ["Street", "Road", "Court", "Parade", "Avenue", "St", "Rd", "Ct"],
    "NZ": ["Road", "Street", "Terrace", "Place", "Crescent", "Rd", "St"],
    "IN": ["Road", "Main Road", "Cross", "Street"],
    "ZA": ["Street", "Road", "Avenue", "Close", "Crescent"],
}
SCHOOL_ROOTS = ["Hollybrook", "Ashgrove", "Riverside", "Greenfield", "Brookvale", "Oakhill", "Kingsmead", "Fernwood",
                "Westmere", "Lakeside", "Sunnybank", "Millbrook", "Cedarwood", "Harbourview", "Glenfield", "Marlow",
                "Stonebridge", "Parkview", "Rosedale", "Whitecliff", "Thornbury", "Bellmont", "Eastlea", "Kilbrook"]
SAINTS = ["St Brigid's", "St Patrick's", "St Anne's", "St Joseph's", "Holy Cross", "St Columba's", "St Mary's", "St Kevin's"]
IN_ROOTS = ["Sunrise Vidya Niketan", "Shanti Public School", "Green Valley Vidyalaya", "Lotus Valley School",
            "Saraswati Bal Mandir", "Orchid International School", "Navodaya Model School"]
ZA_ROOTS = ["Laerskool Protea", "Rondevlei Primary School", "Fynbos Primary School", "Laerskool Eikehof",
            "Umthombo Primary School", "Kloofsig Primary School"]
ORG_WORDS = ["Hornets", "Tigers", "Falcons", "Sharks", "Comets", "Otters", "Wolves", "Kestrels", "Lions", "Dolphins"]
SPORTS = ["Football Club", "FC", "Netball Club", "Swim Club", "Cricket Club", "Basketball", "Hockey Club", "Athletics", "Rugby Club", "GAA Club"]
HANDLE_WORDS = ["shadow", "pixel", "fox", "ninja", "gamer", "draws", "plays", "creeper", "unicorn", "dragon", "blaze",
                "storm", "panda", "sparkle", "turbo", "frosty", "kitty", "wolf", "boss", "cupcake", "yt", "ttv", "xo"]
PETS = ["Biscuit", "Pepper", "Luna", "Milo", "Coco", "Bella", "Mango", "Ziggy", "Nala", "Oscar", "Bruno", "Poppy"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me"]
REGION_MAIL = {"UK": "yahoo.co.uk", "IE": "eircom.net", "AU": "bigpond.com", "NZ": "xtra.co.nz", "IN": "rediffmail.com",
               "ZA": "webmail.co.za", "CA": "rogers.com", "US": "aol.com"}


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def first(rng):
    return pick(rng, FIRST)


def surname(rng):
    return pick(rng, SURN)


def full_name(rng):
    return f"{first(rng)} {surname(rng)}"


def parent_name(rng, sur=None):
    return f"{pick(rng, PARENT_FIRST)} {sur or surname(rng)}"


def phone(rng, region, mobile=True, intl=False):
    n = rng.randrange
    if region in ("US", "CA"):
        area = pick(rng, ["503", "412", "614", "919", "720", "206", "608"] if region == "US"
                    else ["416", "519", "604", "403", "506", "902", "306"])
        last = f"01{n(100):02d}"
        if intl:
            return f"+1 {area} 555 {last}"
        return pick(rng, [f"({area}) 555-{last}", f"{area}-555-{last}", f"{area}.555.{last}"])
    if region == "UK":
        if mobile:
            return f"+44 7700 900{n(1000):03d}" if intl else pick(rng, [f"07700 900{n(1000):03d}", f"07700 900 {n(1000):03d}"])
        return f"01632 960{n(1000):03d}"
    if region == "IE":
        if mobile:
            return f"+353 8{pick(rng, '3567')} 555 {n(10000):04d}" if intl else f"08{pick(rng, '3567')} 555 {n(10000):04d}"
        return f"(01) 555 {n(10000):04d}"
    if region == "AU":
        if mobile:
            v = 6 + n(154)
            return f"+61 491 570 {v:03d}" if intl else f"0491 570 {v:03d}"
        return f"(02) 5550 {n(10000):04d}"
    if region == "NZ":
        if mobile:
            return f"+64 21 555 {n(10000):04d}" if intl else f"021 555 {n(10000):04d}"
        return f"(09) 555 {n(10000):04d}"
    if region == "IN":
        a = f"9{n(10000):04d}"
        b = f"{n(100000):05d}"
        return f"+91 {a} {b}" if (intl or rng.random() < 0.6) else f"{a} {b}"
    if region == "ZA":
        if mobile:
            return f"+27 82 555 {n(10000):04d}" if intl else f"08{pick(rng, '234')} 555 {n(10000):04d}"
        return f"(021) 555 {n(10000):04d}"
    raise ValueError(region)


def digits_only(ph):
    return "".join(c for c in ph if c.isdigit() or c == "+")


def _letters(rng, k):
    return "".join(pick(rng, "ABDEFGHJLNPQRSTUWXY") for _ in range(k))


def address(rng, region):
    """Return dict(street, locality, full, town)."""
    town, state, pc = pick(rng, TOWNS[region])
    sname = pick(rng, STREET_NAMES)
    stype = pick(rng, STREET_TYPES[region])
    num = 1 + rng.randrange(180)
    if region == "US":
        street = f"{num * 7 + 100} {sname} {stype}"
        post = f"{pc}{rng.randrange(100):02d}"
        loc = f"{town}, {state} {post}"
    elif region == "UK":
        street = f"{num} {sname} {stype}"
        post = f"{pc} {rng.randrange(1, 10)}{_letters(rng, 2)}"
        loc = f"{town} {post}"
    elif region == "IE":
        street = f"{num} {sname} {stype}"
        post = f"{pc} {pick(rng, 'ACDEFHKNPRTVWXY')}{rng.randrange(10)}{pick(rng, 'ACDEFHKNPRTVWXY')}{rng.randrange(10)}"
        loc = f"{town}, {post}"
    elif region == "CA":
        street = f"{num * 3 + 10} {sname} {stype}"
        post = f"{pc} {rng.randrange(10)}{pick(rng, 'ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(10)}"
        loc = f"{town}, {state} {post}"
    elif region == "AU":
        street = f"{num} {sname} {stype}"
        post = pc
        loc = f"{town} {state} {post}"
    elif region == "NZ":
        street = f"{num} {sname} {stype}"
        post = pc
        loc = f"{town} {post}"
    elif region == "IN":
        street = f"Flat {rng.randrange(1, 12)}{pick(rng, 'ABCD')}, {sname} Residency, {rng.randrange(2, 19)}th {pick(rng, ['Cross', 'Main'])}"
        post = f"{pc}{rng.randrange(10, 99)}"
        loc = f"{town} {post}"
    else:  # ZA
        street = f"{num} {sname} {stype}"
        post = pc
        loc = f"{town}, {post}"
    short_town = town.split(",")[0]
    return {"street": street, "locality": loc, "full": f"{street}, {loc}", "town": short_town,
            "street_name": f"{sname} {stype}", "num": street.split(" ")[0] if region != "IN" else str(num)}


def school(rng, region, level=None):
    r = pick(rng, SCHOOL_ROOTS)
    if region == "US":
        return f"{r} {pick(rng, ['Elementary School', 'Elementary', 'Middle School'])}"
    if region == "UK":
        return pick(rng, [f"{r} Primary School", f"{r} Academy", f"{pick(rng, SAINTS)} C of E Primary", f"{r} Junior School"])
    if region == "IE":
        return pick(rng, [f"{pick(rng, SAINTS)} National School", f"Scoil {pick(rng, ['Bhríde', 'Mhuire', 'Colmcille', 'Íde', 'Phádraig'])}",
                          f"{r} Educate Together NS", f"{r} Community College"])
    if region == "CA":
        return pick(rng, [f"{r} Public School", f"{r} Elementary School", f"École {r}"])
    if region == "AU":
        return pick(rng, [f"{r} State School", f"{r} Primary School", f"{pick(rng, SAINTS)} Catholic Primary"])
    if region == "NZ":
        return pick(rng, [f"{r} School", f"{r} Intermediate", f"{r} Primary School"])
    if region == "IN":
        return pick(rng, IN_ROOTS)
    return pick(rng, ZA_ROOTS + [f"{r} Primary School"])


def school_year(rng, region, age):
    """School-year string in the region's format for a child of `age`."""
    if region == "US":
        g = age - 5
        if g <= 0:
            return "Kindergarten"
        suf = {1: "st", 2: "nd", 3: "rd"}.get(g, "th")
        return pick(rng, [f"{g}{suf} Grade", f"Grade {g}", f"{g}{suf} grade"])
    if region in ("UK", "AU", "NZ"):
        y = age - 4 if region == "UK" else age - 5
        y = max(1, y)
        return pick(rng, [f"Year {y}", f"Yr {y}", f"Y{y}"])
    if region == "IE":
        c = age - 6
        if c <= 0:
            return "Senior Infants"
        if c <= 6:
            suf = {1: "st", 2: "nd", 3: "rd"}.get(c, "th")
            return f"{c}{suf} Class"
        return f"{c - 6}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(c - 6, 'th') } Year"
    if region == "CA":
        return pick(rng, [f"Grade {max(1, age - 5)}", f"Gr. {max(1, age - 5)}"])
    if region == "IN":
        c = max(1, age - 5)
        rom = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][c - 1]
        return pick(rng, [f"Class {c}", f"Std {rom}", f"Class {rom}"])
    return f"Grade {max(1, age - 6)}"


def class_name(rng, region, age):
    y = school_year(rng, region, age)
    return y


def dob(rng, region, age, long=False):
    y = 2025 - age
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    if long:
        if region in ("US", "CA"):
            return f"{MONTHS[m - 1]} {d}, {y}"
        return f"{d} {MONTHS[m - 1]} {y}"
    if region == "US":
        return f"{m:02d}/{d:02d}/{y}"
    if region == "CA":
        return f"{y}-{m:02d}-{d:02d}"
    if region == "IN":
        return f"{d:02d}-{m:02d}-{y}"
    if region == "ZA":
        return pick(rng, [f"{y}/{m:02d}/{d:02d}", f"{d:02d}/{m:02d}/{y}"])
    return f"{d:02d}/{m:02d}/{y}"


def event_date(rng, region, weekday=True):
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    wd = pick(rng, DAYS[:6]) + " " if weekday else ""
    if region in ("US", "CA"):
        return f"{wd}{MONTHS[m - 1]} {d}"
    return f"{wd}{d} {MONTHS[m - 1]}"


def short_date(rng, region, year=2025):
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    if region == "US":
        return f"{m}/{d}/{year}"
    if region == "CA":
        return f"{year}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{year}"


def handle(rng, fn=None, sn=None, at=False):
    fn = (fn or first(rng)).lower()
    sn = (sn or surname(rng)).lower().replace("'", "").replace(" ", "")
    w = pick(rng, HANDLE_WORDS)
    yr = str(rng.randrange(2010, 2019))
    opts = [f"{fn}_{w}{rng.randrange(10, 99)}", f"{fn}.{sn[0]}.{w}", f"xX{fn.capitalize()}{w.capitalize()}Xx",
            f"{fn}{sn[:3]}{yr}", f"{w}_{fn}{yr[-2:]}", f"the.real.{fn}{rng.randrange(1, 9)}", f"{fn}_{sn}_{yr}",
            f"{w.capitalize()}{fn.capitalize()}{rng.randrange(100, 999)}", f"{fn}{w}{yr[-2:]}", f"{fn}.{sn}{rng.randrange(1, 99)}"]
    h = pick(rng, opts)
    return ("@" + h) if at else h


def email(rng, fn=None, sn=None, region="UK", kid=True):
    fn = (fn or first(rng)).lower()
    sn = (sn or surname(rng)).lower().replace("'", "").replace(" ", "")
    dom = pick(rng, EMAIL_DOMAINS + [REGION_MAIL[region]])
    if kid:
        loc = pick(rng, [f"{fn}.{sn}{rng.randrange(2010, 2019)}", f"{fn}{sn[0]}{rng.randrange(10, 99)}", f"{fn}_{pick(rng, HANDLE_WORDS)}"])
    else:
        loc = pick(rng, [f"{fn}.{sn}", f"{fn[0]}.{sn}", f"{fn}{sn}{rng.randrange(1, 99)}", f"the{sn}family"])
    return f"{loc}@{dom}"


def personal_url(rng, h=None):
    h = h or handle(rng)
    return pick(rng, [f"youtube.com/@{h}", f"tiktok.com/@{h}", f"twitch.tv/{h}", f"instagram.com/{h}",
                      f"linktr.ee/{h}", f"roblox.com/users/{rng.randrange(10**8, 10**9)}/profile", f"snapchat.com/add/{h}"])


def team(rng, region, age=None):
    r = pick(rng, SCHOOL_ROOTS)
    a = f" U{age + 1}" if age else ""
    if region == "IE" and rng.random() < 0.5:
        return f"{r} GAA Club{a}"
    return pick(rng, [f"{r} {pick(rng, ORG_WORDS)}{a}", f"{r} {pick(rng, SPORTS)}{a}", f"{r} Juniors{a}"])


def org(rng, region):
    r = pick(rng, SCHOOL_ROOTS)
    return pick(rng, [f"{ordinal(rng.randrange(1, 9))} {r} Scouts", f"{r} Brownies", f"{pick(rng, SAINTS)} Church Choir",
                      f"{r} Swim Club", f"{r} Dance Academy", f"{r} Chess Club", f"{r} Coding Club", f"{r} Masjid Madrasa",
                      f"{r} Gurdwara Youth", f"{r} Library Book Club", team(rng, region)])


def workplace(rng):
    r = pick(rng, SCHOOL_ROOTS)
    return pick(rng, [f"{r} Dental", f"{r} Vets", f"{r} Pharmacy", f"{r} Medical Centre", f"{r} Motors", f"{r} Bakery"])


def age_str(rng, age):
    return pick(rng, [f"Age {age}", f"{age} yrs", f"{age} years old", f"age {age}", f"{age}yo"])


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"
