"""Invented people, places and numbers for eight regions. Nothing here is real."""

FIRST = """Aarav Priya Siobhan Liam Aoife Oisin Chloe Mia Noah Olivia Amara Chidi Thandiwe Sipho Lerato
Kagiso Aroha Tane Mere Wiremu Mei Jun Hana Yuki Minh Linh Santiago Lucia Mateo Sofia Fatima Omar
Zara Yusuf Aisha Hamza Ayesha Arjun Ananya Ishaan Diya Rohan Kavya Seo-yeon Min-jun Ji-woo Kwame
Ama Kofi Nia Emeka Ngozi Tariq Leila Darius Niamh Ciaran Saoirse Cillian Freya Isla Harper Jackson
Ethan Ava Lucas Grace Ruby Jack Oliver Charlotte Amelia Leo Mila Kai Ngaio Tama Anahera Matiu Sione
Losa Malia Tevita Luca Giulia Matteo Chiara Elif Emir Deniz Kemal Olena Taras Zofia Kacper Anya
Dmitri Tomasz Ines Rafael Beatriz Nadia Rania Karim Youssef Salma Jamal Imani Malik Keisha Marisol
Diego Ximena Paulo Ngoc Tuan Bao Hiroshi Sakura Riya Kabir Meera Harpreet Simran Noor Layla Sami
Yasmin Zoë Chloé José Renée Björn Maëlle Dáithí Éabha Rónán Ife Tobi Zanele Bongani Palesa Mpho
Ayaan Vihaan Saanvi Aditi Tanvi Farhan Ruaridh Eilidh Callum Ffion Rhys Bethan Wren Hazel Jude""".split()

SURNAME = """Okafor Nguyen Patel O'Sullivan Murphy Kowalski Fernández Mthembu Ndlovu Ngata Takahashi Kim
Park Chen Wong Singh Sharma Iyer Reddy Mensah Adeyemi Haddad Rahman Hussain Khan Begum Dubois Rossi
Esposito Yilmaz Kovalenko Novak MacLeod Fraser Campbell Whitfield Thornbury Ashcombe Delacroix
Brennan Gallagher Kavanagh Fitzgerald Botha Naidoo Pillay Dlamini Mokoena Tuilagi Fifita Faleolo
Hohaia Parata Tipene Castillo Moreno Alvarez Silva Santos Costa Abara Eze Osei Boateng Liang Huang
Zhou Tanaka Sato Ito Lee Choi Bui Tran Pham Hartley Pemberton Ellwood Marsh Quill Harrow Linden
Blackwood Ferreira Jaramillo Achterberg Nakamura Mahlangu Oyelaran Kaur Gill Sandhu Chaudhry
Menon Nair Kapoor Banerjee Desai Ó Briain Mac Aodha Ní Dhuibhir Whitcombe Ravensworth Pennock""".split()
# multi-word surnames above were split; rebuild a few
SURNAME = [s for s in SURNAME if s not in ('Ó', 'Briain', 'Mac', 'Aodha', 'Ní', 'Dhuibhir')] + \
    ['Ó Briain', 'Mac Aodha', 'Ní Dhuibhir', 'Van der Berg', 'De Souza', 'Te Huia']

ADULT_FIRST = """Sarah David Michelle Anil Sunita Grace Mark Joanne Peter Nomvula Thabo Rangi Huia
Deirdre Sean Karen Rajesh Lakshmi Ahmed Farida Paul Claire Ian Helen Moana Brendan Fiona Tomas
Vusi Lindiwe Jenny Wei Lan Hemi Ana Carlos Patricia Femi Yetunde Ravi Anjali Gareth Siobhan""".split()

WORDS = """pixel shadow storm blaze frost ninja dragon turbo cosmic lucky sunny panda fox wolf tiger
bunny kitty cookie mango peachy star moon galaxy rocket creeper slime llama unicorn dino boba
sparkle glitch hyper nova comet jelly noodle waffle pickle taco ghost viper""".split()

PETS = "Biscuit Pepper Milo Luna Coco Nala Toffee Ziggy Bella Mochi Oreo Rusty Kiwi Pip".split()

REGIONS = {
    'US': dict(
        streets=['Maple St', 'Oakridge Dr', 'Cedar Ave', 'Willow Ln', 'Sycamore Ct', 'Elmwood Rd', 'Juniper Way',
                 'Hawthorne Blvd', 'Pinecrest Ave', 'Bluebird Ln'],
        towns=[('Cedar Falls', 'IA', '50613'), ('Fairview', 'TX', '75069'), ('Lakewood', 'CO', '80226'),
               ('Ashland', 'OR', '97520'), ('Greenfield', 'WI', '53220'), ('Brookhaven', 'GA', '30319'),
               ('Maple Grove', 'MN', '55311'), ('Westfield', 'NJ', '07090')],
        town_line=lambda t: f'{t[0]}, {t[1]} {t[2]}',
        phone=lambda r: f'({r.choice(["312","415","512","614","720","919"])}) 555-01{r.randint(0,99):02d}',
        intl='+1',
        date='mdy', year=lambda a: f'{_ord(a - 5)} Grade' if a > 5 else 'Kindergarten',
        year_short=lambda a: f'Grade {a - 5}',
        schools=['{t} Elementary School', '{t} Middle School', 'Lincoln Park Elementary', 'Riverside Middle School',
                 'Jefferson Academy', 'Sunnyside Elementary'],
        clubs=['{t} Little League', '{t} Youth Soccer', 'Troop 214', 'Cub Scout Pack 38', '{t} Swim Team',
               'Grace Community Church Youth', '{t} Robotics Club'],
        email=['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'],
    ),
    'UK': dict(
        streets=['Rowan Close', 'Station Road', 'Church Lane', 'Meadow View', 'Kingsway', 'Beech Grove',
                 'Mill Lane', 'Victoria Terrace', 'Orchard Way', 'Foxglove Drive'],
        towns=[('Harrogate', 'HG2 7QP'), ('Stockport', 'SK4 2XN'), ('Chelmsford', 'CM1 6RJ'), ('Bath', 'BA2 4LT'),
               ('Wakefield', 'WF3 1DU'), ('Lincoln', 'LN6 0EZ'), ('Swindon', 'SN3 5HW'), ('Kendal', 'LA9 7BQ')],
        town_line=lambda t: f'{t[0]} {t[1]}',
        phone=lambda r: f'07700 900{r.randint(0,999):03d}',
        intl='+44',
        date='dmy', year=lambda a: f'Year {a - 4}', year_short=lambda a: f'Year {a - 4}',
        schools=['{t} Primary School', "St Mary's C of E Primary", '{t} Academy', 'Oakfield Junior School',
                 'Holy Trinity Primary', '{t} High School'],
        clubs=['{t} Town FC Juniors', '{t} Brownies', '1st {t} Scouts', '{t} Swimming Club',
               'St Aidan\'s Church Choir', '{t} Rugby Club U11s', '{t} Judo Club'],
        email=['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com'],
    ),
    'IE': dict(
        streets=['Castle View', 'Church Road', 'Oakpark Avenue', 'Meadowbrook', 'The Crescent', 'Abbey Lawn',
                 'Glenview Drive', 'Millers Court'],
        towns=[('Ballincollig, Co. Cork', 'P31 X2K8'), ('Naas, Co. Kildare', 'W91 K7T3'),
               ('Athlone, Co. Westmeath', 'N37 F6R2'), ('Swords, Co. Dublin', 'K67 E9H4'),
               ('Ennis, Co. Clare', 'V95 T8D1'), ('Tralee, Co. Kerry', 'V92 W3P6')],
        town_line=lambda t: f'{t[0]} {t[1]}',
        phone=lambda r: f'08{r.choice("3579")} {r.randint(100,999)} {r.randint(1000,9999)}',
        intl='+353',
        date='dmy', year=lambda a: f'{_ord(a - 6)} Class' if a < 13 else f'{_ord(a - 12)} Year',
        year_short=lambda a: f'{_ord(a - 6)} Class' if a < 13 else f'{_ord(a - 12)} Year',
        schools=['Scoil Mhuire N.S.', 'Gaelscoil na Mara', '{t} Educate Together N.S.', 'St Brigid\'s N.S.',
                 'Coláiste Bríde', '{t} Community College'],
        clubs=['{t} GAA U10s', '{t} Camogie Club', '{t} Scouts', '{t} Hurling Club', '{t} Irish Dance Academy',
               '{t} Athletics Club'],
        email=['gmail.com', 'eircom.net', 'hotmail.com', 'outlook.ie'],
    ),
    'CA': dict(
        streets=['Birchmount Cres', 'Lakeshore Rd', 'Maple Leaf Dr', 'Aspen Way', 'Queen St', 'Pinegrove Ave',
                 'Tamarack Crt', 'Heritage Blvd'],
        towns=[('Oakville', 'ON', 'L6H 2R4'), ('Burnaby', 'BC', 'V5H 3Z7'), ('Halifax', 'NS', 'B3L 2C9'),
               ('Red Deer', 'AB', 'T4N 6V1'), ('Gatineau', 'QC', 'J8T 4K2'), ('Brandon', 'MB', 'R7A 5Y3')],
        town_line=lambda t: f'{t[0]}, {t[1]} {t[2]}',
        phone=lambda r: f'({r.choice(["416","604","902","403","819","204"])}) 555-01{r.randint(0,99):02d}',
        intl='+1',
        date='ymd', year=lambda a: f'Grade {a - 5}', year_short=lambda a: f'Gr. {a - 5}',
        schools=['{t} Public School', 'Maple Grove P.S.', 'École {t}', '{t} Secondary School',
                 'Northview Heights Elementary', 'St. Joseph Catholic School'],
        clubs=['{t} Minor Hockey', '{t} Girl Guides', '{t} Skating Club', '{t} Youth Soccer', '{t} Scouts',
               '{t} Curling Juniors'],
        email=['gmail.com', 'rogers.com', 'shaw.ca', 'outlook.com'],
    ),
    'AU': dict(
        streets=['Wattle St', 'Banksia Ave', 'Jacaranda Dr', 'Gum Tree Rd', 'Coral Pde', 'Bottlebrush Cres',
                 'Kookaburra Ct', 'Waratah Pl'],
        towns=[('Parramatta', 'NSW', '2150'), ('Geelong', 'VIC', '3220'), ('Toowoomba', 'QLD', '4350'),
               ('Fremantle', 'WA', '6160'), ('Glenelg', 'SA', '5045'), ('Launceston', 'TAS', '7250')],
        town_line=lambda t: f'{t[0]} {t[1]} {t[2]}',
        phone=lambda r: f'0491 570 {r.randint(100,999)}',
        intl='+61',
        date='dmy', year=lambda a: f'Year {a - 6}' if a > 6 else 'Kindy', year_short=lambda a: f'Yr {a - 6}',
        schools=['{t} Public School', '{t} Primary School', 'Kookaburra Creek P.S.', '{t} High School',
                 'St Joseph\'s Catholic Primary', 'Banksia Grove College'],
        clubs=['{t} Junior AFL', '{t} Netball Club', '{t} Nippers', '{t} Cricket Club U12', '{t} Joeys Scouts',
               '{t} Little Athletics'],
        email=['gmail.com', 'bigpond.com', 'outlook.com', 'icloud.com'],
    ),
    'NZ': dict(
        streets=['Kowhai Road', 'Totara Street', 'Rimu Place', 'Harbour View Rd', 'Manuka Lane', 'Puriri Drive',
                 'Tui Crescent', 'Karaka Street'],
        towns=[('Ponsonby, Auckland', '1011'), ('Riccarton, Christchurch', '8011'), ('Karori, Wellington', '6012'),
               ('Hamilton East, Hamilton', '3216'), ('Roslyn, Dunedin', '9010'), ('Mount Maunganui', '3116')],
        town_line=lambda t: f'{t[0]} {t[1]}',
        phone=lambda r: f'021 555 0{r.randint(100,999)}',
        intl='+64',
        date='dmy', year=lambda a: f'Year {a - 4}', year_short=lambda a: f'Yr {a - 4}',
        schools=['{t} School', '{t} Primary', 'Kowhai Intermediate', 'Te Kura o {t}', '{t} College',
                 'Totara Grove School'],
        clubs=['{t} Rugby Club Under 11s', '{t} Netball Club', '{t} Kapa Haka Group', '{t} Scouts',
               '{t} Surf Life Saving Juniors', '{t} Waka Ama Club'],
        email=['gmail.com', 'xtra.co.nz', 'outlook.com', 'icloud.com'],
    ),
    'IN': dict(
        streets=['Flat 4B, Shanti Apartments', '12th Cross, 4th Main', 'House No. 27, Sector 15',
                 'B-204, Green Meadows', '3rd Floor, Lotus Residency', 'Plot 88, Gandhi Nagar'],
        towns=[('Indiranagar, Bengaluru', '560038'), ('Kothrud, Pune', '411038'), ('Salt Lake, Kolkata', '700091'),
               ('Anna Nagar, Chennai', '600040'), ('Vaishali Nagar, Jaipur', '302021'),
               ('Banjara Hills, Hyderabad', '500034')],
        town_line=lambda t: f'{t[0]} - {t[1]}',
        phone=lambda r: f'+91 9{r.randint(1000,9999)} 0{r.randint(1000,9999)}',
        intl='+91',
        date='dmy-', year=lambda a: f'Class {a - 5}', year_short=lambda a: f'Std {_roman(a - 5)}',
        schools=['Vidya Niketan Public School', 'Sunrise International School', '{t} Vidyalaya',
                 'St. Xavier\'s Convent School', 'Greenwood High School', 'Kendra Model School'],
        clubs=['{t} Cricket Academy', '{t} Chess Club', 'Bal Vikas Kendra', '{t} Bharatanatyam Academy',
               '{t} Scouts & Guides', 'Shri Ganesh Temple Youth Group'],
        email=['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'],
    ),
    'ZA': dict(
        streets=['Protea Avenue', 'Jacaranda Street', 'Acacia Road', 'Fynbos Close', 'Disa Crescent',
                 'Marula Lane', 'Kiaat Street', 'Baobab Drive'],
        towns=[('Durbanville, Cape Town', '7550'), ('Randburg, Johannesburg', '2194'), ('Umhlanga, Durban', '4319'),
               ('Lynnwood, Pretoria', '0081'), ('Stellenbosch', '7600'), ('Summerstrand, Gqeberha', '6001')],
        town_line=lambda t: f'{t[0]}, {t[1]}',
        phone=lambda r: f'0{r.choice(["82","72","83","61"])} 555 0{r.randint(100,999)}',
        intl='+27',
        date='ymd/', year=lambda a: f'Grade {a - 6}', year_short=lambda a: f'Gr {a - 6}',
        schools=['Laerskool {t}', '{t} Primary School', 'Hillview Primary', '{t} High School',
                 'Protea Heights College', 'Kingsridge Preparatory'],
        clubs=['{t} Junior Rugby', '{t} Netball Club', '{t} Soccer Academy U12', '{t} Cubs',
               '{t} Swimming Club', 'Rhema Youth Church'],
        email=['gmail.com', 'webmail.co.za', 'mweb.co.za', 'outlook.com'],
    ),
}
REGION_KEYS = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ', 'IN', 'ZA']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def _ord(n):
    if 10 <= n % 100 <= 20:
        s = 'th'
    else:
        s = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return f'{n}{s}'


def _roman(n):
    vals = [(10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    out = ''
    for v, s in vals:
        while n >= v:
            out += s; n -= v
    return out


def fmt_date(reg, y, m, d, long=False):
    if long:
        if reg == 'US' or reg == 'CA':
            return f'{MONTHS[m - 1]} {d}, {y}'
        return f'{d} {MONTHS[m - 1]} {y}'
    f = REGIONS[reg]['date']
    if f == 'mdy':
        return f'{m:02d}/{d:02d}/{y}'
    if f == 'dmy':
        return f'{d:02d}/{m:02d}/{y}'
    if f == 'dmy-':
        return f'{d:02d}-{m:02d}-{y}'
    if f == 'ymd':
        return f'{y}-{m:02d}-{d:02d}'
    return f'{y}/{m:02d}/{d:02d}'


def slug(s):
    out = ''
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            out += ch
        elif ch in 'éèë':
            out += 'e'
        elif ch in 'áà':
            out += 'a'
        elif ch in 'íì':
            out += 'i'
        elif ch in 'óòö':
            out += 'o'
        elif ch in 'ú':
            out += 'u'
    return out


class Persona:
    """A child plus family, all invented, for one image."""

    def __init__(self, r, region=None):
        self.r = r
        self.reg = region or r.choice(REGION_KEYS)
        R = REGIONS[self.reg]
        self.R = R
        self.first = r.choice(FIRST)
        self.last = r.choice(SURNAME)
        self.age = r.randint(7, 15)
        self.town_t = r.choice(R['towns'])
        self.town = self.town_t[0]
        self.suburb = self.town.split(',')[0]
        self.house = r.randint(2, 148)
        st = r.choice(R['streets'])
        self.street_name = st
        self.street = st if self.reg == 'IN' else f'{self.house} {st}'
        self.town_line = R['town_line'](self.town_t)
        self.phone = R['phone'](r)
        self.phone2 = R['phone'](r)
        sch = r.choice(R['schools'])
        self.school = sch.replace('{t}', self.suburb.split(' ')[0] if len(self.suburb) > 12 else self.suburb)
        club = r.choice(R['clubs'])
        self.club = club.replace('{t}', self.suburb.split(' ')[0])
        self.year = R['year'](self.age)
        self.year_short = R['year_short'](self.age)
        y = 2024 - self.age
        self.dob_t = (y, r.randint(1, 12), r.randint(1, 28))
        self.dob = fmt_date(self.reg, *self.dob_t)
        self.dob_long = fmt_date(self.reg, *self.dob_t, long=True)
        self.parent_first = r.choice(ADULT_FIRST)
        self.parent = f'{self.parent_first} {self.last}'
        self.parent_title = r.choice(['Mum', 'Mom' if self.reg in ('US', 'CA') else 'Mam', 'Dad'])
        w = r.choice(WORDS)
        sl = slug(self.first)
        self.handle = r.choice([f'{sl}_{w}{r.randint(1,99)}', f'{w}.{sl}{self.dob_t[0] % 100:02d}',
                                f'xX{w.capitalize()}{sl.capitalize()}Xx', f'{sl}{slug(self.last)[:3]}_{r.randint(10,999)}',
                                f'the.real.{sl}', f'{w}_{w[::-1][:3]}{r.randint(1,9)}'])
        self.handle2 = f'{r.choice(WORDS)}{r.choice(WORDS).capitalize()}{r.randint(1,999)}'
        self.email = f'{sl}.{slug(self.last)}{r.randint(1,99)}@{r.choice(R["email"])}'
        self.parent_email = f'{slug(self.parent_first)}.{slug(self.last)}@{r.choice(R["email"])}'
        self.workplace = r.choice(['Hartley Engineering', 'Greenleaf Dental', 'Riverside Vet Clinic',
                                   f'{self.suburb.split(" ")[0]} Pharmacy', 'Summit Logistics', 'Bluewater Bakery',
                                   'Northgate Medical Centre', 'Keystone Accounting'])
        self.pet = r.choice(PETS)

    def other(self):
        """A friend / classmate from the same place."""
        return f'{self.r.choice(FIRST)} {self.r.choice(SURNAME)}'

    def date(self, y, m, d, long=False):
        return fmt_date(self.reg, y, m, d, long)
