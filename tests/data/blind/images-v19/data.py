"""Invented people, places and numbers per region. Every private name/number is made up."""

FIRST = [
    "Amara", "Liam", "Saoirse", "Oisín", "Aarav", "Priya", "Thandiwe", "Sipho", "Aroha", "Tāne", "Mei", "Jun",
    "Omar", "Fatima", "Mateo", "Lucía", "Kwame", "Chidi", "Anika", "Isla", "Noah", "Zoë", "Ethan", "Maya",
    "Ravi", "Ishaan", "Diya", "Lerato", "Bongani", "Ngaio", "Wiremu", "Niamh", "Cian", "Aoife", "Róisín",
    "Jacob", "Chloe", "Harper", "Mason", "Ava", "Hamish", "Freya", "Yusuf", "Aisha", "Kofi", "Ama", "Hiroshi",
    "Sakura", "Min-jun", "Seo-yeon", "Linh", "Minh", "Tomasz", "Zofia", "Elif", "Emre", "Santiago", "Valentina",
    "Kai", "Leilani", "Arjun", "Kavya", "Nomvula", "Thabo", "Ruby", "Archie", "Poppy", "Finn", "Matilda", "Ollie",
    "Siddharth", "Meera", "Amir", "Layla", "Daniel", "Grace", "Keira", "Jaxon", "Mila", "Rhys", "Ffion", "Callum",
    "Eilidh", "Jamal", "Imani", "Nia", "Dev", "Tariq", "Sofia", "Luca", "Ines", "Bruno", "Ana", "Teuila", "Sione",
]
LAST = [
    "Okafor", "Murphy", "O'Sullivan", "Sharma", "Patel", "Nkosi", "Dlamini", "Ngata", "Parata", "Chen", "Wong",
    "Haddad", "Rahman", "García", "Fernández", "Mensah", "Boateng", "Eze", "Kowalski", "Nowak", "Yılmaz",
    "Nguyen", "Tran", "Kim", "Park", "Tanaka", "Suzuki", "Smith", "Brown", "MacLeod", "Campbell", "Walsh",
    "Byrne", "Kelly", "Iyer", "Reddy", "Menon", "van der Merwe", "Botha", "Naidoo", "Mokoena", "Tremblay",
    "Gagnon", "Roy", "Singh", "Kaur", "Thompson", "Wilson", "Taylor", "Evans", "Hughes", "Jones", "Williams",
    "Ali", "Hussain", "Abubakar", "Adeyemi", "Silva", "Santos", "Rossi", "Moretti", "Dubois", "Lefèvre",
    "Fa'amausili", "Tupou", "Kealoha", "Anand", "Kapoor", "Gupta", "Delaney", "Fitzgerald", "Ó Briain",
    "Osei", "Achterberg", "Lindqvist", "Novak", "Horvat", "Petrović", "Popescu", "Ivanova", "Cohen", "Levi",
]

HANDLE_WORDS = ["gamer", "pixel", "shadow", "star", "ninja", "dragon", "kitty", "panda", "storm", "blaze",
                "frost", "lucky", "wolf", "bunny", "sk8", "craft", "dino", "galaxy", "sunny", "turbo", "boba",
                "unicorn", "rocket", "clover", "bubbles", "ghost", "ace", "fox", "bean", "splash"]

REGIONS = {
    "US": {
        "towns": [("Maple Grove", "MN"), ("Cedar Falls", "IA"), ("Fairview", "OR"), ("Lakewood", "CO"),
                  ("Springfield", "IL"), ("Bellevue", "WA"), ("Round Rock", "TX"), ("Oak Park", "MI")],
        "streets": ["Birchwood Dr", "Elm St", "Sycamore Ln", "Willow Ct", "Pinecrest Ave", "Hickory Rd", "Maple Ave"],
        "school": ["{t} Elementary School", "{w} Middle School", "{w} Elementary", "{t} Intermediate School"],
        "years": ["Grade {n}", "{ord} grade", "{ord} Grade"], "yr": (1, 8),
        "date": "us", "clubs": ["{t} Little League", "Girl Scout Troop {n3}", "{t} Youth Soccer", "{w} Swim Team",
                                "Cub Scout Pack {n3}", "{t} Robotics Club"],
    },
    "UK": {
        "towns": [("Harrogate", "North Yorkshire"), ("Didsbury", "Manchester"), ("Headingley", "Leeds"),
                  ("Bishopston", "Bristol"), ("Stroud", "Gloucestershire"), ("Morningside", "Edinburgh"),
                  ("Canton", "Cardiff"), ("Jesmond", "Newcastle")],
        "streets": ["Kestrel Close", "Orchard Road", "Mill Lane", "Hawthorn Avenue", "Station Road", "Rowan Way",
                    "Cherry Tree Gardens"],
        "school": ["{t} Primary School", "St {saint}'s C of E Primary", "{w} Academy", "{t} Junior School"],
        "years": ["Year {n}", "Yr {n}", "Y{n}"], "yr": (1, 9),
        "date": "dmy", "clubs": ["{t} Juniors FC", "{n3}th {t} Brownies", "{t} Cubs", "{w} Swimming Club",
                                 "{t} Rugby Club U{n2}s", "{w} Dance Academy"],
    },
    "IE": {
        "towns": [("Ballincollig", "Co. Cork"), ("Naas", "Co. Kildare"), ("Salthill", "Galway"),
                  ("Drumcondra", "Dublin 9"), ("Castlebar", "Co. Mayo"), ("Ennis", "Co. Clare")],
        "streets": ["Ard na Gréine", "Oakpark Grove", "Church View", "Bóthar na Trá", "Riverside Drive", "Woodlawn Park"],
        "school": ["Scoil {saint}", "St {saint}'s National School", "Gaelscoil {w}", "{t} Educate Together NS"],
        "years": ["{ord} Class", "{ord} class", "{ord} Year"], "yr": (1, 6),
        "date": "dmy", "clubs": ["{t} GAA Club", "{t} Camogie U{n2}", "{w} Scouts", "{t} Athletics Club",
                                 "{w} Irish Dance School", "{t} Comhaltas"],
    },
    "CA": {
        "towns": [("Kanata", "ON"), ("Burnaby", "BC"), ("Lévis", "QC"), ("Airdrie", "AB"), ("Dartmouth", "NS"),
                  ("Oakville", "ON"), ("Saskatoon", "SK")],
        "streets": ["Tamarack Cres", "Beaver Creek Rd", "Lakeshore Blvd", "Spruce St", "Aspen Way", "Rideau Terr"],
        "school": ["{t} Public School", "{w} Elementary", "École {w}", "{t} Middle School"],
        "years": ["Grade {n}", "Gr. {n}"], "yr": (1, 8),
        "date": "iso", "clubs": ["{t} Minor Hockey U{n2}", "{n3}th {t} Scouts", "{t} Ringette", "{w} Curling Club",
                                 "{t} Youth Soccer", "{w} Figure Skating Club"],
    },
    "AU": {
        "towns": [("Parramatta", "NSW"), ("Fremantle", "WA"), ("Toowong", "QLD"), ("Brunswick", "VIC"),
                  ("Glenelg", "SA"), ("Sandy Bay", "TAS"), ("Belconnen", "ACT")],
        "streets": ["Wattle St", "Banksia Pde", "Jacaranda Ave", "Gum Tree Rd", "Kookaburra Cl", "Bottlebrush Cres"],
        "school": ["{t} Public School", "{t} Primary School", "{w} State School", "St {saint}'s Primary"],
        "years": ["Year {n}", "Yr {n}"], "yr": (1, 8),
        "date": "dmy", "clubs": ["{t} Junior AFL", "{t} Nippers", "{t} Netball Club U{n2}", "{w} Swim Club",
                                 "{n3}th {t} Scouts", "{t} Cricket Club"],
    },
    "NZ": {
        "towns": [("Ponsonby", "Auckland"), ("Karori", "Wellington"), ("Riccarton", "Christchurch"),
                  ("Ōtūmoetai", "Tauranga"), ("Hillcrest", "Hamilton"), ("Mosgiel", "Dunedin")],
        "streets": ["Pōhutukawa Dr", "Kōwhai St", "Tui Rd", "Rimu Pl", "Kauri Tce", "Harbour View Rd"],
        "school": ["{t} School", "{t} Primary School", "{w} Intermediate", "Te Kura o {w}"],
        "years": ["Year {n}", "Yr {n}"], "yr": (1, 8),
        "date": "dmy", "clubs": ["{t} Rugby Club U{n2}", "{t} Netball", "{w} Kapa Haka", "{t} Surf Life Saving",
                                 "{w} Scouts", "{t} Hockey Club"],
    },
    "IN": {
        "towns": [("Koramangala", "Bengaluru"), ("Powai", "Mumbai"), ("Salt Lake", "Kolkata"),
                  ("Anna Nagar", "Chennai"), ("Kothrud", "Pune"), ("Banjara Hills", "Hyderabad"), ("Dwarka", "New Delhi")],
        "streets": ["4th Cross Road", "Gulmohar Lane", "Shanti Nagar Road", "MG Layout", "Lotus Enclave", "Sector 12 Road"],
        "school": ["{w} Public School", "{t} Vidyalaya", "{w} International School", "St. {saint}'s High School"],
        "years": ["Class {roman}", "Std {n}", "Class {n}"], "yr": (1, 10),
        "date": "ind", "clubs": ["{t} Cricket Academy", "{w} Chess Club", "{t} Bharatanatyam Classes",
                                 "{w} Robotics Lab", "{t} Skating Club", "{w} Music School"],
    },
    "ZA": {
        "towns": [("Rondebosch", "Cape Town"), ("Durbanville", "Cape Town"), ("Randburg", "Johannesburg"),
                  ("Umhlanga", "Durban"), ("Hatfield", "Pretoria"), ("Stellenbosch", "Western Cape")],
        "streets": ["Protea Rd", "Jacaranda St", "Fynbos Cres", "Kloof Ave", "Msinsi Rd", "Acacia Lane"],
        "school": ["{t} Primary", "Laerskool {w}", "{w} Preparatory School", "{t} High School"],
        "years": ["Grade {n}", "Gr {n}"], "yr": (1, 9),
        "date": "ymd", "clubs": ["{t} Cricket Club", "{w} Netball U{n2}", "{t} Rugby Juniors", "{w} Swimming",
                                 "{t} Scouts Troop {n3}", "{w} Chess Club"],
    },
}
SCHOOL_WORDS = ["Riverside", "Hillview", "Greenfield", "Oakridge", "Sunnybank", "Westbrook", "Kingsmead",
                "Brookfield", "Lakeside", "Ashgrove", "Meadowbank", "Fernhill", "Stonebridge", "Clearwater",
                "Silverdale", "Harbourside", "Pinewood", "Valley View"]
SAINTS = ["Brigid", "Patrick", "Mary", "Joseph", "Anne", "Columba", "Thomas", "Xavier", "Teresa", "Kevin"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


class Person:
    pass


class Gen:
    """Per-image generator of invented private details for one region."""

    def __init__(self, rnd, region=None):
        self.r = rnd
        self.region = region or rnd.choice(sorted(REGIONS))
        self.R = REGIONS[self.region]

    def c(self, seq):
        return self.r.choice(seq)

    def first(self):
        return self.c(FIRST)

    def last(self):
        return self.c(LAST)

    def name(self):
        return "%s %s" % (self.first(), self.last())

    def handle(self, first=None):
        r = self.r
        f = (first or self.first()).lower().replace("ō", "o").replace("ā", "a").replace("í", "i").replace("ó", "o") \
            .replace("é", "e").replace("ë", "e").replace("ú", "u").replace("á", "a").replace("-", "")
        f = "".join(ch for ch in f if ch.isascii() and ch.isalnum())
        w = self.c(HANDLE_WORDS)
        pat = r.randrange(6)
        n = r.randrange(2008, 2019) if r.random() < 0.5 else r.randrange(1, 99)
        return [f"{f}_{w}{n}", f"{w}.{f}", f"x{f}{w}x", f"{f}{n}", f"{w}_{f}_{n}", f"{f}.{w}"][pat]

    def town(self):
        return self.c(self.R["towns"])

    def street_line(self):
        r = self.r
        n = r.randrange(2, 240)
        s = self.c(self.R["streets"])
        if self.region == "IN":
            return f"Flat {r.randrange(1, 9)}0{r.randrange(1, 9)}, {s}"
        if self.region in ("IE", "UK") and r.random() < 0.25:
            return f"{n} {s}"
        if self.region == "US" and r.random() < 0.3:
            return f"{r.randrange(100, 9800)} {s}"
        return f"{n} {s}"

    def postcode(self):
        r = self.r
        L = "ABCDEFGHJKLMNPRSTUVWXY"
        if self.region == "US":
            return "%05d" % r.randrange(10000, 99999)
        if self.region == "UK":
            return f"{self.c(['LS','BS','M','EH','CF','NE','GL','HG'])}{r.randrange(1, 20)} {r.randrange(1, 9)}{self.c(L)}{self.c(L)}"
        if self.region == "IE":
            return f"{self.c(['D09','T12','W91','H91','F23','V95'])} {self.c(L)}{r.randrange(1,9)}{self.c(L)}{r.randrange(1,9)}"
        if self.region == "CA":
            return f"{self.c(L)}{r.randrange(1,9)}{self.c(L)} {r.randrange(1,9)}{self.c(L)}{r.randrange(1,9)}"
        if self.region == "IN":
            return "%d" % r.randrange(400001, 700099)
        return "%04d" % r.randrange(800, 9999)

    def town_line(self, town=None):
        t, st = town or self.town()
        pc = self.postcode()
        if self.region == "US":
            return f"{t}, {st} {pc}"
        if self.region == "CA":
            return f"{t}, {st} {pc}"
        if self.region == "AU":
            return f"{t.upper()} {st} {pc}"
        if self.region == "IN":
            return f"{t}, {st} - {pc}"
        if self.region == "IE":
            return f"{t}, {st}, {pc}"
        return f"{t}, {st} {pc}" if self.region == "ZA" or self.region == "NZ" else f"{t} {pc}"

    def phone(self, intl=False):
        r = self.r
        rg = self.region
        d = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
        if rg in ("US", "CA"):
            a = self.c(["612", "319", "503", "720", "613", "604", "905", "214"])
            return f"+1 {a} 555 01{d(2)}" if intl else self.c([f"({a}) 555-01{d(2)}", f"{a}-555-01{d(2)}"])
        if rg == "UK":
            return f"+44 7700 900{d(3)}" if intl else f"07700 900{d(3)}"
        if rg == "IE":
            return f"+353 8{r.randrange(3,9)} {d(3)} {d(4)}" if intl else f"08{r.randrange(3,9)} {d(3)} {d(4)}"
        if rg == "AU":
            return f"+61 491 570 {d(3)}" if intl else f"0491 570 {d(3)}"
        if rg == "NZ":
            return f"+64 21 {d(3)} {d(4)}" if intl else f"021 {d(3)} {d(4)}"
        if rg == "IN":
            return f"+91 9{d(4)} {d(5)}" if intl else f"9{d(4)} {d(5)}"
        return f"+27 82 {d(3)} {d(4)}" if intl else f"082 {d(3)} {d(4)}"

    def phone_digits(self):
        p = self.phone(intl=True)
        return "".join(ch for ch in p if ch.isdigit())

    def email(self, first=None, last=None):
        f = (first or self.first())
        l = (last or self.last())
        clean = lambda s: "".join(ch for ch in s.lower() if ch.isascii() and ch.isalpha())
        dom = {"US": "example.com", "UK": "example.co.uk", "IE": "example.ie", "CA": "example.ca",
               "AU": "example.com.au", "NZ": "example.co.nz", "IN": "example.in", "ZA": "example.co.za"}[self.region]
        p = self.r.randrange(4)
        return [f"{clean(f)}.{clean(l)}@{dom}", f"{clean(f)}{self.r.randrange(10, 99)}@{dom}",
                f"{clean(l)}.family@{dom}", f"{clean(f)[0]}{clean(l)}@{dom}"][p]

    def school(self):
        t = self.town()[0]
        pat = self.c(self.R["school"])
        return pat.format(t=t, w=self.c(SCHOOL_WORDS), saint=self.c(SAINTS))

    def club(self):
        t = self.town()[0]
        return self.c(self.R["clubs"]).format(t=t, w=self.c(SCHOOL_WORDS), n2=self.r.choice([9, 10, 11, 12, 13]),
                                              n3=self.r.randrange(1, 60))

    def year(self, n=None):
        lo, hi = self.R["yr"]
        n = n or self.r.randrange(lo, hi + 1)
        return self.c(self.R["years"]).format(n=n, ord=ordinal(n), roman=ROMAN[n - 1])

    def age_phrase(self):
        a = self.r.randrange(6, 14)
        return self.c([f"{a} years old", f"age {a}", f"{a} yrs", f"I'm {a}", f"Age: {a}", f"{a}yo"]), a

    def date(self, y, m, d):
        f = self.R["date"]
        if f == "us":
            return f"{m:02d}/{d:02d}/{y}"
        if f == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if f == "ind":
            return f"{d:02d}-{m:02d}-{y}"
        if f == "ymd":
            return f"{y}/{m:02d}/{d:02d}"
        return f"{d:02d}/{m:02d}/{y}"

    def long_date(self, y, m, d):
        if self.region in ("US", "CA"):
            return f"{MONTHS[m-1]} {d}, {y}"
        return f"{d} {MONTHS[m-1]} {y}"

    def dob(self):
        y, m, d = self.r.randrange(2011, 2019), self.r.randrange(1, 13), self.r.randrange(1, 29)
        return self.date(y, m, d) if self.r.random() < 0.7 else self.long_date(y, m, d)

    def event_date(self):
        y, m, d = 2025, self.r.randrange(1, 13), self.r.randrange(1, 29)
        return self.date(y, m, d)

    def url(self, handle=None):
        h = handle or self.handle()
        return self.c([f"youtube.com/@{h}", f"tiktok.com/@{h}", f"instagram.com/{h}", f"twitch.tv/{h}",
                       f"{h}.example.net", f"roblox.com/users/{self.r.randrange(10**8, 10**9)}/profile"])

    def workplace(self):
        return self.c(["Riverbend Vet Clinic", "Harbour Dental Care", "Greenleaf Pharmacy", "Northside Motors",
                       "Sunrise Bakery", "Hilltop Physio", "Coastal Plumbing Ltd", "Brightside Accountants",
                       "Meadow Lane Surgery", "Oakwood Builders", "Bluegum Cafe", "Lakeview Dental"])

    def worship(self):
        return self.c(["St Anne's Parish Youth Group", "Al-Noor Mosque Madrassa", "Shri Ganesh Temple Sunday Class",
                       "Beth Shalom Hebrew School", "Grace Community Church Kids", "Gurdwara Sahib Youth Kirtan"])

    def org(self):
        return self.club() if self.r.random() < 0.75 else self.c([self.workplace(), self.worship()])
