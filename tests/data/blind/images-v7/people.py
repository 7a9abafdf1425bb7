"""Invented people, places, schools, clubs and numbers by region."""
from common import pick

REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA", "SG", "NG", "PH"]
WEIGHTS = [4, 4, 2, 2, 2, 2, 2, 2, 1, 1, 1]

FIRST = {
    "US": ["Mason", "Ava", "Liam", "Harper", "Jaden", "Kaylee", "Brody", "Madison", "Elijah", "Aubrey", "Camila", "Diego", "Zoe", "Tyler"],
    "UK": ["Oliver", "Isla", "Alfie", "Poppy", "Freddie", "Evie", "Harry", "Amelia", "Archie", "Maisie", "Rory", "Daisy", "Reggie", "Ffion"],
    "IE": ["Cian", "Aoife", "Oisin", "Saoirse", "Darragh", "Niamh", "Fionn", "Caoimhe", "Tadhg", "Roisin", "Conor", "Ciara"],
    "CA": ["Logan", "Chloe", "Nolan", "Brooke", "Owen", "Maelle", "Xavier", "Hailey", "Ethan", "Leah", "Emeric", "Tessa"],
    "AU": ["Cooper", "Matilda", "Lachlan", "Indi", "Hamish", "Sienna", "Jack", "Ruby", "Archer", "Mia", "Banjo", "Willow"],
    "NZ": ["Nikau", "Aria", "Tane", "Mia", "Kahu", "Ruby", "Manaia", "Isla", "Finn", "Anahera", "Hemi", "Maia"],
    "IN": ["Aarav", "Ananya", "Vihaan", "Diya", "Arjun", "Saanvi", "Ishaan", "Myra", "Kabir", "Aadhya", "Reyansh", "Kiara"],
    "ZA": ["Lwazi", "Amahle", "Thabo", "Lerato", "Sipho", "Naledi", "Ruan", "Anika", "Kagiso", "Zanele", "Pieter", "Lindiwe"],
    "SG": ["Jun Wei", "Xin Yi", "Ryan", "Hui Min", "Darren", "Shi Ting", "Marcus", "Jia Hui"],
    "NG": ["Chidi", "Amara", "Tobi", "Ifeoma", "Emeka", "Zainab", "Kelechi", "Adaeze"],
    "PH": ["Miguel", "Andrea", "Paolo", "Bea", "Joaquin", "Czarina", "Enzo", "Kyla"],
}
LAST = {
    "US": ["Delgado", "Whitfield", "Okonkwo", "Brennan", "Kowalski", "Hargrove", "Pruitt", "Castellano", "Lindqvist", "Mercer"],
    "UK": ["Pemberton", "Ashworth", "Bramley", "Hollis", "Okafor", "Thwaite", "Catterall", "Fairbrother", "Kendrick", "Rowntree"],
    "IE": ["O'Sullivan", "Mac Giolla", "Brennan", "Fitzgerald", "Ni Bhriain", "Dunleavy", "Moriarty", "Tierney", "Costigan"],
    "CA": ["Tremblay", "MacKinnon", "Bouchard", "Sandhu", "Gagnon", "Wojcik", "Lachance", "Fraser", "Oakes"],
    "AU": ["Nguyen", "McAllister", "Papadopoulos", "Whitlock", "Kennard", "Bellamy", "Tran", "Costa", "Hollingsworth"],
    "NZ": ["Te Awa", "Ngata", "McKenzie", "Parata", "Sullivan", "Tuhoe", "Whitcombe", "Faleolo", "Henare"],
    "IN": ["Sharma", "Iyer", "Kulkarni", "Reddy", "Banerjee", "Menon", "Chopra", "Deshpande", "Nair"],
    "ZA": ["Dlamini", "van der Merwe", "Nkosi", "Botha", "Mokoena", "Pillay", "Khumalo", "Steyn", "Mahlangu"],
    "SG": ["Tan", "Lim", "Ong", "Goh", "Chua", "Teo", "Koh"],
    "NG": ["Adeyemi", "Okafor", "Nwosu", "Balogun", "Eze", "Ogunleye"],
    "PH": ["Dela Cruz", "Santos", "Reyes", "Villanueva", "Bautista", "Mendoza"],
}
TOWN_A = ["Ash", "Brook", "Elm", "Holl", "Kings", "Mill", "Oak", "Raven", "Stone", "Thorn", "Wil", "Fern", "Lark", "Marl", "Bram"]
TOWN_B = ["combe", "field", "ford", "worth", "bridge", "hurst", "dale", "ton", "mere", "wick", "brook", "leigh", "stead"]
LOCAL_TOWNS = {
    "IE": ["Kilbarra", "Ballycorrin", "Drumshee", "Carrigmore", "Knockaveen"],
    "AU": ["Wattle Creek", "Bunyarra", "Koorinda Heights", "Mullaby", "Tarrawong"],
    "NZ": ["Kowhai Bay", "Te Manuka", "Waiorongo", "Rimuvale", "Pukeroa"],
    "IN": ["Shanti Nagar", "Vasant Vihar East", "Kalyan Puram", "Sector 41 Nivas", "Ganesh Colony"],
    "ZA": ["Umthombo", "Rietvallei", "Kloofsig", "Mooihoek", "Ezweni"],
    "SG": ["Tampines Vale", "Bukit Serene", "Punggol Reach"],
    "NG": ["Ajala Estate", "Obiora Layout", "Gbemisola GRA"],
    "PH": ["Barangay San Rafael Norte", "Villa Alegria", "Sampaguita Heights"],
}
STREET_A = ["Larch", "Wren", "Juniper", "Foxglove", "Maple", "Kestrel", "Hawthorn", "Birchwood", "Sycamore", "Primrose", "Copper Beech", "Heron", "Tamarind", "Jacaranda", "Kauri", "Protea", "Willowmere", "Cobalt"]
STREET_T = {
    "US": ["St", "Ave", "Dr", "Ln", "Ct", "Blvd"], "CA": ["St", "Ave", "Cres", "Dr", "Rd"],
    "UK": ["Close", "Road", "Lane", "Avenue", "Gardens", "Way"], "IE": ["Road", "Avenue", "Park", "Grove", "Lawn"],
    "AU": ["Street", "Place", "Parade", "Court", "Crescent"], "NZ": ["Street", "Terrace", "Place", "Road"],
    "IN": ["Marg", "Road", "Lane", "Cross Road"], "ZA": ["Street", "Avenue", "Crescent", "Road"],
    "SG": ["Avenue", "Street", "Drive"], "NG": ["Street", "Close", "Crescent"], "PH": ["Street", "Avenue", "Drive"],
}
PARKS = ["{t} Rec", "{t} Park", "{s} Playground", "{t} Skatepark", "the {s} Woods", "{t} Leisure Centre", "{t} Library", "{t} Pool", "{s} Oval", "{t} Mall food court", "{t} Station", "the {s} Shops"]
SCHOOL_FMT = {
    "US": ["{t} Middle School", "{s} Elementary School", "{t} Academy", "{s} Ridge Middle School"],
    "UK": ["{t} Primary School", "{t} Academy", "St {x}'s C of E Primary", "{t} High School"],
    "IE": ["Scoil {x}", "St {x}'s National School", "{t} Community College", "Gaelscoil {t}"],
    "CA": ["{t} Public School", "{s} Heights Junior High", "Ecole {t}", "{t} Elementary"],
    "AU": ["{t} Public School", "{t} Primary School", "{s} Grove College", "{t} State School"],
    "NZ": ["{t} Intermediate", "{t} School", "{s} Primary", "{t} College"],
    "IN": ["{s} Valley Public School", "St. {x}'s Convent School", "{t} Vidya Mandir", "Kendriya Vidyalaya {t}"],
    "ZA": ["Laerskool {t}", "{t} Primary School", "{s} Park High School", "Hoerskool {t}"],
    "SG": ["{t} Primary School", "{s} Secondary School"], "NG": ["{t} Model College", "{s} Heights Academy"],
    "PH": ["{t} Elementary School", "{s} Integrated School"],
}
SAINTS = ["Brigid", "Columba", "Aidan", "Joseph", "Monica", "Kieran", "Hilda", "Ninian", "Teresa", "Brendan"]
CLUB_FMT = ["{t} Juniors FC", "{t} Tigers U{u}", "{t} Swim Club", "{s} Scouts Troop {n}", "{t} Netball Club", "{t} Youth Orchestra",
            "{t} Gymnastics Academy", "{s} Street Mosque Youth", "St {x}'s Church Choir", "{t} Cubs Pack {n}", "{t} Rangers U{u}",
            "{t} Judo Club", "{t} Cricket Club U{u}", "{s} Hurling Club", "{t} Coding Club", "{t} Dance Studio"]
YEAR = {
    "US": "Grade {g}", "CA": "Grade {g}", "UK": "Year {y}", "IE": "{c} Class", "AU": "Year {g}", "NZ": "Year {y}",
    "IN": "Class {g}", "ZA": "Grade {g}", "SG": "Primary {g}", "NG": "JSS {j}", "PH": "Grade {g}",
}
ORD = {3: "3rd", 4: "4th", 5: "5th", 6: "6th", 1: "1st", 2: "2nd"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
PETS = ["Biscuit", "Luna", "Pepper", "Milo", "Coco", "Ziggy", "Bramble", "Nugget", "Toffee", "Mochi", "Rolo", "Pickles"]
PET_KIND = ["dog", "cat", "rabbit", "tortoise", "guinea pig", "kitten", "puppy", "budgie"]
HANDLE_A = ["shadow", "pixel", "frost", "ninja", "turbo", "sparkle", "blaze", "lil", "xx", "cosmic", "creeper", "unicorn", "kawaii", "sniper", "lazer"]
HANDLE_B = ["fox", "wolf", "queen", "gamer", "cat", "king", "ace", "bean", "boi", "panda", "dragon", "star"]
EMAIL_DOM = ["example.com", "example.net", "example.org", "mail.example.com", "kidsmail.example"]


def pick_region(rng):
    tot = sum(WEIGHTS)
    r = rng.random() * tot
    for reg, w in zip(REGIONS, WEIGHTS):
        r -= w
        if r < 0:
            return reg
    return "US"


def town(rng, reg):
    if reg in LOCAL_TOWNS and rng.random() < 0.6:
        return pick(rng, LOCAL_TOWNS[reg])
    return pick(rng, TOWN_A) + pick(rng, TOWN_B)


def phone(rng, reg, intl=False):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if reg in ("US", "CA"):
        a = pick(rng, ["201", "312", "416", "604", "512", "719", "902", "647"])
        return ("+1 " if intl else "") + pick(rng, ["({a}) 555-01{x}", "{a}-555-01{x}", "{a}.555.01{x}"]).format(a=a, x=d(2))
    if reg == "UK":
        return ("+44 7700 900" + d(3)) if intl else pick(rng, ["07700 900{x}", "07700900{x}", "07700 900 {x}"]).format(x=d(3))
    if reg == "IE":
        return ("+353 8" + str(rng.randint(3, 7)) + " " + d(3) + " " + d(4)) if intl else "08" + str(rng.randint(3, 7)) + " " + d(3) + " " + d(4)
    if reg == "AU":
        return ("+61 491 570 " + d(3)) if intl else "0491 570 " + d(3)
    if reg == "NZ":
        return ("+64 21 0" + d(2) + " " + d(4)) if intl else "021 0" + d(2) + " " + d(4)
    if reg == "IN":
        return "+91 9" + d(4) + " " + d(5) if intl or rng.random() < 0.5 else "9" + d(4) + " " + d(5)
    if reg == "ZA":
        return ("+27 82 " + d(3) + " " + d(4)) if intl else "082 " + d(3) + " " + d(4)
    if reg == "SG":
        return ("+65 " if intl else "") + "9" + d(3) + " " + d(4)
    if reg == "NG":
        return ("+234 803 " if intl else "0803 ") + d(3) + " " + d(4)
    return ("+63 917 " if intl else "0917 ") + d(3) + " " + d(4)


def postcode(rng, reg):
    L = lambda: chr(65 + rng.randint(0, 25))
    n = lambda: str(rng.randint(0, 9))
    if reg == "US":
        return "".join(n() for _ in range(5))
    if reg == "CA":
        return L() + n() + L() + " " + n() + L() + n()
    if reg == "UK":
        return L() + L() + n() + n() + " " + n() + L() + L()
    if reg == "IE":
        return L() + n() + n() + " " + L() + n() + L() + n()
    if reg in ("AU", "NZ", "ZA"):
        return "".join(n() for _ in range(4))
    if reg == "IN":
        return str(rng.randint(1, 8)) + "".join(n() for _ in range(5))
    if reg == "SG":
        return "".join(n() for _ in range(6))
    return "".join(n() for _ in range(4 if reg == "PH" else 6))


class Persona:
    def __init__(self, rng, reg=None):
        self.reg = reg or pick_region(rng)
        r = self.reg
        self.first = pick(rng, FIRST[r])
        self.last = pick(rng, LAST[r])
        self.full = self.first + " " + self.last
        self.age = rng.randint(8, 14)
        g = self.age - 5
        self.year = YEAR[r].format(g=g, y=g + 1, c=ORD.get(min(6, max(1, g - 1)), "6th"), j=max(1, min(3, g - 6)))
        self.town = town(rng, r)
        self.suburb = town(rng, r)
        t0 = self.town.split()[0]
        self.street = pick(rng, STREET_A) + " " + pick(rng, STREET_T[r])
        self.house = str(rng.randint(2, 148)) + (pick(rng, ["", "", "", "A", "B"]) if r not in ("US", "CA") else "")
        self.addr1 = self.house + " " + self.street
        if r == "IN":
            self.addr1 = "Flat " + str(rng.randint(101, 904)) + ", " + self.house + " " + self.street
        self.postcode = postcode(rng, r)
        self.school = pick(rng, SCHOOL_FMT[r]).format(t=t0, s=pick(rng, STREET_A).split()[0], x=pick(rng, SAINTS))
        self.club = pick(rng, CLUB_FMT).format(t=t0, s=pick(rng, STREET_A).split()[0], u=self.age + 1, n=rng.randint(1, 40), x=pick(rng, SAINTS))
        self.place = pick(rng, PARKS).format(t=t0, s=pick(rng, STREET_A).split()[0])
        self.phone = phone(rng, r)
        self.phone_intl = phone(rng, r, intl=True)
        self.parent_phone = phone(rng, r)
        self.parent = pick(rng, FIRST[r]) + " " + self.last
        by = 2025 - self.age
        self.dob_d, self.dob_m, self.dob_y = rng.randint(1, 28), rng.randint(1, 12), by
        if r == "US":
            self.dob = "%02d/%02d/%d" % (self.dob_m, self.dob_d, by)
        elif rng.random() < 0.5:
            self.dob = "%02d/%02d/%d" % (self.dob_d, self.dob_m, by)
        else:
            self.dob = "%d %s %d" % (self.dob_d, MONTHS[self.dob_m - 1], by)
        self.bday = "%d %s" % (self.dob_d, MONTHS[self.dob_m - 1]) if r != "US" else "%s %d" % (MONTHS[self.dob_m - 1], self.dob_d)
        hb = pick(rng, HANDLE_A) + pick(rng, ["_", "", ".", "x"]) + pick(rng, [self.first.lower().replace(" ", ""), pick(rng, HANDLE_B)])
        self.handle = hb + pick(rng, ["", str(by), str(by)[-2:], str(rng.randint(1, 99)), "_" + str(self.age)])
        self.gamertag = pick(rng, ["", "xX", "TTV_", "YT_"]) + pick(rng, HANDLE_A).capitalize() + pick(rng, HANDLE_B).capitalize() + str(rng.randint(1, 999))
        self.email = (pick(rng, [self.first.lower() + "." + self.last.lower(), self.first.lower() + str(by), self.handle])
                      .replace(" ", "").replace("'", "") + "@" + pick(rng, EMAIL_DOM))
        self.pet = pick(rng, PETS)
        self.pet_kind = pick(rng, PET_KIND)
        self.friends = [pick(rng, FIRST[r]) for _ in range(6)]
        self.friend_lasts = [pick(rng, LAST[r]) for _ in range(6)]
