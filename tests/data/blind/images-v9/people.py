"""Invented children, families, places, numbers.  All names are combinations
of common given names and surnames; phone numbers use fiction/test ranges where
they exist; nothing refers to a real private person."""
import datetime

TODAY = datetime.date(2026, 12, 6)

FIRST = {
    'en': ['Olivia', 'Harry', 'Amelia', 'Noah', 'Isla', 'Jack', 'Poppy', 'Leo', 'Freya', 'Alfie', 'Evie', 'Oscar', 'Mia', 'Theo', 'Ruby', 'Archie', 'Daisy', 'Finley', 'Lily', 'Charlie'],
    'us': ['Madison', 'Jayden', 'Ava', 'Mason', 'Harper', 'Logan', 'Chloe', 'Carter', 'Brooklyn', 'Elijah', 'Aubrey', 'Wyatt', 'Peyton', 'Hunter', 'Kinsley', 'Easton'],
    'ie': ['Saoirse', 'Cian', 'Aoife', 'Oisín', 'Niamh', 'Darragh', 'Caoimhe', 'Tadhg', 'Róisín', 'Fionn', 'Clodagh', 'Seán', 'Ciara', 'Rían'],
    'in': ['Aarav', 'Ananya', 'Vihaan', 'Diya', 'Arjun', 'Ishita', 'Kabir', 'Saanvi', 'Reyansh', 'Meera', 'Rohan', 'Priya', 'Aditi', 'Dhruv', 'Kavya', 'Nikhil'],
    'ta': ['Karthik', 'Lakshmi', 'Surya', 'Nila', 'Venkat', 'Yazhini', 'Harini', 'Madhan'],
    'pk': ['Ayesha', 'Hamza', 'Zainab', 'Bilal', 'Maryam', 'Usman', 'Hira', 'Zayan'],
    'ng': ['Chidi', 'Amara', 'Tobi', 'Adaeze', 'Emeka', 'Temi', 'Kelechi', 'Ifeoma', 'Seun', 'Ngozi', 'Dayo', 'Funmi'],
    'za': ['Thabo', 'Lerato', 'Sipho', 'Naledi', 'Lwazi', 'Zanele', 'Ayanda', 'Kagiso', 'Anika', 'Ruan', 'Lindiwe', 'Bongani', 'Mieke', 'Jandré'],
    'cn': ['Wei', 'Xinyi', 'Hao', 'Mei', 'Jun', 'Yutong', 'Zihan', 'Lan'],
    'vn': ['Minh', 'Linh', 'Huy', 'Thao', 'Khoa', 'Ngoc'],
    'kr': ['Jiwoo', 'Seoyeon', 'Minjun', 'Hayoon', 'Doyun', 'Yuna'],
    'jp': ['Haruto', 'Yui', 'Sota', 'Hina', 'Riku', 'Aoi'],
    'ph': ['Althea', 'Jericho', 'Bea', 'Miguel', 'Janelle', 'Paolo'],
    'ar': ['Omar', 'Layla', 'Yusuf', 'Noor', 'Karim', 'Salma', 'Adam', 'Rania'],
    'tr': ['Elif', 'Emir', 'Zeynep', 'Kerem', 'Defne', 'Arda'],
    'pl': ['Zofia', 'Kacper', 'Hanna', 'Szymon', 'Maja', 'Filip', 'Lena', 'Wiktor'],
    'es': ['Sofía', 'Mateo', 'Valentina', 'Santiago', 'Camila', 'Diego', 'Lucía', 'Tomás', 'Ximena', 'Joaquín'],
    'br': ['Gabriel', 'Beatriz', 'Rafael', 'Larissa', 'Thiago', 'Manuela'],
    'mi': ['Aroha', 'Nikau', 'Mereana', 'Tama', 'Anahera', 'Wiremu', 'Kahu', 'Manaia'],
    'pa': ['Sione', 'Losa', 'Tevita', 'Mele', 'Ioane', 'Salote'],
    'so': ['Hodan', 'Abdi', 'Ifrah', 'Liban'],
    'ua': ['Sofiia', 'Maksym', 'Daryna', 'Bohdan'],
    'gr': ['Eleni', 'Nikos', 'Dimitra', 'Giorgos'],
    'fr': ['Chloé', 'Louis', 'Léa', 'Hugo', 'Manon', 'Gabin'],
    'de': ['Emma', 'Lukas', 'Mila', 'Jonas', 'Clara', 'Felix'],
    'no': ['Ingrid', 'Magnus', 'Astrid', 'Sander'],
}
LAST = {
    'en': ['Thompson', 'Hughes', 'Whitfield', 'Carter', 'Pemberton', 'Ashworth', 'Holloway', 'Bradshaw', 'Fairley', 'Greaves', 'Marsh', 'Kendall', 'Lockwood', 'Barnett'],
    'us': ['Reynolds', 'Delgado', 'Brooks', 'McAllister', 'Sanderson', 'Whitaker', 'Coleman', 'Haskins', 'Dunbar', 'Petrakis'],
    'ie': ['Ó Briain', 'Murphy', 'Kavanagh', 'Fitzgerald', 'Ní Dhomhnaill', 'Brennan', 'McGrath', 'Donnelly', 'Keane', 'Ó Súilleabháin', 'Lynch', 'Hegarty'],
    'in': ['Sharma', 'Iyer', 'Kulkarni', 'Reddy', 'Menon', 'Bhatt', 'Chatterjee', 'Deshpande', 'Nair', 'Kapoor', 'Joshi', 'Malhotra'],
    'ta': ['Subramanian', 'Krishnan', 'Ramasamy', 'Selvaraj', 'Annamalai'],
    'pk': ['Qureshi', 'Siddiqui', 'Chaudhry', 'Malik', 'Raza'],
    'ng': ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Okonkwo', 'Oyelaran', 'Obi'],
    'za': ['Mokoena', 'Dlamini', 'Naidoo', 'van der Merwe', 'Nkosi', 'Botha', 'Khumalo', 'Pillay', 'Mahlangu', 'Steyn'],
    'cn': ['Chen', 'Zhang', 'Liu', 'Huang', 'Lin', 'Zhao'],
    'vn': ['Nguyen', 'Tran', 'Pham', 'Le', 'Vo'],
    'kr': ['Kim', 'Park', 'Choi', 'Jung'],
    'jp': ['Tanaka', 'Sato', 'Nakamura', 'Kobayashi'],
    'ph': ['Santos', 'Dela Cruz', 'Reyes', 'Bautista', 'Villanueva'],
    'ar': ['Haddad', 'Mansour', 'Khalil', 'Saleh', 'Nasser'],
    'tr': ['Yılmaz', 'Demir', 'Aydın', 'Kaya'],
    'pl': ['Kowalski', 'Nowak', 'Wiśniewska', 'Zieliński', 'Mazur', 'Kamińska'],
    'es': ['García', 'Martínez', 'Hernández', 'Ramírez', 'Castillo', 'Morales', 'Ortega', 'Navarro'],
    'br': ['Silva', 'Oliveira', 'Souza', 'Carvalho', 'Ferreira'],
    'mi': ['Ngata', 'Walker', 'Tipene', 'Rangi', 'Parata', 'Te Huia'],
    'pa': ['Tuilagi', 'Faleolo', 'Fonoti', 'Vaifale'],
    'so': ['Farah', 'Warsame', 'Abdullahi'],
    'ua': ['Shevchenko', 'Bondarenko', 'Kovalenko'],
    'gr': ['Papadopoulos', 'Georgiou', 'Nikolaidis'],
    'fr': ['Lefèvre', 'Moreau', 'Girard', 'Dubois'],
    'de': ['Schneider', 'Becker', 'Hoffmann', 'Wagner'],
    'no': ['Halvorsen', 'Lunde', 'Berg'],
}
COUNTRY_CULTURES = {
    'US': ['us', 'us', 'es', 'en', 'cn', 'kr', 'vn', 'ph', 'ar', 'ng', 'in', 'pl', 'gr', 'de', 'so'],
    'UK': ['en', 'en', 'en', 'pk', 'in', 'ng', 'pl', 'so', 'tr', 'ar', 'cn', 'ie', 'ua', 'gr'],
    'IE': ['ie', 'ie', 'ie', 'en', 'pl', 'ng', 'br', 'in', 'ua', 'fr'],
    'CA': ['us', 'en', 'fr', 'cn', 'in', 'ph', 'ar', 'ua', 'kr', 'so', 'es'],
    'AU': ['en', 'en', 'us', 'cn', 'vn', 'in', 'gr', 'ar', 'pa', 'ph', 'kr', 'de'],
    'NZ': ['en', 'mi', 'mi', 'pa', 'pa', 'cn', 'in', 'kr', 'ph', 'no', 'de'],
    'IN': ['in', 'in', 'in', 'ta', 'ta'],
    'ZA': ['za', 'za', 'za', 'en', 'in', 'pt' if False else 'de', 'gr'],
}

# town, suburbs, region, postcode spec
PLACES = {
    'UK': [
        ('Leeds', ['Headingley', 'Chapel Allerton', 'Roundhay', 'Armley'], 'West Yorkshire', ('LS', [6, 7, 8, 12, 17])),
        ('Bristol', ['Bedminster', 'Fishponds', 'Southville', 'Horfield'], '', ('BS', [3, 5, 7, 16])),
        ('Norwich', ['Eaton', 'Thorpe St Andrew', 'Hellesdon'], 'Norfolk', ('NR', [2, 4, 6, 7])),
        ('Cardiff', ['Canton', 'Roath', 'Llandaff', 'Whitchurch'], '', ('CF', [5, 11, 14, 24])),
        ('Leicester', ['Oadby', 'Belgrave', 'Aylestone'], '', ('LE', [2, 3, 4, 5])),
        ('Glasgow', ['Shawlands', 'Partick', 'Dennistoun'], '', ('G', [11, 12, 31, 41])),
        ('Sheffield', ['Walkley', 'Crookes', 'Hillsborough'], '', ('S', [6, 10, 11])),
        ('Reading', ['Caversham', 'Tilehurst', 'Earley'], 'Berkshire', ('RG', [1, 4, 6, 30])),
        ('Luton', ['Bury Park', 'Stopsley'], 'Bedfordshire', ('LU', [2, 3, 4])),
        ('Croydon', ['Thornton Heath', 'Norbury', 'Addiscombe'], '', ('CR', [0, 7])),
    ],
    'IE': [
        ('Dublin', ['Rathgar', 'Drumcondra', 'Clontarf', 'Tallaght', 'Ballymun'], 'Co. Dublin', ['D06', 'D09', 'D03', 'D24', 'D11']),
        ('Cork', ['Ballincollig', 'Douglas', 'Blackrock'], 'Co. Cork', ['P31', 'T12', 'T12']),
        ('Galway', ['Salthill', 'Knocknacarra', 'Oranmore'], 'Co. Galway', ['H91', 'H91', 'H91']),
        ('Limerick', ['Castletroy', 'Dooradoyle', 'Raheen'], 'Co. Limerick', ['V94', 'V94', 'V94']),
        ('Kilkenny', ['Loughboy', 'Gowran'], 'Co. Kilkenny', ['R95', 'R95']),
        ('Sligo', ['Strandhill', 'Rosses Point'], 'Co. Sligo', ['F91', 'F91']),
        ('Athlone', ['Monksland', 'Coosan'], 'Co. Westmeath', ['N37', 'N37']),
    ],
    'US': [
        ('Dayton', ['Oakwood', 'Kettering'], 'OH', ['454']),
        ('Tacoma', ['Proctor', 'Hilltop'], 'WA', ['984']),
        ('Fresno', ['Tower District', 'Fig Garden'], 'CA', ['937']),
        ('Boise', ['North End', 'Bench'], 'ID', ['837']),
        ('Durham', ['Trinity Park', 'Old West'], 'NC', ['277']),
        ('Albany', ['Pine Hills', 'Delmar'], 'NY', ['122']),
        ('Tulsa', ['Brookside', 'Kendall-Whittier'], 'OK', ['741']),
        ('Madison', ['Monona', 'Middleton'], 'WI', ['537']),
        ('Plano', ['Willow Bend', 'Legacy'], 'TX', ['750']),
    ],
    'CA': [
        ('Toronto', ['Leslieville', 'Scarborough', 'Etobicoke'], 'ON', ['M4C', 'M1P', 'M9A', 'M6H']),
        ('Ottawa', ['Orléans', 'Kanata', 'Westboro'], 'ON', ['K1C', 'K2K', 'K1Z']),
        ('Calgary', ['Tuscany', 'Bridgeland', 'Evanston'], 'AB', ['T3L', 'T2E', 'T3P']),
        ('Halifax', ['Clayton Park', 'Fairview'], 'NS', ['B3M', 'B3S']),
        ('Winnipeg', ['St. Vital', 'Transcona'], 'MB', ['R2M', 'R2C']),
        ('Surrey', ['Fleetwood', 'Cloverdale'], 'BC', ['V3S', 'V4N']),
        ('Laval', ['Chomedey', 'Vimont'], 'QC', ['H7W', 'H7M']),
    ],
    'AU': [
        ('Brisbane', [('Toowong', '4066'), ('Carindale', '4152'), ('Chermside', '4032')], 'QLD', None),
        ('Perth', [('Scarborough', '6019'), ('Joondalup', '6027'), ('Victoria Park', '6100')], 'WA', None),
        ('Adelaide', [('Glenelg', '5045'), ('Norwood', '5067'), ('Salisbury', '5108')], 'SA', None),
        ('Geelong', [('Belmont', '3216'), ('Highton', '3216'), ('Lara', '3212')], 'VIC', None),
        ('Melbourne', [('Reservoir', '3073'), ('Box Hill', '3128'), ('Werribee', '3030')], 'VIC', None),
        ('Hobart', [('Sandy Bay', '7005'), ('Kingston', '7050')], 'TAS', None),
        ('Newcastle', [('Merewether', '2291'), ('Lambton', '2299')], 'NSW', None),
    ],
    'NZ': [
        ('Hamilton', [('Hillcrest', '3216'), ('Rototuna', '3210')], '', None),
        ('Dunedin', [('Mornington', '9011'), ('St Clair', '9012')], '', None),
        ('Tauranga', [('Papamoa', '3118'), ('Otumoetai', '3110')], '', None),
        ('Christchurch', [('Riccarton', '8041'), ('Papanui', '8053'), ('Halswell', '8025')], '', None),
        ('Auckland', [('Māngere', '2022'), ('Glen Eden', '0602'), ('Howick', '2014')], '', None),
        ('Palmerston North', [('Awapuni', '4412'), ('Kelvin Grove', '4414')], '', None),
    ],
    'IN': [
        ('Bengaluru', [('Koramangala', '560034'), ('Jayanagar', '560041'), ('Whitefield', '560066')], 'Karnataka', None),
        ('Pune', [('Kothrud', '411038'), ('Aundh', '411007'), ('Hadapsar', '411028')], 'Maharashtra', None),
        ('Chennai', [('Anna Nagar', '600040'), ('Adyar', '600020'), ('Velachery', '600042')], 'Tamil Nadu', None),
        ('Jaipur', [('Malviya Nagar', '302017'), ('Vaishali Nagar', '302021')], 'Rajasthan', None),
        ('Kochi', [('Kakkanad', '682030'), ('Edappally', '682024')], 'Kerala', None),
        ('Hyderabad', [('Gachibowli', '500032'), ('Kukatpally', '500072')], 'Telangana', None),
    ],
    'ZA': [
        ('Pretoria', [('Waterkloof', '0181'), ('Centurion', '0157'), ('Mamelodi', '0122')], 'Gauteng', None),
        ('Durban', [('Umhlanga', '4319'), ('Westville', '3629'), ('Chatsworth', '4092')], 'KwaZulu-Natal', None),
        ('Cape Town', [('Rondebosch', '7700'), ('Bellville', '7530'), ('Khayelitsha', '7784')], 'Western Cape', None),
        ('Johannesburg', [('Randburg', '2194'), ('Soweto', '1804'), ('Fourways', '2191')], 'Gauteng', None),
        ('Gqeberha', [('Walmer', '6070'), ('Summerstrand', '6001')], 'Eastern Cape', None),
        ('Bloemfontein', [('Langenhovenpark', '9330'), ('Universitas', '9301')], 'Free State', None),
    ],
}

STREET_WORDS = ['Ashgrove', 'Maple', 'Birch', 'Wattle', 'Kowhai', 'Jacaranda', 'Elm', 'Oakfield', 'Hawthorn', 'Willow', 'Chestnut', 'Rowan',
                'Larkspur', 'Heather', 'Primrose', 'Cedar', 'Hazel', 'Station', 'Mill', 'Church', 'Kingfisher', 'Pōhutukawa', 'Protea',
                'Gulmohar', 'Banyan', 'Silver Birch', 'Magnolia', 'Juniper', 'Glenforest', 'Harbour View', 'Ridgeway', 'Lakeside', 'Fernhill']
STREET_TYPES = {
    'UK': ['Road', 'Street', 'Avenue', 'Close', 'Grove', 'Lane', 'Crescent', 'Drive', 'Gardens', 'Terrace'],
    'IE': ['Road', 'Avenue', 'Park', 'Lawn', 'Drive', 'Grove', 'Court', 'Heights'],
    'US': ['St', 'Ave', 'Dr', 'Ct', 'Ln', 'Blvd', 'Way', 'Pl'],
    'CA': ['St', 'Ave', 'Cres', 'Dr', 'Blvd', 'Crt', 'Rd'],
    'AU': ['Street', 'Road', 'Avenue', 'Court', 'Place', 'Parade', 'Close', 'Crescent'],
    'NZ': ['Street', 'Road', 'Place', 'Avenue', 'Crescent', 'Drive', 'Terrace'],
    'IN': ['Road', 'Main Road', 'Cross', 'Marg', 'Street', 'Layout'],
    'ZA': ['Street', 'Road', 'Avenue', 'Crescent', 'Close', 'Drive'],
}
PHONE_CC = {'UK': '+44', 'IE': '+353', 'US': '+1', 'CA': '+1', 'AU': '+61', 'NZ': '+64', 'IN': '+91', 'ZA': '+27'}
UK_LET = 'ABDEFGHJLNPQRSTUWXYZ'
EIR = 'ACDEFHKNPRTVWXY0123456789'
CA_LET = 'ABCEGHJKLMNPRSTVWXYZ'


def culture(rng, country):
    return rng.choice(COUNTRY_CULTURES[country])


def first_name(rng, country):
    return rng.choice(FIRST[culture(rng, country)])


def last_name(rng, country):
    c = culture(rng, country)
    return rng.choice(LAST.get(c, LAST['en']))


def phone(rng, country, intl=None, landline=False):
    r = rng.randint
    if intl is None:
        intl = rng.random() < 0.25
    if country == 'UK':
        if landline:
            return rng.choice(['0113 496 0', '0117 496 0', '0161 496 0', '029 2018 0', '0116 496 0']) + f'{r(0, 999):03d}'
        n = f'{r(0, 999):03d}'
        return rng.choice([f'07700 900{n}', f'07700 900 {n}', f'+44 7700 900{n}', f'07700900{n}']) if not intl else f'+44 7700 900{n}'
    if country == 'IE':
        p = rng.choice(['083', '085', '086', '087', '089'])
        a, b = r(100, 999), r(1000, 9999)
        if landline:
            return f'(0{rng.choice(["1", "21", "91", "61"])}) {r(200, 999)} {r(1000, 9999)}'
        return f'+353 {p[1:]} {a} {b}' if intl else rng.choice([f'{p} {a} {b}', f'{p}-{a}{b}', f'{p}{a}{b}'])
    if country in ('US', 'CA'):
        area = rng.choice(['937', '253', '559', '208', '919', '518', '918', '608', '972'] if country == 'US' else ['416', '613', '403', '902', '204', '604', '450'])
        n = f'{r(100, 199):04d}'
        if intl:
            return f'+1 {area} 555 {n}'
        return rng.choice([f'({area}) 555-{n}', f'{area}-555-{n}', f'{area}.555.{n}', f'{area} 555 {n}'])
    if country == 'AU':
        n = f'0491 57{r(0, 9)} {r(0, 999):03d}'
        if landline:
            return f'(0{rng.choice(["7", "8", "3", "2"])}) 5550 {r(1000, 9999)}'
        return ('+61 491 57' + n[7:]) if intl else n
    if country == 'NZ':
        p = rng.choice(['021', '022', '027', '029'])
        if landline:
            return f'(0{rng.choice(["7", "3", "9", "6"])}) {r(200, 999)} {r(1000, 9999)}'
        return f'+64 {p[1:]} {r(100, 999)} {r(1000, 9999)}' if intl else f'{p} {r(100, 999)} {r(1000, 9999)}'
    if country == 'IN':
        a = rng.choice(['98', '99', '97', '93', '88', '70', '81'])
        x = f'{a}{r(100, 999)} {r(10000, 99999)}'
        return f'+91 {x}' if intl else rng.choice([x, x.replace(' ', ''), '0' + x])
    if country == 'ZA':
        p = rng.choice(['082', '083', '072', '076', '061', '079'])
        if landline:
            return f'(0{rng.choice(["12", "31", "21", "11"])}) {r(200, 999)} {r(1000, 9999)}'
        return f'+27 {p[1:]} {r(100, 999)} {r(1000, 9999)}' if intl else f'{p} {r(100, 999)} {r(1000, 9999)}'
    return '555 0100'


def digits_only(p):
    return ''.join(ch for ch in p if ch.isdigit() or ch == '+')


def intl_digits(p, country):
    d = ''.join(ch for ch in p if ch.isdigit())
    cc = PHONE_CC[country][1:]
    if p.startswith('+'):
        return d
    if d.startswith('0'):
        d = d[1:]
    return cc + d


def postcode(rng, country, town_rec, sub=None):
    r = rng.randint
    if country == 'UK':
        area, ds = town_rec[3]
        return f'{area}{rng.choice(ds)} {r(1, 9)}{rng.choice(UK_LET)}{rng.choice(UK_LET)}'
    if country == 'IE':
        key = rng.choice(town_rec[3])
        return key + ' ' + ''.join(rng.choice(EIR) for _ in range(4)) if rng.random() < 0.1 else \
            key + ' ' + rng.choice('ACDEFHKNPRTVWXY') + str(r(0, 9)) + rng.choice('ACDEFHKNPRTVWXY') + str(r(0, 9))
    if country == 'US':
        return rng.choice(town_rec[3]) + f'{r(1, 99):02d}'
    if country == 'CA':
        return rng.choice(town_rec[3]) + f' {r(1, 9)}{rng.choice(CA_LET)}{r(1, 9)}'
    return sub[1] if sub else '0000'


def ordinal(n):
    suf = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return f'{n}{suf}'


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def year_label(rng, country, age):
    if country in ('UK', 'AU', 'NZ'):
        y = max(3, min(9, age - 4 if country != 'NZ' else age - 4))
        return rng.choice([f'Year {y}', f'Yr {y}', f'Y{y}'])
    if country == 'IE':
        c = age - 6
        if c <= 6:
            return rng.choice([f'{ordinal(max(1, c))} Class', f'{ordinal(max(1, c))} class'])
        return f'{ordinal(c - 6)} Year'
    if country in ('US', 'CA'):
        g = age - 5
        return rng.choice([f'{ordinal(g)} grade', f'Grade {g}', f'{ordinal(g)} Grade'])
    if country == 'IN':
        return rng.choice([f'Class {age - 5}', f'Std {age - 5}', f'Class {age - 5}-B'])
    return f'Grade {age - 6}'


class Child:
    """An invented child plus family, home and school details."""

    def __init__(self, rng, country=None):
        self.rng = rng
        self.country = country or rng.choice(list(PLACES))
        c = self.country
        cult = culture(rng, c)
        self.first = rng.choice(FIRST[cult])
        self.last = rng.choice(LAST.get(cult, LAST['en']))
        self.full = f'{self.first} {self.last}'
        self.age = rng.randint(8, 14)
        bd = TODAY - datetime.timedelta(days=int(self.age * 365.25 + rng.randint(20, 340)))
        self.dob = bd
        self.sibling = rng.choice([n for n in FIRST[cult] if n != self.first])
        self.mum = rng.choice(FIRST[culture(rng, c)])
        self.dad = rng.choice(FIRST[culture(rng, c)])
        self.friend = f'{first_name(rng, c)} {last_name(rng, c)}'
        self.friend_first = self.friend.split()[0]
        rec = rng.choice(PLACES[c])
        self.town_rec = rec
        self.town = rec[0]
        self.region = rec[2]
        sub = rng.choice(rec[1])
        if isinstance(sub, tuple):
            self.suburb, self.pc = sub[0], sub[1]
        else:
            self.suburb = sub
            self.pc = postcode(rng, c, rec)
        num = rng.randint(1, 260)
        self.house_no = str(num)
        self.street = f'{rng.choice(STREET_WORDS)} {rng.choice(STREET_TYPES[c])}'
        self.street_line = f'{num} {self.street}'
        if c == 'IN':
            self.street_line = rng.choice([f'Flat {rng.randint(1, 9)}0{rng.randint(1, 8)}, {rng.choice(["Sai", "Shanti", "Green", "Prestige", "Lotus", "Sri Krishna"])} {rng.choice(["Residency", "Apartments", "Enclave", "Heights"])}',
                                           f'No. {num}, {rng.randint(1, 12)}th Cross'])
        self.phone = phone(rng, c)
        self.parent_phone = phone(rng, c)
        self.landline = phone(rng, c, landline=True) if c not in ('US', 'CA', 'IN') else phone(rng, c)
        self.school = school_name(rng, c, self.suburb, self.town)
        self.club = club_name(rng, c, self.suburb, self.town)
        self.work = workplace(rng, c, self.last, self.town)
        self.year = year_label(rng, c, self.age)
        self.handle = handle(rng, self.first, self.last, self.dob.year)
        self.handle2 = handle(rng, self.first, self.last, self.dob.year)
        self.email = email(rng, self.first, self.last, self.dob.year)
        self.parent_email = email(rng, self.mum, self.last, rng.randint(1978, 1992), parent=True)
        self.pet = rng.choice(['Biscuit', 'Mango', 'Pepper', 'Luna', 'Milo', 'Coco', 'Nala', 'Bruno', 'Toffee', 'Simba', 'Kiwi', 'Oreo', 'Pickle', 'Rocky'])
        self.friend_code = f'{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}'

    # ------------------------------------------------------------ formats
    def address_lines(self, with_country=False):
        c = self.country
        if c == 'UK':
            ls = [self.street_line, self.suburb, self.town.upper() if self.rng.random() < 0.5 else self.town, self.pc]
        elif c == 'IE':
            if self.town == 'Dublin':
                ls = [self.street_line, self.suburb, f'Dublin {self.rng.choice(["6", "9", "3", "24", "11"])}', self.pc]
            else:
                ls = [self.street_line, self.suburb, self.region, self.pc]
        elif c == 'US':
            ls = [self.street_line + (f' Apt {self.rng.randint(1, 40)}{self.rng.choice("ABCD")}' if self.rng.random() < 0.3 else ''),
                  f'{self.town}, {self.region} {self.pc}']
        elif c == 'CA':
            ls = [self.street_line, f'{self.suburb if self.rng.random() < 0.3 else self.town} {self.region}  {self.pc}']
        elif c == 'AU':
            ls = [self.street_line, f'{self.suburb.upper()} {self.region} {self.pc}']
        elif c == 'NZ':
            ls = [self.street_line, self.suburb, f'{self.town} {self.pc}']
        elif c == 'IN':
            ls = [self.street_line, f'{self.suburb}', f'{self.town} - {self.pc}', self.region]
        else:  # ZA
            ls = [self.street_line, self.suburb, self.town, self.pc]
        if with_country:
            ls.append({'UK': 'United Kingdom', 'IE': 'Ireland', 'US': 'USA', 'CA': 'Canada', 'AU': 'Australia',
                       'NZ': 'New Zealand', 'IN': 'India', 'ZA': 'South Africa'}[c])
        return ls

    def address_inline(self):
        ls = self.address_lines()
        return ', '.join(ls)

    def short_address(self):
        return f'{self.street_line}, {self.suburb}'

    def dob_str(self, style=None):
        d = self.dob
        style = style if style is not None else self.rng.randint(0, 6)
        us = self.country in ('US',)
        if style == 0:
            return f'{d.month:02d}/{d.day:02d}/{d.year}' if us else f'{d.day:02d}/{d.month:02d}/{d.year}'
        if style == 1:
            return f'{d.day} {MONTHS[d.month - 1]} {d.year}'
        if style == 2:
            return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'
        if style == 3:
            return f'{d.year}-{d.month:02d}-{d.day:02d}'
        if style == 4:
            return f'{d.day:02d}.{d.month:02d}.{d.year % 100:02d}'
        if style == 5:
            return f'{ordinal(d.day)} {MONTHS[d.month - 1][:3]}'
        return f'{MONTHS[d.month - 1]} {ordinal(d.day)}'

    def bday_short(self):
        d = self.dob
        return self.rng.choice([f'{d.day} {MONTHS[d.month - 1]}', f'{MONTHS[d.month - 1]} {ordinal(d.day)}', f'{d.day}/{d.month}', f'{ordinal(d.day)} of {MONTHS[d.month - 1]}'])


def school_name(rng, c, suburb, town):
    base = rng.choice([suburb, suburb, town + ' ' + rng.choice(['North', 'East', 'West', 'South']) if rng.random() < 0.2 else suburb,
                       rng.choice(['St Brigid\'s', 'St Joseph\'s', 'Holy Family', 'St Anne\'s', 'Greenfield', 'Riverside', 'Hillcrest',
                                   'Oakwood', 'Lakeview', 'Westfield', 'Kingsway', 'Meadowbank', 'Harbourside', 'Springvale'])])
    if c == 'UK':
        return base + rng.choice([' Primary School', ' Academy', ' C of E Primary', ' High School', ' Junior School'])
    if c == 'IE':
        return rng.choice([base + ' National School', 'Scoil ' + rng.choice(['Bhríde', 'Mhuire', 'Íde', 'Chaitríona', 'Naomh Pádraig']),
                           'Gaelscoil ' + rng.choice(['an Ghleanna', 'Uí Riada', 'na Cille']), base + ' Community College', base + ' N.S.'])
    if c == 'US':
        return base + rng.choice([' Elementary', ' Elementary School', ' Middle School', ' Intermediate School'])
    if c == 'CA':
        return base + rng.choice([' Public School', ' Junior High', ' Elementary School', ' Middle School', ' École élémentaire' if False else ' Catholic School'])
    if c == 'AU':
        return base + rng.choice([' State School', ' Primary School', ' Public School', ' State High School'])
    if c == 'NZ':
        return base + rng.choice([' School', ' Intermediate', ' Primary School', ' Normal School'])
    if c == 'IN':
        pre = rng.choice(["Delhi", "National", "Kendriya", "St. Mary's", "Sri Sai", "Vidya"])
        typ = rng.choice(["Public School", "Vidyalaya", "Convent School", "International School"])
        return rng.choice([f'{pre} {typ}, {suburb}',
                           f'{suburb} {rng.choice(["Public School", "Vidya Mandir", "High School"])}'])
    return base + rng.choice([' Primary School', ' Laerskool' if rng.random() < 0.5 else ' Primary', ' High School', ' Preparatory School'])


def club_name(rng, c, suburb, town):
    sport = {
        'UK': ['Juniors FC', 'Swimming Club', 'Netball Club', 'Cricket Club U11s', 'Gymnastics Academy', 'Rugby Club U12s'],
        'IE': ['GAA Club', 'Camogie U12s', 'Celtic FC U11', 'Swim Club', 'Hurling Club U13'],
        'US': ['Little League', 'Youth Soccer Club', 'Swim Team', 'Robotics Club', 'Girl Scouts Troop 412' if False else 'Cub Scouts Pack 118'],
        'CA': ['Minor Hockey', 'Soccer Club U11', 'Ringette Association', 'Swim Club'],
        'AU': ['Junior Football Club', 'Netball Club', 'Little Athletics', 'Cricket Club U12s', 'Nippers SLSC'],
        'NZ': ['Rugby Club U11', 'Netball Club', 'Kapa Haka Group', 'Surf Life Saving Club', 'Hockey Club'],
        'IN': ['Cricket Academy', 'Chess Club', 'Bharatanatyam Academy', 'Football Academy'],
        'ZA': ['Rugby Club U12', 'Netball Club', 'Cricket Club U11', 'Swimming Club', 'Chess Club'],
    }[c]
    r = rng.random()
    if r < 0.15:
        return rng.choice(['1st', '2nd', '3rd', '5th']) + f' {suburb} ' + rng.choice(['Scouts', 'Cubs', 'Brownies', 'Guides', 'Beavers'])
    if r < 0.25:
        return f"St {rng.choice(['Anne', 'Mary', 'Patrick', 'Luke', 'Columba'])}'s " + rng.choice(['Youth Choir', 'Parish Youth Group', 'Church Kids Club', 'Sunday School'])
    return f'{rng.choice([suburb, town])} ' + rng.choice(sport)


def workplace(rng, c, last, town):
    return rng.choice([f'{last} Plumbing & Heating', f'{town} Veterinary Clinic', f'{last} Dental Care',
                       f'{rng.choice(["Greenway", "Northside", "Harbour", "Summit"])} Motors', f'{last} & Sons Builders',
                       f'{town} Community Pharmacy', f'{rng.choice(["Sunrise", "Little Acorns", "Kiddo"])} Childcare Centre',
                       f'{last} Accountants'])


WORDS = ['shadow', 'ninja', 'pixel', 'wolf', 'dragon', 'kitty', 'blaze', 'frost', 'storm', 'bunny', 'panda', 'creeper', 'galaxy',
         'sparkle', 'turbo', 'fox', 'llama', 'cookie', 'boba', 'slime', 'ghost', 'rocket', 'unicorn', 'mango', 'tiger', 'viper', 'star']


def handle(rng, first, last, year):
    f = first.lower().replace('í', 'i').replace('á', 'a').replace('é', 'e').replace('ó', 'o').replace('ú', 'u').replace(' ', '')
    l = last.lower().replace(' ', '').replace('ó', 'o').replace('í', 'i').replace('ñ', 'n').replace('ı', 'i').replace('ś', 's').replace('ń', 'n')
    w = rng.choice(WORDS)
    yy = str(year)[2:]
    r = rng.randint(0, 11)
    return [f'{f}_{w}{yy}', f'xX_{w}{f}_Xx', f'{f}.{l[:1]}{year}', f'lil{f}{rng.randint(1, 99)}', f'{w}_{f}_{yy}',
            f'{f}{l}{rng.randint(1, 999)}', f'{w.capitalize()}{f.capitalize()}{rng.randint(10, 99)}', f'its.{f}.{w}',
            f'{f}_{l[:3]}_{yy}', f'{w}{w[0]}{f}', f'{f}{yy}{w}', f'_{f}.{l}_'][r]


def email(rng, first, last, year, parent=False):
    f = handle(rng, first, last, year).split('.')[0].strip('_').lower() if not parent else first.lower()
    f = ''.join(ch for ch in f if ch.isalnum() or ch in '._')
    l = ''.join(ch for ch in last.lower() if ch.isalpha())
    dom = rng.choice(['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.com', 'hotmail.co.uk', 'mail.com', 'proton.me', 'eircom.net', 'xtra.co.nz', 'bigpond.com', 'rediffmail.com'])
    return rng.choice([f'{f}.{l}{year % 100}@{dom}', f'{f}{l[:1]}{year}@{dom}', f'{f}_{l}@{dom}', f'{l}.{f}{rng.randint(1, 99)}@{dom}'])


def personal_url(rng, h):
    return rng.choice([f'youtube.com/@{h}', f'tiktok.com/@{h}', f'instagram.com/{h}', f'twitch.tv/{h}', f'scratch.mit.edu/users/{h}',
                       f'www.roblox.com/users/{rng.randint(100000000, 999999999)}/profile', f'linktr.ee/{h}', f'https://discord.gg/{h[:4]}{rng.randint(100, 999)}'])


def qr_payload(rng, ch):
    """personal QR payloads: (payload, kind)"""
    c = ch.country
    idp = intl_digits(ch.parent_phone, c)
    opts = [
        (f'tel:+{idp}', 'PHONE'),
        (f'sms:+{idp}?body=found your {rng.choice(["bag", "bottle", "pet", "jacket"])}', 'PHONE'),
        (f'mailto:{ch.parent_email}', 'EMAIL'),
        (f'geo:{rng.uniform(-40, 55):.5f},{rng.uniform(-120, 150):.5f}', 'LOCATION'),
        (f'MECARD:N:{ch.last},{ch.mum};TEL:+{idp};EMAIL:{ch.parent_email};;', 'PHONE'),
        ('BEGIN:VCARD\nVERSION:3.0\nN:' + ch.last + ';' + ch.first + '\nTEL;TYPE=CELL:+' + idp + '\nADR:;;' + ch.street_line + ';' + ch.town + ';;' + ch.pc + '\nEND:VCARD', 'PHONE'),
        (f'WIFI:T:WPA;S:{ch.last.replace(" ", "")}_Home;P:{ch.pet.lower()}{ch.dob.year};;', 'PERSON'),
        (f'https://wa.me/{idp}', 'PHONE'),
        (f'https://t.me/{ch.handle.strip("_").replace(".", "_")}', 'HANDLE'),
        (f'https://www.snapchat.com/add/{ch.handle.replace("_", "-").strip("-")}', 'HANDLE'),
        (f'https://discord.gg/{ch.first.lower()[:3]}{rng.randint(1000, 9999)}', 'URL'),
        (f'https://www.roblox.com/users/{rng.randint(100000000, 999999999)}/profile', 'URL'),
    ]
    return rng.choice(opts)
