"""Invented people, places and numbers for eight regions.

Names are random combinations of common given names and surnames from many cultures;
streets are generic; phone numbers use fictional/drama ranges where a region has one
(US/CA 555-01xx, UK 07700 900xxx and 0113/0117/0118/0141 496 0xxx, AU 0491 570-579 and
(0x) 5550 xxxx) and random digits elsewhere.  Everything private is invented.
"""
import unicodedata

REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]

FIRST = {
    "anglo": ["Ava", "Liam", "Olivia", "Noah", "Isla", "Harper", "Oliver", "Ruby", "Charlie", "Mia",
              "Jack", "Grace", "Ethan", "Lily", "Mason", "Chloe", "Archie", "Evie", "Leo", "Poppy",
              "Harvey", "Freya", "Jayden", "Madison", "Tyler", "Hannah", "Finn", "Matilda"],
    "irish": ["Aoife", "Cian", "Saoirse", "Oisín", "Niamh", "Ciara", "Darragh", "Róisín", "Fionn",
              "Caoimhe", "Seán", "Clodagh", "Tadhg", "Éabha", "Donnacha", "Aisling"],
    "south_asian": ["Priya", "Arjun", "Aarav", "Ananya", "Rohan", "Kavya", "Ishaan", "Diya", "Vihaan",
                    "Meera", "Aditya", "Saanvi", "Kabir", "Riya", "Dev", "Anika", "Harpreet", "Simran",
                    "Zain", "Ayesha"],
    "east_asian": ["Mei", "Jia Hao", "Yuki", "Haruto", "Ji-woo", "Seo-yeon", "Hiro", "Lin", "Kai",
                   "Minh", "Linh", "Hana", "Wei", "Sora", "Bao", "Xinyi"],
    "african": ["Thandiwe", "Sipho", "Lerato", "Kagiso", "Amara", "Chidi", "Ngozi", "Kwame", "Ama",
                "Naledi", "Bongani", "Zanele", "Tendai", "Kofi", "Adaeze", "Lwazi", "Nomvula", "Tebogo"],
    "maori_pacific": ["Nikau", "Aroha", "Mere", "Tane", "Manaia", "Kahu", "Tama", "Anahera", "Wiremu",
                      "Leilani", "Tavita", "Siosaia", "Losa", "Moana", "Ariki", "Hemi"],
    "latin": ["Sofia", "Mateo", "Lucía", "Santiago", "Valentina", "Diego", "Camila", "Emilio", "Isabela",
              "Joaquín", "Daniela", "Tomás", "Ximena", "Andrés"],
    "arabic": ["Fatima", "Omar", "Aisha", "Yusuf", "Layla", "Zayd", "Mariam", "Karim", "Noor", "Hamza",
               "Yasmin", "Idris", "Salma", "Tariq"],
    "euro": ["Oliwia", "Jakub", "Emre", "Zeynep", "Anya", "Dmitri", "Noa", "Eitan", "Luca", "Elena",
             "Mateus", "Ingrid", "Lars", "Klara", "Tomasz", "Nika", "Milan", "Greta"],
    "afrikaans": ["Ruan", "Anri", "Jaco", "Liezl", "Marnus", "Elmarie", "Wian", "Annelie", "Dewald",
                  "Carien"],
}

SURN = {
    "anglo": ["Walker", "Robinson", "Fletcher", "Hughes", "Campbell", "Evans", "Bennett", "Harrison",
              "Whitfield", "Marsh", "Turner", "Lawson", "Pemberton", "Ashby", "Holloway", "Mercer",
              "Dawson", "Kingsley", "Barrett", "Cartwright"],
    "irish": ["Kavanagh", "O'Brien", "Fitzgerald", "Murphy", "Ní Bhriain", "Mac Giolla", "Doherty",
              "Brennan", "Ó Súilleabháin", "Gallagher", "McCarthy", "Dunne", "Kinsella", "Nolan"],
    "south_asian": ["Patel", "Sharma", "Reddy", "Iyer", "Singh", "Kaur", "Gupta", "Nair", "Menon",
                    "Chatterjee", "Desai", "Khan", "Qureshi", "Bhatt", "Rao", "Pillai", "Joshi"],
    "east_asian": ["Chen", "Wong", "Tanaka", "Kim", "Park", "Nguyen", "Tran", "Liu", "Watanabe", "Zhang",
                   "Lim", "Huang", "Takahashi", "Pham"],
    "african": ["Okafor", "Dlamini", "Nkosi", "Mensah", "Owusu", "Mahlangu", "Adeyemi", "Mokoena",
                "Ndlovu", "Khumalo", "Eze", "Banda", "Mthembu", "Osei", "Zulu"],
    "maori_pacific": ["Ngata", "Te Rangi", "Parata", "Tuilagi", "Fa'atau", "Tipene", "Walker-Heke",
                      "Tamihana", "Fonoti", "Taufa", "Whaanga", "Rangi"],
    "latin": ["Hernández", "García", "Morales", "Rossi", "Silva", "Santos", "Ortega", "Ramírez",
              "Castillo", "Medina"],
    "arabic": ["Haddad", "Ahmed", "Rahman", "Saleh", "Nasser", "Aziz", "Haddad-Young", "Mansour",
               "Farouk", "Hussein"],
    "euro": ["Kowalski", "Novak", "Petrov", "Lindqvist", "Andersen", "Müller", "Yılmaz", "Horvat",
             "Nowicka", "Moreau", "Costa", "Berg"],
    "afrikaans": ["van der Merwe", "Botha", "du Plessis", "Pretorius", "Venter", "Steyn", "le Roux",
                  "Nel", "Coetzee", "Joubert"],
}

CULTURES = {
    "US": (["anglo", "latin", "african", "east_asian", "south_asian", "arabic", "euro", "irish"],
           [30, 18, 10, 10, 10, 6, 8, 8]),
    "UK": (["anglo", "south_asian", "african", "euro", "irish", "east_asian", "arabic"],
           [36, 18, 12, 12, 8, 6, 8]),
    "IE": (["irish", "anglo", "euro", "african", "south_asian", "east_asian"], [48, 16, 14, 8, 8, 6]),
    "CA": (["anglo", "east_asian", "south_asian", "irish", "euro", "arabic", "latin", "african"],
           [28, 16, 16, 8, 10, 8, 6, 8]),
    "AU": (["anglo", "east_asian", "south_asian", "euro", "maori_pacific", "arabic", "irish"],
           [34, 18, 14, 10, 8, 8, 8]),
    "NZ": (["anglo", "maori_pacific", "east_asian", "south_asian", "euro"], [32, 34, 14, 12, 8]),
    "IN": (["south_asian"], [1]),
    "ZA": (["african", "afrikaans", "anglo", "south_asian"], [50, 20, 18, 12]),
}

# (suburb or None, town, state/county, postcode prefix or full, area code for landline)
PLACES = {
    "US": [(None, "Springfield", "IL", "627", "217"), (None, "Madison", "WI", "537", "608"),
           (None, "Boise", "ID", "837", "208"), (None, "Tucson", "AZ", "857", "520"),
           (None, "Dayton", "OH", "454", "937"), (None, "Raleigh", "NC", "276", "919"),
           (None, "Eugene", "OR", "974", "541"), (None, "Albany", "NY", "122", "518"),
           (None, "Fresno", "CA", "937", "559"), (None, "Plano", "TX", "750", "972")],
    "UK": [("Headingley", "Leeds", None, "LS6", "0113"), ("Horfield", "Bristol", None, "BS7", "0117"),
           ("Eaton", "Norwich", None, "NR4", "01632"), ("Llandaff", "Cardiff", None, "CF5", "029"),
           ("Fulford", "York", None, "YO10", "01632"), ("Mickleover", "Derby", None, "DE3", "01632"),
           ("Heavitree", "Exeter", None, "EX1", "01632"), ("Crookes", "Sheffield", None, "S10", "0114"),
           ("Caversham", "Reading", None, "RG4", "0118"), ("Hyndland", "Glasgow", None, "G12", "0141")],
    "IE": [("Rathmines", "Dublin 6", None, "D06", "01"), ("Drumcondra", "Dublin 9", None, "D09", "01"),
           ("Douglas", "Cork", None, "T12", "021"), ("Salthill", "Galway", None, "H91", "091"),
           (None, "Athlone", "Co. Westmeath", "N37", "090"), (None, "Kilkenny", "Co. Kilkenny", "R95", "056"),
           ("Castletroy", "Limerick", None, "V94", "061"), (None, "Sligo", "Co. Sligo", "F91", "071"),
           (None, "Dundalk", "Co. Louth", "A91", "042"), (None, "Ennis", "Co. Clare", "V95", "065")],
    "CA": [("The Glebe", "Ottawa", "ON", "K1S", "613"), (None, "Halifax", "NS", "B3H", "902"),
           ("Kensington", "Calgary", "AB", "T2N", "403"), (None, "Winnipeg", "MB", "R3M", "204"),
           ("Fairfield", "Victoria", "BC", "V8V", "250"), (None, "Saskatoon", "SK", "S7N", "306"),
           (None, "Hamilton", "ON", "L8P", "905"), (None, "Moncton", "NB", "E1C", "506"),
           (None, "Kelowna", "BC", "V1Y", "250"), (None, "Guelph", "ON", "N1H", "519")],
    "AU": [("Wendouree", "Ballarat", "VIC", "3355", "03"), (None, "Toowoomba", "QLD", "4350", "07"),
           ("North Parramatta", "Parramatta", "NSW", "2151", "02"), (None, "Fremantle", "WA", "6160", "08"),
           (None, "Glenelg", "SA", "5045", "08"), ("Newstead", "Launceston", "TAS", "7250", "03"),
           ("Belmont", "Geelong", "VIC", "3216", "03"), (None, "Wagga Wagga", "NSW", "2650", "02"),
           ("Kangaroo Flat", "Bendigo", "VIC", "3555", "03"), ("Edge Hill", "Cairns", "QLD", "4870", "07")],
    "NZ": [("Hillcrest", "Hamilton", None, "3216", "07"), ("Mount Maunganui", "Tauranga", None, "3116", "07"),
           ("Roslyn", "Dunedin", None, "9010", "03"), ("Stoke", "Nelson", None, "7011", "03"),
           ("Riccarton", "Christchurch", None, "8011", "03"), ("Kelburn", "Wellington", None, "6012", "04"),
           ("Ponsonby", "Auckland", None, "1011", "09"), ("Takaro", "Palmerston North", None, "4412", "06"),
           ("Kensington", "Whangārei", None, "0112", "09"), (None, "Havelock North", None, "4130", "06")],
    "IN": [("Koramangala", "Bengaluru", "Karnataka", "560034", "080"),
           ("Kothrud", "Pune", "Maharashtra", "411038", "020"),
           ("Anna Nagar", "Chennai", "Tamil Nadu", "600040", "044"),
           ("Kakkanad", "Kochi", "Kerala", "682030", "0484"),
           ("Malviya Nagar", "Jaipur", "Rajasthan", "302017", "0141"),
           ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "226010", "0522"),
           ("Madhapur", "Hyderabad", "Telangana", "500081", "040"),
           ("Salt Lake", "Kolkata", "West Bengal", "700091", "033"),
           ("Vastrapur", "Ahmedabad", "Gujarat", "380015", "079"),
           ("Sector 15", "Chandigarh", None, "160015", "0172")],
    "ZA": [("Berea", "Durban", None, "4001", "031"), ("Brooklyn", "Pretoria", None, "0181", "012"),
           ("Rondebosch", "Cape Town", None, "7700", "021"), ("Westdene", "Bloemfontein", None, "9301", "051"),
           ("Walmer", "Gqeberha", None, "6070", "041"), ("Bendor", "Polokwane", None, "0699", "015"),
           ("Parkhurst", "Johannesburg", None, "2193", "011"), ("Mostertsdrift", "Stellenbosch", None, "7600", "021"),
           ("Vincent", "East London", None, "5247", "043"), ("Hilton", "Pietermaritzburg", None, "3245", "033")],
}

STREETS = {
    "US": ["Maple Avenue", "Oak Street", "Linden Drive", "Cedar Lane", "Willow Court", "Birch Road",
           "Hickory Lane", "Walnut Street", "Chestnut Avenue", "Sycamore Drive", "Elm Street",
           "Prairie View Road", "Juniper Way", "Magnolia Court"],
    "UK": ["Rosebery Road", "Beech Grove", "Millfield Close", "Church Lane", "Victoria Terrace",
           "Orchard Way", "Hawthorn Avenue", "St Mary's Road", "Meadow Crescent", "Kingsley Drive",
           "Foxglove Close", "Albert Street"],
    "IE": ["Ashgrove Park", "Oakwood Drive", "Castle View", "Willow Park", "Cedar Lawn", "Main Street",
           "Abbey Road", "Hazel Grove", "Riverside Walk", "Ard na Gréine", "Cluain Mhuire", "Beechwood Close"],
    "CA": ["Maple Crescent", "Lakeshore Drive", "Birchwood Avenue", "Spruce Street", "Pine Ridge Road",
           "Cedarvale Crescent", "Elm Grove", "Bayview Avenue", "Aspen Way", "Tamarack Drive",
           "Rue des Érables", "Larch Street"],
    "AU": ["Wattle Street", "Banksia Avenue", "Jacaranda Crescent", "Grevillea Court", "Bottlebrush Drive",
           "Kookaburra Way", "Waratah Street", "Currawong Close", "Acacia Road", "Lilly Pilly Place",
           "Bluegum Parade", "Magpie Lane"],
    "NZ": ["Kowhai Road", "Rimu Street", "Totara Drive", "Matai Crescent", "Pohutukawa Place",
           "Harakeke Street", "Miro Street", "Nikau Grove", "Kauri Road", "Tui Street", "Rata Avenue",
           "Karaka Lane"],
    "IN": ["3rd Cross Road", "5th Main Road", "2nd Cross Street", "Temple Road", "Lake View Road",
           "Gandhi Street", "1st Main Road", "Park Lane", "8th Cross", "Nehru Street"],
    "ZA": ["Protea Street", "Jacaranda Avenue", "Acacia Road", "Disa Close", "Aloe Street",
           "Marula Avenue", "Kiepersol Crescent", "Fynbos Lane", "Msinsi Road", "Stinkwood Drive",
           "Yellowwood Street", "Sunbird Close"],
}

IN_BUILDINGS = ["Lotus Residency", "Sai Krupa Apartments", "Green Park Society", "Shanti Nivas",
                "Sunshine Enclave", "Palm Grove Apartments", "Sri Lakshmi Towers", "Orchid Heights"]

ABBR = {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Drive": "Dr", "Crescent": "Cres", "Lane": "Ln",
        "Court": "Ct", "Place": "Pl", "Close": "Cl", "Grove": "Gr", "Parade": "Pde", "Terrace": "Tce"}

SCHOOL_X = {
    "US": ["Lincoln Park", "Maple Grove", "Riverside", "Cedar Ridge", "Pine Hollow", "Westbrook", "Lakeview",
           "Oak Hill", "Meadowbrook", "Sunnyside", "Foxhall", "Briar Creek"],
    "UK": ["Highfield", "Brookside", "Millbrook", "Ashdown", "Larkrise", "Woodlands", "Greenacres",
           "Fernhill", "Kingsmead", "Hollybank"],
    "IE": ["Bhríde", "Mhuire", "Iósaf", "Pádraig", "Chiaráin", "Colmcille", "Eoin", "Bríd"],
    "CA": ["Glebe Hill", "Riverdale", "Birchcliff", "Maplewood", "Lakefield", "Cedarbrae", "Northridge",
           "Sunnybrook", "Parkview", "Rosedale Heights"],
    "AU": ["Wattle Park", "Banksia Hill", "Sandy Creek", "Bluegum", "Red Hill", "Kurrajong", "Lake Gardens",
           "Ironbark", "Golden Point", "Rosella"],
    "NZ": ["Kowhai", "Rimu Valley", "Hillcrest Heights", "Tui Glen", "Pukeko", "Kauri Park", "Harbourview",
           "Totara Grove", "Awatea", "Manuka"],
    "IN": ["Sunrise", "Vidya Niketan", "Greenwood", "Lotus Valley", "Silver Oaks", "Sri Saraswati",
           "Little Flower", "Blue Bells", "Gyan Deep", "Shanti Niketan"],
    "ZA": ["Sunvalley", "Bosveld", "Umhlanga Ridge", "Kloofsig", "Fynbos", "Sunbird", "Msinsi",
           "Protea Heights", "Karee", "Silverleaf"],
}
SAINTS = ["Anne", "Brigid", "Joseph", "Patrick", "Mary", "Columba", "Michael", "Teresa", "Francis",
          "Catherine", "Andrew", "Bernadette"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

CURRENT_YEAR = 2025

PETS = ["Biscuit", "Luna", "Milo", "Coco", "Pepper", "Bella", "Nala", "Ziggy", "Mochi", "Rusty",
        "Shadow", "Pickle", "Kiwi", "Simba", "Oreo", "Toffee"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)) \
        .replace("ł", "l").replace("ı", "i")


def slug(s):
    s = ascii_fold(s).lower()
    return "".join(c for c in s if c.isalnum())


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def roman(n):
    vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def abbreviate(street, rng):
    parts = street.split(" ")
    if parts[-1] in ABBR and rng.chance(0.5):
        parts[-1] = ABBR[parts[-1]]
    return " ".join(parts)


# ----------------------------------------------------------------- generators


def name(rng, region, culture=None):
    if culture is None:
        cs, ws = CULTURES[region]
        culture = rng.choices(cs, ws)
    first = rng.choice(FIRST[culture])
    sc = culture if rng.chance(0.85) else rng.choice(CULTURES[region][0])
    last = rng.choice(SURN[sc])
    return first, last, culture


def phone_mobile(rng, region, intl=False):
    d = rng.digits
    if region in ("US", "CA"):
        ac = rng.choice(PLACES[region])[4]
        local = "555-01%s" % d(2)
        if intl:
            return "+1 %s %s" % (ac, local.replace("-", " "))
        return rng.choice(["(%s) %s" % (ac, local), "%s-%s" % (ac, local), "%s.%s" % (ac, local.replace("-", "."))])
    if region == "UK":
        n = "07700 900%s" % d(3)
        return "+44 7700 900%s" % n[-3:] if intl else n
    if region == "IE":
        p = rng.choice(["083", "085", "086", "087", "089"])
        a, b = d(3), d(4)
        return "+353 %s %s %s" % (p[1:], a, b) if intl else "%s %s %s" % (p, a, b)
    if region == "AU":
        a, b = "57" + d(1), d(3)
        return "+61 491 %s %s" % (a, b) if intl else "0491 %s %s" % (a, b)
    if region == "NZ":
        p = rng.choice(["021", "022", "027"])
        a, b = d(3), d(4)
        return "+64 %s %s %s" % (p[1:], a, b) if intl else "%s %s %s" % (p, a, b)
    if region == "IN":
        a = rng.choice(["98", "97", "99", "94", "88", "70"]) + d(3)
        b = d(5)
        return "+91 %s %s" % (a, b) if intl else rng.choice(["%s %s" % (a, b), "%s%s" % (a, b)])
    if region == "ZA":
        p = rng.choice(["082", "083", "072", "071", "060", "084"])
        a, b = d(3), d(4)
        return "+27 %s %s %s" % (p[1:], a, b) if intl else "%s %s %s" % (p, a, b)
    raise ValueError(region)


def phone_landline(rng, region, place):
    d = rng.digits
    ac = place[4]
    if region in ("US", "CA"):
        return "(%s) 555-01%s" % (ac, d(2))
    if region == "UK":
        if ac in ("0113", "0117", "0118", "0141", "0114"):
            return "%s 496 0%s" % (ac, d(3))
        return "01632 960%s" % d(3)
    if region == "AU":
        return "(%s) 5550 %s" % (ac, d(4))
    if region == "IE":
        return "(%s) %s %s" % (ac, d(3), d(4))
    if region == "NZ":
        return "(%s) %s %s" % (ac, d(3), d(4))
    if region == "IN":
        return "%s-%s%s" % (ac, "2" + d(3), d(4))
    if region == "ZA":
        return "%s %s %s" % (ac, d(3), d(4))
    raise ValueError(region)


def postcode(rng, region, place):
    d = rng.digits
    p = place[3]
    if region == "US":
        return p + d(2)
    if region == "UK":
        return "%s %s%s%s" % (p, d(1), rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
    if region == "IE":
        chars = "ACDEFHKNPRTVWXY0123456789"
        return "%s %s%s" % (p, rng.choice("ACDEFHKNPRTVWXY"), "".join(rng.choice(chars) for _ in range(3)))
    if region == "CA":
        L = "ABCEGHJKLMNPRSTVWXYZ"
        return "%s %s%s%s" % (p, d(1), rng.choice(L), d(1))
    return p


def school_name(rng, region, age):
    X = rng.choice(SCHOOL_X[region])
    saint = rng.choice(SAINTS)
    sec = age >= 12
    if region == "US":
        if sec:
            full = rng.choice(["%s Middle School" % X, "%s Junior High" % X])
        else:
            full = rng.choice(["%s Elementary School" % X, "%s Elementary" % X])
        short = X
    elif region == "UK":
        if sec:
            full = rng.choice(["%s Academy" % X, "%s High School" % X, "%s School" % X])
        else:
            full = rng.choice(["%s Primary School" % X, "St %s's C of E Primary School" % saint,
                               "%s Junior School" % X])
        short = full.replace(" Primary School", "").replace(" C of E", "").replace(" Junior School", "")
    elif region == "IE":
        if sec:
            full = rng.choice(["Coláiste %s" % X, "%s Community College" % rng.choice(["Athlone", "Ardscoil",
                                                                                    "Tallaght"]),
                               "St %s's Secondary School" % saint])
        else:
            full = rng.choice(["Scoil %s N.S." % X, "St %s's National School" % saint,
                               "Gaelscoil %s" % rng.choice(["na Fuinseoige", "an Chaisleáin", "Eoin"])])
        short = full.replace(" National School", " NS").replace(" N.S.", "")
    elif region == "CA":
        if sec:
            full = rng.choice(["%s Middle School" % X, "%s Secondary School" % X])
        else:
            full = rng.choice(["%s Public School" % X, "École %s" % X, "St. %s Catholic School" % saint,
                               "%s Elementary" % X])
        short = X
    elif region == "AU":
        if sec:
            full = rng.choice(["%s Secondary College" % X, "%s State High School" % X, "St %s's College" % saint])
        else:
            full = rng.choice(["%s Primary School" % X, "%s State School" % X, "St %s's Primary" % saint,
                               "%s Public School" % X])
        short = X + (" PS" if "Primary" in full else "")
    elif region == "NZ":
        if sec:
            full = rng.choice(["%s College" % X, "%s Intermediate" % X])
        else:
            full = rng.choice(["%s School" % X, "%s Primary School" % X, "Te Kura o %s" % X])
        short = X
    elif region == "IN":
        full = rng.choice(["%s Public School" % X, "%s Vidyalaya" % X, "St. %s's High School" % saint,
                           "%s International School" % X, "%s Convent School" % X])
        short = full.replace(" Public School", " PS").replace(" International School", " Intl")
    else:
        if sec:
            full = rng.choice(["Hoërskool %s" % X, "%s High School" % X, "%s College" % X])
        else:
            full = rng.choice(["%s Primary School" % X, "Laerskool %s" % X, "%s Primêr" % X])
        short = X
    return full, short


def year_level(rng, region, age):
    """School year/grade text, by region."""
    if region in ("US", "CA"):
        g = max(1, age - 5)
        return rng.choice(["Grade %d" % g, "%s grade" % ordinal(g), "%s Grade" % ordinal(g)])
    if region == "UK":
        y = max(1, age - 4)
        return rng.choice(["Year %d" % y, "Year %d" % y, "Y%d" % y])
    if region == "IE":
        c = age - 5
        if c <= 0:
            return "Senior Infants"
        if c <= 6:
            return rng.choice(["%s Class" % ordinal(c), "%s class" % ordinal(c)])
        return "%s Year" % ordinal(c - 6)
    if region == "AU":
        return "Year %d" % max(1, age - 5)
    if region == "NZ":
        return rng.choice(["Year %d" % max(1, age - 4), "Yr %d" % max(1, age - 4)])
    if region == "IN":
        c = max(1, age - 5)
        return rng.choice(["Class %d" % c, "Std %s" % roman(c), "Grade %d" % c, "Class %s" % roman(c)])
    if region == "ZA":
        return "Grade %d" % max(1, age - 6)
    raise ValueError(region)


def class_code(rng, region, age):
    """Class/form codes like 6B, 4K, 8C (count as AGE: they carry the year)."""
    if region in ("US", "CA", "ZA"):
        g = age - 5 if region != "ZA" else age - 6
        return "%d%s" % (max(1, g), rng.choice("ABCDKLMRW"))
    if region in ("UK", "NZ"):
        return "%d%s" % (max(1, age - 4), rng.choice("ABCHKLMPRSW"))
    if region == "IE":
        return "%s Class" % ordinal(max(1, age - 5))
    if region == "IN":
        return "%s-%s" % (roman(max(1, age - 5)), rng.choice("ABCDE"))
    return "%d%s" % (max(1, age - 5), rng.choice("ABCDLM"))


def fmt_date(rng, region, y, m, d, style=None):
    style = style or rng.choice(["num", "long", "short"])
    if region == "US":
        if style == "num":
            return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y)])
        if style == "long":
            return "%s %d, %d" % (MONTHS[m - 1], d, y)
        return "%s %d, %d" % (MONTHS[m - 1][:3], d, y)
    if region == "CA":
        if style == "num":
            return rng.choice(["%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y)])
        if style == "long":
            return "%s %d, %d" % (MONTHS[m - 1], d, y)
        return "%d %s %d" % (d, MONTHS[m - 1][:3], y)
    if region == "ZA":
        if style == "num":
            return rng.choice(["%d/%02d/%02d" % (y, m, d), "%d-%02d-%02d" % (y, m, d)])
        if style == "long":
            return "%d %s %d" % (d, MONTHS[m - 1], y)
        return "%02d %s %d" % (d, MONTHS[m - 1][:3], y)
    if region == "IN":
        if style == "num":
            return rng.choice(["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)])
        if style == "long":
            return "%d %s %d" % (d, MONTHS[m - 1], y)
        return "%02d-%s-%d" % (d, MONTHS[m - 1][:3], y)
    # UK IE AU NZ
    if style == "num":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)])
    if style == "long":
        return rng.choice(["%d %s %d" % (d, MONTHS[m - 1], y), "%s %s %d" % (ordinal(d), MONTHS[m - 1], y)])
    return "%d %s %d" % (d, MONTHS[m - 1][:3], y)


def fmt_day_month(rng, region, m, d):
    if region in ("US", "CA"):
        return rng.choice(["%s %d" % (MONTHS[m - 1], d), "%s %s" % (MONTHS[m - 1], ordinal(d))])
    return rng.choice(["%d %s" % (d, MONTHS[m - 1]), "%s %s" % (ordinal(d), MONTHS[m - 1])])


class Person:
    pass


def make_address(rng, region, place):
    sub, town, state, _, _ = place
    pc = postcode(rng, region, place)
    num = rng.randint(2, 148)
    street = rng.choice(STREETS[region])
    st = abbreviate(street, rng)
    unit = ""
    if region == "IN":
        flat = "Flat %d%s" % (rng.randint(1, 12), rng.choice("ABCD")) if rng.chance(0.6) else "No. %d" % num
        bld = rng.choice(IN_BUILDINGS)
        line1 = "%s, %s" % (flat, bld)
        line2 = "%s, %s" % (st, sub)
        line3 = "%s %s" % (town, pc)
        lines = [line1, line2, line3]
        oneline = "%s, %s, %s, %s - %s" % (flat, bld, st, sub, pc)
        street_line = line1
    else:
        if region in ("US", "CA") and rng.chance(0.2):
            unit = rng.choice(["Apt %d%s" % (rng.randint(1, 9), rng.choice("ABCD")), "Unit %d" % rng.randint(2, 30)])
        if region in ("AU", "NZ") and rng.chance(0.15):
            street_line = "%d/%d %s" % (rng.randint(1, 8), num, st)
        else:
            street_line = "%d %s" % (num, st)
        if unit:
            street_line = street_line + ", " + unit
        if region == "US":
            lines = [street_line, "%s, %s %s" % (town, state, pc)]
            oneline = "%s, %s, %s %s" % (street_line, town, state, pc)
        elif region == "CA":
            lines = [street_line, "%s %s  %s" % (town, state, pc)]
            oneline = "%s, %s, %s %s" % (street_line, town, state, pc)
        elif region == "UK":
            lines = [street_line] + ([sub] if sub else []) + [town, pc]
            oneline = "%s, %s, %s" % (street_line, town, pc)
        elif region == "IE":
            lines = [street_line] + ([sub] if sub else []) + [town] + ([state] if state else []) + [pc]
            oneline = "%s, %s, %s" % (street_line, sub or town, pc if not sub else town)
        elif region == "AU":
            lines = [street_line, "%s %s %s" % ((sub or town).upper() if rng.chance(0.4) else (sub or town),
                                                state, pc)]
            oneline = "%s, %s %s %s" % (street_line, sub or town, state, pc)
        elif region == "NZ":
            lines = [street_line] + ([sub] if sub else []) + ["%s %s" % (town, pc)]
            oneline = "%s, %s, %s %s" % (street_line, sub or town, town, pc) if sub else \
                "%s, %s %s" % (street_line, town, pc)
        else:  # ZA
            lines = [street_line] + ([sub] if sub else []) + [town, pc]
            oneline = "%s, %s, %s, %s" % (street_line, sub, town, pc) if sub else \
                "%s, %s, %s" % (street_line, town, pc)
    return {"lines": lines, "oneline": oneline, "street": street_line, "postcode": pc,
            "town": town, "suburb": sub, "street_name": st}


def email_for(rng, first, last, yob):
    f, l = slug(first), slug(last)
    user = rng.choice(["%s.%s" % (f, l), "%s%s%d" % (f, l[:1], yob % 100), "%s_%s" % (f, l),
                       "%s.%s%d" % (f, l, rng.randint(1, 99)), "%s%s" % (f[:1], l), "%s%d" % (f, yob)])
    dom = rng.choice(["gmail.com", "gmail.com", "outlook.com", "icloud.com", "hotmail.com", "yahoo.com",
                      "proton.me"])
    return "%s@%s" % (user, dom)


HANDLE_WORDS = ["fox", "pixel", "ninja", "shadow", "star", "blaze", "frost", "bunny", "dragon", "gamer",
                "panda", "wolf", "sky", "rainbow", "storm", "cookie", "moon", "tiger", "slime", "kitty",
                "creeper", "turbo", "ghost", "boba", "unicorn", "comet"]


def handle_for(rng, first, last, yob, style=None):
    f, l = slug(first), slug(last)
    w = rng.choice(HANDLE_WORDS)
    style = style if style is not None else rng.randint(0, 9)
    yy = "%02d" % (yob % 100)
    opts = [
        "%s.%s_%s" % (f, l[:1], yy),
        "%s_%s%s" % (w, f, rng.randint(1, 99)),
        "xX_%s%s_Xx" % (w.capitalize(), f.capitalize()),
        "%s%s%s" % (w.capitalize(), f.capitalize(), rng.randint(7, 999)),
        "lil.%s" % f,
        "%s_draws%s" % (f, yy),
        "%s.%s.%s" % (f, w, yy),
        "itz_%s_%s" % (f, w),
        "%s%s_%s" % (f, l, yy),
        "%s%s%s" % (w.capitalize(), rng.choice(["King", "Queen", "Gamer", "Boss", "Pro"]), rng.randint(10, 9999)),
    ]
    return opts[style % len(opts)]


def org_names(rng, region, p):
    town = p.place[1]
    sub = p.place[0] or town
    X = rng.choice(SCHOOL_X[region])
    age_grp = "U%d" % (p.age + 1 if p.age % 2 else p.age)
    sport = {
        "US": ["%s Youth Soccer League" % town, "%s Little League" % X, "%s Swim Team" % X,
               "Cub Scout Pack %d" % rng.randint(100, 499), "%s Stingrays Swim Club" % town],
        "UK": ["%s Juniors FC" % sub, "1st %s Brownies" % sub, "%s Swimming Club" % town,
               "%s Cubs" % sub, "%s Netball Club" % sub],
        "IE": ["%s GAA Club" % town, "Naomh %s CLG" % rng.choice(["Pádraig", "Bríd", "Mhuire"]),
               "%s Scouts" % town, "%s Swimming Club" % town, "%s Camogie" % sub],
        "CA": ["%s Minor Hockey" % town, "%s Figure Skating Club" % X, "%s Soccer Club" % town,
               "%s Cubs" % sub, "%s Ringette" % town],
        "AU": ["%s Junior Football Club" % sub, "%s Nippers" % town, "%s Netball Club" % X,
               "%s Little Athletics" % sub, "%s Cricket Club" % sub],
        "NZ": ["%s Rugby Club" % sub, "%s Kapa Haka" % X, "%s Netball Club" % town,
               "%s Swim Club" % sub, "%s Football Club" % sub],
        "IN": ["%s Cricket Academy" % X, "%s Bharatanatyam Academy" % rng.choice(["Nritya", "Natya", "Kala"]),
               "%s Chess Club" % sub, "%s Bal Vihar" % sub, "%s Skating Club" % town],
        "ZA": ["%s Cricket Club" % X, "%s Swimming Club" % town, "%s Scouts" % sub,
               "%s Netball Club" % sub, "%s Hockey Club" % X],
    }[region]
    worship = {
        "US": ["%s Baptist Church" % X, "St. %s Parish" % rng.choice(SAINTS), "%s Masjid" % town],
        "UK": ["St %s's Church" % rng.choice(SAINTS), "%s Gurdwara" % town, "%s Masjid" % sub],
        "IE": ["St %s's Parish" % rng.choice(SAINTS), "%s Parish" % town],
        "CA": ["St. %s Parish" % rng.choice(SAINTS), "%s Gurdwara" % town, "%s Mosque" % town],
        "AU": ["St %s's Parish" % rng.choice(SAINTS), "%s Uniting Church" % sub],
        "NZ": ["%s Marae" % X, "St %s's Church" % rng.choice(SAINTS)],
        "IN": ["Sri %s Temple" % rng.choice(["Ganesha", "Murugan", "Krishna"]), "%s Gurudwara" % sub,
               "St. %s's Church" % rng.choice(SAINTS)],
        "ZA": ["%s Methodist Church" % sub, "%s Mosque" % sub, "NG Kerk %s" % sub],
    }[region]
    work = ["%s Dental" % X, "%s Medical Centre" % sub, "%s Hospital" % town, "%s & Co. Accountants" % p.last,
            "%s Veterinary Clinic" % X, "%s Motors" % town, "%s Pharmacy" % sub]
    return sport, worship, work, age_grp


URL_SITES = ["youtube.com/@%s", "tiktok.com/@%s", "twitch.tv/%s", "instagram.com/%s", "linktr.ee/%s",
             "scratch.mit.edu/users/%s", "%s.github.io", "sites.google.com/view/%s",
             "roblox.com/users/%s/profile", "soundcloud.com/%s", "pinterest.com/%s"]


def url_for(rng, handle):
    site = rng.choice(URL_SITES)
    h = handle.replace(".", "_") if ("github" in site or "users/%s/profile" in site) else handle
    if "roblox" in site:
        h = str(rng.randint(100000000, 4999999999))
    if "github" in site:
        h = h.lower().replace("_", "-")
    u = site % h
    if rng.chance(0.35):
        u = "https://" + ("www." if rng.chance(0.3) and not u.startswith(("linktr", "scratch", "sites")) else "") + u
    return u


def make_person(rng, region=None, age=None):
    p = Person()
    p.region = region or rng.choice(REGIONS)
    p.first, p.last, p.culture = name(rng, p.region)
    p.full = "%s %s" % (p.first, p.last)
    p.age = age if age is not None else rng.randint(7, 14)
    p.yob = CURRENT_YEAR - p.age - (1 if rng.chance(0.4) else 0)
    p.dob = (p.yob, rng.randint(1, 12), rng.randint(1, 28))
    p.place = rng.choice(PLACES[p.region])
    p.town = p.place[1]
    p.suburb = p.place[0]
    p.loc = p.suburb or p.town
    p.addr = make_address(rng, p.region, p.place)
    p.school, p.school_short = school_name(rng, p.region, p.age)
    p.year = year_level(rng, p.region, p.age)
    p.klass = class_code(rng, p.region, p.age)
    p.mobile = phone_mobile(rng, p.region)
    p.mobile_intl = phone_mobile(rng, p.region, intl=True)
    pf, _, _ = name(rng, p.region, p.culture)
    p.parent_first = pf
    p.parent_last = p.last if rng.chance(0.8) else name(rng, p.region)[1]
    p.parent = "%s %s" % (p.parent_first, p.parent_last)
    p.parent_mobile = phone_mobile(rng, p.region)
    p.parent2_first = name(rng, p.region, p.culture)[0]
    p.landline = phone_landline(rng, p.region, p.place)
    p.email = email_for(rng, p.first, p.last, p.yob)
    p.parent_email = email_for(rng, p.parent_first, p.parent_last, p.yob - 30)
    p.handles = []
    for i in range(4):
        h = handle_for(rng, p.first, p.last, p.yob)
        if h not in p.handles:
            p.handles.append(h)
    p.handle = p.handles[0]
    p.url = url_for(rng, p.handle)
    sport, worship, work, agegrp = org_names(rng, p.region, p)
    p.club = rng.choice(sport)
    p.worship = rng.choice(worship)
    p.work = rng.choice(work)
    p.agegrp = agegrp
    p.sibling = name(rng, p.region, p.culture)[0]
    p.friends = []
    for i in range(8):
        f, l, _ = name(rng, p.region)
        p.friends.append((f, l))
    p.teacher_title = rng.choice(["Mrs", "Mr", "Ms", "Miss", "Mx"] if p.region not in ("IN",)
                                 else ["Mrs.", "Mr.", "Ms."])
    p.teacher_last = name(rng, p.region)[1]
    p.teacher = "%s %s" % (p.teacher_title, p.teacher_last)
    p.pet = rng.choice(PETS)
    return p


def dob_text(rng, p, style=None):
    y, m, d = p.dob
    return fmt_date(rng, p.region, y, m, d, style)


def school_domain(p):
    return slug(p.school_short)[:14] + {"US": ".k12.us", "UK": ".sch.uk", "IE": ".ie", "CA": ".ca",
                                        "AU": ".edu.au", "NZ": ".school.nz", "IN": ".edu.in",
                                        "ZA": ".co.za"}[p.region]
