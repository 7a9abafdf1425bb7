"""Invented people, places, schools, clubs, phones, e-mails and handles per region.
Phone numbers use fictional/drama ranges where they exist (NANP 555-01xx, Ofcom 07700 900xxx /
0113 496 0xxx, ACMA 0491 570 xxx, Germany 030 23125 xxx, France 01 99 00 xx xx)."""
from common import pick

FIRST = ["Ava", "Liam", "Aoife", "Oisín", "Siobhán", "Priya", "Arjun", "Ananya", "Thandiwe", "Sipho",
         "Lerato", "Mei", "Haruto", "Ngozi", "Chidi", "Aroha", "Tane", "Mateo", "Sofía", "Zainab",
         "Yusuf", "Olivia", "Noah", "Chloe", "Ethan", "Isla", "Harper", "Kai", "Fatima", "Omar",
         "Leila", "Ivan", "Zofia", "Emeka", "Amara", "Kwame", "Niamh", "Cian", "Saoirse", "Rohan",
         "Ishaan", "Kavya", "Anika", "Mia", "Lucas", "Ruby", "Jack", "Freya", "Hugo", "Elif",
         "Nikau", "Maia", "Wiremu", "Jasmine", "Darius", "Imani", "Mila", "Tomasz", "Lena", "Finn",
         "Keanu", "Aaliyah", "Bongani", "Naledi", "Ji-woo", "Min-jun", "Linh", "Bao", "Santiago", "Valentina"]
LAST = ["Murphy", "O'Connell", "Nguyen", "Okafor", "Patel", "Sharma", "Naidoo", "van der Merwe", "Dlamini",
        "Kowalski", "Rossi", "García", "MacDonald", "Thompson", "Walker", "Ngata", "Te Rangi", "Singh",
        "Iyer", "Chen", "Kim", "Haddad", "Hussain", "Mensah", "Brennan", "Fitzgerald", "Adeyemi", "Moreau",
        "Schneider", "de Vries", "Petrov", "Achterberg", "Reyes", "Santos", "Tanaka", "Kaur", "Banerjee",
        "Botha", "Mokoena", "Carvalho", "Lindqvist", "Osei", "Abubakar", "Ferreira", "Gallagher", "Whitfield",
        "Pemberton", "Ashworth", "Kealoha", "Tupou", "Fonoti", "Delacroix", "Hendricks", "Mahlangu", "Rahman"]

REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA", "DE", "FR", "NL", "NG", "PH", "BR"]

STREETS = {
    "US": ["Birchwood Dr", "Maple Ave", "Cedar Ridge Rd", "Willow Creek Ln", "Hawthorne St", "Pine Hollow Ct"],
    "UK": ["Hollins Lane", "Beechcroft Road", "Marlow Close", "Ashgrove Avenue", "Kingsmead Way", "Larkfield Drive"],
    "IE": ["Castle View", "Glenageary Park", "Ard na Gréine", "Meadowbrook Lawn", "Ballyowen Grove", "Sycamore Court"],
    "CA": ["Beaverbrook Cres", "Tamarack Way", "Laurentian Dr", "Birchmount Rd", "Cobblestone Blvd"],
    "AU": ["Wattle St", "Banksia Cres", "Jacaranda Ave", "Kookaburra Ct", "Bottlebrush Way"],
    "NZ": ["Kowhai Road", "Rimu Street", "Pohutukawa Ave", "Tui Crescent", "Harakeke Lane"],
    "IN": ["12th Main Road", "Gulmohar Marg", "Nehru Nagar 3rd Cross", "Lake View Road", "Temple Street"],
    "ZA": ["Protea Close", "Jacaranda Street", "Fynbos Lane", "Msasa Avenue", "Impala Road"],
    "DE": ["Lindenstraße", "Am Kastanienhof", "Birkenweg", "Schillerstraße", "Mühlenweg"],
    "FR": ["rue des Tilleuls", "allée des Acacias", "rue du Moulin", "avenue des Platanes"],
    "NL": ["Kastanjelaan", "Berkenstraat", "Molenweg", "Tulpenhof"],
    "NG": ["Adeola Street", "Olumide Close", "Palm Grove Avenue", "Ikenna Crescent"],
    "PH": ["Sampaguita St", "Narra Street", "Mabini Extension", "Ilang-Ilang Road"],
    "BR": ["Rua das Palmeiras", "Rua dos Ipês", "Avenida Jacarandá", "Rua Sabiá"],
}
TOWNS = {
    "US": [("Columbus", "OH", "432"), ("Eugene", "OR", "974"), ("Raleigh", "NC", "276"), ("Madison", "WI", "537")],
    "UK": [("Leeds", "LS6"), ("Bristol", "BS7"), ("Norwich", "NR3"), ("Sheffield", "S10"), ("Reading", "RG4")],
    "IE": [("Kilkenny", "R95"), ("Galway", "H91"), ("Dublin 8", "D08"), ("Cork", "T12")],
    "CA": [("Ottawa", "ON", "K2B"), ("Halifax", "NS", "B3L"), ("Calgary", "AB", "T2N"), ("Victoria", "BC", "V8R")],
    "AU": [("Brunswick", "VIC", "3056"), ("Paddington", "QLD", "4064"), ("Fremantle", "WA", "6160"), ("Glebe", "NSW", "2037")],
    "NZ": [("Takapuna", "Auckland", "0622"), ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8041")],
    "IN": [("Indiranagar", "Bengaluru", "560038"), ("Kothrud", "Pune", "411038"), ("Adyar", "Chennai", "600020")],
    "ZA": [("Rondebosch", "Cape Town", "7700"), ("Melville", "Johannesburg", "2092"), ("Berea", "Durban", "4001")],
    "DE": [("Berlin", "10969"), ("Freiburg", "79102"), ("Leipzig", "04275")],
    "FR": [("Lyon", "69003"), ("Nantes", "44000"), ("Lille", "59000")],
    "NL": [("Utrecht", "3581 KT"), ("Haarlem", "2012 HK"), ("Groningen", "9711 BD")],
    "NG": [("Surulere, Lagos", "101283"), ("Wuse II, Abuja", "904101"), ("GRA, Enugu", "400102")],
    "PH": [("Quezon City", "1101"), ("Cebu City", "6000"), ("Davao City", "8000")],
    "BR": [("São Paulo - SP", "01310-100"), ("Curitiba - PR", "80010-010"), ("Recife - PE", "50030-230")],
}
SCHOOL_STEM = ["Oakridge", "Maple Grove", "Kowhai", "Wattle Park", "Riverside", "Hillcrest", "Greenvale",
               "St. Brigid's", "Larkfield", "Ashbury", "Sunnybank", "Kingfisher", "Bramblewood", "Heron Bay",
               "Jacaranda", "Fernhill", "Silver Birch", "Clover Lane", "Northgate", "Westbrook"]
SCHOOL_KIND = {
    "US": ["Elementary School", "Middle School"], "UK": ["Primary School", "Junior School", "C of E Primary School"],
    "IE": ["National School", "Community School"], "CA": ["Public School", "Elementary School"],
    "AU": ["Primary School", "State School"], "NZ": ["Intermediate School", "Primary School"],
    "IN": ["Public School", "Vidyalaya"], "ZA": ["Primary School", "Preparatory School"],
    "DE": ["Grundschule"], "FR": ["École élémentaire"], "NL": ["Basisschool"], "NG": ["Primary School", "Academy"],
    "PH": ["Elementary School"], "BR": ["Escola Municipal"],
}
CLUB = ["{t} Under-{n}s FC", "{t} Junior Netball Club", "{t} Swim Squad", "1st {t} Scout Group", "{t} Cubs Pack",
        "{t} Girls' Brigade", "St. Anne's Youth Choir, {t}", "{t} Gurdwara Sunday Class", "{t} Mosque Madrasah",
        "{t} Little Athletics", "{t} Junior Cricket Club", "{t} Dance Academy", "{t} Chess Club", "{t} Rugby Minis",
        "{t} GAA Under-{n}s", "{t} Brownies", "{t} Youth Orchestra", "{t} Coderdojo", "{t} Karate Kids Dojo"]
TEAM_NICK = ["Tigers", "Falcons", "Kiwis", "Sharks", "Comets", "Wildcats", "Hornets", "Lions", "Otters"]
PETS = [("Biscuit", "dog"), ("Mochi", "cat"), ("Pepper", "dog"), ("Luna", "cat"), ("Kiri", "dog"),
        ("Toffee", "rabbit"), ("Simba", "cat"), ("Bruno", "dog"), ("Nala", "cat"), ("Waffles", "guinea pig")]

HANDLE_A = ["Pixel", "Shadow", "Frost", "Turbo", "Lil", "Mega", "Neon", "Cosmic", "Ninja", "Sparkle", "Crazy",
            "Ghost", "Lucky", "Blaze", "Bubble", "Storm", "Toxic", "Sunny", "Epic", "Hyper"]
HANDLE_B = ["Fox", "Panda", "Gamer", "Wolf", "Kitty", "Dragon", "Llama", "Bean", "Creeper", "Unicorn", "Sniper",
            "Taco", "Penguin", "Builder", "Racer", "Star", "Noodle", "Slayer", "Mango", "Otter"]
EMAIL_DOM = ["example.com", "example.net", "example.org", "mail.example", "inbox.example"]


def ascii_fold(s):
    t = {"í": "i", "á": "a", "é": "e", "ó": "o", "ú": "u", "ñ": "n", "ã": "a", "ç": "c", "ß": "ss", "ö": "o",
         "ü": "u", "ä": "a", "è": "e", "ê": "e", "'": "", " ": "", "-": ""}
    return "".join(t.get(c, c) for c in s)


def handle(rng, first=None):
    st = rng.randrange(7)
    a, b, n = pick(rng, HANDLE_A), pick(rng, HANDLE_B), rng.randint(2, 2019)
    f = ascii_fold(first or pick(rng, FIRST))
    return [f"{a}{b}{n}", f"xX_{a}{b}_Xx", f"{f.lower()}_{b.lower()}{n % 100:02d}", f"ItsMe{f}{n % 100}",
            f"{f}The{b}", f"{b.lower()}.{f.lower()}.{n % 1000}", f"TTV_{a}{f}"][st]


def phone(rng, region, mobile=True):
    r = rng.randint
    if region in ("US", "CA"):
        ac = {"US": ["614", "541", "919", "608"], "CA": ["613", "902", "403", "250"]}[region]
        return f"({pick(rng, ac)}) 555-01{r(0, 99):02d}" if rng.random() < .6 else f"{pick(rng, ac)}-555-01{r(0, 99):02d}"
    if region == "UK":
        return f"07700 900{r(0, 999):03d}" if mobile else f"0113 496 0{r(0, 999):03d}"
    if region == "IE":
        return f"08{pick(rng, '3567')} 555 {r(1000, 9999)}"
    if region == "AU":
        return f"0491 570 {pick(rng, ['006', '156', '157', '158', '159', '110', '313', '737'])}" if mobile \
            else f"(02) 5550 {r(1000, 9999)}"
    if region == "NZ":
        return f"021 555 {r(1000, 9999)}" if mobile else f"(09) 555 {r(1000, 9999)}"
    if region == "IN":
        return f"+91 98{r(100, 999)} 0{r(1000, 9999)}"
    if region == "ZA":
        return f"082 555 {r(1000, 9999)}"
    if region == "DE":
        return f"030 23125 {r(0, 999):03d}"
    if region == "FR":
        return f"01 99 00 {r(10, 99)} {r(10, 99)}"
    if region == "NL":
        return f"06 5555 {r(1000, 9999)}"
    if region == "NG":
        return f"+234 803 555 {r(1000, 9999)}"
    if region == "PH":
        return f"+63 917 555 {r(1000, 9999)}"
    return f"(11) 95555-{r(1000, 9999)}"


def intl(ph, region):
    """Digits of an international form for tel:/wa.me payloads."""
    cc = {"US": "1", "CA": "1", "UK": "44", "IE": "353", "AU": "61", "NZ": "64", "IN": "91", "ZA": "27",
          "DE": "49", "FR": "33", "NL": "31", "NG": "234", "PH": "63", "BR": "55"}[region]
    d = "".join(c for c in ph if c.isdigit())
    if ph.startswith("+"):
        return "+" + d
    if region in ("US", "CA"):
        return "+1" + d
    return "+" + cc + d.lstrip("0")


def postcode(rng, region, town):
    r = rng.randint
    L = "ABDEFGHJLNPQRSTUWXYZ"
    if region == "US":
        return f"{town[2]}{r(10, 99)}"
    if region == "UK":
        return f"{town[1]} {r(1, 9)}{pick(rng, L)}{pick(rng, L)}"
    if region == "IE":
        return f"{town[1]} {pick(rng, L)}{r(1, 9)}{pick(rng, L)}{r(1, 9)}"
    if region == "CA":
        return f"{town[2]} {r(1, 9)}{pick(rng, 'ABCEGHJKLMNPRSTVXY')}{r(1, 9)}"
    return town[-1]


def address(rng, region):
    """Returns (lines, street_line, town_name, postcode)."""
    n = rng.randint(2, 248)
    st = pick(rng, STREETS[region])
    town = pick(rng, TOWNS[region])
    pc = postcode(rng, region, town)
    if region == "US":
        l1, l2 = f"{n * 17 % 9000 + 100} {st}", f"{town[0]}, {town[1]} {pc}"
    elif region == "UK":
        l1, l2 = f"{n} {st}", f"{town[0]} {pc}"
    elif region == "IE":
        l1, l2 = f"{n} {st}", f"{town[0]}, {pc}"
    elif region == "CA":
        l1, l2 = f"{n * 13 % 2000 + 10} {st}", f"{town[0]}, {town[1]} {pc}"
    elif region == "AU":
        l1, l2 = f"{n} {st}", f"{town[0]} {town[1]} {pc}"
    elif region == "NZ":
        l1, l2 = f"{n} {st}", f"{town[0]}, {town[1]} {pc}"
    elif region == "IN":
        l1, l2 = f"Flat {rng.randint(1, 9)}{pick(rng, 'ABCD')}, {n} {st}", f"{town[0]}, {town[1]} {pc}"
    elif region == "ZA":
        l1, l2 = f"{n} {st}", f"{town[0]}, {town[1]} {pc}"
    elif region in ("DE", "NL"):
        l1, l2 = f"{st} {n}", f"{pc} {town[0]}"
    elif region == "FR":
        l1, l2 = f"{n} {st}", f"{pc} {town[0]}"
    elif region == "NG":
        l1, l2 = f"{n} {st}", f"{town[0]} {pc}"
    elif region == "PH":
        l1, l2 = f"Blk {rng.randint(1, 30)} Lot {n % 40 + 1}, {st}", f"{town[0]} {pc}"
    else:
        l1, l2 = f"{st}, {n}", f"{pc} {town[0]}"
    return [l1, l2], l1, town[0], pc


def school(rng, region):
    return f"{pick(rng, SCHOOL_STEM)} {pick(rng, SCHOOL_KIND[region])}"


def year_label(rng, region, age):
    y = max(1, age - 5)
    if region in ("US", "CA", "PH"):
        return pick(rng, [f"Grade {y}", f"{y}{['st', 'nd', 'rd'][y - 1] if y < 4 else 'th'} Grade"])
    if region in ("UK", "AU", "NZ"):
        return pick(rng, [f"Year {y + 1}", f"Class {y + 1}{pick(rng, 'BCRW')}"])
    if region == "IE":
        return f"{y}{['st', 'nd', 'rd'][y - 1] if y < 4 else 'th'} Class"
    if region == "IN":
        return f"Class {['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][min(y, 8) - 1]}-{pick(rng, 'ABCD')}"
    return f"Grade {y}"


def dob(rng, region, age):
    y = 2026 - age
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    if region == "US":
        return pick(rng, [f"{m:02d}/{d:02d}/{y}", f"{months[m - 1]} {d}, {y}"])
    return pick(rng, [f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"])


def person(rng, region=None):
    region = region or pick(rng, REGIONS)
    first, last = pick(rng, FIRST), pick(rng, LAST)
    age = rng.randint(6, 14)
    lines, street, town, pc = address(rng, region)
    f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
    email = pick(rng, [f"{f}.{l}{rng.randint(10, 99)}", f"{f}{l[0]}{2026 - age}", f"{l}.family", f"{f}_{l}"]) \
        + "@" + pick(rng, EMAIL_DOM)
    t = town.split(",")[0]
    club = pick(rng, CLUB).format(t=t, n=rng.choice([8, 9, 10, 11, 12]))
    return dict(region=region, first=first, last=last, full=f"{first} {last}", age=age,
                addr=lines, street=street, town=town, pc=pc, phone=phone(rng, region),
                home=phone(rng, region, mobile=False), email=email, handle=handle(rng, first),
                school=school(rng, region), year=year_label(rng, region, age), dob=dob(rng, region, age),
                club=club, parent=f"{pick(rng, FIRST)} {last}")


def friend(rng):
    return f"{pick(rng, FIRST)} {pick(rng, LAST)}"
