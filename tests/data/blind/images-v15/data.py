"""Invented personal data for the image generator.

Every private name, number, address and handle is assembled at random from
generic parts; none of them refers to a real person.  Phone numbers use
ranges reserved for fiction where a country has one (UK 07700 900xxx and
0xx 496 0xxx, US/CA 555-01xx, AU 0491 570 xxx / 02 5550 xxxx).  E-mail
addresses use example domains.
"""
import unicodedata

NOW = (2024, 10, 1)  # fixed "today" for ages and dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

CULTURES = {
    "anglo": ("Oliver Amelia Jack Isla Harry Ava Charlie Mia Noah Grace Leo Ruby Archie Poppy Ethan "
              "Chloe Lucas Evie Mason Harper Liam Zoe Finn Matilda Hudson Willow Cooper Sienna Alfie Freya",
              "Thompson Walker Bennett Harris Clarke Mitchell Hughes Turner Parker Collins Foster Hayes "
              "Morgan Ellis Reid Fletcher Bailey Dawson Whitfield Ashworth Pemberton Holloway Sutton Barker"),
    "irish": ("Aoife Cian Saoirse Oisín Niamh Darragh Caoimhe Fionn Róisín Tadhg Ciara Eoin Clodagh Senan Orla Cillian",
              "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor Doyle McCarthy Gallagher Brennan "
              "Kavanagh Donnelly Fitzgerald Moloney"),
    "maori": ("Aroha Tane Mere Nikau Anahera Wiremu Kahu Manaia Hemi Ngaio Tui Rawiri Awhina Tamati",
              "Ngata Parata Tipene Rangihuna Te_Whata Hohaia Paewai Karaka Tamihana Kereama Horomona Te_Rangi"),
    "pasifika": ("Sione Losa Tevita Mele Ioane Salote Malakai Lagi Viliami Ana Talia Semisi",
                 "Tupou Faleolo Leota Fonoti Vaifale Taufa Havili Soliai Fifita Lemalu Tuilagi Afamasaga"),
    "south_asian": ("Aarav Ananya Vihaan Diya Arjun Priya Ishaan Saanvi Rohan Aisha Kabir Meera Harpreet "
                    "Gurleen Aditya Kavya Sai Nithya Farhan Tanvi Anika Dhruv Riya Yash",
                    "Sharma Patel Iyer Reddy Singh Kaur Gill Nair Menon Chatterjee Deshpande Rao Krishnan "
                    "Bhatt Mehta Khan Ahmed Siddiqui Pillai Verma Joshi Banerjee Kulkarni Sandhu"),
    "east_asian": ("Wei Mei Jun Hana Minjun Seo-yeon Haruto Yui Linh Minh Jia Hao Yuna Kenji Xinyi Ji-ho",
                   "Chen Wang Li Zhang Nguyen Tran Kim Park Lee Tanaka Sato Wong Liu Huang Pham Choi"),
    "filipino": ("Jericho Angelica Paolo Bea Miguel Kristine Jomar Trixie Andrei Mikaela",
                 "Santos Reyes Cruz Bautista Dela_Cruz Villanueva Mendoza Manalo Pascual Dimaculangan"),
    "african": ("Chidi Amara Tobi Ngozi Kwame Ama Emeka Adaeze Kofi Zainab Femi Chiamaka Juma Wanjiru",
                "Okafor Adeyemi Mensah Okonkwo Balogun Eze Boateng Nwosu Asante Ogunleye Kamau Odhiambo Abiodun"),
    "southern_african": ("Thabo Lerato Sipho Naledi Lwazi Ayanda Kagiso Zanele Bongani Palesa Johan Anika "
                         "Pieter Elmarie Ruan Karabo",
                         "Dlamini Nkosi Mokoena Khumalo Ndlovu Mahlangu Botha Van_der_Merwe Pretorius "
                         "Du_Plessis Naidoo Govender Mthembu Sithole Moodley"),
    "arabic": ("Omar Layla Yusuf Mariam Zayd Noor Hamza Amira Khalid Salma Ibrahim Hana",
               "Haddad Al-Masri Nasser Khoury Hamdan Saleh Mansour Farouk Rahman Aziz"),
    "hispanic": ("Mateo Sofia Santiago Valentina Diego Camila Lucia Emiliano Ximena Gael Isabella Joaquin",
                 "Hernandez Lopez Ramirez Torres Flores Rivera Morales Castillo Vargas Ortega Delgado Navarro"),
    "slavic": ("Zofia Jakub Maja Oskar Kacper Lena Anastasia Mykola Olena Bogdan Ivana Milan",
               "Kowalski Nowak Kowalczyk Zielinski Shevchenko Bondarenko Horvat Novak Petrov Kovalenko"),
    "mediterranean": ("Giulia Luca Marco Eleni Nikos Chiara Alessandro Dimitra Yiannis Francesca",
                      "Russo Ferrari Esposito Romano Papadopoulos Georgiou Costa Ricci Marino Nikolaidis"),
    "somali": ("Hodan Abdi Farhiya Liban Ayaan Dahir Sagal Hibo",
               "Warsame Abdullahi Farah Hussein Mohamud Jama Osman Egal"),
}
CULTURES = {k: (a.split(), [s.replace("_", " ") for s in b.split()]) for k, (a, b) in CULTURES.items()}

REGION_CULT = {
    "US": {"anglo": 3, "hispanic": 3, "african": 1, "east_asian": 1, "south_asian": 1, "arabic": 0.7,
           "slavic": 0.5, "mediterranean": 0.5, "somali": 0.4, "filipino": 0.5},
    "UK": {"anglo": 4, "south_asian": 2, "african": 1.5, "slavic": 1, "east_asian": 0.7, "arabic": 0.8,
           "somali": 0.6, "irish": 0.7, "mediterranean": 0.5},
    "IE": {"irish": 5, "anglo": 1.5, "slavic": 1.2, "african": 0.7, "south_asian": 0.6, "filipino": 0.4,
           "mediterranean": 0.3},
    "CA": {"anglo": 3, "south_asian": 1.5, "east_asian": 1.5, "filipino": 0.8, "arabic": 0.8, "hispanic": 0.6,
           "slavic": 0.8, "mediterranean": 0.7, "somali": 0.5, "irish": 0.4, "african": 0.5},
    "AU": {"anglo": 3.5, "east_asian": 1.5, "south_asian": 1.3, "mediterranean": 1, "arabic": 0.7,
           "pasifika": 0.4, "filipino": 0.5, "irish": 0.6, "maori": 0.3},
    "NZ": {"anglo": 3, "maori": 2.5, "pasifika": 1.5, "east_asian": 1.2, "south_asian": 1, "filipino": 0.4},
    "IN": {"south_asian": 10},
    "ZA": {"southern_african": 6, "anglo": 1, "south_asian": 0.6, "african": 0.5},
}

# ----------------------------------------------------------------- places
R = {}
R["US"] = dict(
    streets="Maple;Oak Hollow;Cedar Ridge;Willow Creek;Sycamore;Juniper;Magnolia;Briarwood;Hawthorne;"
            "Lakeview;Aspen;Chestnut;Redbud;Pinecrest;Foxtail;Bluebonnet",
    suffix="St;Ave;Dr;Ln;Ct;Blvd;Way;Pl;Rd;Cir",
    towns=[("Springfield", "IL", "627", "217"), ("Fairview", "TX", "750", "972"), ("Cedar Rapids", "IA", "524", "319"),
           ("Bloomington", "IN", "474", "812"), ("Greenville", "SC", "296", "864"), ("Columbia", "MO", "652", "573"),
           ("Salem", "OR", "973", "503"), ("Franklin", "TN", "370", "615"), ("Madison", "WI", "537", "608"),
           ("Riverside", "CA", "925", "951"), ("Arlington", "VA", "222", "703"), ("Rochester", "NY", "146", "585"),
           ("Boise", "ID", "837", "208"), ("Naperville", "IL", "605", "630"), ("Tempe", "AZ", "852", "480"),
           ("Lexington", "KY", "405", "859"), ("Ann Arbor", "MI", "481", "734")],
    schools=["{P} Elementary School", "{P} Middle School", "{P} Elementary", "{P} Intermediate School",
             "{P} Academy", "{P} K-8 School"],
    places="Maple Ridge;Cedar Hollow;Willow Creek;Riverbend;Oak Grove;Sunnyside;Hawthorne;Brookside;"
           "Meadowlark;Pine Crest;Lakewood Hills;Prairie View",
)
R["UK"] = dict(
    streets="Foxglove;Meadow;Church;Victoria;Orchard;Beech;Kingsley;Primrose;Mill;Station;Ashdown;Larch;"
            "Rowan;Willow;Hazelmere;Cowslip",
    suffix="Close;Lane;Road;Street;Way;Grove;Avenue;Gardens;Crescent;Drive;Court;Walk",
    towns=[("Horfield", "Bristol", "BS7", "0117 496 0"), ("Headingley", "Leeds", "LS6", "0113 496 0"),
           ("Chorlton", "Manchester", "M21", "0161 496 0"), ("Moseley", "Birmingham", "B13", "0121 496 0"),
           ("Jesmond", "Newcastle upon Tyne", "NE2", "0191 498 0"), ("Heavitree", "Exeter", "EX1", "01632 96"),
           ("Roath", "Cardiff", "CF24", "029 2018 0"), ("Morningside", "Edinburgh", "EH10", "0131 496 0"),
           ("Kings Heath", "Birmingham", "B14", "0121 496 0"), ("Southville", "Bristol", "BS3", "0117 496 0"),
           ("Walthamstow", "London", "E17", "020 7946 0"), ("Tooting", "London", "SW17", "020 7946 0"),
           ("Ecclesall", "Sheffield", "S11", "0114 496 0"), ("Beeston", "Nottingham", "NG9", "0115 496 0")],
    schools=["{P} Primary School", "St {S}'s C of E Primary School", "{P} Academy", "{P} Junior School",
             "{P} High School", "St {S}'s Catholic Primary School", "{P} Community Primary School",
             "{P} Infant School"],
    places="Larkfield;Ashdown;Hollybrook;Kingsmead;Elmhurst;Fernbank;Oakfield;Northgate;Westbury Park;"
           "Brook Farm;Sandhill;Greenway",
)
R["IE"] = dict(
    streets="Rowan;Oakwood;Ashgrove;Cedar;Glenview;Beechwood;Hazel;Woodlands;Castle;Abbey;Meadowbrook;Willowfield",
    suffix="Park;Drive;Lawn;Heights;Avenue;Close;Grove;Road;Crescent;View",
    towns=[("Castleknock", "Dublin 15", "D15", "01"), ("Rathfarnham", "Dublin 14", "D14", "01"),
           ("Douglas", "Cork", "T12", "021"), ("Ballincollig", "Co. Cork", "P31", "021"),
           ("Salthill", "Galway", "H91", "091"), ("Castletroy", "Limerick", "V94", "061"),
           ("Tramore", "Co. Waterford", "X91", "051"), ("Swords", "Co. Dublin", "K67", "01"),
           ("Naas", "Co. Kildare", "W91", "045"), ("Athlone", "Co. Westmeath", "N37", "090"),
           ("Letterkenny", "Co. Donegal", "F92", "074")],
    schools=["Scoil {G}", "{P} National School", "{P} Educate Together NS", "St. {S}'s N.S.",
             "{P} Community College", "Gaelscoil {P}", "{P} Community School"],
    places="Rowanfield;Glenmore;Castleview;Kilbrook;Ardmore;Rathbeg;Knockmore;Drumcliffe;Carrigmore;Ballyowen",
)
R["CA"] = dict(
    streets="Birchmount;Maple Grove;Lakeshore;Pinecrest;Spruce;Tamarack;Willowdale;Cedarbrae;Elm;Bayview;"
            "Trillium;Sumac",
    suffix="Cres;Dr;Rd;Ave;St;Way;Blvd;Crt;Pl",
    towns=[("Scarborough", "ON", "M1K", "416"), ("Kanata", "ON", "K2K", "613"), ("Burnaby", "BC", "V5H", "604"),
           ("Surrey", "BC", "V3S", "778"), ("Mississauga", "ON", "L5M", "905"), ("Brampton", "ON", "L6Y", "905"),
           ("Calgary", "AB", "T2Z", "403"), ("Edmonton", "AB", "T6R", "780"), ("Halifax", "NS", "B3M", "902"),
           ("Winnipeg", "MB", "R3T", "204"), ("Saskatoon", "SK", "S7N", "306"), ("Laval", "QC", "H7N", "450"),
           ("Oakville", "ON", "L6H", "289")],
    schools=["{P} Public School", "{P} Elementary School", "École {P}", "{P} Middle School",
             "{P} Junior Public School", "{P} Catholic School", "{P} Secondary School"],
    places="Birch Cliff;Maple Leaf;Glen Ames;Pine Ridge;Cedarvale;Willow Park;Northlea;Forest Hill;Riverdale;Sunset Heights",
)
R["AU"] = dict(
    streets="Banksia;Wattle;Jacaranda;Grevillea;Kookaburra;Bottlebrush;Waratah;Ironbark;Coral Sea;Boronia;"
            "Lilly Pilly;Paperbark",
    suffix="Court;Street;Avenue;Crescent;Way;Drive;Road;Parade;Close;Place",
    towns=[("Mount Waverley", "VIC", "3149", "03 7010 "), ("Carlton North", "VIC", "3054", "03 7010 "),
           ("Paddington", "QLD", "4064", "07 5550 "), ("Chermside", "QLD", "4032", "07 5550 "),
           ("Parramatta", "NSW", "2150", "02 5550 "), ("Marrickville", "NSW", "2204", "02 5550 "),
           ("Glenelg", "SA", "5045", "08 5550 "), ("Scarborough", "WA", "6019", "08 5550 "),
           ("Belconnen", "ACT", "2617", "02 5550 "), ("Sandy Bay", "TAS", "7005", "03 7010 "),
           ("Nightcliff", "NT", "0810", "08 5550 "), ("Geelong West", "VIC", "3218", "03 7010 ")],
    schools=["{P} Primary School", "{P} State School", "{P} Public School", "St {S}'s Primary School",
             "{P} Secondary College", "{P} Christian College", "{P} State High School"],
    places="Wattle Park;Kingfisher;Bayside;Ironbark Ridge;Banksia Heights;Emu Creek;Lyrebird;Gumtree Valley;Seaview;Coolabah",
)
R["NZ"] = dict(
    streets="Kowhai;Pohutukawa;Rimu;Totara;Manuka;Kauri;Harakeke;Tui;Matai;Karaka;Puriri;Nikau",
    suffix="Road;Avenue;Street;Crescent;Lane;Drive;Place;Grove;Terrace",
    towns=[("Takapuna", "Auckland", "0622", "09"), ("Ponsonby", "Auckland", "1011", "09"),
           ("Papatoetoe", "Auckland", "2025", "09"), ("Karori", "Wellington", "6012", "04"),
           ("Riccarton", "Christchurch", "8011", "03"), ("Frankton", "Hamilton", "3204", "07"),
           ("Mount Maunganui", "Tauranga", "3116", "07"), ("Roslyn", "Dunedin", "9010", "03"),
           ("Stoke", "Nelson", "7011", "03"), ("Havelock North", "Hastings", "4130", "06"),
           ("Titahi Bay", "Porirua", "5022", "04")],
    schools=["{P} School", "{P} Primary School", "{P} Intermediate", "{P} College", "{P} Normal School",
             "Te Kura o {P}", "St {S}'s School"],
    places="Kowhai Park;Totara Grove;Harbourview;Rangimarie;Pukeora;Manuka Heights;Tawa Valley;Kereru;Awatea;Tuiview",
)
R["IN"] = dict(
    streets="Lakshmi Residency;Green Park Towers;Sai Krupa Apartments;Shanti Niketan Society;Sunrise Enclave;"
            "Ganga Vihar;Palm Grove Apartments;Nandanvan Society;Ashirwad Heights;Kaveri Nest",
    suffix="",
    towns=[("Indiranagar", "Bengaluru", "Karnataka", "5600"), ("Koramangala", "Bengaluru", "Karnataka", "5600"),
           ("Andheri West", "Mumbai", "Maharashtra", "4000"), ("Salt Lake", "Kolkata", "West Bengal", "7000"),
           ("Kothrud", "Pune", "Maharashtra", "4110"), ("Anna Nagar", "Chennai", "Tamil Nadu", "6000"),
           ("Gachibowli", "Hyderabad", "Telangana", "5000"), ("Dwarka", "New Delhi", "Delhi", "1100"),
           ("Vaishali Nagar", "Jaipur", "Rajasthan", "3020"), ("Kakkanad", "Kochi", "Kerala", "6820"),
           ("Sector 21", "Chandigarh", "Chandigarh", "1600")],
    schools=["{P} Public School", "{P} Vidyalaya", "{P} International School", "St. {S}'s Convent School",
             "{P} Vidya Mandir", "{P} High School", "{P} English Medium School"],
    places="Green Valley;Sunrise;Sri Saraswathi;Little Flower;Gyan Jyoti;Vivekananda;Modern Heights;Navodaya Nagar;"
           "Shishu Vihar;Lotus Valley",
)
R["ZA"] = dict(
    streets="Protea;Jacaranda;Acacia;Disa;Fynbos;Kiaat;Marula;Bougainvillea;Kloof;Aloe;Erica;Yellowwood",
    suffix="Street;Avenue;Road;Close;Crescent;Drive;Lane;Way",
    towns=[("Rondebosch", "Cape Town", "7700", "021"), ("Durbanville", "Cape Town", "7550", "021"),
           ("Parkhurst", "Johannesburg", "2193", "011"), ("Soweto", "Johannesburg", "1804", "011"),
           ("Menlo Park", "Pretoria", "0081", "012"), ("Umhlanga", "Durban", "4319", "031"),
           ("Westville", "Durban", "3629", "031"), ("Summerstrand", "Gqeberha", "6001", "041"),
           ("Die Boord", "Stellenbosch", "7600", "021"), ("Universitas", "Bloemfontein", "9301", "051")],
    schools=["{P} Primary School", "Laerskool {A}", "Hoërskool {A}", "{P} High School", "{P} Preparatory School",
             "{P} Combined School"],
    places="Protea Park;Greenfields;Kloofview;Fairmont Ridge;Sunvalley;Aloe Ridge;Fynbos Vale;Marula Heights",
)
for _r in R.values():
    for _k in ("streets", "suffix", "places"):
        _r[_k] = _r[_k].split(";") if _r[_k] else []

SAINTS = "Aidan;Brigid;Patrick;Joseph;Mary;Columba;Andrew;Anne;Teresa;Michael;Francis;Kevin".split(";")
GAEL = "Bhríde;Mhuire;Iósaf;Naomh Pádraig;Chiaráin;Cholmcille".split(";")
AFR = "Bergsig;Rietvlei;Noordkaap;Eikestad;Bosveld;Sonop;Uitsig;Kranskop".split(";")

WORDS = ("fox pixel shadow ninja kitty dragon storm llama taco cookie galaxy blaze frost panda turbo moon star "
         "boba axolotl unicorn gamer goal hoops netball rugby cheetah comet waffle noodle sparkle raptor "
         "mango koala kiwi thunder echo viper bubble").split()

EMAIL_DOMAINS = {"US": ["example.com", "example.net", "mail.example.com"],
                 "UK": ["example.co.uk", "example.com", "example.org"],
                 "IE": ["example.ie", "example.com"],
                 "CA": ["example.ca", "example.com", "example.net"],
                 "AU": ["example.com.au", "example.com", "example.net"],
                 "NZ": ["example.co.nz", "example.com", "example.org"],
                 "IN": ["example.in", "example.co.in", "example.com"],
                 "ZA": ["example.co.za", "example.com"]}

ORG_TEMPL = [
    ("sport", "{P} {T} U{A}"), ("sport", "{P} Netball Club"), ("sport", "{P} Junior Rugby Club"),
    ("sport", "{P} Swim Club"), ("sport", "{P} Cricket Club"), ("sport", "{P} Little Athletics"),
    ("sport", "{P} {T} FC"), ("sport", "{P} Basketball Academy"), ("sport", "{P} Hockey Club"),
    ("youth", "1st {P} Scouts"), ("youth", "{P} Girl Guides"), ("youth", "{P} Cubs Pack"),
    ("arts", "{P} Dance Academy"), ("arts", "{P} Chess Club"), ("arts", "{P} Youth Orchestra"),
    ("arts", "{P} Drama Club"), ("arts", "{P} Coding Club"),
    ("faith", "St {S}'s Parish"), ("faith", "{P} Community Church"), ("faith", "{P} Gurdwara"),
    ("faith", "{P} Masjid"), ("faith", "{P} Hindu Temple"),
    ("work", "{P} Dental"), ("work", "{L} & Sons Plumbing"), ("work", "{P} Medical Centre"),
    ("work", "{P} Vets"), ("work", "{L} Motors"),
]
TEAMS = "Rovers;United;Strikers;Lions;Falcons;Sharks;Eagles;Wanderers;Tigers;Hawks".split(";")


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


class Gen:
    """All random choices go through self.rng (a random.Random)."""

    def __init__(self, rng, region):
        self.rng = rng
        self.region = region
        self.R = R[region]

    # -- basic helpers
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def digits(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def wpick(self, d):
        keys = sorted(d)
        tot = sum(d[k] for k in keys)
        x = self.rng.random() * tot
        for k in keys:
            x -= d[k]
            if x <= 0:
                return k
        return keys[-1]

    # -- people
    def culture(self):
        return self.wpick(REGION_CULT[self.region])

    def person(self, culture=None):
        c = culture or self.culture()
        first, last = CULTURES[c]
        return {"first": self.pick(first), "last": self.pick(last), "culture": c}

    def family_person(self, p):
        c = p["culture"]
        return {"first": self.pick(CULTURES[c][0]), "last": p["last"], "culture": c}

    @staticmethod
    def full(p):
        return "%s %s" % (p["first"], p["last"])

    def name_variant(self, p):
        r = self.rng.random()
        if r < 0.65:
            return self.full(p)
        if r < 0.8:
            return "%s %s." % (p["first"], p["last"][0])
        if r < 0.9:
            return "%s, %s" % (p["last"].upper() if self.chance(0.5) else p["last"], p["first"])
        return p["first"]

    def child(self, amin=5, amax=15):
        p = self.person()
        age = self.rng.randint(amin, amax)
        y0, m0, d0 = NOW
        bm = self.rng.randint(1, 12)
        bd = self.rng.randint(1, 28)
        by = y0 - age - (1 if (bm, bd) > (m0, d0) else 0)
        p.update(age=age, dob=(by, bm, bd))
        return p

    def adult(self, like=None):
        if like is not None and self.chance(0.7):
            return self.family_person(like)
        return self.person()

    # -- ages / school years
    def school_year(self, age):
        r, c = self.region, self.rng
        if r == "US":
            n = age - 5
            if n <= 0:
                return "Kindergarten"
            return c.choice(["Grade %d" % n, "%s Grade" % ordinal(n), "%s grade" % ordinal(n)])
        if r == "CA":
            n = age - 5
            return "Kindergarten" if n <= 0 else c.choice(["Grade %d" % n, "Gr. %d" % n])
        if r == "UK":
            n = age - 4
            if n <= 0:
                return "Reception"
            return c.choice(["Year %d" % n, "Yr %d" % n, "Y%d" % n])
        if r == "IE":
            if age <= 5:
                return "Senior Infants"
            if age <= 12:
                return c.choice(["%s Class" % ordinal(min(6, age - 6) or 1), "%s class" % ordinal(min(6, age - 6) or 1)])
            return "%s Year" % ordinal(age - 11)
        if r == "AU":
            n = age - 5
            return "Prep" if n <= 0 else c.choice(["Year %d" % n, "Yr %d" % n])
        if r == "NZ":
            n = age - 4
            return c.choice(["Year %d" % n, "Yr %d" % n])
        if r == "IN":
            n = max(1, age - 5)
            return c.choice(["Class %d" % n, "Std %s" % ROMAN[n], "Grade %d" % n, "Class %s" % ROMAN[n]])
        if r == "ZA":
            n = age - 6
            return "Grade R" if n <= 0 else "Grade %d" % n
        return "Year %d" % (age - 4)

    def age_phrase(self, age):
        return self.rng.choice(["%d years old" % age, "age %d" % age, "Age %d" % age, "%d yrs" % age,
                                "%d y/o" % age, "aged %d" % age, "%d" % age])

    def under(self, age):
        return self.rng.choice(["U%d" % (age + 1), "Under %ds" % (age + 1), "Under-%ds" % (age + 1)])

    # -- dates
    def fmt_date(self, ymd, style=None):
        y, m, d = ymd
        r = self.region
        opts = {
            "US": ["%02d/%02d/%04d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1], d, y), "%d/%d/%d" % (m, d, y)],
            "CA": ["%04d-%02d-%02d" % (y, m, d), "%s %d, %d" % (MONTHS[m - 1], d, y), "%02d/%02d/%04d" % (d, m, y)],
            "IN": ["%02d/%02d/%04d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1], y)],
            "ZA": ["%04d/%02d/%02d" % (y, m, d), "%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1], y)],
        }.get(r, ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1], y), "%d %s %d" % (d, MON3[m - 1], y),
                  "%d/%d/%d" % (d, m, y)])
        if style is not None:
            return opts[style % len(opts)]
        return self.pick(opts)

    def event_date(self, days_ahead=None):
        y, m, d = NOW
        k = days_ahead if days_ahead is not None else self.rng.randint(3, 60)
        dd = d + k
        mm = m
        while dd > 28:
            dd -= 28
            mm += 1
        yy = y + (mm - 1) // 12
        mm = (mm - 1) % 12 + 1
        return (yy, mm, dd)

    def day_text(self, ymd):
        y, m, d = ymd
        wd = DAYS[(d + m * 2 + y) % 7]
        if self.region in ("US", "CA"):
            return "%s, %s %d" % (wd, MONTHS[m - 1], d)
        return "%s %s %s" % (wd, ordinal(d), MONTHS[m - 1])

    def clock(self, h=None, m=None, h24=None):
        h = self.rng.randint(7, 21) if h is None else h
        m = self.rng.randrange(60) if m is None else m
        if h24 is None:
            h24 = self.region in ("IN", "ZA", "IE") and self.chance(0.5)
        if h24:
            return "%02d:%02d" % (h, m)
        return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")

    # -- places
    def town(self):
        return self.pick(self.R["towns"])

    def street_name(self):
        r = self.region
        if r == "IN":
            return "%s Cross" % ordinal(self.rng.randint(1, 18)) if self.chance(0.5) else \
                "%s Main Road" % ordinal(self.rng.randint(1, 12))
        return "%s %s" % (self.pick(self.R["streets"]), self.pick(self.R["suffix"]))

    def postcode(self, t):
        r, c = self.region, self.rng
        if r == "US":
            return t[2] + self.digits(2)
        if r == "UK":
            L = "ABDEFGHJLNPQRSTUWXYZ"
            return "%s %d%s%s" % (t[2], c.randrange(1, 10), c.choice(L), c.choice(L))
        if r == "IE":
            A = "ACDEFHKNPRTVWXY0123456789"
            return "%s %s" % (t[2], "".join(c.choice(A) for _ in range(4)))
        if r == "CA":
            L = "ABCEGHJKLMNPRSTVWXYZ"
            return "%s %d%s%d" % (t[2], c.randrange(10), c.choice(L), c.randrange(10))
        if r == "IN":
            return t[3] + self.digits(2)
        return t[2]

    def address(self, t=None):
        """Returns dict(lines=[...], one=single line, town=t, street=...)."""
        r, c = self.region, self.rng
        t = t or self.town()
        num = str(c.randint(1, 240))
        if r == "US":
            st = "%s %s %s" % (num, self.pick(self.R["streets"]), self.pick(self.R["suffix"]))
            if self.chance(0.25):
                st += ", Apt %d%s" % (c.randint(1, 12), c.choice("ABCD"))
            lines = [st, "%s, %s %s" % (t[0], t[1], self.postcode(t))]
        elif r == "CA":
            st = "%s %s %s" % (num, self.pick(self.R["streets"]), self.pick(self.R["suffix"]))
            if self.chance(0.2):
                st = "%d-%s" % (c.randint(101, 1804), st)
            lines = [st, "%s, %s %s" % (t[0], t[1], self.postcode(t))]
        elif r == "UK":
            st = "%s %s" % (num, self.street_name())
            if self.chance(0.2):
                st = "Flat %d, %s" % (c.randint(1, 9), st)
            lines = [st, t[0], t[1], self.postcode(t)]
            if self.chance(0.5):
                lines = [st, t[0], "%s %s" % (t[1], lines[3])]
        elif r == "IE":
            st = "%s %s" % (num, self.street_name())
            lines = [st, t[0], t[1], self.postcode(t)]
            if self.chance(0.4):
                lines = [st, "%s, %s" % (t[0], t[1]), lines[3]]
        elif r == "AU":
            st = "%s %s" % (num, self.street_name())
            if self.chance(0.2):
                st = "Unit %d/%s" % (c.randint(1, 12), st)
            lines = [st, "%s %s %s" % (t[0].upper() if self.chance(0.4) else t[0], t[1], t[2])]
        elif r == "NZ":
            st = "%s %s" % (num, self.street_name())
            if self.chance(0.2):
                st = "%d/%s" % (c.randint(1, 8), st)
            lines = [st, t[0], "%s %s" % (t[1], t[2])]
        elif r == "IN":
            lines = ["Flat %d%02d, %s" % (c.randint(1, 9), c.randint(1, 12), self.pick(self.R["streets"])),
                     "%s, %s" % (self.street_name(), t[0]),
                     "%s, %s %s" % (t[1], t[2], self.postcode(t))]
        else:  # ZA
            st = "%s %s" % (num, self.street_name())
            lines = [st, t[0], t[1], t[2]]
            if self.chance(0.5):
                lines = [st, t[0], "%s %s" % (t[1], t[2])]
        return {"lines": lines, "one": ", ".join(lines), "town": t, "street": lines[0]}

    def short_address(self):
        a = self.address()
        return a["lines"][0] if self.region != "IN" else a["lines"][0]

    def location(self, t=None):
        t = t or self.town()
        opts = [t[0], "%s Park" % self.pick(self.R["streets"]), self.street_name(),
                "%s, %s" % (t[0], t[1]) if self.region not in ("AU", "CA", "US") else "%s, %s" % (t[0], t[1]),
                "%s shops" % t[0], "%s Library" % t[0]]
        return self.pick(opts)

    # -- phone numbers
    def phone(self, mobile=None, intl=None, t=None):
        r, c = self.region, self.rng
        mobile = self.chance(0.75) if mobile is None else mobile
        intl = self.chance(0.15) if intl is None else intl
        t = t or self.town()
        if r in ("US", "CA"):
            area = t[3]
            tail = "01%02d" % c.randrange(100)
            if intl:
                return "+1 %s 555 %s" % (area, tail)
            return c.choice(["(%s) 555-%s" % (area, tail), "%s-555-%s" % (area, tail), "%s.555.%s" % (area, tail)])
        if r == "UK":
            if mobile:
                x = "%03d" % c.randrange(1000)
                return "+44 7700 900%s" % x if intl else c.choice(["07700 900%s" % x, "07700 900 %s" % x])
            pre = t[3]
            need = 11 - len(pre.replace(" ", ""))
            return pre + self.digits(need)
        if r == "IE":
            if mobile:
                p = c.choice(["083", "085", "086", "087", "089"])
                a, b = self.digits(3), self.digits(4)
                return "+353 %s %s %s" % (p[1:], a, b) if intl else "%s %s %s" % (p, a, b)
            return "(%s) %s %s" % (t[3], self.digits(3), self.digits(4))
        if r == "AU":
            if mobile:
                x = "%03d" % c.randrange(1000)
                return "+61 491 570 %s" % x if intl else c.choice(["0491 570 %s" % x, "0491570%s" % x])
            return t[3] + self.digits(4)
        if r == "NZ":
            if mobile:
                p = c.choice(["021", "022", "027", "029"])
                a, b = self.digits(3), self.digits(4)
                return "+64 %s %s %s" % (p[1:], a, b) if intl else c.choice(["%s %s %s" % (p, a, b), "%s%s%s" % (p, a, b)])
            return "(%s) %s %s" % (t[3], self.digits(3), self.digits(4))
        if r == "IN":
            a = c.choice("9876") + self.digits(4)
            b = self.digits(5)
            return c.choice(["+91 %s %s" % (a, b), "%s %s" % (a, b), "+91-%s%s" % (a, b), "0%s%s" % (a, b)])
        if r == "ZA":
            if mobile:
                p = c.choice(["060", "071", "072", "076", "079", "082", "083", "084"])
                a, b = self.digits(3), self.digits(4)
                return "+27 %s %s %s" % (p[1:], a, b) if intl else "%s %s %s" % (p, a, b)
            return "%s %s %s" % (t[3], self.digits(3), self.digits(4))
        return "555 0100"

    def phone_digits(self, ph):
        """E.164 digits (for wa.me and tel: payloads)."""
        d = "".join(ch for ch in ph if ch.isdigit())
        cc = {"US": "1", "CA": "1", "UK": "44", "IE": "353", "AU": "61", "NZ": "64", "IN": "91", "ZA": "27"}[self.region]
        if ph.startswith("+"):
            return d
        if self.region in ("US", "CA"):
            return "1" + d
        return cc + d.lstrip("0")

    # -- online identity
    def handle(self, p=None, style=None):
        c = self.rng
        p = p or self.person()
        f = ascii_fold(p["first"]).lower().replace("-", "").replace("'", "")
        l = ascii_fold(p["last"]).lower().replace(" ", "").replace("-", "").replace("'", "")
        w1, w2 = self.pick(WORDS), self.pick(WORDS)
        yy = "%02d" % c.randint(8, 19)
        opts = [
            "%s_%s%s" % (f, l[:1], yy), "%s.%s%d" % (f, w1, c.randint(1, 99)), "xX%s%sXx" % (w1.title(), w2.title()),
            "%s%s%d" % (w1.title(), w2.title(), c.randint(1, 999)), "%s%s%s" % (f, l, c.choice(["", yy, "_"])),
            "its_%s_%s" % (f, yy), "%s.%s" % (f, l), "%s_the_%s" % (f, w1), "%s%s" % (l, c.randint(100, 9999)),
            "%s.%s.%s" % (w1, f, yy), "lil%s%s" % (f, c.randint(1, 99)), "%sx%s" % (f, w2),
        ]
        h = opts[style % len(opts)] if style is not None else self.pick(opts)
        return h[:24]

    def email(self, p=None, kid=True):
        c = self.rng
        p = p or self.person()
        f = ascii_fold(p["first"]).lower().replace("'", "").replace(" ", "")
        l = ascii_fold(p["last"]).lower().replace(" ", "").replace("'", "")
        dom = self.pick(EMAIL_DOMAINS[self.region])
        if kid:
            loc = c.choice(["%s.%s%02d" % (f, l, c.randint(8, 19)), "%s%s" % (f, c.randint(10, 2019)),
                            "%s.%s" % (f, self.pick(WORDS)), "%s_%s" % (f, l[:1]), "%s%s" % (f[:1], l)])
        else:
            loc = c.choice(["%s.%s" % (f, l), "%s%s" % (f, l), "%s.%s%d" % (f[:1], l, c.randint(1, 99)),
                            "%s_%s" % (f, l)])
        return "%s@%s" % (loc, dom)

    def school_email(self, p, school_slug):
        f = ascii_fold(p["first"]).lower().replace(" ", "")
        l = ascii_fold(p["last"]).lower().replace(" ", "").replace("'", "")
        return "%s.%s%s@%s.example.org" % (f, l, self.rng.choice(["", "%02d" % self.rng.randint(12, 30)]), school_slug)

    def url(self, h=None, kind=None):
        c = self.rng
        h = h or self.handle()
        hh = h.lower().replace(".", "_") if False else h
        opts = [("yt", "youtube.com/@%s" % hh), ("tt", "tiktok.com/@%s" % hh), ("tw", "twitch.tv/%s" % hh.lower()),
                ("ig", "instagram.com/%s" % hh.lower()), ("lt", "linktr.ee/%s" % hh.lower()),
                ("dc", "discord.gg/%s" % "".join(c.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))),
                ("rb", "roblox.com/users/%d/profile" % c.randint(100000000, 4999999999)),
                ("sc", "scratch.mit.edu/users/%s" % hh), ("sn", "snapchat.com/add/%s" % hh.lower())]
        if kind:
            u = dict(opts)[kind]
        else:
            u = self.pick(opts)[1]
        if c.random() < 0.3:
            u = "https://" + u
        elif c.random() < 0.15 and "discord" not in u and "scratch" not in u:
            u = "www." + u
        return u

    # -- schools, organisations, places
    def school(self, kind=None):
        t = self.pick(self.R["schools"])
        return t.format(P=self.pick(self.R["places"]), S=self.pick(SAINTS), G=self.pick(GAEL), A=self.pick(AFR))

    def school_slug(self, s):
        w = [x for x in ascii_fold(s).lower().replace("'", "").replace(".", "").split()
             if x not in ("school", "primary", "the", "of", "st", "c", "e", "ns")]
        return "".join(x[:5] for x in w[:2]) or "school"

    def org(self, cat=None, age=None):
        opts = [t for t in ORG_TEMPL if cat is None or t[0] == cat]
        t = self.pick(opts)[1]
        age = age or self.rng.randint(8, 14)
        return t.format(P=self.pick(self.R["places"]).split()[0] if self.chance(0.5) else self.town()[0],
                        T=self.pick(TEAMS), A=age + 1, S=self.pick(SAINTS), L=self.person()["last"])

    def gamertag(self):
        return self.handle(style=self.rng.choice([2, 3, 7, 9, 11]))
