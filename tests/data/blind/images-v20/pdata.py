"""Invented personal data for the test-image generator.

Every private name, number, address and handle is assembled at random from
the word lists below; none refers to a real person.  Towns and suburbs are
real public place names (they only "locate" the invented child).
"""

FIRST = {
    "anglo": ["Ava", "Oliver", "Mia", "Jack", "Isla", "Harry", "Ruby", "Charlie", "Poppy", "Noah",
              "Ella", "Leo", "Grace", "Finn", "Lily", "Oscar", "Evie", "Archie", "Chloe", "Henry",
              "Maisie", "Alfie", "Tilly", "Max", "Hazel", "Toby", "Matilda", "Riley", "Sophie", "Ben"],
    "irish": ["Saoirse", "Cian", "Aoife", "Oisin", "Niamh", "Tadhg", "Caoimhe", "Darragh", "Roisin",
              "Eoin", "Siofra", "Fionn", "Clodagh", "Ronan", "Ailbhe"],
    "indian": ["Aarav", "Diya", "Vihaan", "Ananya", "Ishaan", "Saanvi", "Arjun", "Priya", "Kabir",
               "Meera", "Rohan", "Aditi", "Dev", "Kavya", "Neel", "Tara", "Reyansh", "Anika"],
    "african": ["Thabo", "Lerato", "Sipho", "Naledi", "Kagiso", "Zanele", "Amahle", "Lwazi",
                "Chidi", "Amara", "Kwame", "Ayo", "Zola", "Themba", "Nomvula", "Kofi", "Imani"],
    "maori_pacific": ["Tane", "Aroha", "Nikau", "Kaia", "Wiremu", "Mere", "Manaia", "Anahera",
                      "Sione", "Losa", "Tama", "Hine"],
    "east_asian": ["Wei", "Mei", "Hiro", "Yuna", "Jun", "Min-jun", "Seo-yeon", "Kenji", "Lin",
                   "Hana", "Jia", "Ren", "Sora", "Yi-ting"],
    "hispanic": ["Mateo", "Sofia", "Diego", "Valentina", "Lucas", "Camila", "Santiago", "Lucia",
                 "Gabriel", "Elena", "Javier", "Isabela"],
    "arabic": ["Omar", "Layla", "Yusuf", "Amira", "Zayn", "Noor", "Hamza", "Mariam", "Idris", "Safiya"],
    "european": ["Luca", "Elsa", "Jonas", "Freya", "Matteo", "Ingrid", "Nils", "Chiara", "Emil",
                 "Zofia", "Pieter", "Anouk", "Milan", "Katja"],
    "indigenous_ca": ["Kiona", "Takoda", "Aiyana", "Nayeli", "Dakota", "Sakari"],
}
LAST = {
    "anglo": ["Thompson", "Whitfield", "Harrington", "Bramley", "Ashworth", "Pemberton", "Caldwell",
              "Hollis", "Marsden", "Fairbairn", "Langley", "Kingsford", "Radcliffe", "Sutton",
              "Blackwood", "Ellery", "Hargreaves", "Prescott", "Winslow", "Dunmore"],
    "irish": ["O'Callaghan", "Mulcahy", "Gallagher", "Byrne", "Dunleavy", "Fitzgerald", "Keohane",
              "McGuinness", "Brennan", "Ni Bhriain", "Costigan", "Flannery"],
    "indian": ["Patel", "Iyer", "Sharma", "Reddy", "Nair", "Chatterjee", "Deshpande", "Menon",
               "Kulkarni", "Bhatt", "Rao", "Gupta", "Pillai", "Joshi"],
    "african": ["Mokoena", "Dlamini", "Nkosi", "Okafor", "Mensah", "Ndlovu", "Khumalo", "Adeyemi",
                "Botha", "Van der Merwe", "Mahlangu", "Osei", "Sithole"],
    "maori_pacific": ["Ngata", "Tawhiri", "Parata", "Fonoti", "Tupou", "Walker-Rangi", "Te Rangi",
                      "Faleolo", "Horomona"],
    "east_asian": ["Chen", "Nakamura", "Kim", "Tanaka", "Wong", "Park", "Liu", "Sato", "Zhao",
                   "Lee", "Nguyen", "Tran"],
    "hispanic": ["Garcia", "Morales", "Herrera", "Castillo", "Vargas", "Rojas", "Delgado", "Navarro"],
    "arabic": ["Haddad", "Mansour", "Khalil", "Nasser", "Rahman", "Aziz", "Farouk"],
    "european": ["Kowalski", "Lindqvist", "Rossi", "De Vries", "Novak", "Schneider", "Berg",
                 "Moreau", "Janssen", "Horvath"],
    "indigenous_ca": ["Cardinal", "Morningstar", "Bearpaw", "Littlechild", "Whitehorse"],
}
ADULT_TITLES = ["Mrs", "Mr", "Ms", "Miss", "Dr"]

REGION_CULTURES = {
    "US": ["anglo", "hispanic", "east_asian", "african", "indian", "arabic", "european"],
    "UK": ["anglo", "indian", "african", "european", "arabic", "irish"],
    "IE": ["irish", "anglo", "european", "african"],
    "CA": ["anglo", "european", "east_asian", "indigenous_ca", "indian", "hispanic"],
    "AU": ["anglo", "east_asian", "european", "indian", "maori_pacific"],
    "NZ": ["maori_pacific", "anglo", "east_asian", "indian"],
    "IN": ["indian"],
    "ZA": ["african", "anglo", "indian", "european"],
}
REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]

STREET_WORDS = ["Kauri", "Maple", "Wattle", "Harbour", "Oakridge", "Linden", "Jacaranda", "Rowan",
                "Willow", "Cedar", "Juniper", "Banksia", "Heather", "Laurel", "Primrose", "Magnolia",
                "Kowhai", "Protea", "Aspen", "Hazelwood", "Fern", "Larch", "Tamarind", "Ashgrove",
                "Birchfield", "Kingfisher", "Marigold", "Pohutukawa", "Silverbirch", "Bluegum"]
STREET_TYPES = {
    "US": ["St", "Ave", "Drive", "Lane", "Court", "Road", "Way", "Blvd"],
    "UK": ["Road", "Close", "Lane", "Crescent", "Gardens", "Avenue", "Way", "Street"],
    "IE": ["Road", "Park", "Avenue", "Grove", "Lawns", "Drive", "Heights"],
    "CA": ["Street", "Avenue", "Crescent", "Drive", "Road", "Court"],
    "AU": ["Street", "Avenue", "Parade", "Crescent", "Close", "Road", "Place"],
    "NZ": ["Street", "Road", "Terrace", "Crescent", "Place", "Avenue"],
    "IN": ["Road", "Marg", "Nagar", "Lane", "Street", "Colony"],
    "ZA": ["Street", "Avenue", "Road", "Crescent", "Drive", "Close"],
}
TOWNS = {
    "US": [("Springfield", "IL"), ("Plano", "TX"), ("Eugene", "OR"), ("Dayton", "OH"), ("Boise", "ID"),
           ("Tempe", "AZ"), ("Madison", "WI"), ("Albany", "NY"), ("Raleigh", "NC"), ("Fresno", "CA")],
    "UK": [("Harrogate", ""), ("Croydon", ""), ("Stockport", ""), ("Swindon", ""), ("Exeter", ""),
           ("Chelmsford", ""), ("Wrexham", ""), ("Paisley", ""), ("Luton", ""), ("Bangor", "")],
    "IE": [("Swords", "Co. Dublin"), ("Ballincollig", "Co. Cork"), ("Naas", "Co. Kildare"),
           ("Tralee", "Co. Kerry"), ("Galway", "Co. Galway"), ("Drogheda", "Co. Louth"), ("Ennis", "Co. Clare")],
    "CA": [("Burnaby", "BC"), ("Mississauga", "ON"), ("Laval", "QC"), ("Red Deer", "AB"), ("Halifax", "NS"),
           ("Saskatoon", "SK"), ("Kelowna", "BC"), ("Guelph", "ON")],
    "AU": [("Parramatta", "NSW"), ("Fremantle", "WA"), ("Geelong", "VIC"), ("Toowoomba", "QLD"),
           ("Glenelg", "SA"), ("Ballarat", "VIC"), ("Hobart", "TAS"), ("Bendigo", "VIC")],
    "NZ": [("Riccarton", "Christchurch"), ("Ponsonby", "Auckland"), ("Karori", "Wellington"),
           ("Frankton", "Hamilton"), ("Mosgiel", "Dunedin"), ("Papamoa", "Tauranga"), ("Stoke", "Nelson")],
    "IN": [("Koramangala", "Bengaluru"), ("Andheri West", "Mumbai"), ("Salt Lake", "Kolkata"),
           ("Kothrud", "Pune"), ("Adyar", "Chennai"), ("Banjara Hills", "Hyderabad"), ("Vasant Kunj", "New Delhi")],
    "ZA": [("Rondebosch", "Cape Town"), ("Sandton", "Johannesburg"), ("Umhlanga", "Durban"),
           ("Brooklyn", "Pretoria"), ("Stellenbosch", ""), ("Summerstrand", "Gqeberha"), ("Bloemfontein", "")],
}
SCHOOL_PATTERNS = {
    "US": ["{w} Elementary School", "{w} Middle School", "{w} Creek Elementary", "{w} Park Elementary"],
    "UK": ["{w} Primary School", "St {s}'s C of E Primary", "{w} Academy", "{w} Junior School"],
    "IE": ["Scoil {s}", "St {s}'s National School", "{w} Community College", "Gaelscoil {w}"],
    "CA": ["{w} Elementary School", "{w} Public School", "Ecole {w}", "{w} Middle School"],
    "AU": ["{w} Public School", "{w} Primary School", "St {s}'s Primary", "{w} State School"],
    "NZ": ["{w} School", "{w} Intermediate", "{w} Primary School", "Te Kura o {w}"],
    "IN": ["{w} Public School", "Kendriya Vidyalaya {w}", "St {s}'s High School", "{w} International School"],
    "ZA": ["Laerskool {w}", "{w} Primary School", "{w} Preparatory", "St {s}'s College"],
}
SAINTS = ["Brigid", "Patrick", "Mary", "Joseph", "Anne", "Columba", "Kevin", "Michael", "Teresa", "Andrew"]
SCHOOL_WORDS = ["Greenfield", "Hillcrest", "Riverbend", "Oakwood", "Westmead", "Kowhai Grove", "Bayview",
                "Sunnyvale", "Lakeside", "Fernhill", "Brookside", "Highgate", "Meadowbank", "Pinecrest",
                "Stonebridge", "Ridgeway", "Wattle Park", "Seaview", "Elmhurst", "Kingswood"]
ORG_PATTERNS = ["{w} Juniors FC", "{w} Swim Club", "{w} Netball Club", "{n} Scout Troop",
                "{w} Cubs", "{w} Dance Academy", "{w} Rugby Club U{a}", "{w} Little League",
                "{w} Youth Orchestra", "{w} Cricket Club", "{w} Gymnastics", "St {s}'s Parish Choir",
                "{w} Baptist Church", "{w} Masjid Youth Circle", "{w} Hockey U{a}", "{w} Chess Club",
                "{w} Girl Guides", "{w} Robotics Club"]
ORG_WORDS = ["Harbourside", "Northgate", "Eastfield", "Kingsmead", "Redwood", "Bluewater", "Summit",
             "Thornbury", "Millbrook", "Southbank", "Ironbark", "Clearwater", "Foxglove", "Rivermouth"]
WORKPLACES = ["{w} Dental Care", "{w} Vets", "{w} Pharmacy", "{w} Plumbing Ltd", "{w} Bakery",
              "{w} Physio Clinic", "{w} Motors"]
PETS = ["Biscuit", "Pepper", "Mango", "Luna", "Milo", "Noodle", "Ziggy", "Coco", "Bella", "Rocket"]
PET_KINDS = ["DOG", "CAT", "RABBIT", "PUPPY", "KITTEN", "TORTOISE"]
HANDLE_WORDS = ["dragon", "pixel", "ninja", "shadow", "sparkle", "blaze", "frosty", "turbo", "kitty",
                "craft", "gamer", "wolf", "storm", "star", "bunny", "rocket", "panda", "slime", "ghost",
                "cookie", "unicorn", "creeper", "tiger", "boba", "moon", "llama"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "proton.me",
                 "bigpond.com", "xtra.co.nz", "rediffmail.com", "eircom.net"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Person:
    pass


class Gen:
    """Per-image generator of invented personal data for one region."""

    def __init__(self, rng, region=None):
        self.r = rng
        self.region = region or rng.choice(REGIONS)
        self.used = []

    # ---- names
    def culture(self):
        return self.r.choice(REGION_CULTURES[self.region])

    def first(self, culture=None):
        c = culture or self.culture()
        return self.r.choice(FIRST[c])

    def last(self, culture=None):
        c = culture or self.culture()
        return self.r.choice(LAST[c])

    def full(self, culture=None):
        c = culture or self.culture()
        return f"{self.first(c)} {self.last(c)}"

    def adult(self, surname=None):
        t = self.r.choice(ADULT_TITLES)
        return f"{t} {surname or self.last()}"

    def child(self):
        p = Person()
        c = self.culture()
        p.first = self.first(c)
        p.last = self.last(c)
        p.name = f"{p.first} {p.last}"
        p.age = self.r.randint(5, 14)
        p.year = self.r.randint(2009, 2019)
        p.parent_first = self.first(c)
        p.parent = f"{p.parent_first} {p.last}"
        p.handle = self.handle(p.first)
        return p

    def handle(self, first=None):
        r = self.r
        f = (first or self.first()).lower().replace(" ", "").replace("'", "").replace("-", "")
        w = r.choice(HANDLE_WORDS)
        pat = r.randint(0, 7)
        n = r.randint(1, 2019)
        if pat == 0:
            return f"{f}_{w}{r.randint(1, 99)}"
        if pat == 1:
            return f"{w}{f.capitalize()}{r.randint(2009, 2017)}"
        if pat == 2:
            return f"xX{w.capitalize()}{f.capitalize()}Xx"
        if pat == 3:
            return f"{f}.{w}.{r.randint(10, 99)}"
        if pat == 4:
            return f"{w.capitalize()}{r.choice(HANDLE_WORDS).capitalize()}{n % 1000}"
        if pat == 5:
            return f"{f}{r.randint(10, 15)}_{w}"
        if pat == 6:
            return f"the_real_{f}{n % 100}"
        return f"{f[:4]}{w}{r.randint(100, 999)}"

    def email(self, first, last):
        r = self.r
        f = first.lower().replace(" ", "").replace("'", "").replace("-", "")
        l = last.lower().replace(" ", "").replace("'", "").replace("-", "")
        pat = r.randint(0, 3)
        local = [f"{f}.{l}", f"{f}{l[0]}{r.randint(10, 2016)}", f"{f}_{r.choice(HANDLE_WORDS)}",
                 f"{l}.family"][pat]
        return f"{local}@{r.choice(EMAIL_DOMAINS)}"

    # ---- phones (invented; drama/fictional ranges where they exist)
    def phone(self, mobile=True, intl=False):
        r, g = self.r, self.region
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        if g in ("US", "CA"):
            area = r.choice(["206", "312", "415", "512", "604", "416", "403", "614", "919", "503"])
            num = f"555-01{d(2)}"
            return f"+1 {area} {num}" if intl else r.choice([f"({area}) {num}", f"{area}-{num}", f"{area}.{num.replace('-', '.')}"])
        if g == "UK":
            if mobile:
                return f"+44 7700 900{d(3)}" if intl else f"07700 900{d(3)}"
            return f"0113 496 0{d(3)}"
        if g == "IE":
            p = r.choice(["083", "085", "086", "087", "089"])
            return f"+353 {p[1:]} 9{d(2)} {d(4)}" if intl else f"{p} 9{d(2)} {d(4)}"
        if g == "AU":
            if mobile:
                return f"+61 491 57{d(1)} {d(3)}" if intl else f"0491 57{d(1)} {d(3)}"
            return f"(02) 5550 {d(4)}"
        if g == "NZ":
            p = r.choice(["021", "022", "027"])
            return f"+64 {p[1:]} 9{d(2)} {d(4)}" if intl else f"{p} 9{d(2)} {d(4)}"
        if g == "IN":
            return f"+91 98{d(3)} {d(5)}" if intl else r.choice([f"98{d(3)} {d(5)}", f"+91 97{d(3)}-{d(5)}"])
        # ZA
        p = r.choice(["071", "072", "082", "083", "084"])
        return f"+27 {p[1:]} 9{d(2)} {d(4)}" if intl else f"{p} 9{d(2)} {d(4)}"

    def phone_digits(self):
        s = self.phone(intl=True)
        return "".join(ch for ch in s if ch.isdigit())

    # ---- addresses
    def town(self):
        return self.r.choice(TOWNS[self.region])

    def street(self):
        return f"{self.r.choice(STREET_WORDS)} {self.r.choice(STREET_TYPES[self.region])}"

    def postcode(self):
        r, g = self.r, self.region
        L = lambda: r.choice("ABCDEFGHJKLMNPRSTUWXYZ")
        D = lambda: str(r.randint(0, 9))
        if g == "US":
            return f"{r.randint(10000, 99899):05d}"
        if g == "UK":
            return f"{L()}{L()}{r.randint(1, 29)} {D()}{L()}{L()}"
        if g == "IE":
            return f"{r.choice(['D15', 'T12', 'W91', 'V92', 'H91', 'A92', 'V95'])} {L()}{D()}{L()}{D()}"
        if g == "CA":
            return f"{L()}{D()}{L()} {D()}{L()}{D()}"
        if g in ("AU", "ZA", "NZ"):
            return f"{r.randint(1000, 8999):04d}"
        return f"{r.randint(110001, 600099)}"

    def address(self):
        """Returns (line1, line2, town) - line1 = number + street, line2 = town/state/postcode."""
        r, g = self.r, self.region
        no = r.randint(2, 248)
        st = self.street()
        t, sub = self.town()
        pc = self.postcode()
        if g == "US":
            l1 = f"{no} {st}"
            l2 = f"{t}, {sub} {pc}"
        elif g == "UK":
            l1 = f"{no} {st}"
            l2 = f"{t} {pc}"
        elif g == "IE":
            l1 = f"{no} {st}"
            l2 = f"{t}, {sub} {pc}"
        elif g == "CA":
            l1 = f"{no} {st}"
            l2 = f"{t}, {sub} {pc}"
        elif g == "AU":
            l1 = f"{no} {st}"
            l2 = f"{t.upper()} {sub} {pc}"
        elif g == "NZ":
            l1 = f"{no} {st}"
            l2 = f"{t}, {sub} {pc}"
        elif g == "IN":
            l1 = f"Flat {r.randint(1, 12)}0{r.randint(1, 9)}, {st}"
            l2 = f"{t}, {sub} {pc}"
        else:
            l1 = f"{no} {st}"
            l2 = f"{t}, {sub} {pc}".replace(", ", ", ") if sub else f"{t} {pc}"
        return l1, l2, t

    # ---- schools, orgs, years, dates
    def school(self):
        pat = self.r.choice(SCHOOL_PATTERNS[self.region])
        return pat.format(w=self.r.choice(SCHOOL_WORDS), s=self.r.choice(SAINTS))

    def org(self):
        pat = self.r.choice(ORG_PATTERNS)
        return pat.format(w=self.r.choice(ORG_WORDS), n=self.r.choice(["1st", "3rd", "5th", "12th"]) + " " + self.r.choice(ORG_WORDS),
                          a=self.r.choice([9, 10, 11, 12, 13, 14]), s=self.r.choice(SAINTS))

    def workplace(self):
        return self.r.choice(WORKPLACES).format(w=self.r.choice(ORG_WORDS))

    def school_year(self, age):
        g = self.region
        n = max(1, min(9, age - 5))
        if g in ("UK", "AU", "NZ"):
            return f"Year {n + 1 if g != 'AU' else n}"
        if g == "IE":
            ords = ["1st", "2nd", "3rd", "4th", "5th", "6th"]
            return f"{ords[min(5, max(0, n - 2))]} Class"
        if g in ("US", "CA"):
            return self.r.choice([f"Grade {n}", f"{self.ordinal(n)} Grade"])
        if g == "IN":
            return self.r.choice([f"Class {n}", f"Std {self.roman(n)}"])
        return f"Grade {n}"

    def class_code(self, age):
        g = self.region
        n = max(1, min(9, age - 5))
        if g == "UK":
            return f"{n + 1}{self.r.choice('BKPTW')}"
        if g == "IN":
            return f"{self.roman(n)}-{self.r.choice('ABCD')}"
        return f"{n}{self.r.choice('ABCDE')}"

    @staticmethod
    def ordinal(n):
        suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suf}"

    @staticmethod
    def roman(n):
        return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n - 1]

    def date(self, y=None, m=None, d=None, style=None):
        r, g = self.r, self.region
        y = y or r.randint(2010, 2019)
        m = m or r.randint(1, 12)
        d = d or r.randint(1, 28)
        style = style if style is not None else r.randint(0, 2)
        if g == "US":
            return [f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y % 100:02d}"][style]
        if g == "IN":
            return [f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"][style]
        if g == "ZA":
            return [f"{y}/{m:02d}/{d:02d}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"][style]
        if g == "CA":
            return [f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}"][style]
        return [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d}.{m}.{y % 100:02d}"][style]

    def dob(self, p):
        return self.date(y=p.year)

    def event_date(self):
        r = self.r
        m, d = r.randint(1, 12), r.randint(1, 28)
        if self.region == "US":
            return f"{DAYS[r.randint(0, 6)]}, {MONTHS[m - 1]} {d}"
        return f"{DAYS[r.randint(0, 6)]} {d} {MONTHS[m - 1]}"

    def url(self, handle=None):
        r = self.r
        h = handle or self.handle()
        return r.choice([f"instagram.com/{h}", f"tiktok.com/@{h}", f"youtube.com/@{h}",
                         f"twitch.tv/{h.lower()}", f"discord.gg/{h[:6]}{r.randint(100, 999)}",
                         f"roblox.com/users/{r.randint(100000000, 999999999)}/profile",
                         f"snapchat.com/add/{h.lower()}", f"{h.lower().replace('_', '').replace('.', '')}.wixsite.com/home"])
