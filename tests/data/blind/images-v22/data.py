"""Invented personal data per region. Every private name, number and address is made up."""
import unicodedata

FIRST = [
    "Mia", "Liam", "Aroha", "Tāne", "Priya", "Aarav", "Ananya", "Ishaan", "Chidi", "Amara", "Ngozi", "Tunde",
    "Siobhán", "Cian", "Aoife", "Oisín", "Mei", "Jun", "Hana", "Minjun", "Seo-yeon", "Linh", "Bao", "Thao",
    "Zanele", "Sipho", "Thandiwe", "Lerato", "Pieter", "Annelie", "Riya", "Kabir", "Omar", "Layla", "Yusuf",
    "Fatima", "Hamza", "Aisha", "Mateo", "Sofía", "Valentina", "Diego", "Lucas", "Chloe", "Noah", "Olivia",
    "Ethan", "Grace", "Zoë", "Finn", "Isla", "Ruby", "Harper", "Jayden", "Maddox", "Kiri", "Mere", "Rawiri",
    "Losana", "Sione", "Mele", "Tevita", "Kalani", "Anika", "Arjun", "Diya", "Vihaan", "Saanvi", "Kwame",
    "Abena", "Kofi", "Nia", "Eitan", "Noa", "Yara", "Elif", "Emre", "Zeynep", "Aleksander", "Zofia", "Maja",
    "Kacper", "Ingrid", "Soren", "Freya", "Niamh", "Ronan", "Declan", "Keira", "Tariq", "Samira", "Reza",
    "Darius", "Leila", "Kenji", "Aiko", "Haruto", "Yuna", "Rohan", "Meera", "Dev", "Tallulah", "Jasper",
    "Indie", "Beau", "Matilda", "Archie", "Poppy", "Ollie", "Evie", "Juniper", "Xavier", "Nomvula", "Bongani",
    "Marisol", "Catalina", "Rafael", "Luana", "Teo", "Amani", "Jomo", "Wanjiru", "Esi", "Malia", "Ezra",
]
LAST = [
    "Okafor", "Nwosu", "Adeyemi", "Mensah", "Owusu", "Patel", "Sharma", "Iyer", "Reddy", "Nair", "Banerjee",
    "Ó Súilleabháin", "Byrne", "Gallagher", "Kavanagh", "Ní Bhriain", "Murphy", "Walsh", "Nguyen", "Tran", "Pham",
    "Chen", "Wong", "Liu", "Zhang", "Kim", "Park", "Choi", "Tanaka", "Sato", "Nakamura", "Ngata", "Te Rangi",
    "Parata", "Tupou", "Fifita", "Leota", "Fonoti", "Dlamini", "Nkosi", "Mokoena", "Khumalo", "van der Merwe",
    "Botha", "Pretorius", "Haddad", "Khoury", "Rahman", "Hussain", "Abdi", "Farah", "Yilmaz", "Demir",
    "Kowalski", "Nowak", "Wiśniewska", "Novak", "Lindqvist", "Hansen", "García", "Rodríguez", "Morales",
    "Santos", "Oliveira", "Rossi", "Esposito", "Papadopoulos", "Costa", "MacLeod", "Campbell", "Fraser",
    "Thompson", "Whitfield", "Ashby", "Pemberton", "Hollis", "Carrington", "Delacroix", "Tremblay", "Gagnon",
    "Bouchard", "Singh", "Gill", "Sandhu", "Mehta", "Desai", "Kapoor", "Joshi", "Fernandes", "D'Souza",
    "Achterberg", "Kiplagat", "Mwangi", "Otieno", "Baptiste", "Celestine", "Hakimi", "Kaya", "Volkova",
]
SAINTS = ["Brigid", "Patrick", "Columba", "Aidan", "Joseph", "Anne", "Mary", "Francis", "Teresa", "Michael",
          "Kevin", "Catherine", "Jude", "Therese", "Dominic", "Benedict", "Hilda", "Cuthbert", "Brendan"]
STEMS = ["Harrowfield", "Kingsmere", "Wattle Grove", "Birchwood Park", "Silverbrook", "Larkspur Hill", "Oakhaven",
         "Ridgeway Vale", "Fernleigh", "Marigold Heights", "Sunnyridge", "Bramblewood", "Clover Bay",
         "Ashcombe", "Kestrel Downs", "Moorcroft", "Willowmere", "Pinecrest Valley", "Thornbury Heath",
         "Ravensholt", "Cedarbrook", "Lakemont", "Elmstead", "Heronsgate", "Juniper Ridge", "Stonebridge Park",
         "Kōwhai Glen", "Tōtara Heights", "Protea Ridge", "Jacaranda Hills", "Banksia Park", "Gulmohar Grove"]
STREETS = ["Maple", "Rosewood", "Kowhai", "Wattle", "Protea", "Birchmount", "Ashdown", "Elmwood", "Harbour View",
           "Church", "Mill", "Station", "Jacaranda", "Pōhutukawa", "Gulmohar", "Larch", "Hawthorn", "Seaview",
           "Kingfisher", "Orchard", "Willow", "Magnolia", "Bramble", "Lavender", "Foxglove", "Thistle",
           "Heather", "Blackwood", "Cedar", "Primrose", "Acacia", "Tamarind", "Karaka", "Rimu", "Bluegum",
           "Clifton", "Beacon", "Riverside", "Sunset", "Meadow"]

REG = {
    "US": dict(
        towns=[("Columbus", "OH", "432", "614"), ("Austin", "TX", "787", "512"), ("Portland", "OR", "972", "503"),
               ("Madison", "WI", "537", "608"), ("Raleigh", "NC", "276", "919"), ("Boise", "ID", "837", "208"),
               ("Tucson", "AZ", "857", "520"), ("Albany", "NY", "122", "518")],
        sfx=["St", "Ave", "Dr", "Ln", "Ct", "Way", "Blvd", "Pl"],
        sub=["Clintonville", "Hyde Park", "Sellwood", "Westmorland", "Oakwood", "North End", "Sam Hughes", "Pine Hills"]),
    "UK": dict(
        towns=[("Leeds", "LS", "", ""), ("Bristol", "BS", "", ""), ("Norwich", "NR", "", ""), ("Cardiff", "CF", "", ""),
               ("Leicester", "LE", "", ""), ("York", "YO", "", ""), ("Brighton", "BN", "", ""), ("Glasgow", "G", "", "")],
        sfx=["Road", "Street", "Close", "Lane", "Avenue", "Crescent", "Gardens", "Drive"],
        sub=["Headingley", "Bishopston", "Eaton", "Roath", "Clarendon Park", "Heworth", "Hove", "Partick"]),
    "IE": dict(
        towns=[("Ballincollig", "Co. Cork", "P31", ""), ("Swords", "Co. Dublin", "K67", ""), ("Galway", "Co. Galway", "H91", ""),
               ("Naas", "Co. Kildare", "W91", ""), ("Ennis", "Co. Clare", "V95", ""), ("Dundalk", "Co. Louth", "A91", ""),
               ("Tralee", "Co. Kerry", "V92", ""), ("Mullingar", "Co. Westmeath", "N91", "")],
        sfx=["Road", "Park", "Avenue", "Grove", "Lawn", "Heights", "Close", "Drive"],
        sub=["Knocknacarra", "Salthill", "Rivervalley", "Blackpool", "Ardnacrusha", "Blackrock", "Ballyvelly", "Kilbeggan"]),
    "CA": dict(
        towns=[("Markham", "ON", "L3R", "905"), ("Surrey", "BC", "V3S", "604"), ("Halifax", "NS", "B3H", "902"),
               ("Calgary", "AB", "T2N", "403"), ("Ottawa", "ON", "K1S", "613"), ("Winnipeg", "MB", "R3T", "204"),
               ("Laval", "QC", "H7N", "450"), ("Saskatoon", "SK", "S7N", "306")],
        sfx=["St", "Ave", "Cres", "Dr", "Rd", "Blvd", "Crt", "Way"],
        sub=["Unionville", "Cloverdale", "South End", "Kensington", "The Glebe", "Fort Richmond", "Chomedey", "Nutana"]),
    "AU": dict(
        towns=[("Ballarat", "VIC", "3350", ""), ("Toowoomba", "QLD", "4350", ""), ("Parramatta", "NSW", "2150", ""),
               ("Fremantle", "WA", "6160", ""), ("Glenelg", "SA", "5045", ""), ("Hobart", "TAS", "7000", ""),
               ("Geelong", "VIC", "3220", ""), ("Wollongong", "NSW", "2500", "")],
        sfx=["St", "Rd", "Ave", "Ct", "Pde", "Cres", "Pl", "Dr"],
        sub=["Wendouree", "Rangeville", "North Parramatta", "Beaconsfield", "Glenelg North", "Sandy Bay", "Belmont", "Figtree"]),
    "NZ": dict(
        towns=[("Hamilton", "", "3204", ""), ("Tauranga", "", "3110", ""), ("Palmerston North", "", "4410", ""),
               ("Nelson", "", "7010", ""), ("Whangārei", "", "0110", ""), ("Dunedin", "", "9016", ""),
               ("Lower Hutt", "", "5010", ""), ("Rotorua", "", "3015", "")],
        sfx=["Road", "Street", "Place", "Crescent", "Terrace", "Drive", "Avenue", "Grove"],
        sub=["Hillcrest", "Mount Maunganui", "Hokowhitu", "Stoke", "Kensington", "Mornington", "Waiwhetū", "Glenholme"]),
    "IN": dict(
        towns=[("Bengaluru", "Indiranagar", "5600", ""), ("Pune", "Kothrud", "4110", ""), ("Chennai", "Adyar", "6000", ""),
               ("Kochi", "Kakkanad", "6820", ""), ("Jaipur", "Malviya Nagar", "3020", ""), ("Hyderabad", "Gachibowli", "5000", ""),
               ("Lucknow", "Gomti Nagar", "2260", ""), ("Ahmedabad", "Satellite", "3800", "")],
        sfx=["Road", "Cross", "Main Road", "Layout", "Marg", "Street", "Nagar", "Colony"],
        sub=["Indiranagar", "Kothrud", "Adyar", "Kakkanad", "Malviya Nagar", "Gachibowli", "Gomti Nagar", "Satellite"]),
    "ZA": dict(
        towns=[("Cape Town", "Rondebosch", "7700", ""), ("Durban", "Morningside", "4001", ""), ("Pretoria", "Hatfield", "0083", ""),
               ("Johannesburg", "Parkhurst", "2193", ""), ("Gqeberha", "Walmer", "6070", ""), ("Bloemfontein", "Westdene", "9301", ""),
               ("Stellenbosch", "Die Boord", "7600", ""), ("Pietermaritzburg", "Scottsville", "3201", "")],
        sfx=["Street", "Road", "Avenue", "Crescent", "Close", "Lane", "Drive", "Way"],
        sub=["Rondebosch", "Morningside", "Hatfield", "Parkhurst", "Walmer", "Westdene", "Die Boord", "Scottsville"]),
}
REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
L = "ABCDEFGHJKLMNPRSTUVWXY"


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class Region:
    def __init__(self, code, rng):
        self.code = code
        self.r = REG[code]
        self.rng = rng
        self.town = rng.choice(self.r["towns"])

    # ---- names
    def first(self):
        return self.rng.choice(FIRST)

    def last(self):
        return self.rng.choice(LAST)

    def full(self):
        return f"{self.first()} {self.last()}"

    def initials(self, name):
        parts = [p for p in name.replace("-", " ").split() if p[0].isalpha()]
        return (parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")).upper()

    # ---- phone
    def phone(self, intl=None):
        g = self.rng.randint
        c = self.code
        if intl is None:
            intl = self.rng.random() < 0.25
        if c in ("US", "CA"):
            area = self.town[3]
            n = f"555-01{g(0, 99):02d}"
            return f"+1 {area}-{n}" if intl else f"({area}) {n}"
        if c == "UK":
            n = f"{g(0, 999):03d}"
            return f"+44 7700 900{n}" if intl else f"07700 900{n}"
        if c == "IE":
            p = self.rng.choice(["83", "85", "86", "87", "89"])
            a, b = g(100, 999), g(1000, 9999)
            return f"+353 {p} {a} {b}" if intl else f"0{p} {a} {b}"
        if c == "AU":
            a, b = g(0, 999), g(100, 999)
            return f"+61 491 {a:03d} {b}" if intl else f"0491 {a:03d} {b}"
        if c == "NZ":
            p = self.rng.choice(["21", "22", "27"])
            a, b = g(100, 999), g(1000, 9999)
            return f"+64 {p} {a} {b}" if intl else f"0{p} {a} {b}"
        if c == "IN":
            a, b = g(70000, 99999), g(10000, 99999)
            return f"+91 {a} {b}" if intl else f"{a} {b}"
        p = self.rng.choice(["72", "76", "82", "83", "84"])
        a, b = g(100, 999), g(1000, 9999)
        return f"+27 {p} {a} {b}" if intl else f"0{p} {a} {b}"

    def phone_digits(self, ph):
        d = "".join(ch for ch in ph if ch.isdigit() or ch == "+")
        return d

    def phone_intl_digits(self):
        ph = self.phone(intl=True)
        return "".join(ch for ch in ph if ch.isdigit())

    # ---- address
    def street(self):
        return f"{self.rng.choice(STREETS)} {self.rng.choice(self.r['sfx'])}"

    def postcode(self):
        g = self.rng.randint
        c, t = self.code, self.town
        if c == "US":
            return f"{t[2]}{g(0, 99):02d}"
        if c == "UK":
            return f"{t[1]}{g(1, 19)} {g(1, 9)}{self.rng.choice(L)}{self.rng.choice(L)}"
        if c == "IE":
            return f"{t[2]} {self.rng.choice(L)}{g(0, 9)}{self.rng.choice(L)}{g(0, 9)}"
        if c == "CA":
            return f"{t[2]} {g(1, 9)}{self.rng.choice(L)}{g(1, 9)}"
        if c == "IN":
            return f"{t[2]}{g(10, 99)}"
        return t[2]

    def address_lines(self):
        g = self.rng.randint
        c, t = self.code, self.town
        num = g(2, 240)
        st = self.street()
        pc = self.postcode()
        if c == "US":
            return [f"{num} {st}", f"{t[0]}, {t[1]} {pc}"]
        if c == "UK":
            return [f"{num} {st}", f"{t[0]} {pc}"]
        if c == "IE":
            return [f"{num} {st}", f"{t[0]}, {t[1]} {pc}"]
        if c == "CA":
            return [f"{num} {st}", f"{t[0]}, {t[1]} {pc}"]
        if c == "AU":
            return [f"{num} {st}", f"{t[0]} {t[1]} {pc}"]
        if c == "NZ":
            return [f"{num} {st}", f"{self.sub()}, {t[0]} {pc}"]
        if c == "IN":
            return [f"Flat {g(1, 9)}0{g(1, 9)}, {self.rng.choice(STEMS)} Apts", f"{g(1, 18)}th {st}, {t[1]}",
                    f"{t[0]} {pc}"]
        return [f"{num} {st}", f"{t[1]}, {t[0]}, {pc}"]

    def address(self):
        ls = self.address_lines()
        if self.code == "IN":
            return f"{ls[0]}, {ls[1]}, {ls[2]}" if self.rng.random() < 0.3 else f"{ls[1]}, {ls[2]}"
        return ", ".join(ls)

    def short_address(self):
        return f"{self.rng.randint(2, 240)} {self.street()}"

    def sub(self):
        return self.rng.choice(self.r["sub"])

    def location(self):
        c = self.rng.random()
        if c < 0.4:
            return self.sub()
        if c < 0.7:
            return self.town[0]
        return f"{self.street()}, {self.town[0]}"

    # ---- school
    def school(self):
        c, rng = self.code, self.rng
        stem = rng.choice(STEMS)
        saint = rng.choice(SAINTS)
        opts = {
            "US": [f"{stem} Elementary School", f"{stem} Middle School", f"{stem} Elementary"],
            "UK": [f"{stem} Primary School", f"{stem} Academy", f"St {saint}'s C of E Primary"],
            "IE": [f"{stem} National School", f"St {saint}'s NS", f"Scoil {saint} {stem.split()[0]}", f"Coláiste {stem.split()[0]}"],
            "CA": [f"{stem} Public School", f"École {stem}", f"{stem} Elementary"],
            "AU": [f"{stem} Primary School", f"{stem} State School", f"{stem} Public School"],
            "NZ": [f"{stem} School", f"{stem} Intermediate", f"{stem} Primary"],
            "IN": [f"{stem} Vidyalaya", f"{stem} Public School", f"St. {saint}'s Convent School"],
            "ZA": [f"{stem} Primary School", f"Laerskool {stem.split()[0]}", f"{stem} Preparatory"],
        }[c]
        return rng.choice(opts)

    def school_short(self, s):
        return s

    def year_label(self, y=None):
        c, rng = self.code, self.rng
        if y is None:
            y = rng.randint(2, 8)
        if c == "US":
            return rng.choice([f"Grade {y}", f"{ordinal(y)} Grade"])
        if c in ("UK", "AU", "NZ"):
            return f"Year {y + 1}" if c != "NZ" else f"Year {y + 1}"
        if c == "IE":
            return f"{ordinal(min(y, 6))} Class"
        if c == "CA" or c == "ZA":
            return f"Grade {y}"
        return rng.choice([f"Class {y}", f"Std {ROMAN[y]}"])

    def class_label(self):
        """A class/form group label including the year, counted as AGE."""
        c, rng = self.code, self.rng
        y = rng.randint(2, 7)
        if c in ("UK",):
            return f"Year {y + 1}{rng.choice(['B', 'H', 'R', 'W'])}"
        if c in ("AU", "NZ"):
            return f"Room {rng.randint(3, 19)} - Year {y + 1}"
        if c == "IN":
            return f"Class {y}-{rng.choice('ABCD')}"
        if c == "IE":
            return f"{ordinal(min(y, 6))} Class"
        return f"Grade {y}{rng.choice(['A', 'B', 'C'])}"

    def age_text(self):
        rng = self.rng
        a = rng.randint(7, 15)
        return rng.choice([f"{a} yrs old", f"age {a}", f"{a} years old", f"turning {a}", f"Age: {a}", f"{a}yo"])

    def dob(self):
        rng = self.rng
        y = rng.randint(2010, 2018)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        c = self.code
        if c == "US":
            return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {d}, {y}"])
        if c == "CA":
            return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}"])
        if c == "IN":
            return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}"])
        if c == "ZA":
            return rng.choice([f"{y}/{m:02d}/{d:02d}", f"{d} {MONTHS[m - 1]} {y}"])
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])

    def date(self, future=True):
        rng = self.rng
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = 2025
        c = self.code
        if c == "US":
            return f"{m:02d}/{d:02d}/{y}"
        if c == "CA":
            return f"{y}-{m:02d}-{d:02d}"
        if c == "ZA":
            return f"{y}/{m:02d}/{d:02d}"
        return f"{d:02d}/{m:02d}/{y}"

    def day_date(self):
        rng = self.rng
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        if self.code in ("US", "CA"):
            return f"{rng.choice(days)}, {MONTHS[m - 1]} {d}"
        return f"{rng.choice(days)} {d} {MONTHS[m - 1]}"

    # ---- online
    def handle(self, first=None, style=None):
        rng = self.rng
        f = ascii_fold(first or self.first()).lower().replace(" ", "").replace("-", "")
        w = rng.choice(["gamer", "plays", "xo", "star", "ninja", "wolf", "sk8", "dance", "slime", "craft", "kitty",
                        "shadow", "blaze", "pixel", "bunny", "frost", "hoops", "goal", "art", "vibes"])
        n = rng.choice([str(rng.randint(2009, 2017)), str(rng.randint(1, 99)), f"{rng.randint(7, 15)}", "", "x"])
        st = style if style is not None else rng.randint(0, 6)
        if st == 0:
            return f"@{f}_{w}{n}"
        if st == 1:
            return f"@{f}.{w}{n}"
        if st == 2:
            return f"xX_{w.capitalize()}{f.capitalize()}_Xx"
        if st == 3:
            return f"{w.capitalize()}{f.capitalize()}{n}"
        if st == 4:
            return f"lil_{f}{n}"
        if st == 5:
            return f"{f}{rng.choice(['_', '.', ''])}{ascii_fold(self.last()).lower().replace(' ', '').replace(chr(39), '')[:5]}{n}"
        return f"{f}_{w}_{rng.randint(1, 999)}"

    def gamertag(self, first=None):
        rng = self.rng
        f = ascii_fold(first or self.first()).replace(" ", "")
        w = rng.choice(["Blaze", "Shadow", "Turbo", "Frosty", "Creeper", "Dino", "Rocket", "Ninja", "Storm", "Pixel"])
        return rng.choice([f"{w}{f}#{rng.randint(1000, 9999)}", f"{f}{w}{rng.randint(1, 99)}", f"{f}_{w}",
                           f"{w.lower()}_{f.lower()}{rng.randint(2009, 2017)}"])

    def email(self, first=None, last=None):
        rng = self.rng
        f = ascii_fold(first or self.first()).lower().replace(" ", "")
        l = ascii_fold(last or self.last()).lower().replace(" ", "").replace("'", "")
        dom = rng.choice(["gmail.com", "outlook.com", "icloud.com", "hotmail.com", "yahoo.com",
                          {"UK": "btinternet.com", "IE": "eircom.net", "AU": "bigpond.com", "NZ": "xtra.co.nz",
                           "IN": "rediffmail.com", "ZA": "webmail.co.za", "US": "aol.com", "CA": "rogers.com"}[self.code]])
        u = rng.choice([f"{f}.{l}", f"{f}{rng.randint(2009, 2017)}", f"{f}_{l[:4]}{rng.randint(1, 99)}", f"{l}.family",
                        f"{f[0]}{l}{rng.randint(1, 9)}"])
        return f"{u}@{dom}"

    def url(self, first=None):
        rng = self.rng
        h = self.handle(first, style=rng.choice([0, 1, 4, 5])).lstrip("@")
        return rng.choice([f"youtube.com/@{h.replace('.', '')}", f"tiktok.com/@{h}", f"instagram.com/{h}",
                           f"twitch.tv/{h.replace('.', '_')}", f"linktr.ee/{h}", f"roblox.com/users/{rng.randint(10**8, 10**9)}/profile",
                           f"snapchat.com/add/{h.replace('.', '-')}"])

    def org(self):
        rng = self.rng
        t = self.town[0]
        st = rng.choice(STEMS)
        return rng.choice([f"{t} Tigers U{rng.choice([9, 10, 11, 12, 13])}", f"{st} Swim Club", f"{ordinal(rng.randint(1, 9))} {t} Scouts",
                           f"{t} Junior Netball", f"St {rng.choice(SAINTS)}'s Parish Youth", f"Grace Chapel Kids Club",
                           f"{st} Cricket Club", f"{st} Dance Academy", f"{t} Youth Orchestra", f"{st} Coding Club",
                           f"{t} Rovers AFC", f"{st} Gymnastics", f"Sri Ganesha Temple Balvihar", f"{st} Karate Dojo",
                           f"Al-Noor Weekend Madrasah", f"{t} Girl Guides", f"{st} Hockey Club", f"{st} Chess Club"])

    def workplace(self):
        rng = self.rng
        st = rng.choice(STEMS)
        return rng.choice([f"{st} Dental", f"{st} Vet Clinic", f"{self.town[0]} Hospital Pharmacy", f"{st} Motors",
                           f"{st} Bakery", f"{st} Medical Centre", f"{st} Accounting"])
