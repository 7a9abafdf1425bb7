"""Invented people, places and numbers for eight regions (US, UK, IE, CA, AU, NZ, IN, ZA).
Every private name, address, phone number, handle and e-mail is generated from the
lists below; none belongs to a real person."""

REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]

FIRST = {
    "common": ["Olivia", "Liam", "Ava", "Noah", "Mia", "Ethan", "Chloe", "Lucas", "Grace", "Leo", "Ruby", "Max",
               "Isla", "Oscar", "Zoe", "Jack", "Ella", "Finn", "Harper", "Theo", "Lily", "Archie", "Hazel", "Eli"],
    "irish": ["Aoife", "Cian", "Saoirse", "Niamh", "Oisin", "Ciara", "Darragh", "Sinead", "Padraig", "Roisin",
              "Eoin", "Caoimhe", "Ruairi", "Orla", "Fionn", "Clodagh"],
    "indian": ["Aarav", "Ananya", "Vihaan", "Diya", "Ishaan", "Saanvi", "Arjun", "Priya", "Kabir", "Meera",
               "Rohan", "Aditi", "Harpreet", "Gurleen", "Karthik", "Lakshmi", "Nikhil", "Tanvi", "Advait", "Riya"],
    "african": ["Thabo", "Lerato", "Sipho", "Nomvula", "Kagiso", "Zanele", "Lwazi", "Naledi", "Ayanda", "Themba",
                "Chidi", "Adaeze", "Tobi", "Folake", "Emeka", "Ngozi", "Kwame", "Abena", "Wanjiru", "Otieno"],
    "afrikaans": ["Ruan", "Annika", "Pieter", "Liezl", "Marnus", "Elmarie", "Jaco", "Carla"],
    "maori_pacific": ["Aroha", "Nikau", "Mereana", "Tane", "Anahera", "Wiremu", "Sione", "Losa", "Mele",
                      "Tavita", "Kahu", "Manaia", "Ihaia", "Moana"],
    "east_asian": ["Wei", "Mei", "Jun", "Xinyi", "Hao", "Lin", "Ji-woo", "Min-jun", "Seo-yeon", "Haruto", "Yui",
                   "Kenta", "Linh", "Minh", "Thao", "Bao"],
    "arabic": ["Omar", "Layla", "Yusuf", "Amira", "Zain", "Noor", "Hamza", "Mariam", "Idris", "Salma"],
    "hispanic": ["Mateo", "Sofia", "Valentina", "Diego", "Camila", "Santiago", "Lucia", "Joaquin", "Elena",
                 "Rafael"],
    "european": ["Zofia", "Kacper", "Maja", "Eleni", "Nikos", "Emre", "Elif", "Noa", "Eitan", "Lars", "Ingrid",
                 "Matteo", "Giulia", "Anouk", "Milan"],
    "french_ca": ["Elodie", "Mathis", "Gabrielle", "Antoine", "Chloe", "Felix", "Juliette", "Etienne"],
    "somali_persian": ["Hodan", "Abdi", "Darius", "Shirin", "Faisal", "Ayaan"],
    "filipino": ["Andrea", "Miguel", "Jasmine", "Paolo", "Bea", "Carlo"],
    "sa_indian": ["Kiara", "Reshma", "Dhiren", "Kavitha", "Pravin", "Shanice", "Yuvan", "Nikita"],
}
LAST = {
    "common": ["Smith", "Thompson", "Walker", "Evans", "Hughes", "Jones", "Williams", "Brown", "Wilson", "Taylor",
               "Anderson", "Campbell", "MacDonald", "Bennett", "Fletcher", "Harrison", "Morgan", "Carter", "Reid",
               "Ellis", "Hartley", "Sutherland", "Blake", "Pearson"],
    "irish": ["Murphy", "O'Sullivan", "Kelly", "Byrne", "Walsh", "O'Connor", "Fitzgerald", "Doyle", "Brennan",
              "McCarthy", "Gallagher", "Nolan", "Quinn", "Lynch", "Kavanagh", "Moloney"],
    "indian": ["Patel", "Sharma", "Iyer", "Nair", "Reddy", "Gill", "Sandhu", "Singh", "Kaur", "Menon", "Rao",
               "Joshi", "Desai", "Banerjee", "Krishnan", "Chopra", "Mehta", "Kulkarni"],
    "african": ["Dlamini", "Nkosi", "Khumalo", "Mokoena", "Mahlangu", "Zulu", "Ndlovu", "Mthembu", "Okafor",
                "Adeyemi", "Mensah", "Mwangi", "Otieno", "Boateng", "Nwosu", "Sithole", "Molefe", "Chukwu"],
    "afrikaans": ["van der Merwe", "Botha", "Pretorius", "Venter", "du Plessis", "Steyn", "Joubert", "Coetzee"],
    "sa_indian": ["Naidoo", "Pillay", "Chetty", "Govender", "Moodley", "Reddy"],
    "maori_pacific": ["Ngata", "Te Rangi", "Parata", "Fifita", "Tuilagi", "Tapsell", "Walker", "Herewini",
                      "Tamihana", "Faleolo", "Tupou", "Waititi"],
    "east_asian": ["Nguyen", "Tran", "Chen", "Wang", "Li", "Kim", "Park", "Tanaka", "Sato", "Zhang", "Liu",
                   "Pham", "Lee", "Choi", "Yamamoto", "Huang"],
    "arabic": ["Haddad", "Rahman", "Hussain", "Khan", "Al-Sayed", "Mansour", "Karim", "Aziz", "Farouk"],
    "hispanic": ["Garcia", "Rodriguez", "Silva", "Santos", "Reyes", "Morales", "Ortega", "Herrera", "Castillo"],
    "european": ["Kowalski", "Nowak", "Papadopoulos", "Yilmaz", "Cohen", "Levi", "Rossi", "Bianchi", "Jansen",
                 "Lindqvist", "Novak", "Petrov", "de Vries"],
    "french_ca": ["Tremblay", "Gagnon", "Roy", "Bouchard", "Gauthier", "Lavoie", "Pelletier", "Bergeron"],
    "somali_persian": ["Abdi", "Farah", "Warsame", "Tehrani", "Ahmadi", "Hashemi"],
    "filipino": ["dela Cruz", "Bautista", "Mendoza", "Villanueva", "Ramos", "Aquino"],
}
REGION_MIX = {
    "US": ["common", "common", "hispanic", "east_asian", "african", "indian", "european", "arabic", "filipino"],
    "UK": ["common", "common", "indian", "african", "european", "arabic", "irish", "east_asian", "somali_persian"],
    "IE": ["irish", "irish", "irish", "common", "european", "african", "indian", "filipino"],
    "CA": ["common", "french_ca", "french_ca", "east_asian", "indian", "filipino", "somali_persian", "european"],
    "AU": ["common", "common", "east_asian", "indian", "european", "arabic", "maori_pacific", "irish"],
    "NZ": ["maori_pacific", "maori_pacific", "common", "common", "east_asian", "indian", "filipino", "european"],
    "IN": ["indian", "indian", "indian", "indian", "indian"],
    "ZA": ["african", "african", "afrikaans", "sa_indian", "common", "african", "european"],
}

PLACES = {
    # suburb, city, area/state, postcode prefix or code
    "US": [("Maple Grove", "MN", "553"), ("Fairview", "OR", "970"), ("Riverside", "CA", "925"),
           ("Franklin", "TN", "370"), ("Oak Park", "IL", "603"), ("Cedar Rapids", "IA", "524"),
           ("Ashland", "OR", "975"), ("Salem", "MA", "019"), ("Greenville", "SC", "296"),
           ("Bozeman", "MT", "597"), ("Round Rock", "TX", "786"), ("Decatur", "GA", "300"),
           ("Boulder", "CO", "803"), ("Olympia", "WA", "985")],
    "UK": [("Didsbury", "Manchester", "M20"), ("Headingley", "Leeds", "LS6"), ("Clifton", "Bristol", "BS8"),
           ("Jesmond", "Newcastle upon Tyne", "NE2"), ("Kings Heath", "Birmingham", "B14"),
           ("Roath", "Cardiff", "CF24"), ("Morningside", "Edinburgh", "EH10"), ("Woodley", "Reading", "RG5"),
           ("Portswood", "Southampton", "SO17"), ("Hove", "Brighton", "BN3"), ("Walton", "Liverpool", "L4"),
           ("Hyde Park", "Leeds", "LS6")],
    "IE": [("Ballincollig", "Co. Cork", "P31"), ("Salthill", "Galway", "H91"), ("Lucan", "Co. Dublin", "K78"),
           ("Rathfarnham", "Dublin 14", "D14"), ("Castletroy", "Limerick", "V94"), ("Ennis", "Co. Clare", "V95"),
           ("Tramore", "Co. Waterford", "X91"), ("Navan", "Co. Meath", "C15"), ("Swords", "Co. Dublin", "K67"),
           ("Douglas", "Cork", "T12")],
    "CA": [("Scarborough", "Toronto, ON", "M1K"), ("Kitsilano", "Vancouver, BC", "V6K"),
           ("Orleans", "Ottawa, ON", "K1C"), ("Dartmouth", "Halifax, NS", "B2W"), ("Beltline", "Calgary, AB", "T2R"),
           ("Laval", "Laval, QC", "H7N"), ("Saanich", "Victoria, BC", "V8X"), ("Riverdale", "Toronto, ON", "M4K"),
           ("Kanata", "Ottawa, ON", "K2K"), ("St. Vital", "Winnipeg, MB", "R2M")],
    "AU": [("Coorparoo", "QLD", "4151"), ("Marrickville", "NSW", "2204"), ("Brunswick", "VIC", "3056"),
           ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
           ("Belconnen", "ACT", "2617"), ("Parap", "NT", "0820"), ("Toowong", "QLD", "4066"),
           ("Penrith", "NSW", "2750")],
    "NZ": [("Te Atatu South", "Auckland", "0610"), ("Karori", "Wellington", "6012"),
           ("Riccarton", "Christchurch", "8011"), ("Hillcrest", "Hamilton", "3216"),
           ("Mt Maunganui", "Tauranga", "3116"), ("Roslyn", "Dunedin", "9010"), ("Taradale", "Napier", "4112"),
           ("Ponsonby", "Auckland", "1011"), ("Papanui", "Christchurch", "8053"), ("Tawa", "Wellington", "5028")],
    "IN": [("Indiranagar", "Bengaluru", "Karnataka", "560038"), ("Andheri West", "Mumbai", "Maharashtra", "400053"),
           ("Salt Lake", "Kolkata", "West Bengal", "700091"), ("Adyar", "Chennai", "Tamil Nadu", "600020"),
           ("Kothrud", "Pune", "Maharashtra", "411038"), ("Banjara Hills", "Hyderabad", "Telangana", "500034"),
           ("Sector 15", "Chandigarh", "Chandigarh", "160015"), ("Vasant Kunj", "New Delhi", "Delhi", "110070"),
           ("Koramangala", "Bengaluru", "Karnataka", "560034"), ("Aundh", "Pune", "Maharashtra", "411007")],
    "ZA": [("Rondebosch", "Cape Town", "7700"), ("Sandton", "Johannesburg", "2196"), ("Umhlanga", "Durban", "4319"),
           ("Hatfield", "Pretoria", "0083"), ("Summerstrand", "Gqeberha", "6001"), ("Soweto", "Johannesburg", "1804"),
           ("Westdene", "Bloemfontein", "9301"), ("Stellenbosch Central", "Stellenbosch", "7600"),
           ("Durbanville", "Cape Town", "7550"), ("Morningside", "Durban", "4001")],
}
STREET_ROOTS = {
    "common": ["Willow", "Maple", "Birch", "Hawthorn", "Rowan", "Cedar", "Elm", "Larch", "Heather", "Clover",
               "Lark", "Wren", "Harbour", "Mill", "Station", "Church", "Orchard", "Meadow", "Brook", "Ridge",
               "Hillcrest", "Seaview", "Riverbank", "Sycamore", "Juniper", "Foxglove", "Kestrel", "Primrose"],
    "NZ": ["Kowhai", "Rata", "Totara", "Tui", "Pohutukawa", "Karaka", "Kauri", "Matai", "Rimu", "Puriri"],
    "AU": ["Banksia", "Wattle", "Jacaranda", "Grevillea", "Waratah", "Bottlebrush", "Kookaburra", "Boronia"],
    "ZA": ["Protea", "Acacia", "Jacaranda", "Msasa", "Marula", "Fynbos", "Disa", "Strelitzia"],
    "IN": ["Gulmohar", "Ashoka", "Neem", "Tulsi", "Lotus", "Banyan", "Champa", "Mogra"],
    "IE": ["Church", "Abbey", "Castle", "Glen", "Ard", "Shannon", "Hazel", "Oak"],
}
SUFFIX = {
    "US": ["St", "Street", "Ave", "Avenue", "Dr", "Drive", "Lane", "Ct", "Road", "Way", "Blvd", "Place"],
    "UK": ["Road", "Street", "Close", "Avenue", "Lane", "Crescent", "Gardens", "Way", "Grove", "Drive"],
    "IE": ["Road", "Park", "Avenue", "Lawn", "Grove", "Close", "View", "Heights", "Drive"],
    "CA": ["Street", "Avenue", "Road", "Drive", "Crescent", "Court", "Boulevard", "Way"],
    "AU": ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Close", "Court", "Parade", "Crescent"],
    "NZ": ["Street", "Road", "Avenue", "Place", "Crescent", "Terrace", "Lane", "Drive"],
    "IN": ["Road", "Marg", "Main Road", "Cross"],
    "ZA": ["Street", "Road", "Avenue", "Crescent", "Drive", "Close", "Lane"],
}
PARK_WORDS = ["Park", "Reserve", "Recreation Ground", "Playground", "Skate Park", "Green", "Domain", "Oval"]

SAINTS = ["Brigid", "Patrick", "Mary", "Joseph", "Anne", "Columba", "Kevin", "Teresa", "Francis", "Clare",
          "Michael", "Andrew", "Thomas", "Agnes", "Aidan", "Bernadette"]
SCHOOL_PLACES = ["Willow Creek", "Maple Grove", "Cedar Hills", "Lakeview", "Pine Ridge", "Oak Hollow", "Ashford Green",
                 "Hollybrook", "Kingsmead", "Westfield", "Brookside", "Fernhill", "Riverside", "Hillview",
                 "Greenacres", "Seabrook", "Northcote", "Elmwood", "Larkspur", "Bayview", "Stonebridge", "Redwood",
                 "Millbrook", "Clearwater"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


ROMAN = ["0", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

HANDLE_ADJ = ["shadow", "pixel", "turbo", "frosty", "lucky", "crazy", "sneaky", "epic", "cosmic", "ninja", "silent",
              "golden", "rapid", "happy", "fluffy", "dark", "neon", "mega", "super", "tiny", "wild", "storm", "icy",
              "blaze", "lunar", "sparkly", "salty", "toxic", "lazy", "sassy"]
HANDLE_NOUN = ["wolf", "fox", "gamer", "panda", "dragon", "kitty", "tiger", "bunny", "shark", "knight", "sniper",
               "unicorn", "boss", "ghost", "rider", "cookie", "noodle", "bear", "falcon", "llama", "potato", "star",
               "queen", "king", "creeper", "axolotl", "muffin", "otter", "comet", "pickle"]

CLUB_SPORTS = ["Football Club", "FC", "Netball Club", "Swim Club", "Rugby Club", "Cricket Club", "Basketball",
               "Hockey Club", "Athletics Club", "Gymnastics", "Soccer Club", "Little Athletics", "Judo Club",
               "Dance Academy", "Tennis Club", "GAA Club", "Chess Club", "Coding Club"]
TEAM_NICK = ["Rovers", "Rangers", "Lions", "Sharks", "Comets", "Hornets", "Falcons", "Wanderers", "Stars",
             "Dolphins", "Tigers", "Eagles", "United", "Athletic", "Thunder", "Jets"]
WORKPLACES = ["{s} & Sons Plumbing", "{s} Family Dental", "{s} Auto Repairs", "{s} Electrical Ltd",
              "{s} Accountants", "{s} Physio", "{s} Bakery", "{s} Landscaping", "{s} Vet Clinic", "{s} Builders"]
WORSHIP = ["St {saint}'s Parish", "{place} Mosque", "{place} Gurdwara", "{place} Baptist Church",
           "{place} Synagogue", "{place} Hindu Temple", "{place} Community Church", "St {saint}'s Church"]
YOUTH = ["{n} {place} Scouts", "{n} {place} Guides", "{place} Cubs", "{place} Brownies", "{place} Youth Orchestra",
         "{place} Young Farmers", "{place} Girls' Brigade", "{place} Sea Scouts"]

PROVIDERS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"]
REGION_PROVIDERS = {"UK": ["btinternet.com", "yahoo.co.uk"], "IE": ["eircom.net"], "AU": ["bigpond.com"],
                    "NZ": ["xtra.co.nz"], "IN": ["rediffmail.com", "yahoo.co.in"], "ZA": ["webmail.co.za"],
                    "CA": ["rogers.com"], "US": ["aol.com"]}


def _ascii(s):
    return s.replace("'", "").replace(" ", "").replace("-", "")


def gen_name(rng, region, cultures=None):
    mix = cultures or REGION_MIX[region]
    c = rng.pick(mix)
    first = rng.pick(FIRST[c])
    lc = c
    if c == "afrikaans" or c == "african":
        lc = rng.pick([c, c, "sa_indian"]) if region == "ZA" else c
    if region == "IN":
        lc = "indian"
    last = rng.pick(LAST.get(lc, LAST["common"]))
    if rng.chance(0.12):
        last = rng.pick(LAST[rng.pick(mix)])
    return first, last


def postcode(rng, region, place):
    if region == "US":
        return place[2] + f"{rng.ri(1, 99):02d}"
    if region == "UK":
        return f"{place[2]} {rng.ri(1, 9)}{rng.pick('ABDEFGHJLNPQRSTUWXYZ')}{rng.pick('ABDEFGHJLNPQRSTUWXYZ')}"
    if region == "IE":
        chars = "ACDEFHKNPRTVWXY0123456789"
        return f"{place[2]} " + "".join(rng.pick(chars) for _ in range(4))
    if region == "CA":
        L = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{place[2]} {rng.ri(0, 9)}{rng.pick(L)}{rng.ri(0, 9)}"
    if region in ("AU", "NZ", "ZA"):
        return place[2]
    if region == "IN":
        return place[3]
    return ""


def street_name(rng, region):
    roots = STREET_ROOTS["common"] + STREET_ROOTS.get(region, []) * 2
    return f"{rng.pick(roots)} {rng.pick(SUFFIX[region])}"


def make_address(rng, region):
    """Returns dict with lines (list), one-line string, suburb, city, street, postcode."""
    place = rng.pick(PLACES[region])
    st = street_name(rng, region)
    num = rng.ri(1, 240)
    pc = postcode(rng, region, place)
    if region == "US":
        l1 = f"{num * 7 + rng.ri(0, 6)} {st}"
        lines = [l1]
        if rng.chance(0.25):
            lines.append(f"Apt {rng.ri(1, 5)}{rng.pick('ABCD')}")
        lines.append(f"{place[0]}, {place[1]} {pc}")
        suburb, city = place[0], place[0]
    elif region == "UK":
        l1 = f"{num} {st}"
        lines = [l1, place[0], place[1], pc] if rng.chance(0.5) else [l1, f"{place[0]}, {place[1]}", pc]
        suburb, city = place[0], place[1]
    elif region == "IE":
        l1 = f"{num} {st}" if rng.chance(0.7) else f"{num} {rng.pick(['Ard', 'Cluain', 'Ros', 'Gleann'])} {rng.pick(['Alainn', 'Mor', 'na Greine', 'Glas'])}"
        lines = [l1, place[0], place[1], pc]
        suburb, city = place[0], place[1]
    elif region == "CA":
        l1 = f"{num * 3} {st}"
        city, prov = place[1].split(", ")
        lines = [l1, f"{city}, {prov}  {pc}"] if rng.chance(0.5) else [l1, f"{place[0]}, {prov} {pc}"]
        suburb = place[0]
    elif region == "AU":
        l1 = f"{num} {st}" if rng.chance(0.75) else f"{rng.ri(1, 12)}/{num} {st}"
        lines = [l1, f"{place[0]} {place[1]} {pc}"]
        suburb, city = place[0], place[0]
    elif region == "NZ":
        l1 = f"{num} {st}" if rng.chance(0.8) else f"{rng.ri(1, 9)}/{num} {st}"
        lines = [l1, place[0], f"{place[1]} {pc}"]
        suburb, city = place[0], place[1]
    elif region == "IN":
        apt = rng.pick(["Sai Krupa Apartments", "Green Meadows", "Shanti Niwas", "Lakeview Residency",
                        "Prestige Heights", "Sunrise Enclave", "Gokul Dham Society", "Palm Grove"])
        l1 = f"Flat {rng.ri(1, 9)}0{rng.ri(1, 8)}, {apt}"
        road = f"{ordinal(rng.ri(1, 18))} Main Road" if rng.chance(0.5) else st
        lines = [l1, f"{road}, {place[0]}", f"{place[1]}, {place[2]} {pc if rng.chance(0.6) else pc[:3] + ' ' + pc[3:]}"]
        st = road
        suburb, city = place[0], place[1]
    else:  # ZA
        l1 = f"{num} {st}"
        lines = [l1, place[0], f"{place[1]}", pc] if rng.chance(0.5) else [l1, f"{place[0]}, {place[1]}, {pc}"]
        suburb, city = place[0], place[1]
    one = ", ".join(lines)
    short = lines[0] + ", " + suburb if suburb not in lines[0] else lines[0]
    return {"lines": lines, "one": one, "short": short, "suburb": suburb, "city": city, "street": st,
            "postcode": pc, "l1": lines[0], "num": str(num) if region not in ("US", "CA") else l1.split(" ")[0]}


def _digits(rng, n):
    return "".join(str(rng.ri(0, 9)) for _ in range(n))


def phone(rng, region, kind="mobile"):
    """Returns (display, e164)."""
    if region in ("US", "CA"):
        ac = rng.pick(["503", "541", "612", "615", "708", "319", "617", "864", "406", "512", "404", "303", "360"]
                      if region == "US" else ["416", "604", "613", "902", "403", "450", "250", "204", "647"])
        sub = f"01{rng.ri(0, 9)}{rng.ri(0, 9)}"
        e = f"+1{ac}555{sub}"
        disp = rng.pick([f"({ac}) 555-{sub}", f"{ac}-555-{sub}", f"{ac}.555.{sub}", f"+1 {ac} 555 {sub}"])
        return disp, e
    if region == "UK":
        if kind == "mobile":
            n = f"{rng.ri(0, 999):03d}"
            e = f"+447700900{n}"
            disp = rng.pick([f"07700 900{n}", f"07700 900 {n}", f"+44 7700 900{n}", f"07700900{n}"])
        else:
            ac = rng.pick([("0161", "161"), ("0113", "113"), ("0117", "117"), ("0121", "121"), ("029", "29")])
            n = f"{rng.ri(0, 999):03d}"
            if ac[0] == "029":
                e = f"+442920180{n}"
                disp = f"029 2018 0{n}"
            else:
                e = f"+44{ac[1]}4960{n}"
                disp = f"{ac[0]} 496 0{n}"
        return disp, e
    if region == "IE":
        p = rng.pick(["83", "85", "86", "87", "89"])
        a, b = _digits(rng, 3), _digits(rng, 4)
        e = f"+353{p}{a}{b}"
        disp = rng.pick([f"0{p} {a} {b}", f"+353 {p} {a} {b}", f"0{p}-{a}{b}", f"0{p} {a}{b}"])
        return disp, e
    if region == "AU":
        a, b = _digits(rng, 3), _digits(rng, 3)
        p = rng.pick(["400", "412", "423", "438", "451", "466", "491", "403"])
        e = f"+61{p}{a}{b}"
        disp = rng.pick([f"0{p} {a} {b}", f"+61 {p} {a} {b}", f"0{p}{a}{b}"])
        if kind != "mobile":
            x = _digits(rng, 4)
            e = f"+6125550{x}"
            disp = f"(02) 5550 {x}"
        return disp, e
    if region == "NZ":
        p = rng.pick(["21", "22", "27", "29"])
        a, b = _digits(rng, 3), _digits(rng, 4)
        e = f"+64{p}{a}{b}"
        disp = rng.pick([f"0{p} {a} {b}", f"+64 {p} {a} {b}", f"0{p}-{a}-{b}"])
        return disp, e
    if region == "IN":
        p = rng.pick(["98", "99", "97", "96", "91", "88", "70"])
        a, b = _digits(rng, 3), _digits(rng, 5)
        e = f"+91{p}{a}{b}"
        disp = rng.pick([f"+91 {p}{a} {b}", f"{p}{a} {b}", f"+91-{p}{a}{b}", f"0{p}{a}-{b}"])
        return disp, e
    # ZA
    p = rng.pick(["82", "83", "72", "73", "76", "79", "84", "61"])
    a, b = _digits(rng, 3), _digits(rng, 4)
    e = f"+27{p}{a}{b}"
    disp = rng.pick([f"0{p} {a} {b}", f"+27 {p} {a} {b}", f"0{p}-{a}-{b}"])
    return disp, e


def fmt_date(rng, region, y, m, d, style=None):
    opts = {
        "US": [f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y}", f"{MON3[m - 1]} {d}, {y}"],
        "CA": [f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}"],
        "IN": [f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MON3[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"],
        "ZA": [f"{y}/{m:02d}/{d:02d}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"],
    }.get(region, [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{ordinal(d)} {MONTHS[m - 1]} {y}",
                   f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}"])
    if style is not None:
        return opts[style % len(opts)]
    return rng.pick(opts)


def short_date(rng, region, m, d):
    if region in ("US",):
        return rng.pick([f"{MONTHS[m - 1]} {d}", f"{m}/{d}", f"{MON3[m - 1]} {d}"])
    return rng.pick([f"{d} {MONTHS[m - 1]}", f"{ordinal(d)} {MONTHS[m - 1]}", f"{d}/{m}", f"{ordinal(d)} of {MONTHS[m - 1]}"])


def school_year(rng, region, age, short=False):
    if region in ("US",):
        g = age - 5
        if g <= 0:
            return "Kindergarten"
        return rng.pick([f"Grade {g}", f"{ordinal(g)} Grade", f"{ordinal(g)} grade"]) if not short else f"Gr {g}"
    if region == "CA":
        g = age - 5
        return f"Grade {max(1, g)}" if not short else f"Gr. {max(1, g)}"
    if region == "UK":
        y = age - 4
        return f"Year {y}" if not short else f"Y{y}"
    if region == "IE":
        names = {5: "Senior Infants", 6: "1st Class", 7: "2nd Class", 8: "3rd Class", 9: "4th Class",
                 10: "5th Class", 11: "6th Class", 12: "1st Year", 13: "2nd Year", 14: "3rd Year",
                 15: "Transition Year", 16: "5th Year"}
        return names.get(age, "4th Class")
    if region == "AU":
        y = age - 5
        if y <= 0:
            return "Prep"
        return f"Year {y}" if not short else f"Yr {y}"
    if region == "NZ":
        y = age - 4
        return f"Year {y}" if not short else f"Yr {y}"
    if region == "IN":
        c = max(1, age - 5)
        return rng.pick([f"Class {c}", f"Std {ROMAN[min(c, 12)]}", f"Grade {c}", f"Class {ROMAN[min(c, 12)]}"])
    g = age - 6
    if g <= 0:
        return "Grade R"
    return f"Grade {g}" if not short else f"Gr {g}"


def class_code(rng, region, age):
    if region in ("UK", "IE", "AU", "NZ", "IN", "ZA"):
        y = {"UK": age - 4, "NZ": age - 4, "AU": age - 5, "IN": age - 5, "ZA": age - 6, "IE": age - 6}[region]
        y = max(1, y)
        return f"{y}{rng.pick('ABCDKMR')}"
    g = max(1, age - 5)
    return f"{g}{rng.pick('ABC')}"


def school_name(rng, region):
    p = rng.pick(SCHOOL_PLACES)
    s = rng.pick(SAINTS)
    opts = {
        "US": [f"{p} Elementary School", f"{p} Middle School", f"{p} Elementary", f"{p} Academy",
               f"{p} Intermediate School", f"St. {s} Catholic School"],
        "UK": [f"{p} Primary School", f"St {s}'s C of E Primary School", f"{p} Academy", f"{p} Junior School",
               f"{p} High School", f"St {s}'s RC Primary School", f"{p} Community Primary"],
        "IE": [f"Scoil {s}", f"St {s}'s National School", f"Gaelscoil {rng.pick(['na Cille', 'an Chuain', 'Bhride', 'Mhuire'])}",
               f"{p} Educate Together NS", f"Colaiste {rng.pick(['Mhuire', 'Phadraig', 'Bride'])}", f"{p} Community College"],
        "CA": [f"{p} Public School", f"{p} Elementary School", f"Ecole {rng.pick(['Sainte-Marie', 'des Pins', 'du Bois', 'Champlain'])}",
               f"{p} Junior Public School", f"{p} Secondary School", f"St. {s} Catholic School"],
        "AU": [f"{p} Public School", f"{p} State School", f"{p} Primary School", f"St {s}'s Catholic Primary",
               f"{p} State High School", f"{p} Grammar School"],
        "NZ": [f"{p} School", f"{p} Intermediate", f"{p} Primary School", f"Te Kura o {rng.pick(['Ngati Awa', 'Hoani', 'Tuaroa', 'Waitaha'])}",
               f"{p} College", f"St {s}'s School"],
        "IN": [f"{p} Public School", f"St. {s}'s Convent School", f"{rng.pick(['Saraswati', 'Gyan', 'Vidya', 'Bal Bharati'])} Vidya Mandir",
               f"{p} International School", f"{rng.pick(['Sunrise', 'Little Flower', 'Greenwood', 'Orchid'])} High School"],
        "ZA": [f"{p} Primary School", f"Laerskool {rng.pick(['Eikenhof', 'Bergsig', 'Dennepark', 'Rooihuiskraal'])}",
               f"{p} High School", f"{p} Preparatory School", f"St {s}'s College"],
    }[region]
    return rng.pick(opts)


def school_short(name):
    words = [w for w in name.replace("'s", "").split() if w[0].isupper() and w not in ("School",)]
    return "".join(w[0] for w in words)[:4].upper()


def make_handle(rng, first=None, last=None):
    a, n = rng.pick(HANDLE_ADJ), rng.pick(HANDLE_NOUN)
    yy = rng.pick(["10", "11", "12", "13", "14", "15", "09", "2012", "2013", "2014", "2011", "99", "7", "x"])
    pats = [f"{a}{n.capitalize()}{rng.ri(1, 999)}", f"xX_{a}{n}_Xx", f"{a}_{n}{yy}", f"{n.capitalize()}{a.capitalize()}{rng.ri(10, 99)}",
            f"{a}.{n}.{yy}", f"The{a.capitalize()}{n.capitalize()}"]
    if first:
        fl = _ascii(first).lower()
        ll = _ascii(last or "x").lower()
        pats += [f"{fl}.{ll[0]}_{yy}", f"{fl}_{n}{yy}", f"{first.replace(' ', '')}Plays{rng.ri(1, 99)}", f"its_{fl}{yy}",
                 f"{n}_{fl}{rng.ri(1, 99)}", f"{fl}{ll[:3]}{rng.ri(1, 99)}", f"{fl}.{ll}", f"{fl}x{ll[0]}"]
    return rng.pick(pats)


def make_email(rng, first, last, region, kidlike=True):
    fl, ll = _ascii(first).lower(), _ascii(last).lower()
    prov = rng.pick(PROVIDERS + REGION_PROVIDERS.get(region, []))
    yy = rng.pick(["", str(rng.ri(10, 99)), str(rng.ri(2009, 2016)), "x", "_" + str(rng.ri(1, 9))])
    pats = [f"{fl}.{ll}{yy}", f"{fl}{ll[0]}{yy}", f"{fl[0]}{ll}{yy}", f"{fl}_{ll}{yy}"]
    if kidlike:
        pats += [f"{fl}{rng.pick(HANDLE_NOUN)}{rng.ri(1, 99)}", f"{fl}.loves.{rng.pick(HANDLE_NOUN)}s"]
    return f"{rng.pick(pats)}@{prov}"


def make_url(rng, handle, platform=None):
    h = handle.lstrip("@")
    plat = platform or rng.pick(["yt", "tt", "twitch", "ig", "linktree", "yt2", "roblox", "scratch"])
    return {
        "yt": f"youtube.com/@{h}", "yt2": f"https://www.youtube.com/@{h}", "tt": f"tiktok.com/@{h}",
        "twitch": f"twitch.tv/{h.lower()}", "ig": f"instagram.com/{h.lower()}", "linktree": f"linktr.ee/{h.lower()}",
        "roblox": f"roblox.com/users/{rng.ri(100000000, 999999999)}/profile",
        "scratch": f"scratch.mit.edu/users/{h}",
    }[plat]


def make_org(rng, region, surname, place, kind=None):
    kind = kind or rng.pick(["sport", "sport", "sport", "youth", "worship", "work"])
    if kind == "sport":
        base = rng.pick([place, place.split()[0]])
        sport = rng.pick(CLUB_SPORTS)
        if rng.chance(0.5):
            return f"{base} {rng.pick(TEAM_NICK)}", kind
        return f"{base} {sport}", kind
    if kind == "youth":
        return rng.pick(YOUTH).format(n=ordinal(rng.ri(1, 12)), place=place), kind
    if kind == "worship":
        return rng.pick(WORSHIP).format(saint=rng.pick(SAINTS), place=place), kind
    return rng.pick(WORKPLACES).format(s=surname), kind


class Persona:
    """A child with family, friends, school, address, numbers and handles."""

    def __init__(self, rng, region, age=None):
        self.region = region
        self.first, self.last = gen_name(rng, region)
        self.full = f"{self.first} {self.last}"
        self.age = age if age is not None else rng.ri(6, 15)
        by = 2025 - self.age
        self.dob = (by, rng.ri(1, 12), rng.ri(1, 28))
        self.dob_str = fmt_date(rng, region, *self.dob)
        self.year = school_year(rng, region, self.age)
        self.cls = class_code(rng, region, self.age)
        self.school = school_name(rng, region)
        self.addr = make_address(rng, region)
        self.suburb = self.addr["suburb"]
        self.city = self.addr["city"]
        self.street = self.addr["street"]
        self.phone, self.phone_e164 = phone(rng, region)
        pf, pl = gen_name(rng, region)
        self.mum = (pf, self.last if rng.chance(0.75) else pl)
        self.dad = (gen_name(rng, region)[0], self.last)
        self.parent = self.mum if rng.chance(0.6) else self.dad
        self.parent_full = f"{self.parent[0]} {self.parent[1]}"
        self.parent_phone, self.parent_e164 = phone(rng, region)
        self.other_phone, self.other_e164 = phone(rng, region)
        self.landline, self.landline_e164 = phone(rng, region, "landline")
        self.school_phone, self.school_e164 = phone(rng, region, "landline")
        self.email = make_email(rng, self.first, self.last, region, True)
        self.parent_email = make_email(rng, self.parent[0], self.parent[1], region, False)
        self.handle = make_handle(rng, self.first, self.last)
        self.friends = [gen_name(rng, region) for _ in range(8)]
        self.friend_handles = [make_handle(rng, f, l) for f, l in self.friends]
        self.url = make_url(rng, self.handle)
        self.club, _ = make_org(rng, region, self.last, self.suburb, "sport")
        self.org2, self.org2_kind = make_org(rng, region, self.last, self.suburb)
        self.teacher = (rng.pick(["Mrs", "Mr", "Ms", "Miss"]), gen_name(rng, region)[1])
        self.teacher_str = f"{self.teacher[0]} {self.teacher[1]}"
        self.park = f"{rng.pick(STREET_ROOTS['common'] + STREET_ROOTS.get(region, []))} {rng.pick(PARK_WORDS)}"
        self.age_group = f"U{self.age + 1}" if rng.chance(0.6) else f"Under {self.age + 1}s"

    def friend(self, i):
        f, l = self.friends[i % len(self.friends)]
        return f, l, f"{f} {l}"

    def initials(self, first, last):
        return (first[0] + last.split()[-1][0]).upper()


def age_text(rng, age):
    return rng.pick([f"Age {age}", f"{age} years old", f"{age} yrs", f"age {age}", f"{age}yo", f"{age} y/o"])
