"""Invented personal data per region. Every private name, number and address is made up."""

FIRST = [
    "Aoife", "Cian", "Saoirse", "Oisin", "Niamh", "Ruairi", "Maeve", "Darragh",
    "Amelia", "Oliver", "Isla", "Harry", "Poppy", "Alfie", "Freya", "Archie",
    "Chidi", "Adaeze", "Tobenna", "Ngozi", "Kwame", "Ama", "Yaw", "Efua",
    "Aarav", "Priya", "Ishaan", "Ananya", "Vihaan", "Diya", "Rohan", "Kavya",
    "Wei", "Mei", "Jun", "Xin", "Hao", "Lian", "Minh", "Linh", "Bao", "Thao",
    "Omar", "Layla", "Yusuf", "Amira", "Zain", "Noor", "Hamza", "Mariam",
    "Zofia", "Kacper", "Lena", "Mateusz", "Hana", "Tomas", "Ewa", "Jakub",
    "Aroha", "Nikau", "Manaia", "Anahera", "Tane", "Kiri", "Wiremu", "Mere",
    "Pieter", "Annelie", "Ruan", "Liezl", "Thabo", "Lerato", "Sipho", "Naledi",
    "Mateo", "Sofia", "Diego", "Valentina", "Lucia", "Santiago", "Camila", "Javier",
    "Jae", "Min-jun", "Seo-yeon", "Ji-woo", "Malia", "Sione", "Tevita", "Losa",
    "Mia", "Noah", "Zara", "Leo", "Ava", "Ethan", "Chloe", "Lucas", "Ruby", "Jack",
    "Ines", "Rafael", "Beatriz", "Kofi", "Imani", "Tariq", "Salma", "Arjun", "Meera",
    "Kai", "Lani", "Elif", "Emre", "Yara", "Dario", "Nadia", "Bram", "Femke",
]
LAST = [
    "Okafor", "Nwosu", "Mensah", "Boateng", "Adeyemi", "Osei", "Eze",
    "Murphy", "Byrne", "O'Sullivan", "Fitzgerald", "Kavanagh", "McGrath", "Doyle",
    "Whitfield", "Ashworth", "Pemberton", "Hollis", "Marsden", "Thorne",
    "Sharma", "Nair", "Iyer", "Kapoor", "Reddy", "Banerjee", "Menon", "Deshpande",
    "Chen", "Liang", "Zhou", "Tan", "Nguyen", "Tran", "Pham", "Le",
    "Haddad", "Rahman", "Aziz", "Khalil", "Saleh", "Farouk",
    "Kowalski", "Nowak", "Wisniewska", "Zielinski", "Novak", "Horvat",
    "Te Rangi", "Parata", "Ngata", "Tuhiwai", "Walker-Hohaia",
    "van der Merwe", "Botha", "Pretorius", "Dlamini", "Nkosi", "Mokoena",
    "Garcia", "Moreno", "Alvarez", "Castillo", "Ruiz", "Delgado",
    "Kim", "Park", "Choi", "Tupou", "Faleolo", "Taufa",
    "Campbell", "Brennan", "Kowalczyk", "Lindqvist", "Yilmaz", "Demir", "de Vries",
    "Oyelaran", "Achterberg", "Castellano", "Mahlangu", "Rasmussen",
]

REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]

STREET_NAMES = {
    "US": ["Maple Ridge Dr", "Cedar Hollow Ln", "Birchwood Ave", "Willow Creek Rd", "Juniper Ct", "Elmhurst St", "Sycamore Way"],
    "UK": ["Rowan Close", "Foxglove Way", "Beechcroft Road", "Larkspur Gardens", "Millbrook Lane", "Heather Mews", "Sandpiper Drive"],
    "IE": ["Ashgrove Park", "Castleview Drive", "Woodbine Lawn", "Hazelbrook Road", "Sallymount Avenue", "Glenview Close"],
    "CA": ["Birchmount Cres", "Tamarack Dr", "Spruce Hill Rd", "Lakeshore Blvd", "Maplewood Ave", "Cranberry Lane"],
    "AU": ["Wattle St", "Banksia Cres", "Jacaranda Ave", "Kookaburra Ct", "Coolabah Rd", "Grevillea Pl"],
    "NZ": ["Kowhai Road", "Totara Street", "Rimu Crescent", "Pohutukawa Drive", "Karaka Lane", "Matai Place"],
    "IN": ["5th Cross, 12th Main", "Lotus Lane", "Gulmohar Road", "Ashoka Marg", "Nehru Street", "Shanti Nagar Road"],
    "ZA": ["Protea Ave", "Jacaranda St", "Disa Road", "Fynbos Cres", "Kiaat Lane", "Baobab Close"],
}
TOWNS = {  # (suburb/town, city/county/state, postcode pattern)
    "US": [("Springfield", "OR", "97477"), ("Frederick", "MD", "21701"), ("Boulder", "CO", "80304"), ("Plano", "TX", "75024"), ("Madison", "WI", "53711"), ("Asheville", "NC", "28805")],
    "UK": [("Harrogate", "", "HG2 7QP"), ("Didsbury", "Manchester", "M20 6RT"), ("Headington", "Oxford", "OX3 9LN"), ("Clifton", "Bristol", "BS8 4JD"), ("Morningside", "Edinburgh", "EH10 5HR"), ("Roath", "Cardiff", "CF24 3DG")],
    "IE": [("Ballincollig", "Co. Cork", "P31 X2K8"), ("Drumcondra", "Dublin 9", "D09 K7W3"), ("Salthill", "Galway", "H91 F6P2"), ("Navan", "Co. Meath", "C15 R4T6"), ("Ennis", "Co. Clare", "V95 H3Y1")],
    "CA": [("Guelph", "ON", "N1H 3K7"), ("Kitsilano", "Vancouver, BC", "V6K 2P4"), ("Dartmouth", "NS", "B2W 4L9"), ("Leduc", "AB", "T9E 6M2"), ("Verdun", "Montreal, QC", "H4G 1S8")],
    "AU": [("Toowong", "QLD", "4066"), ("Brunswick", "VIC", "3056"), ("Marrickville", "NSW", "2204"), ("Subiaco", "WA", "6008"), ("Norwood", "SA", "5067")],
    "NZ": [("Karori", "Wellington", "6012"), ("Ponsonby", "Auckland", "1011"), ("Riccarton", "Christchurch", "8041"), ("Hillcrest", "Hamilton", "3216"), ("Roslyn", "Dunedin", "9010")],
    "IN": [("Indiranagar", "Bengaluru", "560038"), ("Kothrud", "Pune", "411038"), ("Salt Lake", "Kolkata", "700091"), ("Adyar", "Chennai", "600020"), ("Dwarka", "New Delhi", "110075")],
    "ZA": [("Rondebosch", "Cape Town", "7700"), ("Parkhurst", "Johannesburg", "2193"), ("Hatfield", "Pretoria", "0083"), ("Umhlanga", "Durban", "4319"), ("Stellenbosch Central", "Stellenbosch", "7600")],
}
SCHOOL_PAT = {
    "US": ["{t} Elementary School", "{n} Middle School", "{n} Elementary", "{t} Heights Academy"],
    "UK": ["{n} Primary School", "St {s}'s C of E Primary", "{t} Academy", "{n} Junior School"],
    "IE": ["Scoil {s}", "St {s}'s National School", "Gaelscoil {n}", "{t} Community College"],
    "CA": ["{n} Public School", "{t} Elementary", "Ecole {n}", "{n} Middle School"],
    "AU": ["{t} State School", "{n} Primary School", "{t} Public School", "St {s}'s Catholic Primary"],
    "NZ": ["{t} School", "{n} Intermediate", "{t} Primary", "{n} Kura"],
    "IN": ["{n} Public School", "St. {s}'s Convent School", "{n} Vidyalaya", "{t} International School"],
    "ZA": ["{n} Primary School", "Laerskool {n}", "{t} Preparatory", "{n} High School"],
}
SCHOOL_N = ["Oakfield", "Brookside", "Kingsmead", "Willowbank", "Harbourview", "Riverstone", "Greenhill", "Fernlea", "Lakeside", "Hillcrest", "Sunnybank", "Meadowvale"]
SAINTS = ["Brigid", "Columba", "Patrick", "Joseph", "Mary", "Anne", "Aidan", "Xavier"]

YEAR_FMT = {
    "US": lambda g: [f"Grade {g}", f"{_ord(g)} grade", f"{_ord(g)} Grade"][g % 3],
    "UK": lambda g: f"Year {g + 1}",
    "IE": lambda g: [f"{_ord(g)} Class", f"{_ord(g)} class"][g % 2] if g <= 6 else f"{_ord(g - 6)} Year",
    "CA": lambda g: f"Grade {g}",
    "AU": lambda g: f"Year {g}",
    "NZ": lambda g: f"Year {g + 1}",
    "IN": lambda g: [f"Class {g}", f"Std {_roman(g)}", f"Class {_roman(g)}"][g % 3],
    "ZA": lambda g: f"Grade {g}",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
CLUBS = ["{t} Juniors FC", "{t} Swim Club", "{n} Netball Club", "{t} Scouts Group", "{n} Cricket Club", "{t} Little Athletics",
         "{n} Dance Academy", "{t} Rugby Club U{a}", "{n} Chess Club", "{t} Gymnastics", "1st {t} Brownies", "{n} Hurling Club",
         "{t} Mosque Youth Circle", "St {s}'s Parish Youth", "{t} Gurdwara Kids Class", "{n} Robotics Club"]
WORKPLACES = ["{t} Veterinary Clinic", "{n} Dental Care", "{t} Building Supplies", "{n} Pharmacy", "{t} Community Hospital"]
PETS = ["Biscuit", "Pepper", "Mango", "Luna", "Ziggy", "Oreo", "Coco", "Bandit", "Maple", "Tiger"]
EMAIL_DOM = ["example.com", "example.org", "example.net", "mail.example.com", "inbox.example.co.uk"]


def _ord(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _roman(n):
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][n]


def ascii_fold(s):
    tr = {"'": "", " ": "", "-": ""}
    return "".join(tr.get(c, c) for c in s)


def phone(rng, region, intl=False):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    if region in ("US", "CA"):
        area = rng.choice(["415", "303", "919", "608", "512"] if region == "US" else ["604", "519", "902", "403", "613"])
        num = f"555-01{d(2)}"
        return f"+1 {area} {num}" if intl else rng.choice([f"({area}) {num}", f"{area}-{num}", f"{area}.{num.replace('-', '.')}"])
    if region == "UK":
        n = f"7700 900{d(3)}"
        return f"+44 {n}" if intl else f"0{n}"
    if region == "IE":
        n = f"{rng.choice(['83', '85', '86', '87'])} {d(3)} {d(4)}"
        return f"+353 {n}" if intl else f"0{n}"
    if region == "AU":
        n = f"491 570 {d(3)}"
        return f"+61 {n}" if intl else f"0{n}"
    if region == "NZ":
        n = f"{rng.choice(['21', '22', '27'])} {d(3)} {d(4)}"
        return f"+64 {n}" if intl else f"0{n}"
    if region == "IN":
        n = f"{rng.choice(['98', '97', '99', '90'])}{d(3)} {d(5)}"
        return f"+91 {n}" if intl else n
    n = f"{rng.choice(['82', '83', '72', '61'])} {d(3)} {d(4)}"
    return f"+27 {n}" if intl else f"0{n}"


def digits(p):
    return "".join(c for c in p if c.isdigit() or c == "+")


class Person:
    """A made-up child (plus family) with all the details a scene may show."""

    def __init__(self, rng, region=None, age=None):
        self.region = region or rng.choice(REGIONS)
        r = self.region
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.full = f"{self.first} {self.last}"
        self.parent_first = rng.choice(FIRST)
        self.parent = f"{self.parent_first} {self.last}"
        self.sibling = rng.choice(FIRST)
        self.age = age or rng.randint(6, 15)
        g = max(1, min(12, self.age - 5))
        self.grade = g
        self.year = YEAR_FMT[r](g)
        self.birth_year = 2024 - self.age
        self.bmonth = rng.randint(1, 12)
        self.bday = rng.randint(1, 28)
        self.phone = phone(rng, r)
        self.phone_intl = phone(rng, r, intl=True)
        self.parent_phone = phone(rng, r)
        self.house = str(rng.randint(2, 148))
        self.street = rng.choice(STREET_NAMES[r])
        self.suburb, self.city, self.postcode = rng.choice(TOWNS[r])
        t = self.suburb
        n = rng.choice(SCHOOL_N)
        s = rng.choice(SAINTS)
        self.school = rng.choice(SCHOOL_PAT[r]).format(t=t, n=n, s=s)
        self.club = rng.choice(CLUBS).format(t=t, n=rng.choice(SCHOOL_N), s=s, a=self.age + 1)
        self.workplace = rng.choice(WORKPLACES).format(t=t, n=rng.choice(SCHOOL_N))
        self.teacher = f"{rng.choice(['Mrs', 'Mr', 'Ms', 'Miss'])} {rng.choice(LAST)}"
        self.pet = rng.choice(PETS)
        f = ascii_fold(self.first).lower()
        l = ascii_fold(self.last).lower()
        yy = str(self.birth_year)[2:]
        self.handle_plain = rng.choice([f"{f}.{l}{yy}", f"{f}_{l[:3]}{self.age}", f"xx{f}xx{rng.randint(10, 99)}",
                                        f"{f}{rng.choice(['gamer', 'plays', 'ytb', 'star', 'cat'])}{rng.randint(1, 999)}",
                                        f"{l}.{f}.{self.birth_year}", f"itz_{f}{yy}"])
        self.handle = "@" + self.handle_plain
        self.gamertag = rng.choice([f"{f.capitalize()}Blaze{rng.randint(10, 99)}", f"xX_{f.capitalize()}_Xx", f"Sir{f.capitalize()}{yy}",
                                    f"{f.capitalize()}TheGreat{self.age}", f"Ninja{f.capitalize()}{rng.randint(100, 999)}", f"{f}_{l[:4]}_{yy}"])
        self.email = rng.choice([f"{f}.{l}{yy}@", f"{f}{self.birth_year}@", f"{l}.family@", f"{f}_{l[:1]}{rng.randint(1, 99)}@"]) + rng.choice(EMAIL_DOM)
        self.parent_email = f"{ascii_fold(self.parent_first).lower()}.{l}@" + rng.choice(EMAIL_DOM)
        self.url = rng.choice([f"instagram.com/{self.handle_plain}", f"tiktok.com/@{self.handle_plain}", f"youtube.com/@{self.handle_plain}",
                               f"snapchat.com/add/{self.handle_plain}", f"twitch.tv/{self.handle_plain}"])
        self.lat = round(rng.uniform(-45, 55), 5)
        self.lon = round(rng.uniform(-120, 175), 5)

    # --- formatted pieces ---
    def dob(self, rng, style=None):
        r, d, m, y = self.region, self.bday, self.bmonth, self.birth_year
        opts = {
            "US": [f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y}"],
            "CA": [f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}"],
            "IN": [f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1][:3]} {y}"],
            "ZA": [f"{y}/{m:02d}/{d:02d}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"],
        }.get(r, [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d}.{m:02d}.{y}"])
        return opts[style % len(opts)] if style is not None else rng.choice(opts)

    def street_line(self):
        if self.region == "IN":
            return f"{self.house}, {self.street}"
        return f"{self.house} {self.street}"

    def addr_lines(self):
        r = self.region
        if r == "US":
            return [self.street_line(), f"{self.suburb}, {self.city} {self.postcode}"]
        if r == "UK":
            return [self.street_line(), (f"{self.suburb}, {self.city}" if self.city else self.suburb), self.postcode]
        if r == "IE":
            return [self.street_line(), self.suburb, self.city, self.postcode]
        if r == "CA":
            return [self.street_line(), f"{self.suburb} {self.city}".replace(" ON", ", ON").replace(" NS", ", NS").replace(" AB", ", AB") if "," not in self.city else f"{self.suburb}, {self.city}", self.postcode]
        if r == "AU":
            return [self.street_line(), f"{self.suburb.upper()} {self.city} {self.postcode}"]
        if r == "NZ":
            return [self.street_line(), self.suburb, f"{self.city} {self.postcode}"]
        if r == "IN":
            return [f"Flat {self.house}, {self.street}", f"{self.suburb}", f"{self.city} - {self.postcode}"]
        return [self.street_line(), self.suburb, f"{self.city}, {self.postcode}"]

    def addr_one(self):
        return ", ".join(self.addr_lines())

    def short_addr(self):
        return f"{self.street_line()}, {self.suburb}"

    def mecard(self):
        return f"MECARD:N:{ascii_fold(self.last)},{ascii_fold(self.first)};TEL:{digits(self.parent_phone)};ADR:{self.short_addr()};;"

    def vcard(self):
        return ("BEGIN:VCARD\nVERSION:3.0\n" f"FN:{self.full}\n" f"TEL:{self.parent_phone}\n" f"EMAIL:{self.parent_email}\n" "END:VCARD")


# Clean (public) material ---------------------------------------------------
PRO_LEAGUES = {
    "Premier League": ["Arsenal", "Liverpool", "Manchester City", "Chelsea", "Aston Villa", "Tottenham", "Newcastle", "Brighton", "West Ham", "Everton"],
    "A-League": ["Melbourne City", "Sydney FC", "Wellington Phoenix", "Central Coast", "Adelaide United", "Perth Glory", "Brisbane Roar", "Western Sydney"],
    "NBA East": ["Celtics", "Knicks", "Bucks", "Cavaliers", "Magic", "76ers", "Heat", "Pacers"],
    "IPL": ["Chennai", "Mumbai", "Kolkata", "Rajasthan", "Hyderabad", "Delhi", "Punjab", "Gujarat"],
    "URC": ["Leinster", "Munster", "Glasgow", "Bulls", "Stormers", "Ulster", "Connacht", "Sharks"],
}
CITIES = ["London", "Dublin", "Sydney", "Auckland", "Toronto", "Cape Town", "Mumbai", "New York", "Melbourne", "Vancouver", "Chicago", "Perth"]
BRANDS = ["Crunchwell", "SunnyOats", "Polar Fizz", "Zoomberry", "Nutterly", "Bramble & Co", "FrostyPop", "Gigglegrain"]
MOVIES = ["THE LAST ORBIT", "MIDNIGHT HARBOUR", "DRAGONS OF EMBERFALL", "GALAXY PATROL 3", "THE PAPER CROWN", "SHADOW RUN"]
STARS = ["Jaxon Reyes", "Lola Vantage", "DJ Nova", "Marco Silvane", "Kira Bloom", "The Velvet Echoes"]
BOOKS = [("The Clockwork Fox", "Harriet Quill"), ("Moonlight Academy", "R. J. Pennant"), ("Sea of Lanterns", "Omari Castell"),
         ("The Great Biscuit Heist", "Penny Larkspur"), ("Starcatchers", "Ines Moravec"), ("Operation Owl", "T. K. Halden")]
