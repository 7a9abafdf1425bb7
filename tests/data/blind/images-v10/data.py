"""Invented personal data for test images: names, addresses, phones, schools...

Everything here is fictional. Phone numbers use reserved/fiction ranges where a
country has one (555-01xx in North America, 07700 900xxx in the UK, ...).
"""
import random

# ----------------------------------------------------------------- names
FIRST = {
    "english": ["Olivia", "Amelia", "Isla", "Poppy", "Freya", "Harry", "Oliver", "Jack", "Charlie", "Leo",
                "Mia", "Ruby", "Grace", "Alfie", "Theo", "Evie", "Archie", "Lily", "Noah", "Ella",
                "Hannah", "Tyler", "Madison", "Logan", "Brooke", "Caleb", "Savannah", "Hunter", "Zoe", "Liam"],
    "irish": ["Aoife", "Saoirse", "Niamh", "Caoimhe", "Siobhan", "Cian", "Oisin", "Darragh", "Ronan", "Eoin",
              "Clodagh", "Fionn", "Aisling", "Conor", "Roisin", "Padraig", "Orla", "Tadhg"],
    "hispanic": ["Sofia", "Valentina", "Camila", "Mateo", "Santiago", "Diego", "Lucia", "Ximena", "Alejandro", "Isabella"],
    "african_american": ["Jaylen", "Aaliyah", "Imani", "Darnell", "Kiara", "Malik", "Nia", "Jamal", "Tiana", "DeShawn"],
    "arabic": ["Omar", "Yusuf", "Layla", "Amira", "Zainab", "Hamza", "Fatima", "Karim", "Noor", "Ibrahim"],
    "chinese": ["Wei", "Jia Hui", "Zhi Hao", "Mei Lin", "Haoran", "Xinyi", "Kai", "Yu Xuan", "Ming", "Ling"],
    "vietnamese": ["Minh", "Linh", "Anh", "Khoa", "Thao", "Bao", "Huong", "Duc"],
    "korean": ["Ji-woo", "Seo-yeon", "Min-jun", "Ha-eun", "Do-yun", "Yuna"],
    "south_asian": ["Aarav", "Priya", "Ananya", "Vihaan", "Ishaan", "Diya", "Aditi", "Arjun", "Kavya", "Rohan",
                    "Saanvi", "Aryan", "Meera", "Kabir", "Riya", "Advik", "Harleen", "Gurpreet", "Sameer", "Tanvi"],
    "tamil": ["Karthik", "Divya", "Lakshmi", "Surya", "Nila", "Pranav", "Keerthana", "Vignesh"],
    "bengali": ["Arnab", "Ishita", "Souvik", "Ritika", "Debjani", "Anirban"],
    "pakistani": ["Ayesha", "Bilal", "Hira", "Usman", "Zara", "Imran", "Sana", "Haris"],
    "polish": ["Zofia", "Jakub", "Kacper", "Wiktoria", "Maja", "Szymon", "Oliwia", "Filip"],
    "nigerian": ["Chidi", "Adaeze", "Tobi", "Ifeoma", "Emeka", "Folake", "Chiamaka", "Segun"],
    "somali": ["Hodan", "Abdi", "Ayaan", "Farah", "Nasra", "Liban"],
    "french": ["Chloe", "Mathis", "Elodie", "Gabriel", "Juliette", "Antoine", "Maelle", "Felix"],
    "filipino": ["Andrea", "Jericho", "Kimberly", "Paolo", "Bea", "Miguel"],
    "punjabi": ["Jaspreet", "Manveer", "Simran", "Harjot", "Navneet", "Gurleen"],
    "maori": ["Aroha", "Tane", "Manaia", "Kahu", "Anahera", "Nikau", "Mere", "Wiremu", "Hemi", "Kaia"],
    "samoan": ["Sefa", "Malia", "Ioane", "Tavita", "Lagi", "Pele"],
    "tongan": ["Sione", "Mele", "Viliami", "Losana"],
    "greek": ["Eleni", "Nikos", "Dimitri", "Sophia", "Christos", "Anastasia"],
    "lebanese": ["Elias", "Maya", "Rami", "Nadine", "Joseph", "Rita"],
    "zulu": ["Sipho", "Thandiwe", "Nomvula", "Sibusiso", "Lwazi", "Ayanda", "Zanele", "Bongani"],
    "xhosa": ["Lithemba", "Asanda", "Siyabonga", "Anathi", "Luthando", "Onele"],
    "sotho": ["Lerato", "Tumelo", "Palesa", "Thabo", "Karabo", "Refilwe"],
    "afrikaans": ["Jana", "Ruan", "Carla", "Pieter", "Annelie", "Wian", "Marike", "Jaco"],
    "malayali": ["Anjali", "Arun", "Nikhil", "Sneha"],
    "brazilian": ["Gabriela", "Thiago", "Larissa", "Joao"],
}
LAST = {
    "english": ["Thompson", "Hughes", "Walker", "Bennett", "Clarke", "Harrison", "Fletcher", "Marsh", "Holloway", "Pritchard",
                "Whitaker", "Carver", "Pemberton", "Ashworth", "Dawson", "Kendrick", "Mitchell", "Sullivan", "Barker", "Reeves"],
    "irish": ["O'Connor", "Murphy", "Byrne", "Ni Bhriain", "Fitzgerald", "McCarthy", "Doyle", "O'Sullivan", "Kavanagh", "Quinlan", "Mac Giolla"],
    "hispanic": ["Gonzalez", "Ramirez", "Hernandez", "Delgado", "Morales", "Castillo", "Vargas", "Ortega"],
    "african_american": ["Washington", "Jefferson", "Brooks", "Coleman", "Freeman", "Hayes", "Banks"],
    "arabic": ["Haddad", "Al-Sayed", "Mansour", "Rahman", "Khalil", "Nasser", "Saleh"],
    "chinese": ["Chen", "Zhang", "Liu", "Wong", "Huang", "Tan", "Lim", "Zhou"],
    "vietnamese": ["Nguyen", "Tran", "Pham", "Le", "Vu", "Dang"],
    "korean": ["Kim", "Park", "Choi", "Jung", "Kang"],
    "south_asian": ["Sharma", "Patel", "Iyer", "Reddy", "Kapoor", "Nair", "Mehta", "Joshi", "Deshpande", "Verma"],
    "tamil": ["Subramanian", "Krishnan", "Ramasamy", "Venkatesh", "Arumugam"],
    "bengali": ["Banerjee", "Chatterjee", "Mukherjee", "Das", "Ghosh"],
    "pakistani": ["Qureshi", "Malik", "Chaudhry", "Hussain", "Butt", "Siddiqui"],
    "polish": ["Kowalski", "Nowak", "Wisniewska", "Zielinski", "Lewandowska", "Kaminski"],
    "nigerian": ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Adebayo"],
    "somali": ["Warsame", "Abdullahi", "Hassan", "Jama", "Osman"],
    "french": ["Tremblay", "Gagnon", "Lavoie", "Bouchard", "Cote", "Pelletier"],
    "filipino": ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva"],
    "punjabi": ["Gill", "Sandhu", "Dhillon", "Grewal", "Sidhu", "Brar"],
    "maori": ["Ngata", "Te Whata", "Parata", "Tipene", "Waaka", "Horomona", "Tamihana"],
    "samoan": ["Faleolo", "Tuilagi", "Leota", "Sapolu", "Tuimavave"],
    "tongan": ["Fifita", "Taufa", "Havili", "Latu"],
    "greek": ["Papadopoulos", "Georgiou", "Nikolaidis", "Kostas"],
    "lebanese": ["Khoury", "Haddad", "Nassif", "Abboud"],
    "zulu": ["Dlamini", "Ndlovu", "Zulu", "Mkhize", "Ngcobo", "Khumalo", "Mthembu"],
    "xhosa": ["Mbeki", "Nqweniso", "Sithole", "Mabandla", "Gqola"],
    "sotho": ["Mokoena", "Molefe", "Nkosi", "Mofokeng", "Letsie"],
    "afrikaans": ["van der Merwe", "Botha", "Pretorius", "Steyn", "du Plessis", "Joubert", "Venter"],
    "malayali": ["Menon", "Pillai", "Thomas", "Kurian"],
    "brazilian": ["Silva", "Oliveira", "Costa", "Pereira"],
}

COUNTRY_CULTURES = {
    "US": ["english", "english", "hispanic", "african_american", "arabic", "chinese", "vietnamese", "korean", "south_asian", "filipino"],
    "UK": ["english", "english", "pakistani", "south_asian", "polish", "nigerian", "somali", "irish", "bengali"],
    "IE": ["irish", "irish", "irish", "english", "polish", "brazilian", "nigerian"],
    "CA": ["english", "french", "chinese", "punjabi", "filipino", "arabic", "korean", "irish"],
    "AU": ["english", "english", "greek", "lebanese", "vietnamese", "chinese", "south_asian", "irish"],
    "NZ": ["maori", "maori", "samoan", "tongan", "english", "english", "chinese", "south_asian"],
    "IN": ["south_asian", "south_asian", "tamil", "bengali", "malayali", "punjabi"],
    "ZA": ["zulu", "xhosa", "sotho", "afrikaans", "english", "south_asian"],
}
# mothers/fathers shown as contacts use same culture

# ----------------------------------------------------------------- places
STREET_WORDS = ["Maple", "Elm", "Oak", "Willow", "Cedar", "Birch", "Rowan", "Hazel", "Laurel", "Juniper", "Kestrel",
                "Meadow", "Orchard", "Harbour", "Mill", "Chapel", "Station", "Church", "Park", "Victoria", "Albert",
                "Wattle", "Banksia", "Kowhai", "Totara", "Jacaranda", "Protea", "Acacia", "Fern", "Heather", "Linden",
                "Primrose", "Sycamore", "Ashgrove", "Brookfield", "Hillview", "Riverside", "Sunnyside", "Glenview", "Clover"]
STREET_SUFFIX = {
    "US": ["Dr", "Ave", "St", "Ln", "Ct", "Blvd", "Way", "Circle"],
    "UK": ["Road", "Street", "Grove", "Close", "Lane", "Avenue", "Crescent", "Gardens"],
    "IE": ["Road", "Park", "Drive", "Lawn", "Avenue", "View", "Court", "Heights"],
    "CA": ["Rd", "Ave", "St", "Dr", "Crescent", "Blvd", "Cres"],
    "AU": ["St", "Rd", "Ave", "Pde", "Cres", "Ct", "Pl"],
    "NZ": ["Road", "Street", "Avenue", "Place", "Terrace", "Crescent"],
    "IN": ["Road", "Cross", "Main Road", "Nagar Road", "Lane"],
    "ZA": ["Street", "Avenue", "Road", "Crescent", "Drive"],
}
# (suburb/town, city, region, postcode)
TOWNS = {
    "US": [("Plano", "Plano", "TX", "75023"), ("Naperville", "Naperville", "IL", "60540"), ("Tacoma", "Tacoma", "WA", "98405"),
           ("Dearborn", "Dearborn", "MI", "48126"), ("Fresno", "Fresno", "CA", "93704"), ("Asheville", "Asheville", "NC", "28801"),
           ("Westerville", "Westerville", "OH", "43081"), ("Mesa", "Mesa", "AZ", "85201"), ("Cedar Rapids", "Cedar Rapids", "IA", "52402")],
    "UK": [("Headingley", "Leeds", "", "LS6 2AH"), ("Horfield", "Bristol", "", "BS7 8QT"), ("Thornton Heath", "Croydon", "", "CR7 6BT"),
           ("Evington", "Leicester", "", "LE5 6DE"), ("Didsbury", "Manchester", "", "M20 2RL"), ("Sparkhill", "Birmingham", "", "B11 4DQ"),
           ("Roath", "Cardiff", "", "CF24 3AA"), ("Jesmond", "Newcastle", "", "NE2 1PL")],
    "IE": [("Ballincollig", "Co. Cork", "", "P31 X2F4"), ("Swords", "Co. Dublin", "", "K67 E2R8"), ("Salthill", "Galway", "", "H91 T2KP"),
           ("Ennis", "Co. Clare", "", "V95 H6C2"), ("Lucan", "Co. Dublin", "", "K78 W5N3"), ("Tralee", "Co. Kerry", "", "V92 D7E1")],
    "CA": [("Scarborough", "Toronto", "ON", "M1K 1N5"), ("Surrey", "Surrey", "BC", "V3T 2W1"), ("Laval", "Laval", "QC", "H7N 4K3"),
           ("Bridgeland", "Calgary", "AB", "T2E 3K9"), ("South End", "Halifax", "NS", "B3H 1Y6"), ("Brampton", "Brampton", "ON", "L6V 2B4")],
    "AU": [("Penrith", "Penrith", "NSW", "2750"), ("Brunswick", "Melbourne", "VIC", "3056"), ("Toowong", "Brisbane", "QLD", "4066"),
           ("Fremantle", "Fremantle", "WA", "6160"), ("Glenelg", "Adelaide", "SA", "5045"), ("Parramatta", "Parramatta", "NSW", "2150"),
           ("Werribee", "Werribee", "VIC", "3030")],
    "NZ": [("Mairangi Bay", "Auckland", "", "0630"), ("Riccarton", "Christchurch", "", "8011"), ("Karori", "Wellington", "", "6012"),
           ("Hamilton East", "Hamilton", "", "3216"), ("Otara", "Auckland", "", "2023"), ("Mount Maunganui", "Tauranga", "", "3116"),
           ("Porirua", "Porirua", "", "5022")],
    "IN": [("Indiranagar", "Bengaluru", "", "560038"), ("Andheri West", "Mumbai", "", "400058"), ("Salt Lake", "Kolkata", "", "700091"),
           ("Anna Nagar", "Chennai", "", "600040"), ("Sector 15", "Noida", "", "201301"), ("Kothrud", "Pune", "", "411038"),
           ("Banjara Hills", "Hyderabad", "", "500034")],
    "ZA": [("Menlo Park", "Pretoria", "", "0081"), ("Rondebosch", "Cape Town", "", "7700"), ("Umhlanga", "Durban", "", "4319"),
           ("Orlando East", "Soweto", "", "1804"), ("Stellenbosch", "Stellenbosch", "", "7600"), ("Randburg", "Johannesburg", "", "2194")],
}
SCHOOL_NAMES = {
    "US": ["{w} Elementary", "{w} Middle School", "{w} Ridge Elementary", "{t} Junior High", "{w} Creek Middle School", "St. {s} Catholic School"],
    "UK": ["{w} Primary School", "{t} Academy", "St {s}'s C of E Primary", "{w} Park Primary", "{t} High School", "{w} Community School"],
    "IE": ["Scoil {s}", "St. {s}'s National School", "Gaelscoil {w}", "Colaiste {s}", "{t} Educate Together NS", "Presentation Secondary {t}"],
    "CA": ["{w} Public School", "{w} Elementary", "Ecole {w}", "{t} Middle School", "St. {s} Catholic Elementary", "{w} Secondary School"],
    "AU": ["{t} Public School", "{w} Primary School", "{t} High School", "St {s}'s Primary", "{w} College", "{t} North Public School"],
    "NZ": ["{t} School", "{w} Intermediate", "{t} College", "{w} Primary School", "Te Kura o {w}", "{t} Normal School"],
    "IN": ["Delhi Public School, {t}", "Kendriya Vidyalaya No. 2", "St. {s}'s Convent School", "DAV Public School", "Ryan International School", "National Public School, {t}"],
    "ZA": ["Laerskool {w}", "{t} Primary School", "{w} High School", "{t} Preparatory", "Hoerskool {w}", "St {s}'s College"],
}
SAINTS = ["Mary", "Joseph", "Brigid", "Patrick", "Anne", "Michael", "Columba", "Teresa", "Francis", "Kevin", "Agnes", "Peter"]
ORG_PATTERNS = ["{n} {t} Scouts", "{n} {t} Brownies", "{t} Tigers U{u}", "{t} Swim Club", "{t} Junior Netball Club",
                "{t} Little Athletics", "{t} GAA U{u}", "{t} Rovers FC U{u}", "St. {s}'s Youth Group", "{t} Gurdwara Youth",
                "Al-Noor Mosque Quran Class", "Sri Ganesha Temple Bal Vihar", "{t} Dance Academy", "{t} Junior Rugby",
                "{t} Cubs Pack", "{w} Cricket Club U{u}", "{t} Baptist Church Kids", "{t} Chess Club", "{t} Karate Dojo",
                "{t} Girl Guides", "{t} Hockey U{u}", "{t} Coding Club", "{t} Youth Orchestra", "{t} Gymnastics"]
ORG_ONLY = {"{t} GAA U{u}": "IE", "{t} Gurdwara Youth": "IN CA UK", "Sri Ganesha Temple Bal Vihar": "IN UK US ZA",
            "{t} Little Athletics": "AU NZ", "{t} Junior Netball Club": "UK AU NZ ZA", "{w} Cricket Club U{u}": "UK AU NZ IN ZA",
            "{t} Junior Rugby": "UK IE AU NZ ZA", "{t} Baptist Church Kids": "US CA"}
VENUES = ["{t} Leisure Centre", "{t} Library", "{w} Park", "{t} Skate Park", "{w} Reserve", "{t} Aquatic Centre",
          "{t} Community Hall", "{w} Playground", "{t} Mall food court", "{t} Rec Centre", "{w} Oval", "{t} Pool"]
EMAIL_DOMAINS = {"US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com"], "UK": ["gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com"],
                 "IE": ["gmail.com", "eircom.net", "hotmail.com"], "CA": ["gmail.com", "hotmail.ca", "icloud.com"],
                 "AU": ["gmail.com", "bigpond.com", "outlook.com.au"], "NZ": ["gmail.com", "xtra.co.nz", "outlook.co.nz"],
                 "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com"], "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za"]}
HANDLE_WORDS = ["shadow", "pixel", "ninja", "dragon", "bunny", "frost", "blaze", "kitty", "wolf", "storm", "panda", "sunny",
                "glitch", "nova", "boba", "mango", "turbo", "sparkle", "creeper", "comet", "fox", "lemon", "rocket", "vibes"]
COUNTRIES = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng, c, intl=None):
    if intl is None:
        intl = rng.random() < 0.3
    if c in ("US", "CA"):
        area = rng.choice(["469", "312", "253", "313", "559", "828", "614", "480", "319"] if c == "US" else ["416", "604", "450", "403", "902", "905"])
        sub = "01" + digits(rng, 2)
        if intl:
            return f"+1 {area} 555 {sub}"
        return rng.choice([f"({area}) 555-{sub}", f"{area}-555-{sub}", f"{area}.555.{sub}"])
    if c == "UK":
        s = "900" + digits(rng, 3)
        return f"+44 7700 {s[:3]} {s[3:]}" if intl else rng.choice([f"07700 {s}", f"07700 {s[:3]} {s[3:]}"])
    if c == "IE":
        p = rng.choice(["83", "85", "86", "87", "89"])
        a, b = digits(rng, 3), digits(rng, 4)
        return f"+353 {p} {a} {b}" if intl else f"0{p} {a} {b}"
    if c == "AU":
        a, b = digits(rng, 3), digits(rng, 3)
        p = "4" + digits(rng, 2)
        return f"+61 {p} {a} {b}" if intl else f"0{p} {a} {b}"
    if c == "NZ":
        p = rng.choice(["21", "22", "27", "29"])
        a, b = digits(rng, 3), digits(rng, 4)
        return f"+64 {p} {a} {b}" if intl else f"0{p} {a} {b}"
    if c == "IN":
        a = rng.choice(["98", "97", "99", "91", "88", "70", "63"]) + digits(rng, 3)
        b = digits(rng, 5)
        return f"+91 {a} {b}" if intl or rng.random() < 0.5 else f"{a} {b}"
    if c == "ZA":
        p = rng.choice(["82", "83", "72", "73", "76", "84", "61"])
        a, b = digits(rng, 3), digits(rng, 4)
        return f"+27 {p} {a} {b}" if intl else f"0{p} {a} {b}"
    raise ValueError(c)


def phone_digits(p):
    """E.164-ish digits for tel:/wa.me payloads."""
    d = "".join(ch for ch in p if ch.isdigit())
    return d


class Kid:
    """A fictional child with consistent personal details."""

    def __init__(self, rng, country=None, age=None):
        self.rng = rng
        c = self.country = country or rng.choice(COUNTRIES)
        cult = rng.choice(COUNTRY_CULTURES[c])
        self.culture = cult
        self.first = rng.choice(FIRST[cult])
        self.last = rng.choice(LAST[cult])
        self.full = f"{self.first} {self.last}"
        self.age = age or rng.randint(7, 16)
        by = 2026 - self.age
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        if (m, d) > (12, 6):
            by -= 1
        self.dob_tuple = (by, m, d)
        t = rng.choice(TOWNS[c])
        self.suburb, self.city, self.region, self.postcode = t
        self.street_no = rng.choice([str(rng.randint(1, 99)), str(rng.randint(1, 240)), str(rng.randint(100, 4999))]) if c in ("US", "CA") \
            else str(rng.randint(1, 140))
        self.street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_SUFFIX[c])}"
        self.phone = phone(rng, c)
        self.parent_phone = phone(rng, c)
        self.parent_first = rng.choice(FIRST[cult])
        self.school = self._school()
        self.org = self._org()
        self.venue = rng.choice(VENUES).format(t=self.suburb, w=rng.choice([w for w in STREET_WORDS if w not in ("Park", "Station", "Church", "Chapel", "Mill")]))
        self.year_label = self._year()
        self.friends = []
        self._handles = None

    # --- derived
    def _school(self):
        r = self.rng
        p = r.choice(SCHOOL_NAMES[self.country])
        return p.format(w=r.choice(STREET_WORDS), t=self.suburb if len(self.suburb) < 14 else self.city, s=r.choice(SAINTS))

    def _org(self):
        r = self.rng
        p = r.choice([q for q in ORG_PATTERNS if ORG_ONLY.get(q, self.country) == self.country or self.country in ORG_ONLY.get(q, "")])
        n = r.choice(["1st", "2nd", "3rd", "4th", "5th", "7th", "12th"])
        return p.format(n=n, t=self.suburb if len(self.suburb) < 13 else self.city, u=min(18, max(8, self.age + 1)),
                        s=r.choice(SAINTS), w=r.choice(STREET_WORDS))

    def _year(self):
        a, c, r = self.age, self.country, self.rng
        if c in ("UK", "AU", "NZ"):
            y = a - 4 if c != "NZ" else a - 4
            return f"Year {max(1, min(13, y))}"
        if c == "IE":
            y = a - 6
            if y <= 6:
                return f"{['1st', '2nd', '3rd', '4th', '5th', '6th'][max(0, y - 1)]} class"
            return f"{['1st', '2nd', '3rd', '4th', '5th', '6th'][min(5, y - 7)]} year"
        if c == "IN":
            return r.choice([f"Class {a - 5}", f"Std {a - 5}", f"Grade {a - 5}"])
        if c == "US":
            g = a - 5
            return r.choice([f"Grade {g}", f"{g}{'th' if g > 3 else ['', 'st', 'nd', 'rd'][g]} grade"]) if g >= 1 else "Kindergarten"
        return f"Grade {max(1, a - 5)}"

    def address(self, style=None):
        c = self.country
        s = f"{self.street_no} {self.street}"
        if c == "US":
            return f"{s}, {self.city}, {self.region} {self.postcode}"
        if c == "CA":
            return f"{s}, {self.city}, {self.region} {self.postcode}"
        if c == "AU":
            return f"{s}, {self.suburb} {self.region} {self.postcode}"
        if self.suburb == self.city and c in ("UK", "IE", "NZ", "ZA"):
            return f"{s}, {self.city}, {self.postcode}" if c in ("IE", "ZA") else f"{s}, {self.city} {self.postcode}"
        if c == "UK":
            return f"{s}, {self.suburb}, {self.city} {self.postcode}" if style != "short" else f"{s}, {self.city} {self.postcode}"
        if c == "IE":
            return f"{s}, {self.suburb}, {self.city}, {self.postcode}" if style != "short" else f"{s}, {self.suburb}"
        if c == "NZ":
            return f"{s}, {self.suburb}, {self.city} {self.postcode}"
        if c == "IN":
            flat = f"Flat {self.rng.randint(1, 12)}{self.rng.choice('ABCD')}, {self.rng.choice(['Shanti', 'Sai Krupa', 'Green Glen', 'Lotus', 'Prestige'])} Apartments"
            return f"{flat}, {self.street}, {self.suburb}, {self.city} {self.postcode}" if style != "short" else f"{flat}, {self.suburb}"
        if c == "ZA":
            return f"{s}, {self.suburb}, {self.city}, {self.postcode}"

    def address_lines(self):
        a = self.address()
        parts = [p.strip() for p in a.split(",")]
        if len(parts) <= 2:
            return parts
        return [", ".join(parts[:-2]), ", ".join(parts[-2:])] if len(parts) > 3 else [parts[0], ", ".join(parts[1:])]

    def street_addr(self):
        return f"{self.street_no} {self.street}"

    def dob(self, style=None):
        y, m, d = self.dob_tuple
        r = self.rng
        style = style or r.choice(["num", "num", "long", "iso", "short"])
        if style == "num":
            return f"{m:02d}/{d:02d}/{y}" if self.country == "US" else f"{d:02d}/{m:02d}/{y}"
        if style == "long":
            return f"{MONTHS[m - 1]} {d}, {y}" if self.country == "US" else f"{d} {MONTHS[m - 1]} {y}"
        if style == "short":
            return f"{d}.{m}.{y}" if self.country not in ("US",) else f"{m}/{d}/{y % 100:02d}"
        return f"{y}-{m:02d}-{d:02d}"

    def age_text(self):
        r = self.rng
        return r.choice([f"{self.age} years old", f"age {self.age}", f"{self.age} y/o", f"{self.age}yo", f"{self.age} yrs", f"I'm {self.age}", self.year_label])

    def email(self):
        r = self.rng
        f, l = self.first.lower().replace(" ", "").replace("-", ""), self.last.lower().replace(" ", "").replace("'", "")
        y = self.dob_tuple[0]
        user = r.choice([f"{f}.{l}", f"{f}{l[0]}{y % 100:02d}", f"{f}_{l}{r.randint(1, 99)}", f"{f}{y}", f"{r.choice(HANDLE_WORDS)}{f}{r.randint(1, 9)}"])
        return f"{user}@{r.choice(EMAIL_DOMAINS[self.country])}"

    def handles(self):
        if self._handles is None:
            r = self.rng
            f = self.first.lower().replace(" ", "").replace("-", "")
            l = self.last.lower().replace(" ", "").replace("'", "")
            w = r.choice(HANDLE_WORDS)
            y = self.dob_tuple[0] % 100
            self._handles = [f"{f}.{l[:3]}{y:02d}", f"{f}_{w}", f"{w}{f}{r.randint(1, 99)}", f"{f}{l[0]}.x", f"xx{f}xx",
                             f"{w}_{r.choice(HANDLE_WORDS)}{r.randint(10, 999)}", f"its.{f}.{l}", f"{f}plays{y:02d}"]
            r.shuffle(self._handles)
        return self._handles

    def handle(self, i=0):
        return self.handles()[i % 8]

    def gamer_tag(self):
        if getattr(self, "_tag", None):
            return self._tag
        self._tag = self._gamer_tag()
        return self._tag

    def _gamer_tag(self):
        r = self.rng
        w1, w2 = r.choice(HANDLE_WORDS), r.choice(HANDLE_WORDS)
        f = self.first.replace(" ", "").replace("-", "")
        return r.choice([f"xX{w1.title()}{w2.title()}Xx", f"{f}{w1.title()}{r.randint(1, 999)}", f"{w1.upper()}_{f.upper()}",
                         f"{f}_{w1}_{self.dob_tuple[0] % 100:02d}", f"Lil{w1.title()}{r.randint(1, 99)}", f"{w1.title()}{w2.title()}YT"])

    def friend_code(self):
        r = self.rng
        return r.choice([f"SW-{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}", f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}",
                         f"{self.first.split()[0]}#{digits(r, 4)}", f"FC {digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}"])

    def url(self):
        r = self.rng
        h = self.handle(r.randint(0, 7))
        return r.choice([f"instagram.com/{h}", f"tiktok.com/@{h}", f"youtube.com/@{h}", f"twitch.tv/{h.replace('.', '_')}",
                         f"linktr.ee/{h}", f"roblox.com/users/{digits(r, 9)}/profile", f"snapchat.com/add/{h}"])


def friends_for(rng, kid, n):
    """Classmates from the same country."""
    out = []
    seen = {kid.first}
    while len(out) < n:
        k = Kid(rng, country=kid.country, age=kid.age)
        if k.first in seen:
            continue
        seen.add(k.first)
        out.append(k)
    return out


# ----------------------------------------------------------------- harmless text
PRO_TEAMS = ["Manchester City", "Arsenal", "Liverpool", "Chelsea", "Tottenham", "Newcastle United", "Aston Villa", "Brighton",
             "Leeds United", "Everton", "West Ham", "Nottingham Forest", "Brentford", "Fulham", "Crystal Palace", "Bournemouth"]
NBA = ["Boston Celtics", "Denver Nuggets", "Miami Heat", "Golden State", "LA Lakers", "Milwaukee Bucks", "Phoenix Suns", "Dallas Mavericks", "Toronto Raptors", "Chicago Bulls"]
BIG_CITIES = ["London", "Sydney", "Toronto", "Mumbai", "Auckland", "Dublin", "Cape Town", "New York", "Melbourne", "Vancouver",
              "Delhi", "Johannesburg", "Manchester", "Chicago", "Brisbane", "Wellington"]
AUTHORS = ["Jane Austen", "Charles Dickens", "Mark Twain", "J.R.R. Tolkien", "Roald Dahl", "C.S. Lewis", "Mary Shelley",
           "Arthur Conan Doyle", "Louisa May Alcott", "Jules Verne", "Lewis Carroll", "R.K. Narayan", "Chinua Achebe", "L.M. Montgomery"]
BOOKS = {"Jane Austen": "Pride and Prejudice", "Charles Dickens": "Great Expectations", "Mark Twain": "The Adventures of Tom Sawyer",
         "J.R.R. Tolkien": "The Hobbit", "Roald Dahl": "Matilda", "C.S. Lewis": "The Magician's Nephew", "Mary Shelley": "Frankenstein",
         "Arthur Conan Doyle": "The Hound of the Baskervilles", "Louisa May Alcott": "Little Women", "Jules Verne": "Around the World in 80 Days",
         "Lewis Carroll": "Alice's Adventures in Wonderland", "R.K. Narayan": "Swami and Friends", "Chinua Achebe": "Things Fall Apart",
         "L.M. Montgomery": "Anne of Green Gables"}
QUOTES = [("The only way to do great work is to love what you do.", "Steve Jobs"),
          ("Be yourself; everyone else is already taken.", "Oscar Wilde"),
          ("In the middle of difficulty lies opportunity.", "Albert Einstein"),
          ("It always seems impossible until it's done.", "Nelson Mandela"),
          ("You miss 100% of the shots you don't take.", "Wayne Gretzky"),
          ("The future belongs to those who believe in the beauty of their dreams.", "Eleanor Roosevelt"),
          ("Be the change that you wish to see in the world.", "Mahatma Gandhi"),
          ("Education is the most powerful weapon which you can use to change the world.", "Nelson Mandela"),
          ("If you can dream it, you can do it.", "Walt Disney"),
          ("Whatever you are, be a good one.", "Abraham Lincoln")]
SLOGANS = ["DREAM BIG", "Be Kind", "Never Give Up", "Good Vibes Only", "Stay Curious", "Work Hard, Be Kind",
           "You Are Enough", "Mistakes Help Us Grow", "Believe in Yourself", "Choose Joy", "Think Outside the Box"]
FOODS = [("Margherita Pizza", "12.50"), ("Chicken Burger", "9.95"), ("Fish & Chips", "11.00"), ("Caesar Salad", "8.50"),
         ("Paneer Tikka", "7.99"), ("Pad Thai", "10.50"), ("Veggie Wrap", "6.75"), ("Lamb Kofta", "12.00"), ("Mac & Cheese", "7.25"),
         ("Chips", "3.50"), ("Garlic Bread", "4.00"), ("Iced Latte", "4.20"), ("Milkshake", "4.95"), ("Brownie", "3.25"),
         ("Masala Dosa", "6.50"), ("Bunny Chow", "8.90"), ("Meat Pie", "5.50"), ("Poutine", "9.00"), ("Lemonade", "2.80")]
BRANDS = [("LEGO", "https://www.lego.com"), ("Nintendo", "https://www.nintendo.com"), ("Coca-Cola", "https://www.coca-cola.com"),
          ("Cadbury", "https://www.cadbury.co.uk"), ("Kellogg's", "https://www.kelloggs.com"), ("Nestle", "https://www.nestle.com"),
          ("Mattel", "https://www.mattel.com"), ("Spotify", "https://open.spotify.com")]
PUBLIC_SITES = ["https://www.wikipedia.org", "https://www.bbc.co.uk", "https://www.nasa.gov", "https://www.nationaltrust.org.uk",
                "https://www.who.int", "https://www.un.org", "https://www.nps.gov", "https://www.nationalgeographic.com"]
