"""Invented people, places and formats for eight countries, plus harmless public text pools."""
from common import pick, rint

FIRST = ["Aiden", "Priya", "Siobhan", "Thandiwe", "Mei", "Oluwaseun", "Aroha", "Tane", "Liam", "Zara", "Arjun",
         "Ananya", "Saoirse", "Ciaran", "Sipho", "Lerato", "Kai", "Noah", "Fatima", "Yusuf", "Hana", "Mateo",
         "Sofia", "Chloe", "Jayden", "Ishaan", "Nkosi", "Aisha", "Tariq", "Wiremu", "Mia", "Olivia", "Isla",
         "Freya", "Oisin", "Niamh", "Declan", "Ravi", "Kavya", "Zanele", "Bongani", "Ngaio", "Hemi", "Lachlan",
         "Matilda", "Harper", "Ethan", "Lucas", "Amara", "Chidi", "Emeka", "Jia", "Wei", "Minh", "Linh", "Sione",
         "Mele", "Leilani", "Kiri", "Tamsin", "Rhys", "Bethan", "Dylan", "Gabriel", "Camila", "Diego", "Valentina",
         "Maya", "Eli", "Noor", "Omar", "Layla", "Samir", "Anika", "Rohan", "Kiran", "Aoife", "Cillian", "Grace",
         "Ruby", "Jack", "Charlotte", "Arlo", "Zoe", "Finn", "Amelia", "Hamza", "Yuki", "Haruto", "Seo-yeon",
         "Min-jun", "Kofi", "Abena", "Nomvula", "Pieter", "Annika", "Riya", "Aarav", "Tegan", "Mason", "Evie"]
LAST = ["O'Sullivan", "Murphy", "Nguyen", "Patel", "Sharma", "Dlamini", "Naidoo", "van der Merwe", "Botha",
        "Ngata", "Parata", "Kowalski", "MacDonald", "Fraser", "Thompson", "Okafor", "Adeyemi", "Chen", "Wang",
        "Kim", "Park", "Singh", "Gupta", "Reddy", "Iyer", "Nair", "Fitzgerald", "Byrne", "Walsh", "Kelly",
        "Campbell", "Tremblay", "Gagnon", "Lavoie", "Bouchard", "Wilson", "Hughes", "Evans", "Mokoena", "Khumalo",
        "Pillay", "Tan", "Hassan", "Rahman", "Haddad", "Rossi", "Garcia", "Santos", "Jansen", "Novak", "Petrov",
        "Cohen", "Ahmed", "Kaur", "Mahlangu", "Te Rangi", "Hohaia", "Mensah", "Osei", "Yamamoto", "Sato", "Lee",
        "Brennan", "Doherty", "Quinn", "McCarthy", "Nel", "Pretorius", "Chatterjee", "Menon", "Desai", "Joshi",
        "Fonoti", "Tupou", "Aziz", "Mahmoud", "Lindqvist", "Moreau", "Dubois", "Kaplan", "Schneider", "Ortiz"]

COUNTRIES = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]

GEO = {
    "US": dict(places=[("Clintonville", "Columbus", "OH", "432"), ("Hyde Park", "Austin", "TX", "787"),
                       ("Sellwood", "Portland", "OR", "972"), ("Oak Park", "Sacramento", "CA", "958"),
                       ("Five Points", "Raleigh", "NC", "276"), ("Westmoreland", "Madison", "WI", "537"),
                       ("Sam Hughes", "Tucson", "AZ", "857"), ("Ballard", "Seattle", "WA", "981")],
               streets=["Maple Ridge Dr", "Oak St", "Sycamore Ln", "Hawthorne Ave", "Cedar Ct", "Willow Bend Rd",
                        "Pinecrest Blvd", "Elm Street", "Lakeview Terrace"],
               area=["614", "512", "503", "916", "919", "608", "520", "206"]),
    "UK": dict(places=[("Headingley", "Leeds", "LS6"), ("Didsbury", "Manchester", "M20"), ("Roath", "Cardiff", "CF24"),
                       ("Jesmond", "Newcastle", "NE2"), ("Bishopston", "Bristol", "BS7"), ("Moseley", "Birmingham", "B13"),
                       ("Morningside", "Edinburgh", "EH10"), ("Hove", "Brighton", "BN3")],
               streets=["Elmwood Close", "Kingsley Road", "Brook Lane", "Victoria Terrace", "Orchard Way",
                        "St Margaret's Avenue", "Holly Grove", "Church Street", "Meadow View"]),
    "IE": dict(places=[("Ballincollig", "Co. Cork", "P31"), ("Clontarf", "Dublin 3", "D03"), ("Salthill", "Galway", "H91"),
                       ("Greystones", "Co. Wicklow", "A63"), ("Castletroy", "Limerick", "V94"), ("Swords", "Co. Dublin", "K67"),
                       ("Tramore", "Co. Waterford", "X91"), ("Naas", "Co. Kildare", "W91")],
               streets=["Ashgrove Park", "Seafield Road", "Oakwood Drive", "Beechlawn", "Cnoc Na Greine",
                        "Hazelbrook Avenue", "The Paddocks", "Main Street"]),
    "CA": dict(places=[("Kanata", "Ottawa", "ON", "K2"), ("Kitsilano", "Vancouver", "BC", "V6"),
                       ("Plateau", "Montréal", "QC", "H2"), ("Riverdale", "Toronto", "ON", "M4"),
                       ("Tuxedo", "Winnipeg", "MB", "R3"), ("Bridgeland", "Calgary", "AB", "T2"),
                       ("Clayton Park", "Halifax", "NS", "B3")],
               streets=["Birchwood Cres", "Maplegrove Rd", "Aspen Way", "Rue Saint-Denis", "Lakeshore Dr",
                        "Tamarack Ave", "Heritage Blvd"],
               area=["613", "604", "514", "416", "204", "403", "902"]),
    "AU": dict(places=[("Brunswick", "VIC", "3056"), ("Paddington", "NSW", "2021"), ("Parramatta", "NSW", "2150"),
                       ("New Farm", "QLD", "4005"), ("Subiaco", "WA", "6008"), ("Norwood", "SA", "5067"),
                       ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612")],
               streets=["Wattle St", "Banksia Crescent", "Jacaranda Ave", "Gum Tree Rd", "Bottlebrush Way",
                        "Kookaburra Ct", "Ocean Pde", "Grevillea Pl"]),
    "NZ": dict(places=[("Mount Albert", "Auckland", "1025"), ("Ponsonby", "Auckland", "1011"),
                       ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8011"),
                       ("Hamilton East", "Hamilton", "3216"), ("Mount Maunganui", "Tauranga", "3116"),
                       ("Roslyn", "Dunedin", "9010")],
               streets=["Kowhai Road", "Pohutukawa Drive", "Rimu Street", "Totara Avenue", "Harbour View Rd",
                        "Manuka Place", "Tui Crescent"]),
    "IN": dict(places=[("Indiranagar", "Bengaluru", "560038"), ("Koramangala", "Bengaluru", "560034"),
                       ("Andheri West", "Mumbai", "400053"), ("Salt Lake", "Kolkata", "700091"),
                       ("Anna Nagar", "Chennai", "600040"), ("Vasant Kunj", "New Delhi", "110070"),
                       ("Kothrud", "Pune", "411038"), ("Banjara Hills", "Hyderabad", "500034")],
               streets=["14th Cross", "MG Road", "Nehru Street", "2nd Main", "Gandhi Marg", "Link Road",
                        "Lake View Road"],
               bldg=["Shanti Apartments", "Green Meadows", "Sai Residency", "Lotus Towers", "Prestige Park"]),
    "ZA": dict(places=[("Rondebosch", "Cape Town", "7700"), ("Fourways", "Johannesburg", "2191"),
                       ("Westville", "Durban", "3629"), ("Brooklyn", "Pretoria", "0181"), ("Summerstrand", "Gqeberha", "6001"),
                       ("Stellenbosch Central", "Stellenbosch", "7600"), ("Melville", "Johannesburg", "2092")],
               streets=["Protea Street", "Jacaranda Road", "Milkwood Crescent", "Fynbos Lane", "Acacia Avenue",
                        "Kloof Road", "Marula Close"]),
}

SCHOOL_STEMS = ["Oakridge", "Lakeview", "Riverside", "Greenhill", "Willowbank", "Hillcrest", "Ridgeway", "Kowhai",
                "Sunnyvale", "Protea Park", "Maple Grove", "Bayswater", "Ashfield", "Fernwood", "Cedar Valley",
                "Harbourside", "Mount Pleasant", "Brookfield", "Kingsmead", "Silver Oak", "Wattle Grove", "Seaview"]
SCHOOL_TAIL = {"US": ["Elementary", "Middle School", "Elementary School", "Academy"],
               "UK": ["Primary School", "Academy", "C of E Primary", "Junior School"],
               "IE": ["National School", "Community College", "Educate Together NS"],
               "CA": ["Public School", "Elementary School", "Middle School", "École élémentaire"],
               "AU": ["Primary School", "Public School", "State School", "College"],
               "NZ": ["School", "Intermediate", "Primary", "College"],
               "IN": ["Public School", "Vidya Mandir", "International School", "Convent School"],
               "ZA": ["Primary School", "Preparatory School", "Laerskool", "High School"]}
SAINTS = ["St Brigid's", "St Columba's", "Sacred Heart", "St Joseph's", "Holy Cross", "St Anne's", "St Mary's",
          "Our Lady of Mercy", "St Patrick's"]

ORG_FMT = ["1st {p} Scouts", "{p} Juniors FC", "{p} Under-11s", "{p} Swim Club", "{p} Netball Club",
           "{p} Gymnastics Club", "{p} Youth Choir", "St Anne's Parish Youth", "{p} Cubs Pack 7", "3rd {p} Brownies",
           "{p} Junior Chess Club", "{p} Little Athletics", "{p} Cricket Club U12", "{p} Dance Academy",
           "Al-Noor Mosque Youth Circle", "Sri Ganesha Temple Bal Vihar", "{p} Baptist Kids Church",
           "{p} Rugby Club U10s", "{p} Hockey Minis", "{p} Girl Guides", "{p} Coding Club", "{p} Drama Group",
           "Gurdwara Sahib {p} Punjabi Class", "{p} Sea Scouts", "{p} Junior Lifesavers"]

VENUES = ["Leisure Centre", "Skate Park", "Library", "Community Hall", "Aquatic Centre", "Rec Ground",
          "Sports Park", "Playground", "Youth Centre"]

EMAIL_DOM = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"]
EMAIL_DOM_C = {"UK": ["btinternet.com", "yahoo.co.uk"], "IE": ["eircom.net"], "AU": ["bigpond.com"],
               "NZ": ["xtra.co.nz"], "IN": ["rediffmail.com", "yahoo.co.in"], "ZA": ["telkomsa.net", "mweb.co.za"],
               "US": ["aol.com"], "CA": ["rogers.com", "shaw.ca"]}

TEACHER_TITLES = ["Mrs", "Mr", "Ms", "Miss", "Mx"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def digits(rng, n):
    return "".join(str(rint(rng, 0, 9)) for _ in range(n))


def phone(rng, c, intl=None):
    intl = (rng.random() < 0.3) if intl is None else intl
    if c in ("US", "CA"):
        a = pick(rng, GEO[c]["area"])
        n = f"01{rint(rng, 0, 9)}{rint(rng, 0, 9)}"
        return pick(rng, [f"({a}) 555-{n}", f"{a}-555-{n}", f"+1 {a} 555 {n}", f"{a}.555.{n}"])
    if c == "UK":
        n = digits(rng, 3)
        return f"+44 7700 900{n}" if intl else pick(rng, [f"07700 900{n}", f"07700 900 {n}", f"07700900{n}"])
    if c == "IE":
        p = pick(rng, ["83", "85", "86", "87", "89"])
        a, b = digits(rng, 3), digits(rng, 4)
        return f"+353 {p} {a} {b}" if intl else pick(rng, [f"0{p} {a} {b}", f"0{p}-{a}{b}", f"0{p} {a}{b}"])
    if c == "AU":
        a, b = digits(rng, 2), digits(rng, 3)
        return f"+61 4{a} 570 {b}" if intl else pick(rng, [f"04{a} 570 {b}", f"04{a}570{b}", f"04{a} 570{b}"])
    if c == "NZ":
        p = pick(rng, ["21", "22", "27", "29"])
        a, b = digits(rng, 3), digits(rng, 4)
        return f"+64 {p} {a} {b}" if intl else pick(rng, [f"0{p} {a} {b}", f"0{p} {a}{b}", f"(0{p}) {a}-{b}"])
    if c == "IN":
        a, b = str(rint(rng, 7, 9)) + digits(rng, 4), digits(rng, 5)
        return f"+91 {a} {b}" if intl else pick(rng, [f"{a} {b}", f"{a}{b}", f"0{a} {b}"])
    # ZA
    p = pick(rng, ["82", "83", "72", "71", "60", "84"])
    a, b = digits(rng, 3), digits(rng, 4)
    return f"+27 {p} {a} {b}" if intl else pick(rng, [f"0{p} {a} {b}", f"0{p}{a}{b}", f"0{p}-{a}-{b}"])


def phone_digits(p):
    d = "".join(ch for ch in p if ch.isdigit() or ch == "+")
    return d


def address(rng, c):
    """Return (line1, line2, suburb, city) -- an invented address."""
    g = GEO[c]
    pl = pick(rng, g["places"])
    num = rint(rng, 2, 198)
    st = pick(rng, g["streets"])
    if c == "US":
        sub, city, state, z = pl
        return f"{num} {st}", f"{city}, {state} {z}{digits(rng, 2)}", sub, city
    if c == "UK":
        sub, city, pc = pl
        return f"{num} {st}", f"{sub}, {city} {pc} {rint(rng, 1, 9)}{pick(rng, list('ABDEFGHJLNPQRSTUWXY'))}{pick(rng, list('ABDEFGHJLNPQRSTUWXY'))}", sub, city
    if c == "IE":
        sub, county, ek = pl
        code = f"{ek} {pick(rng, list('ACDEFHKNPRTVWXY'))}{rint(rng, 1, 9)}{pick(rng, list('ACDEFHKNPRTVWXY'))}{rint(rng, 1, 9)}"
        return f"{num} {st}", f"{sub}, {county}, {code}", sub, county
    if c == "CA":
        sub, city, prov, fsa = pl
        code = f"{fsa}{pick(rng, list('ABCEGHJKLMNPRSTVXY'))} {rint(rng, 1, 9)}{pick(rng, list('ABCEGHJKLMNPRSTVXY'))}{rint(rng, 1, 9)}"
        return f"{num} {st}", f"{city}, {prov} {code}", sub, city
    if c == "AU":
        sub, state, pc = pl
        return f"{num} {st}", f"{sub} {state} {pc}", sub, sub
    if c == "NZ":
        sub, city, pc = pl
        return f"{num} {st}", f"{sub}, {city} {pc}", sub, city
    if c == "IN":
        sub, city, pin = pl
        return (f"Flat {rint(rng, 1, 9)}0{rint(rng, 1, 8)}, {pick(rng, g['bldg'])}, {st}",
                f"{sub}, {city} {pin}", sub, city)
    sub, city, pc = pl
    return f"{num} {st}", f"{sub}, {city}, {pc}", sub, city


def school(rng, c):
    if rng.random() < 0.22 and c in ("IE", "UK", "AU", "NZ", "US", "CA", "IN"):
        base = pick(rng, SAINTS)
    else:
        base = pick(rng, SCHOOL_STEMS)
    return f"{base} {pick(rng, SCHOOL_TAIL[c])}"


def year_label(rng, c, age):
    g = max(1, age - 5)
    if c == "UK" or c in ("AU", "NZ"):
        return pick(rng, [f"Year {g + (1 if c == 'NZ' else 0)}", f"Yr {g}", f"Y{g}"])
    if c == "IE":
        return f"{g}{'st' if g == 1 else 'nd' if g == 2 else 'rd' if g == 3 else 'th'} Class" if g <= 6 else f"{g - 6}{'st' if g == 7 else 'nd' if g == 8 else 'rd'} Year"
    if c in ("US", "CA"):
        return pick(rng, [f"Grade {g}", f"{g}{'st' if g == 1 else 'nd' if g == 2 else 'rd' if g == 3 else 'th'} grade"])
    if c == "IN":
        return pick(rng, [f"Class {g}", f"Std {['I','II','III','IV','V','VI','VII','VIII','IX','X'][min(g, 10) - 1]}", f"Class {g}-B"])
    return f"Grade {g}"


def dob(rng, c, age):
    y = 2026 - age - (1 if rng.random() < 0.4 else 0)
    m, d = rint(rng, 1, 12), rint(rng, 1, 28)
    if c in ("US",):
        return pick(rng, [f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y}"])
    if c == "CA":
        return pick(rng, [f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}"])
    return pick(rng, [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1][:3]} {y}"])


def handle(rng, first, last, yy):
    f, l = first.lower().replace("-", ""), last.lower().replace("'", "").replace(" ", "")
    forms = [f"{f}_{l[:3]}{yy}", f"lil_{f}.{yy}", f"xX{first}PlayzXx", f"{f}.{l}", f"{f}{rint(rng, 1, 999)}",
             f"its_{f}_{pick(rng, ['gamer', 'bakes', 'draws', 'sings', 'skates', 'vlogs'])}", f"{f}{l[:1]}_{yy}",
             f"{first}{pick(rng, ['Gaming', 'YT', 'MC', 'Plays', 'TTV'])}", f"sk8r_{f}", f"{f}.{pick(rng, ['xo', 'jpg', 'exe', 'zz'])}",
             f"{pick(rng, ['Shadow', 'Pixel', 'Ninja', 'Frost', 'Turbo', 'Blaze'])}{first}{yy}",
             f"{f}_the_{pick(rng, ['goat', 'great', 'unicorn', 'dino'])}", f"{l}{f[:1]}{rint(rng, 10, 99)}"]
    return pick(rng, forms)


def email(rng, first, last, yy, c):
    f, l = first.lower().replace("-", ""), last.lower().replace("'", "").replace(" ", "")
    dom = pick(rng, EMAIL_DOM + EMAIL_DOM_C[c])
    return pick(rng, [f"{f}.{l}{yy}@{dom}", f"{f}{l[:1]}{rint(rng, 1, 99)}@{dom}", f"{l}.family@{dom}",
                      f"{f}_{l}@{dom}", f"mum.of.{f}@{dom}", f"{f}{yy}{l}@{dom}"])


class Kid:
    def __init__(self, rng, c=None):
        self.c = c or pick(rng, COUNTRIES)
        self.first = pick(rng, FIRST)
        self.last = pick(rng, LAST)
        self.age = rint(rng, 6, 15)
        self.yy = str((2026 - self.age) % 100).zfill(2)
        self.year = year_label(rng, self.c, self.age)
        self.dob = dob(rng, self.c, self.age)
        self.school = school(rng, self.c)
        self.addr1, self.addr2, self.suburb, self.city = address(rng, self.c)
        self.phone = phone(rng, self.c)
        self.handle = handle(rng, self.first, self.last, self.yy)
        self.handle2 = handle(rng, self.first, self.last, self.yy)
        self.email = email(rng, self.first, self.last, self.yy, self.c)
        self.org = pick(rng, ORG_FMT).format(p=self.suburb if rng.random() < 0.6 else self.city)
        self.venue = f"{self.suburb} {pick(rng, VENUES)}"
        self.parent = pick(rng, FIRST)
        self.friends = [f"{pick(rng, FIRST)} {pick(rng, LAST)}" for _ in range(6)]
        self.teacher = f"{pick(rng, TEACHER_TITLES)} {pick(rng, LAST)}"

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def initials(self):
        return (self.first[0] + self.last.split()[-1][0]).upper()


def age_phrase(rng, age):
    return pick(rng, [f"{age} yrs", f"age {age}", f"{age} years old", f"I'm {age}", f"{age}yo", f"Age: {age}",
                      f"{age} y/o", f"turning {age}"])


# ---------------------------------------------------------------- harmless public text
PRO_TEAMS = ["Manchester City", "Liverpool", "Arsenal", "Chelsea", "Tottenham", "Newcastle", "Aston Villa",
             "Brighton", "West Ham", "Everton", "Leeds United", "Brentford", "Fulham", "Wolves", "Bournemouth",
             "Nottingham Forest"]
NBA = ["Boston Celtics", "Denver Nuggets", "Milwaukee Bucks", "Phoenix Suns", "Golden State", "Miami Heat",
       "Dallas Mavericks", "Toronto Raptors", "Chicago Bulls", "LA Lakers"]
CITIES = ["London", "New York", "Tokyo", "Sydney", "Toronto", "Mumbai", "Cape Town", "Auckland", "Dublin", "Paris",
          "Berlin", "Chicago", "Singapore", "Los Angeles", "Melbourne", "Johannesburg", "Vancouver", "Delhi"]
AUTHORS = [("Pride and Prejudice", "Jane Austen"), ("Great Expectations", "Charles Dickens"),
           ("Moby-Dick", "Herman Melville"), ("The Time Machine", "H. G. Wells"), ("Emma", "Jane Austen"),
           ("Treasure Island", "Robert Louis Stevenson"), ("Little Women", "Louisa May Alcott"),
           ("Frankenstein", "Mary Shelley"), ("Dracula", "Bram Stoker"), ("The Jungle Book", "Rudyard Kipling"),
           ("Anne of Green Gables", "L. M. Montgomery"), ("Alice's Adventures in Wonderland", "Lewis Carroll"),
           ("The Secret Garden", "Frances Hodgson Burnett"), ("Heidi", "Johanna Spyri")]
QUOTES = [("The only way to do great work is to love what you do.", "Steve Jobs"),
          ("Be yourself; everyone else is already taken.", "Oscar Wilde"),
          ("It always seems impossible until it's done.", "Nelson Mandela"),
          ("Imagination is more important than knowledge.", "Albert Einstein"),
          ("In the middle of difficulty lies opportunity.", "Albert Einstein"),
          ("You miss 100% of the shots you don't take.", "Wayne Gretzky"),
          ("Education is the most powerful weapon which you can use to change the world.", "Nelson Mandela"),
          ("Do what you can, with what you have, where you are.", "Theodore Roosevelt"),
          ("The future belongs to those who believe in the beauty of their dreams.", "Eleanor Roosevelt"),
          ("Happiness is not something ready made. It comes from your own actions.", "Dalai Lama")]
SLOGANS = ["DREAM BIG. WORK HARD.", "Be Kind. Always.", "Mistakes help us grow", "KEEP CALM AND READ ON",
           "Believe you can", "Good vibes only", "Stay curious", "Every day is a fresh start", "You've got this!",
           "Practice makes progress"]
BRANDS = [("Oaty Crunch", "Whole Grain Cereal"), ("Sunny Valley", "Orange Juice 1L"), ("Choco Bites", "Milk Chocolate 150g"),
          ("FreshMint", "Toothpaste 75ml"), ("Green Leaf", "Organic Tea - 40 bags"), ("Crispy Co.", "Sea Salt Crisps"),
          ("Aqua Pure", "Spring Water 500ml"), ("Happy Paws", "Dog Biscuits 1kg")]
PUBLIC_SITES = ["https://www.bbc.co.uk", "https://www.wikipedia.org", "https://www.nasa.gov", "https://www.who.int",
                "https://www.nationalgeographic.com", "https://www.lego.com", "https://www.olympics.com",
                "https://www.nhm.ac.uk", "https://www.un.org", "https://www.unicef.org", "https://www.gov.uk",
                "https://www.metmuseum.org"]
MOVIES = [("STARFALL", "Coming this Summer"), ("THE LAST VOYAGE", "Only in Cinemas"), ("MIDNIGHT EXPRESS LINE", "In IMAX 3D"),
          ("OCEAN'S ECHO", "Now Showing"), ("IRON VALLEY", "December 19"), ("THE PAPER KINGDOM", "Rated PG")]
STARS = ["Zendaya", "Tom Holland", "Emma Stone", "Ryan Gosling", "Dev Patel", "Margot Robbie", "Idris Elba",
         "Saoirse Ronan", "Keanu Reeves", "Florence Pugh", "Priyanka Chopra", "Chris Hemsworth"]
MUSICIANS = [("Taylor Swift", "Midnights"), ("Ed Sheeran", "Divide"), ("Adele", "30"), ("Billie Eilish", "Happier Than Ever"),
             ("Coldplay", "Parachutes"), ("Dua Lipa", "Future Nostalgia"), ("The Beatles", "Abbey Road"),
             ("Bruno Mars", "24K Magic"), ("A. R. Rahman", "Slumdog Millionaire OST"), ("Lorde", "Melodrama")]
DISHES = [("Margherita Pizza", "12.50"), ("Chicken Tikka Masala", "14.90"), ("Fish & Chips", "13.00"),
          ("Caesar Salad", "9.50"), ("Veggie Burger", "11.00"), ("Pad Thai", "12.90"), ("Lamb Rogan Josh", "15.50"),
          ("Garlic Bread", "4.50"), ("Mango Lassi", "3.90"), ("Flat White", "3.60"), ("Pavlova", "6.80"),
          ("Bobotie", "13.40"), ("Poutine", "8.90"), ("Masala Dosa", "7.50"), ("Lamington", "3.20")]
