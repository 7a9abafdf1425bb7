"""Invented people, places and numbers for the image generator.

Every private name, street, phone number, e-mail and handle is assembled at
random from the pools below; towns and suburbs are real public places.
All choices go through the caller's random.Random instance.
"""

REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]
CURRENT_YEAR = 2026

FIRST = [
    "Aroha", "Tane", "Mere", "Rangi", "Ngaio", "Wiremu", "Mei", "Wei", "Jia Hui", "Hao",
    "Priya", "Arjun", "Ishaan", "Kavya", "Ananya", "Rohan", "Diya", "Vihaan", "Aaliyah",
    "Liam", "Siobhan", "Aoife", "Cian", "Saoirse", "Niamh", "Tadhg", "Oisin", "Declan",
    "Thandiwe", "Sipho", "Lerato", "Andile", "Zanele", "Kagiso", "Naledi", "Thabo",
    "Kwame", "Chidi", "Amara", "Adaeze", "Kofi", "Ama", "Tobi", "Folake",
    "Yusuf", "Fatima", "Zainab", "Omar", "Layla", "Idris", "Amina", "Hamza",
    "Hana", "Yuki", "Haruto", "Sora", "Min-jun", "Seo-yeon", "Ji-woo", "Linh", "Bao", "Quang",
    "Mateo", "Sofia", "Valentina", "Diego", "Camila", "Lucia", "Santiago", "Ximena",
    "Noah", "Olivia", "Ava", "Ethan", "Chloe", "Jack", "Ruby", "Isla", "Harper", "Mia",
    "Lachlan", "Jayden", "Keisha", "Darnell", "Imani", "Malik", "Tyrone", "Jasmine",
    "Kai", "Leilani", "Malia", "Sione", "Losa", "Tevita", "Sina", "Talia",
    "Pieter", "Annelie", "Johan", "Marike", "Ruan", "Elna",
    "Freya", "Oskar", "Astrid", "Lukas", "Zofia", "Kacper", "Milena", "Anton",
    "Emre", "Elif", "Deniz", "Reza", "Darius", "Shirin", "Nadia", "Tariq",
    "Gabriel", "Beatriz", "Joao", "Ines", "Rafael", "Luana", "Eitan", "Noa", "Talia", "Ezra",
    "Maeve", "Callum", "Isabella", "Theo", "Georgia", "Finn", "Poppy", "Archie", "Evie", "Harvey",
]

LAST = [
    "Patel", "Singh", "Sharma", "Iyer", "Reddy", "Menon", "Nguyen", "Tran", "Pham", "Kim", "Park",
    "Choi", "Li", "Wang", "Chen", "Zhou", "Huang", "O'Brien", "Murphy", "Kelly", "Walsh", "Byrne",
    "Doyle", "Smith", "Jones", "Williams", "Taylor", "Brown", "Wilson", "Evans", "Hughes",
    "Okafor", "Adeyemi", "Mensah", "Owusu", "Eze", "Dlamini", "Ndlovu", "Naidoo", "Mokoena",
    "Mahlangu", "van der Merwe", "Botha", "Pretorius", "Ngata", "Parata", "Tipene", "Horomona",
    "Faleolo", "Tuilagi", "Fonoti", "Taufa", "Rodriguez", "Garcia", "Hernandez", "Silva", "Santos",
    "Oliveira", "Kowalski", "Novak", "Nowak", "Ivanova", "Haddad", "Khan", "Ahmed", "Hussain",
    "Rahman", "Yilmaz", "Demir", "Tanaka", "Sato", "Suzuki", "Takahashi", "MacDonald", "Campbell",
    "Fraser", "Tremblay", "Gagnon", "Bouchard", "Lefebvre", "Johansson", "Lindqvist", "Moreau",
    "Rossi", "Esposito", "Cohen", "Levi", "Mwangi", "Otieno", "Abubakar", "Bello", "Achterberg",
    "Kaur", "Gill", "Dhillon", "Fernando", "Perera", "Jayasuriya", "Thompson", "Robinson", "Clarke",
]

ADULT_FIRST = [
    "Sarah", "Michelle", "Rebecca", "Karen", "Deepa", "Sunita", "Grace", "Ngozi", "Lindiwe",
    "Marama", "Siobhan", "Fiona", "Jennifer", "Heather", "Mariam", "Yasmin", "Tomoko", "Hyun-joo",
    "David", "Mark", "Rajesh", "Vikram", "Peter", "Sean", "Brendan", "Themba", "Ahmed", "Hemi",
    "Paul", "Craig", "Daniel", "Andrew", "Carlos", "Jorge", "Tuan", "Sung-ho", "Hendrik", "Gareth",
]
TEACHER_TITLES = ["Mrs", "Mr", "Ms", "Miss", "Dr"]

PETS = ["Biscuit", "Luna", "Milo", "Pepper", "Coco", "Ziggy", "Mango", "Oreo", "Nala", "Rocky",
        "Pickles", "Bella", "Socks", "Tiger", "Pumpkin", "Marley", "Kiwi", "Bruno", "Daisy", "Simba"]
PET_KIND = ["dog", "cat", "puppy", "kitten", "rabbit", "cockatiel", "guinea pig"]

STREET_BASE = [
    "Maple", "Kowhai", "Protea", "Wattle", "Jacaranda", "Birch", "Rowan", "Larch", "Heron",
    "Kingfisher", "Pohutukawa", "Totara", "Rimu", "Banksia", "Acacia", "Marula", "Cedar",
    "Linden", "Chestnut", "Sycamore", "Hawthorn", "Primrose", "Bluebell", "Fuchsia", "Magnolia",
    "Orchard", "Mill", "Church", "Station", "Victoria", "Albert", "Queen", "Harbour", "Ocean",
    "Sunset", "Hillcrest", "Lakeview", "Riverside", "Willow", "Fernleigh", "Ashgrove", "Glenview",
    "Bramble", "Kestrel", "Lark", "Thornbury", "Elmwood", "Foxglove", "Juniper", "Waratah",
]
STREET_TYPES = {
    "US": ["St", "Ave", "Dr", "Ln", "Ct", "Blvd", "Way", "Rd", "Pl", "Street", "Avenue", "Drive"],
    "UK": ["Road", "Street", "Lane", "Close", "Grove", "Crescent", "Avenue", "Gardens", "Way", "Drive", "Terrace"],
    "IE": ["Road", "Park", "Avenue", "Drive", "Lawn", "Court", "Grove", "Heights", "Close"],
    "CA": ["St", "Ave", "Rd", "Cres", "Dr", "Blvd", "Street", "Avenue", "Crescent"],
    "AU": ["St", "Rd", "Cres", "Ave", "Ct", "Pde", "Dr", "Cl", "Pl", "Street", "Road", "Parade"],
    "NZ": ["Street", "Road", "Place", "Crescent", "Avenue", "Terrace", "Drive", "Lane", "Grove"],
    "IN": ["Road", "Main Road", "Cross", "Street", "Marg", "Lane"],
    "ZA": ["Road", "Street", "Avenue", "Crescent", "Close", "Drive", "Lane"],
}

PLACES = {
    # (suburb/area, town/city, extra, postcode-ish)
    "US": [("Springfield", "IL", "627", "217"), ("Bellevue", "WA", "980", "425"), ("Plano", "TX", "750", "972"),
           ("Naperville", "IL", "605", "630"), ("Boulder", "CO", "803", "303"), ("Asheville", "NC", "288", "828"),
           ("Madison", "WI", "537", "608"), ("Tempe", "AZ", "852", "480"), ("Ann Arbor", "MI", "481", "734"),
           ("Savannah", "GA", "314", "912"), ("Fremont", "CA", "945", "510"), ("Columbus", "OH", "432", "614"),
           ("Portland", "OR", "972", "503"), ("Burlington", "VT", "054", "802")],
    "UK": [("Heaton", "Newcastle upon Tyne", "NE6"), ("Chorlton", "Manchester", "M21"), ("Headingley", "Leeds", "LS6"),
           ("Clifton", "Bristol", "BS8"), ("Roath", "Cardiff", "CF24"), ("Morningside", "Edinburgh", "EH10"),
           ("Jesmond", "Newcastle upon Tyne", "NE2"), ("Kings Heath", "Birmingham", "B14"), ("Walthamstow", "London", "E17"),
           ("Southsea", "Portsmouth", "PO5"), ("Ecclesall", "Sheffield", "S11"), ("Hove", "Brighton", "BN3"),
           ("Didsbury", "Manchester", "M20"), ("Bearsden", "Glasgow", "G61")],
    "IE": [("Ballincollig", "Co. Cork", "P31"), ("Salthill", "Galway", "H91"), ("Drumcondra", "Dublin 9", "D09"),
           ("Castletroy", "Limerick", "V94"), ("Swords", "Co. Dublin", "K67"), ("Tramore", "Co. Waterford", "X91"),
           ("Navan", "Co. Meath", "C15"), ("Ennis", "Co. Clare", "V95"), ("Douglas", "Cork", "T12"),
           ("Greystones", "Co. Wicklow", "A63")],
    "CA": [("Scarborough", "Toronto", "ON", "M1N", "416"), ("Kitsilano", "Vancouver", "BC", "V6K", "604"),
           ("Le Plateau", "Montreal", "QC", "H2J", "514"), ("Kanata", "Ottawa", "ON", "K2K", "613"),
           ("Beltline", "Calgary", "AB", "T2R", "403"), ("Dartmouth", "Halifax", "NS", "B2W", "902"),
           ("Riverdale", "Toronto", "ON", "M4K", "647"), ("Strathcona", "Edmonton", "AB", "T6E", "780"),
           ("Westboro", "Ottawa", "ON", "K1Z", "613"), ("Oak Bay", "Victoria", "BC", "V8R", "250")],
    "AU": [("Kellyville", "NSW", "2155"), ("Paddington", "QLD", "4064"), ("Brunswick", "VIC", "3056"),
           ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
           ("Belconnen", "ACT", "2617"), ("Parramatta", "NSW", "2150"), ("Carlton", "VIC", "3053"),
           ("Nightcliff", "NT", "0810"), ("Manly", "NSW", "2095"), ("Toowong", "QLD", "4066")],
    "NZ": [("Mount Eden", "Auckland", "1024"), ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8011"),
           ("Hamilton East", "Hamilton", "3216"), ("Roslyn", "Dunedin", "9010"), ("Papatoetoe", "Auckland", "2025"),
           ("Tauranga South", "Tauranga", "3112"), ("Havelock North", "Hastings", "4130"), ("Otara", "Auckland", "2023"),
           ("Brooklyn", "Wellington", "6021"), ("Sumner", "Christchurch", "8081"), ("Whitby", "Porirua", "5024")],
    "IN": [("Indiranagar", "Bengaluru", "5600"), ("Koramangala", "Bengaluru", "5600"), ("Andheri West", "Mumbai", "4000"),
           ("Salt Lake", "Kolkata", "7000"), ("Anna Nagar", "Chennai", "6000"), ("Banjara Hills", "Hyderabad", "5000"),
           ("Kothrud", "Pune", "4110"), ("Vasant Kunj", "New Delhi", "1100"), ("Aundh", "Pune", "4110"),
           ("Jayanagar", "Bengaluru", "5600")],
    "ZA": [("Claremont", "Cape Town", "77"), ("Rondebosch", "Cape Town", "77"), ("Parkhurst", "Johannesburg", "21"),
           ("Durbanville", "Cape Town", "75"), ("Umhlanga", "Durban", "43"), ("Hatfield", "Pretoria", "00"),
           ("Soweto", "Johannesburg", "18"), ("Summerstrand", "Gqeberha", "60"), ("Morningside", "Durban", "40"),
           ("Stellenbosch Central", "Stellenbosch", "76")],
}

SCHOOL_A = ["Willow", "Cedar", "Harbour", "River", "Oak", "Maple", "Fern", "Silver", "Golden", "Briar",
            "Heather", "Ash", "Elm", "Hazel", "Juniper", "Lark", "Sparrow", "Kestrel", "Wren", "Stone",
            "Meadow", "Brook", "Glen", "Bay", "Lake", "Clear", "Green", "North", "South", "Hollow", "Rose",
            "Thorn", "Bramble", "Amber", "Fox", "Heron", "Bell", "Kings", "Queens", "Sandy"]
SCHOOL_B = ["field", "brook", "dale", "wood", "bank", "ridge", "view", "side", "vale", "mead", "haven",
            "crest", "gate", "hurst", "ford", "lea", "mont", "water", "hill", "park"]
SAINTS = ["Brigid", "Patrick", "Columba", "Anne", "Joseph", "Kevin", "Aidan", "Clare", "Mary", "Brendan",
          "Michael", "Catherine", "Teresa", "Francis", "Luke"]

SCHOOL_FMT = {
    "US": ["{X} Elementary School", "{X} Middle School", "{X} Elementary", "{X} Intermediate School"],
    "UK": ["{X} Primary School", "{X} Academy", "St {S}'s C of E Primary", "{X} Junior School"],
    "IE": ["St {S}'s National School", "Scoil {S}", "{X} Community College", "{X} Educate Together NS"],
    "CA": ["{X} Public School", "{X} Elementary School", "{X} Middle School", "Ecole {X}"],
    "AU": ["{X} Public School", "{X} Primary School", "{X} State School", "{X} College"],
    "NZ": ["{X} School", "{X} Primary School", "{X} Intermediate", "{X} College"],
    "IN": ["{X} Public School", "{X} Vidyalaya", "{X} International School", "{X} Convent School"],
    "ZA": ["{X} Primary School", "{X} High School", "Laerskool {X}", "{X} Preparatory"],
}

CLUB_FMT = [
    "{T} Tigers U{A}", "{T} Junior Football Club", "{T} Swim Club", "{T} Netball Club", "1st {T} Scout Group",
    "{T} Cubs", "{T} Girl Guides", "{T} Little Athletics", "{T} Cricket Club", "{T} Rugby Club U{A}",
    "{T} Dance Academy", "{T} Gymnastics", "St {S}'s Parish Youth", "{T} Chess Club", "{T} Coding Club",
    "{T} Hockey Club", "{T} Basketball U{A}", "{T} Youth Orchestra", "{T} Karate Dojo", "{T} Baptist Church",
]
WORKPLACES = ["{T} Dental", "{T} Medical Centre", "{T} Veterinary Clinic", "{T} Hardware", "{T} Pharmacy",
              "{T} Childcare", "{T} Motors", "{T} Bakery", "{T} Accountants", "{T} Physio"]

HANDLE_WORDS = ["gamer", "pixel", "shadow", "ninja", "dragon", "cookie", "bunny", "star", "moon", "frost",
                "blaze", "kitty", "wolf", "panda", "sky", "storm", "sparkle", "craft", "dino", "rocket",
                "unicorn", "slime", "cyber", "turbo", "glitch", "boba", "mochi", "vibes", "queen", "king"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"]
EMAIL_DOMAINS_R = {"UK": ["btinternet.com", "yahoo.co.uk"], "IE": ["eircom.net"], "AU": ["bigpond.com"],
                   "NZ": ["xtra.co.nz"], "IN": ["rediffmail.com"], "ZA": ["webmail.co.za"], "CA": ["rogers.com"],
                   "US": ["aol.com"]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


class Phone:
    def __init__(self, local, intl, e164):
        self.local, self.intl, self.e164 = local, intl, e164


def make_phone(rng, region, place=None):
    r = region
    if r in ("US", "CA"):
        area = place[3] if (r == "US" and place) else (place[4] if place else "555")
        nn = "%02d" % rng.randrange(100)
        local = pick(rng, ["({a}) 555-01{n}", "{a}-555-01{n}", "{a}.555.01{n}"]).format(a=area, n=nn)
        return Phone(local, "+1 %s 555 01%s" % (area, nn), "+1%s55501%s" % (area, nn))
    if r == "UK":
        n = digits(rng, 3)
        return Phone("07700 900" + n, "+44 7700 900" + n, "+447700900" + n)
    if r == "IE":
        p = pick(rng, ["83", "85", "86", "87", "89"])
        a, b = digits(rng, 3), digits(rng, 4)
        return Phone("0%s %s %s" % (p, a, b), "+353 %s %s %s" % (p, a, b), "+353%s%s%s" % (p, a, b))
    if r == "AU":
        if rng.random() < 0.5:
            a = pick(rng, ["12", "13", "21", "23", "31", "38", "47", "91"])
        else:
            a = pick(rng, ["01", "02", "03", "07", "08", "09"])
        b, c = digits(rng, 3), digits(rng, 3)
        return Phone("04%s %s %s" % (a, b, c), "+61 4%s %s %s" % (a, b, c), "+614%s%s%s" % (a, b, c))
    if r == "NZ":
        p = pick(rng, ["21", "22", "27", "29"])
        a, b = digits(rng, 3), digits(rng, 4)
        return Phone("0%s %s %s" % (p, a, b), "+64 %s %s %s" % (p, a, b), "+64%s%s%s" % (p, a, b))
    if r == "IN":
        a = pick(rng, ["98", "97", "99", "94", "88", "70", "63"]) + digits(rng, 3)
        b = digits(rng, 5)
        return Phone(pick(rng, ["%s %s", "+91 %s %s", "%s-%s"]) % (a, b), "+91 %s %s" % (a, b), "+91%s%s" % (a, b))
    # ZA
    p = pick(rng, ["72", "73", "76", "82", "83", "84", "61", "71"])
    a, b = digits(rng, 3), digits(rng, 4)
    return Phone("0%s %s %s" % (p, a, b), "+27 %s %s %s" % (p, a, b), "+27%s%s%s" % (p, a, b))


def year_label(rng, region, age):
    r = region
    if r == "US":
        g = age - 5
        if g <= 0:
            return "Kindergarten"
        return pick(rng, ["Grade %d" % g, "%d%s grade" % (g, {1: "st", 2: "nd", 3: "rd"}.get(g, "th")), "Grade %d" % g])
    if r == "CA":
        g = age - 5
        return "Kindergarten" if g <= 0 else pick(rng, ["Grade %d" % g, "Gr. %d" % g])
    if r in ("UK",):
        y = age - 4
        return "Reception" if y <= 0 else pick(rng, ["Year %d" % y, "Y%d" % y, "Year %d" % y])
    if r == "NZ":
        y = age - 4
        return "Year %d" % max(1, y)
    if r == "AU":
        y = age - 5
        return pick(rng, ["Kindy", "Prep"]) if y <= 0 else pick(rng, ["Year %d" % y, "Yr %d" % y])
    if r == "IE":
        c = age - 6
        if c <= 0:
            return "Senior Infants"
        if c <= 6:
            return "%d%s Class" % (c, {1: "st", 2: "nd", 3: "rd"}.get(c, "th"))
        s = c - 6
        return "%d%s Year" % (s, {1: "st", 2: "nd", 3: "rd"}.get(s, "th"))
    if r == "IN":
        c = max(1, age - 5)
        roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][c - 1]
        return pick(rng, ["Class %d" % c, "Class %s" % roman, "Std %s" % roman])
    g = max(1, age - 6)
    return pick(rng, ["Grade %d" % g, "Gr %d" % g])


def fmt_date(rng, region, y, m, d, style=None):
    if style is None:
        style = rng.randrange(3)
    mon = MONTHS[m - 1]
    if region == "US":
        return ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mon, d, y), "%d/%d/%d" % (m, d, y)][style]
    if region == "CA":
        return ["%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (mon, d, y), "%02d/%02d/%d" % (d, m, y)][style]
    if region == "IN":
        return ["%02d-%02d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon[:3], y)][style]
    if region == "ZA":
        return ["%d/%02d/%02d" % (y, m, d), "%d %s %d" % (d, mon, y), "%02d/%02d/%d" % (d, m, y)][style]
    return ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%d/%d/%d" % (d, m, y)][style]


def short_date(rng, region, m, d):
    mon = MONTHS[m - 1]
    if region in ("US", "CA"):
        return pick(rng, ["%s %d" % (mon, d), "%d/%d" % (m, d)])
    return pick(rng, ["%d %s" % (d, mon), "%d/%d" % (d, m)])


class Place:
    def __init__(self, rng, region):
        self.region = region
        p = pick(rng, PLACES[region])
        self.raw = p
        self.suburb = p[0]
        r = region
        if r == "US":
            self.city, self.state = p[0], p[1]
            self.postcode = p[2] + digits(rng, 2)
        elif r == "CA":
            self.city, self.state = p[1], p[2]
            self.postcode = "%s %d%s%d" % (p[3], rng.randrange(10), pick(rng, "ABCEGHJKLMNPRSTVXY"), rng.randrange(10))
        elif r == "UK":
            self.city, self.state = p[1], ""
            self.postcode = "%s %d%s" % (p[2], rng.randrange(1, 10), pick(rng, "ABDEFGHJLNPQRSTUWXY") + pick(rng, "ABDEFGHJLNPQRSTUWXY"))
        elif r == "IE":
            self.city, self.state = p[1], ""
            self.postcode = "%s %s%d%s%d" % (p[2], pick(rng, "ACDEFHKNPRTVWXY"), rng.randrange(10), pick(rng, "ACDEFHKNPRTVWXY"), rng.randrange(10))
        elif r == "AU":
            self.city, self.state, self.postcode = p[0], p[1], p[2]
        elif r == "NZ":
            self.city, self.state, self.postcode = p[1], "", p[2]
        elif r == "IN":
            self.city, self.state = p[1], ""
            self.postcode = p[2] + digits(rng, 2)
        else:
            self.city, self.state = p[1], ""
            self.postcode = p[2] + digits(rng, 2)


def street_line(rng, region):
    if region == "IN":
        kind = rng.randrange(3)
        if kind == 0:
            return "Flat %d%02d, %s %s" % (rng.randrange(1, 9), rng.randrange(1, 20), pick(rng, ["Sai", "Green", "Lotus", "Prestige", "Shanti", "Sunrise"]), pick(rng, ["Residency", "Apartments", "Enclave", "Heights"]))
        if kind == 1:
            return "No. %d, %d%s Cross" % (rng.randrange(1, 400), rng.randrange(1, 15), "th")
        return "%d, %s %s" % (rng.randrange(1, 300), pick(rng, STREET_BASE + ["Gandhi", "Nehru", "Tilak", "Ambedkar"]), pick(rng, STREET_TYPES["IN"]))
    num = rng.randrange(1, 240) if region != "US" else rng.randrange(10, 9900)
    s = "%d %s %s" % (num, pick(rng, STREET_BASE), pick(rng, STREET_TYPES[region]))
    if region in ("AU", "NZ") and rng.random() < 0.15:
        s = "%d/%s" % (rng.randrange(1, 12), s)
    if region == "US" and rng.random() < 0.15:
        s += " Apt %d" % rng.randrange(1, 40)
    return s


def address_lines(rng, region, place, street):
    r = region
    if r == "US":
        return [street, "%s, %s %s" % (place.city, place.state, place.postcode)]
    if r == "CA":
        return [street, "%s, %s %s" % (place.city, place.state, place.postcode)]
    if r == "UK":
        return [street, place.suburb, place.city, place.postcode]
    if r == "IE":
        return [street, place.suburb, place.city, place.postcode]
    if r == "AU":
        return [street, "%s %s %s" % (place.suburb.upper() if rng.random() < 0.4 else place.suburb, place.state, place.postcode)]
    if r == "NZ":
        return [street, place.suburb, "%s %s" % (place.city, place.postcode)]
    if r == "IN":
        return [street, place.suburb, "%s %s" % (place.city, place.postcode)]
    return [street, place.suburb, place.city, place.postcode]


def school_name(rng, region, place=None):
    f = pick(rng, SCHOOL_FMT[region])
    x = pick(rng, SCHOOL_A) + pick(rng, SCHOOL_B)
    return f.format(X=x, S=pick(rng, SAINTS))


def handle(rng, first, last):
    f = first.lower().replace(" ", "").replace("-", "").replace("'", "")
    l = last.lower().replace(" ", "").replace("'", "")
    w = pick(rng, HANDLE_WORDS)
    w2 = pick(rng, HANDLE_WORDS)
    n = rng.randrange(1, 99)
    k = rng.randrange(9)
    if k == 0:
        return "%s_%s%d" % (f, w, n)
    if k == 1:
        return "xX%s%sXx" % (w.capitalize(), f.capitalize())
    if k == 2:
        return "%s.%s%02d" % (f, l[:3], n)
    if k == 3:
        return "%s%s%d" % (w, w2.capitalize(), n)
    if k == 4:
        return "its_%s_%s" % (f, w)
    if k == 5:
        return "%s%s" % (f, l[:1]) + str(2008 + rng.randrange(12))
    if k == 6:
        return "%s_the_%s" % (f, w)
    if k == 7:
        return "%s%s%d" % (w.capitalize(), l.capitalize()[:4], n)
    return "lil%s%d" % (f, n)


def email(rng, first, last, region):
    f = first.lower().replace(" ", "").replace("-", "").replace("'", "")
    l = last.lower().replace(" ", "").replace("'", "")
    dom = pick(rng, EMAIL_DOMAINS + EMAIL_DOMAINS_R[region])
    k = rng.randrange(4)
    if k == 0:
        u = "%s.%s" % (f, l)
    elif k == 1:
        u = "%s%s%d" % (f, l[:1], rng.randrange(1, 99))
    elif k == 2:
        u = "%s.%s%d" % (f[:1], l, rng.randrange(70, 99))
    else:
        u = "%s_%s" % (f, pick(rng, HANDLE_WORDS))
    return u + "@" + dom


def personal_url(rng, h):
    return pick(rng, ["youtube.com/@%s", "tiktok.com/@%s", "twitch.tv/%s", "linktr.ee/%s", "instagram.com/%s",
                      "scratch.mit.edu/users/%s", "www.roblox.com/users/%s/profile"]) % (
        h if rng.random() < 0.85 else digits(rng, 10))


def org_name(rng, region, place, age=None):
    f = pick(rng, CLUB_FMT)
    town = place.suburb if rng.random() < 0.7 else pick(rng, SCHOOL_A) + pick(rng, SCHOOL_B)
    a = age if age else rng.randrange(8, 15)
    return f.format(T=town, A=a + 1, S=pick(rng, SAINTS))


def workplace(rng, place):
    return pick(rng, WORKPLACES).format(T=place.suburb if rng.random() < 0.5 else pick(rng, SCHOOL_A) + pick(rng, SCHOOL_B))


class Kid:
    """A complete invented child profile."""

    def __init__(self, rng, region, age=None):
        self.region = region
        self.first = pick(rng, FIRST)
        self.last = pick(rng, LAST)
        self.full = "%s %s" % (self.first, self.last)
        self.age = age if age else rng.randrange(6, 16)
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        self.dob_y, self.dob_m, self.dob_d = CURRENT_YEAR - self.age - (1 if m > 6 else 0), m, d
        self.dob = fmt_date(rng, region, self.dob_y, m, d)
        self.bday_short = short_date(rng, region, m, d)
        self.year = year_label(rng, region, self.age)
        self.place = Place(rng, region)
        self.street = street_line(rng, region)
        self.addr = address_lines(rng, region, self.place, self.street)
        self.addr_one = ", ".join(self.addr)
        self.school = school_name(rng, region, self.place)
        self.phone = make_phone(rng, region, self.place.raw)
        self.parent_phone = make_phone(rng, region, self.place.raw)
        self.parent_first = pick(rng, ADULT_FIRST)
        self.parent = "%s %s" % (self.parent_first, self.last)
        self.handle = handle(rng, self.first, self.last)
        self.handle2 = handle(rng, self.first, self.last)
        self.email = email(rng, self.first, self.last, region)
        self.parent_email = email(rng, self.parent_first, self.last, region)
        self.url = personal_url(rng, self.handle)
        self.club = org_name(rng, region, self.place, self.age)
        self.work = workplace(rng, self.place)
        self.pet = pick(rng, PETS)
        self.pet_kind = pick(rng, PET_KIND)
        self.teacher = "%s %s" % (pick(rng, TEACHER_TITLES), pick(rng, LAST))
        self.friends = [pick(rng, FIRST) for _ in range(6)]
        self.friends_full = ["%s %s" % (pick(rng, FIRST), pick(rng, LAST)) for _ in range(6)]
