"""Invented people, places and numbers.  Phone numbers use ranges reserved
for fiction (UK 07700 900xxx / 01632 960xxx, US 555-01xx); e-mails use
example.* domains.  Famous names below appear only in clean images."""

FIRST = ["Mia", "Leo", "Ava", "Noah", "Isla", "Oliver", "Freya", "Arlo", "Zara", "Finn",
         "Poppy", "Theo", "Ruby", "Kai", "Elsie", "Jude", "Aria", "Reuben", "Nell", "Idris",
         "Maya", "Tobias", "Sienna", "Ezra", "Lila", "Rafferty", "Esme", "Hugo", "Niamh",
         "Callum", "Priya", "Amir", "Sofia", "Mateo", "Chloe", "Dylan", "Hana", "Yusuf",
         "Lottie", "Ollie", "Imogen", "Caspar", "Anya", "Bodhi", "Marnie", "Ibrahim"]
SURNAME = ["Kowalczyk", "Ashdown", "Pemberton", "Okafor", "Lindqvist", "Hargreaves",
           "Ferreira", "Thistlewood", "Marchetti", "Oyelaran", "Brackenridge", "Penhallow",
           "Quenby", "Aldous", "Winterbourne", "Ravensworth", "Dunmore", "Castellano",
           "Fairweather", "Holloway", "Brightwell", "Achterberg", "Nakashima", "Trevelyan",
           "Mbeki-Shaw", "Grimshaw", "Adeyemi", "Sorensen", "Delacroix-Hunt", "Whitlock"]
ADULT = ["Claire", "Sanjay", "Joanna", "Marcus", "Helen", "Tomasz", "Abi", "Gareth",
         "Nadia", "Rob", "Fiona", "Deepa", "Stuart", "Keisha", "Owen", "Lucy"]
STREET = ["Larkspur Close", "Hawthorn Rise", "Bellfield Road", "Quarry Lane",
          "Mulberry Gardens", "Kestrel Way", "Orchard Mews", "Sandpiper Drive",
          "Foxglove Avenue", "Cobbler's Row", "Elderberry Court", "Tanners Walk",
          "Wickham Crescent", "Pennycress Lane", "Heronsgate Road", "Millrace Terrace"]
US_STREET = ["Maple Hollow Dr", "Cedar Bluff Ln", "Linden Park Ave", "Sparrow Ridge Rd",
             "Willow Bend Ct", "Juniper Glen St"]
TOWN = ["Wrenfield", "Kestlebury", "Oakhollow", "Penwarren", "Stowmarsh", "Thornbeck",
        "Ellerby Cross", "Fennick", "Hollinbridge", "Ashcombe Vale"]
US_TOWN = [("Brookhaven Falls", "OH"), ("Cedar Mills", "WI"), ("Pine Hollow", "VT"),
           ("Larkin Springs", "CO")]
POST_AREA = ["WF", "KB", "OH", "PW", "SM", "TB", "EX", "FN"]

SCHOOL_PAT = ["{t} Primary School", "St Brannoc's C of E Primary", "{t} Academy",
              "{t} Junior School", "{t} High School", "{t} Community College",
              "Hollin Vale Middle School", "Our Lady of {t} Primary", "{t} Infant School",
              "{t} Elementary School"]
CLUB_PAT = ["{t} Wasps U10", "{t} Juniors FC", "{t} Otters Swim Club", "3rd {t} Scouts",
            "{t} Judo Club", "{t} Gymnastics Academy", "{t} Chess Club", "{t} Youth Choir",
            "{t} Rangers U12", "{t} Tigers Netball", "{t} Coding Club", "{t} Dance Studio"]
PLACE_PAT = ["{t} Leisure Centre", "{t} skate park", "{t} Library", "{t} Rec",
             "{t} Park bandstand", "{t} Community Hall", "{t} Scout Hut", "{t} Lido",
             "{t} Village Green", "{t} Sports Centre"]
GAME_WORDS = ["Fox", "Ninja", "Pixel", "Blaze", "Storm", "Star", "Gamer", "Wolf", "Creeper",
              "Builder", "Frost", "Shadow", "Dragon", "Unicorn", "Panda", "Rocket"]
YEAR_WORDS = ["Year", "Yr", "Grade", "P"]
CLASS_NAMES = ["Maple", "Oak", "Willow", "Rowan", "Hazel", "Birch", "Cedar", "Ash",
               "Kingfishers", "Otters", "Puffins", "Badgers"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]

# ---- famous / public things (clean images only)
FAMOUS = ["Marie Curie", "Albert Einstein", "Ada Lovelace", "Charles Darwin",
          "William Shakespeare", "Frida Kahlo", "Isaac Newton", "Amelia Earhart",
          "Leonardo da Vinci", "Florence Nightingale", "Mary Seacole", "Nikola Tesla",
          "Jane Austen", "Vincent van Gogh", "Galileo Galilei", "Rosalind Franklin"]
FAMOUS_BORN = {"Marie Curie": "7 November 1867", "Albert Einstein": "14 March 1879",
               "Ada Lovelace": "10 December 1815", "Charles Darwin": "12 February 1809",
               "William Shakespeare": "April 1564", "Isaac Newton": "4 January 1643",
               "Amelia Earhart": "24 July 1897", "Florence Nightingale": "12 May 1820",
               "Nikola Tesla": "10 July 1856", "Jane Austen": "16 December 1775"}
CHARACTERS = ["Sherlock Holmes", "Peter Pan", "Alice", "Robin Hood", "King Arthur",
              "Mary Poppins", "Oliver Twist", "Little Red Riding Hood", "Pinocchio",
              "The Little Mermaid"]
BRANDS = ["LEGO", "Nike", "Adidas", "Tesco", "Costa Coffee", "Greggs", "Boots",
          "Nintendo", "Coca-Cola", "Pepsi", "Sainsbury's", "Primark", "IKEA", "Subway",
          "KFC", "Domino's", "Puma", "Starbucks"]
BRAND_URLS = ["https://www.lego.com", "https://www.bbc.co.uk/cbbc",
              "https://www.nationalgeographic.com", "https://www.tesco.com",
              "https://www.nintendo.com", "https://www.coca-cola.com", "https://www.nhs.uk",
              "https://www.ikea.com", "https://www.nike.com", "https://www.nasa.gov",
              "https://www.sciencemuseum.org.uk", "https://www.wikipedia.org"]
CITIES = ["London", "Manchester", "Birmingham", "Leeds", "Bristol", "Glasgow", "Cardiff",
          "Edinburgh", "Liverpool", "Newcastle", "Sheffield", "Nottingham", "York", "Oxford"]
CAPITALS = [("France", "Paris"), ("Spain", "Madrid"), ("Italy", "Rome"), ("Japan", "Tokyo"),
            ("Egypt", "Cairo"), ("Canada", "Ottawa"), ("Australia", "Canberra"),
            ("Kenya", "Nairobi"), ("Peru", "Lima"), ("Norway", "Oslo"),
            ("Germany", "Berlin"), ("Brazil", "Brasilia"), ("India", "New Delhi"),
            ("Greece", "Athens"), ("Poland", "Warsaw"), ("Mexico", "Mexico City")]
CLUBS_PRO = ["Arsenal", "Liverpool", "Chelsea", "Man City", "Tottenham", "Everton",
             "Aston Villa", "Newcastle", "Brighton", "Wolves", "Fulham", "Brentford",
             "West Ham", "Crystal Palace", "Bournemouth", "Nottm Forest"]
HOLIDAYS = [("1 Jan", "New Year's Day"), ("18 Apr", "Good Friday"), ("21 Apr", "Easter Monday"),
            ("5 May", "Early May bank holiday"), ("26 May", "Spring bank holiday"),
            ("25 Aug", "Summer bank holiday"), ("25 Dec", "Christmas Day"),
            ("26 Dec", "Boxing Day")]


def uk_mobile(r, fmt=None):
    n = r.randint(0, 999)
    fmts = ["07700 900{:03d}", "07700900{:03d}", "+44 7700 900{:03d}", "+447700900{:03d}",
            "07700 900 {:03d}", "07700-900-{:03d}"]
    f = fmts[fmt] if fmt is not None else r.choice(fmts)
    return f.format(n)


def uk_landline(r):
    return r.choice(["01632 960{:03d}", "01632 960 {:03d}", "(01632) 960{:03d}"]).format(r.randint(0, 999))


def us_phone(r):
    n = r.randint(100, 199)
    area = r.choice([212, 312, 415, 617, 503, 614])
    return r.choice(["({a}) 555-0{n}", "{a}-555-0{n}", "+1 {a} 555 0{n}", "{a}.555.0{n}"]).format(a=area, n=n)


def any_phone(r):
    k = r.random()
    if k < 0.6:
        return uk_mobile(r)
    if k < 0.8:
        return uk_landline(r)
    return us_phone(r)


def postcode(r):
    return "{}{} {}{}{}".format(r.choice(POST_AREA), r.randint(1, 19), r.randint(1, 9),
                                r.choice("ABDEFGHJLNPQRSTUWXYZ"), r.choice("ABDEFGHJLNPQRSTUWXYZ"))


class Kid:
    """One invented child with consistent details."""

    def __init__(self, r, age=None):
        self.first = r.choice(FIRST)
        self.last = r.choice(SURNAME)
        self.age = age or r.randint(6, 13)
        self.by = 2025 - self.age
        self.bm = r.randint(1, 12)
        self.bd = r.randint(1, 28)
        self.town = r.choice(TOWN)
        self.num = r.randint(1, 148)
        self.street = r.choice(STREET)
        self.pc = postcode(r)
        self.school = r.choice(SCHOOL_PAT).format(t=self.town)
        self.year = max(1, min(9, self.age - 5))
        self.cls = r.choice(CLASS_NAMES)
        self.club = r.choice(CLUB_PAT).format(t=self.town)
        self.place = r.choice(PLACE_PAT).format(t=self.town)
        self.parent = r.choice(ADULT)
        self.phone = any_phone(r)
        self.mobile = uk_mobile(r)
        sep = r.choice([".", "_", ""])
        yy = str(self.by)[2:] if r.random() < 0.5 else str(self.by)
        self.email = "{}{}{}{}@{}".format(self.first.lower(), sep, self.last.lower().replace("-", ""),
                                          yy, r.choice(["example.com", "example.org", "example.net"]))
        self.parent_email = "{}.{}@{}".format(self.parent.lower(), self.last.lower().replace("-", ""),
                                              r.choice(["example.com", "example.co.uk", "example.net"]))
        w = r.choice(GAME_WORDS)
        pats = ["{f}_{w}{n}", "xX{f}{w}Xx", "{f}Plays{n}", "{w}{f}{yy}", "{fl}.{w}.{n}",
                "the_real_{fl}{n}", "{f}{l0}_{w}", "{w}_{fl}_{yy}"]
        self.handle = r.choice(pats).format(f=self.first, w=w, n=r.randint(2, 99), yy=str(self.by)[2:],
                                            fl=self.first.lower(), l0=self.last[0]).replace(" ", "")
        self.r = r
        self._yg = r.choice(["Year {}", "Yr {}", "Year {}"]).format(self.year)
        self._dob_style = r.randint(0, 5)
        self._bday = r.choice(["{d} {M}", "{M} {d}", "{d}/{m}"]).format(
            d=self.bd, m=self.bm, M=MONTHS[self.bm - 1])

    @property
    def full(self):
        return "{} {}".format(self.first, self.last)

    @property
    def short(self):
        return "{} {}.".format(self.first, self.last[0])

    @property
    def street_line(self):
        return "{} {}".format(self.num, self.street)

    @property
    def town_line(self):
        return "{} {}".format(self.town, self.pc)

    @property
    def address(self):
        return "{} {}, {}".format(self.num, self.street, self.town)

    def dob(self, style=None):
        styles = ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}", "{y}-{m:02d}-{d:02d}", "{M} {d}, {y}",
                  "{d:02d}.{m:02d}.{y}", "{d} {M3} {y}"]
        s = styles[style if style is not None else self._dob_style]
        return s.format(d=self.bd, m=self.bm, y=self.by, M=MONTHS[self.bm - 1], M3=MON3[self.bm - 1])

    def bday(self):
        """Birthday without year."""
        return self._bday

    def year_group(self):
        return self._yg

    def ordinal_age(self):
        n = self.age
        suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return "{}{}".format(n, suf)


def us_address(r):
    town, st = r.choice(US_TOWN)
    return "{} {}".format(r.randint(100, 9800), r.choice(US_STREET)), "{}, {} {}".format(
        town, st, r.randint(10000, 99999))


def geo_point(r):
    # invented coordinates in rural Britain
    return "{:.5f},{:.5f}".format(r.uniform(50.6, 54.8), r.uniform(-3.9, 0.9))
