"""Invented people, places and numbers for the synthetic image set.

Everything private here is invented: first names and surnames are combined at
random, street names and house numbers are generic, phone numbers follow each
region's format (using drama/fictional ranges where one exists).  Towns and
cities are real public place names so that the addresses look plausible.
All functions take an explicit random.Random so that output is reproducible.
"""

REF_YEAR, REF_MONTH, REF_DAY = 2025, 3, 15   # fixed "today" (no clock)

REGIONS = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ', 'IN', 'ZA']

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
MON3 = [m[:3] for m in MONTHS]
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

FIRST = {
    'F': {
        'US': ['Madison', 'Harper', 'Brooklyn', 'Aaliyah', 'Camila', 'Sofia', 'Avery', 'Jasmine', 'Kennedy', 'Paisley'],
        'UK': ['Olivia', 'Amelia', 'Isla', 'Poppy', 'Freya', 'Aisha', 'Maryam', 'Evie', 'Imogen', 'Tallulah'],
        'IE': ['Aoife', 'Siobhan', 'Niamh', 'Saoirse', 'Roisin', 'Caoimhe', 'Ciara', 'Orla', 'Clodagh', 'Grainne'],
        'CA': ['Chloe', 'Emma', 'Lea', 'Amelie', 'Maeve', 'Zoe', 'Rosalie', 'Florence', 'Keira', 'Tessa'],
        'AU': ['Matilda', 'Ruby', 'Charlotte', 'Willow', 'Mia', 'Grace', 'Leilani', 'Sienna', 'Indi', 'Harlow'],
        'NZ': ['Aroha', 'Ngaio', 'Mere', 'Kiri', 'Anahera', 'Hinemoa', 'Manaia', 'Ruby', 'Lagi', 'Moana'],
        'IN': ['Ananya', 'Kavya', 'Diya', 'Ishita', 'Priya', 'Aanya', 'Saanvi', 'Meera', 'Riya', 'Tanvi'],
        'ZA': ['Thandiwe', 'Lerato', 'Naledi', 'Zanele', 'Nomvula', 'Ayanda', 'Lindiwe', 'Anele', 'Mieke', 'Refilwe'],
        '*': ['Yuna', 'Hana', 'Mei', 'Ji-woo', 'Sakura', 'Nadia', 'Layla', 'Noor', 'Amina', 'Chiamaka',
              'Adaeze', 'Yasmin', 'Elif', 'Zeynep', 'Ingrid', 'Astrid', 'Valentina', 'Marisol', 'Talia',
              'Imani', 'Linh', 'Seo-yeon', 'Farah', 'Esi', 'Abena', 'Malia', 'Lucia', 'Zofia', 'Alina'],
    },
    'M': {
        'US': ['Mason', 'Logan', 'Jayden', 'Mateo', 'Elijah', 'Carter', 'Diego', 'Malik', 'Brody', 'Xavier'],
        'UK': ['Oliver', 'Harry', 'George', 'Alfie', 'Mohammed', 'Archie', 'Reuben', 'Kwame', 'Rory', 'Ibrahim'],
        'IE': ['Cian', 'Oisin', 'Darragh', 'Sean', 'Conor', 'Eoin', 'Ruairi', 'Padraig', 'Fionn', 'Tadhg'],
        'CA': ['Liam', 'Felix', 'Owen', 'Samuel', 'Nathan', 'Gabriel', 'Mathis', 'Declan', 'Rowan', 'Jasper'],
        'AU': ['Jack', 'Hamish', 'Riley', 'Cooper', 'Lachlan', 'Kai', 'Flynn', 'Harvey', 'Banjo', 'Angus'],
        'NZ': ['Tane', 'Nikau', 'Wiremu', 'Rawiri', 'Manaaki', 'Tamati', 'Ioane', 'Sione', 'Hemi', 'Arlo'],
        'IN': ['Arjun', 'Rohan', 'Vihaan', 'Kabir', 'Aarav', 'Ishaan', 'Aryan', 'Dev', 'Advait', 'Reyansh'],
        'ZA': ['Sipho', 'Thabo', 'Kagiso', 'Bongani', 'Andile', 'Lwazi', 'Themba', 'Lethabo', 'Ruan', 'Neo'],
        '*': ['Haruto', 'Ren', 'Min-jun', 'Wei', 'Jun', 'Hao', 'Omar', 'Yusuf', 'Tariq', 'Chidi', 'Emeka',
              'Kofi', 'Luca', 'Marco', 'Piotr', 'Jakub', 'Lars', 'Elias', 'Hugo', 'Theo', 'Rafael',
              'Tomasz', 'Dmitri', 'Mateus', 'Bilal', 'Kenji', 'Duc', 'Nikolai', 'Samir'],
    },
}

SURNAMES = {
    'US': ['Johnson', 'Williams', 'Garcia', 'Rodriguez', 'Hernandez', 'Washington', 'Kowalski', 'Jackson', 'Rivera', 'Cohen'],
    'UK': ['Smith', 'Taylor', 'Evans', 'Hughes', 'Okafor', 'Adeyemi', 'Begum', 'Ahmed', 'Khan', 'Davies'],
    'IE': ["O'Brien", 'Murphy', 'Byrne', 'Kelly', 'Walsh', "O'Sullivan", 'Doyle', 'McCarthy', 'Gallagher', 'Fitzgerald'],
    'CA': ['Tremblay', 'Gagnon', 'Roy', 'Bouchard', 'Macdonald', 'Leblanc', 'Wong', 'Campbell', 'Morin', 'Chan'],
    'AU': ['Nguyen', 'Tran', 'Papadopoulos', 'Rossi', 'Wilson', 'Murray', 'Nakamura', 'Kennedy', 'Costa', 'Walker'],
    'NZ': ['Ngata', 'Parata', 'Tipene', 'Fonoti', 'Tuilagi', 'Fifita', 'Te Rangi', 'Horomona', 'Aperahama', 'Leota'],
    'IN': ['Sharma', 'Iyer', 'Nair', 'Reddy', 'Gupta', 'Singh', 'Mehta', 'Banerjee', 'Joshi', 'Menon', 'Krishnan', 'Deshpande'],
    'ZA': ['Nkosi', 'Dlamini', 'Naidoo', 'Pillay', 'Van der Merwe', 'Botha', 'Mokoena', 'Khumalo', 'Ndlovu', 'Govender'],
    '*': ['Tanaka', 'Sato', 'Park', 'Choi', 'Zhang', 'Wang', 'Li', 'Pham', 'Le', 'Silva', 'Santos', 'Lopez',
          'Kowalczyk', 'Nowak', 'Novak', 'Ivanova', 'Petrov', 'Haddad', 'Khalil', 'Hassan', 'Rahman',
          'Chowdhury', 'Yilmaz', 'Demir', 'Johansson', 'Larsen', 'Moreau', 'Dubois', 'Bianchi', 'Levi',
          'Abebe', 'Tesfaye', 'Mwangi', 'Otieno', 'Osei', 'Boateng', 'Eze', 'Mensah', 'Patel', 'Chen'],
}

TOWNS = {
    # (suburb/town, city/county/state, postcode seed)
    'US': [('Springfield', 'IL', '627'), ('Columbus', 'OH', '432'), ('Boise', 'ID', '837'), ('Tacoma', 'WA', '984'),
           ('Asheville', 'NC', '288'), ('Fresno', 'CA', '937'), ('Plano', 'TX', '750'), ('Madison', 'WI', '537'),
           ('Dayton', 'OH', '454'), ('Eugene', 'OR', '974')],
    'UK': [('Harrogate', '', 'HG'), ('Leeds', '', 'LS'), ('Bristol', '', 'BS'), ('Norwich', '', 'NR'),
           ('Swindon', '', 'SN'), ('Croydon', '', 'CR'), ('Stockport', '', 'SK'), ('Exeter', '', 'EX'),
           ('Cardiff', '', 'CF'), ('Reading', '', 'RG')],
    'IE': [('Lucan', 'Co. Dublin', 'K78'), ('Swords', 'Co. Dublin', 'K67'), ('Ballincollig', 'Co. Cork', 'P31'),
           ('Salthill', 'Galway', 'H91'), ('Naas', 'Co. Kildare', 'W91'), ('Ennis', 'Co. Clare', 'V95'),
           ('Tralee', 'Co. Kerry', 'V92'), ('Navan', 'Co. Meath', 'C15')],
    'CA': [('Kelowna', 'BC', 'V1Y'), ('Halifax', 'NS', 'B3H'), ('Guelph', 'ON', 'N1H'), ('Red Deer', 'AB', 'T4N'),
           ('Saskatoon', 'SK', 'S7K'), ('Moncton', 'NB', 'E1C'), ('Brampton', 'ON', 'L6T'), ('Nanaimo', 'BC', 'V9R')],
    'AU': [('Toowoomba', 'QLD', '4350'), ('Ballarat', 'VIC', '3350'), ('Parramatta', 'NSW', '2150'),
           ('Fremantle', 'WA', '6160'), ('Glenelg', 'SA', '5045'), ('Launceston', 'TAS', '7250'),
           ('Wollongong', 'NSW', '2500'), ('Geelong', 'VIC', '3220')],
    'NZ': [('Riccarton', 'Christchurch', '8011'), ('Papatoetoe', 'Auckland', '2025'), ('Karori', 'Wellington', '6012'),
           ('Hillcrest', 'Hamilton', '3216'), ('Mosgiel', 'Dunedin', '9024'), ('Taradale', 'Napier', '4112'),
           ('Bethlehem', 'Tauranga', '3110'), ('Stoke', 'Nelson', '7011')],
    'IN': [('Indiranagar', 'Bengaluru', '560038'), ('Kothrud', 'Pune', '411038'), ('Andheri West', 'Mumbai', '400058'),
           ('Salt Lake', 'Kolkata', '700091'), ('Banjara Hills', 'Hyderabad', '500034'), ('Adyar', 'Chennai', '600020'),
           ('Vasant Kunj', 'New Delhi', '110070'), ('Navrangpura', 'Ahmedabad', '380009')],
    'ZA': [('Rondebosch', 'Cape Town', '7700'), ('Sandton', 'Johannesburg', '2196'), ('Umhlanga', 'Durban', '4319'),
           ('Hatfield', 'Pretoria', '0083'), ('Stellenbosch', '', '7600'), ('Westdene', 'Bloemfontein', '9301'),
           ('Orlando West', 'Soweto', '1804'), ('Summerstrand', 'Gqeberha', '6001')],
}

STREETS = {
    'US': (['Maple', 'Oak', 'Cedar', 'Willow', 'Ridge', 'Birch', 'Sycamore', 'Magnolia', 'Hickory', 'Lincoln', 'Chestnut', 'Aspen'],
           ['Avenue', 'Street', 'Lane', 'Drive', 'Court', 'Road', 'Ave', 'St', 'Dr', 'Blvd']),
    'UK': (['Rowan', 'Mill', 'Church', 'Beech', 'Victoria', 'Station', 'Orchard', 'Holly', 'Kingsway', 'Meadow', 'Abbey', 'Elm'],
           ['Close', 'Lane', 'Road', 'Grove', 'Terrace', 'Crescent', 'Way', 'Gardens', 'Street', 'Mews']),
    'IE': (['Glenview', 'Castle', 'Abbey', 'Oakfield', 'Hazelwood', 'Riverside', 'Ashfield', 'Beechpark', 'Cluain Ard', 'Millbrook'],
           ['Park', 'Road', 'Drive', 'Lawn', 'Grove', 'Avenue', 'Heights', 'Court', 'Close', 'Way']),
    'CA': (['Birchwood', 'Lakeshore', 'Maple Leaf', 'Spruce', 'Tamarack', 'Cedarbrook', 'Aspen', 'Whitehorn', 'Riverbend', 'Pinecrest'],
           ['Crescent', 'Road', 'Drive', 'Avenue', 'Street', 'Cres', 'Blvd', 'Way', 'Court', 'Place']),
    'AU': (['Wattle', 'Banksia', 'Jacaranda', 'Koala', 'Waratah', 'Bottlebrush', 'Kookaburra', 'Grevillea', 'Boronia', 'Lilly Pilly'],
           ['Grove', 'Street', 'Avenue', 'Crescent', 'Court', 'Parade', 'Close', 'Drive', 'Place', 'Road']),
    'NZ': (['Kowhai', 'Rimu', 'Totara', 'Pohutukawa', 'Matai', 'Karaka', 'Puriri', 'Kauri', 'Nikau', 'Harakeke'],
           ['Street', 'Road', 'Avenue', 'Drive', 'Place', 'Crescent', 'Terrace', 'Way', 'Lane', 'Grove']),
    'IN': (['Main', 'Cross', 'Temple', 'Gandhi', 'Lake', 'Church', 'Station', 'Park', 'Market', 'Garden'],
           ['Road', 'Street', 'Lane', 'Marg', 'Nagar', 'Layout']),
    'ZA': (['Protea', 'Jacaranda', 'Kloof', 'Fynbos', 'Acacia', 'Marula', 'Milkwood', 'Aloe', 'Baobab', 'Disa'],
           ['Road', 'Street', 'Avenue', 'Close', 'Crescent', 'Drive', 'Lane', 'Way']),
}

PLACES = ['Maple Ridge', 'Kestrel Park', 'Brookfield', 'Hollybank', 'Riverside', 'Ashgrove', 'Fernhill',
          'Harbourview', 'Oakridge', 'Willowbank', 'Stonebridge', 'Silverdale', 'Greenfield', 'Clearwater',
          'Hawthorn', 'Lakeside', 'Redwood', 'Meadowbrook', 'Northgate', 'Sunnybank', 'Glenwood', 'Cedar Hollow',
          'Pine Valley', 'Westmere', 'Elmstead', 'Foxhill', 'Highcliffe', 'Larkspur', 'Moorfield', 'Tidewater']
SAINTS = ['Brigid', 'Patrick', 'Anne', 'Joseph', 'Mary', 'Columba', 'Kevin', 'Teresa', 'Francis', 'Clare',
          'Michael', 'Andrew', 'Monica', 'Aidan', 'Benedict', 'Catherine']

SCHOOL_YEAR_WORDS = ['Year', 'Yr', 'Grade', 'Gr.', 'Class', 'Std']


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def first_name(rng, region, gender=None):
    g = gender or pick(rng, ['F', 'M'])
    pool = FIRST[g][region] if rng.random() < 0.55 else FIRST[g]['*']
    return pick(rng, pool)


def surname(rng, region):
    pool = SURNAMES[region] if rng.random() < 0.55 else SURNAMES['*']
    return pick(rng, pool)


def full_name(rng, region, gender=None):
    return '%s %s' % (first_name(rng, region, gender), surname(rng, region))


def adult_title(rng, gender):
    return pick(rng, ['Ms', 'Mrs', 'Miss', 'Ms.', 'Mrs.']) if gender == 'F' else pick(rng, ['Mr', 'Mr.'])


def teacher_name(rng, region, style=None):
    g = pick(rng, ['F', 'M'])
    t = adult_title(rng, g)
    s = surname(rng, region)
    style = style if style is not None else rng.randrange(3)
    if style == 0:
        return '%s %s' % (t, s)
    if style == 1:
        return '%s %s. %s' % (t, first_name(rng, region, g)[0], s)
    return '%s %s' % (first_name(rng, region, g), s)


# ---------------------------------------------------------------- numbers
def _d(rng, n):
    return ''.join(str(rng.randrange(10)) for _ in range(n))


def mobile(rng, region, intl=None):
    intl = (rng.random() < 0.2) if intl is None else intl
    if region in ('US', 'CA'):
        area = pick(rng, ['212', '312', '415', '503', '617', '702', '919', '206', '737', '614'] if region == 'US'
                    else ['416', '604', '403', '514', '613', '902', '250', '306'])
        last = '01' + _d(rng, 2)
        f = rng.randrange(3)
        if intl:
            return '+1 %s 555 %s' % (area, last)
        return ['(%s) 555-%s', '%s-555-%s', '%s.555.%s'][f] % (area, last)
    if region == 'UK':
        n = _d(rng, 3)
        return '+44 7700 900%s' % n if intl else pick(rng, ['07700 900%s', '07700 900 %s', '07700900%s']) % n
    if region == 'IE':
        p = pick(rng, ['83', '85', '86', '87', '89'])
        a, b = _d(rng, 3), _d(rng, 4)
        return '+353 %s %s %s' % (p, a, b) if intl else '0%s %s %s' % (p, a, b)
    if region == 'AU':
        a = '57' + str(rng.randrange(10))
        b = _d(rng, 3)
        return '+61 491 %s %s' % (a, b) if intl else pick(rng, ['0491 %s %s', '0491%s%s']) % (a, b)
    if region == 'NZ':
        p = pick(rng, ['21', '22', '27'])
        a, b = _d(rng, 3), _d(rng, 4)
        return '+64 %s %s %s' % (p, a, b) if intl else '0%s %s %s' % (p, a, b)
    if region == 'IN':
        a = pick(rng, ['98', '97', '99', '88', '70', '63']) + _d(rng, 3)
        b = _d(rng, 5)
        return '+91 %s %s' % (a, b) if intl else pick(rng, ['%s %s', '%s%s', '%s-%s']) % (a, b)
    # ZA
    p = pick(rng, ['82', '83', '84', '72', '76', '79'])
    a, b = _d(rng, 3), _d(rng, 4)
    return '+27 %s %s %s' % (p, a, b) if intl else '0%s %s %s' % (p, a, b)


def landline(rng, region):
    if region in ('US', 'CA'):
        return mobile(rng, region, intl=False)
    if region == 'UK':
        return pick(rng, ['0113 496 0%s', '020 7946 0%s', '0161 496 0%s', '0117 496 0%s']) % _d(rng, 3)
    if region == 'IE':
        return pick(rng, ['(01) %s %s', '(021) %s %s', '(091) %s %s']) % (_d(rng, 3), _d(rng, 4))
    if region == 'AU':
        return pick(rng, ['(02) 5550 %s', '(03) 7010 %s', '(07) 5550 %s', '(08) 5550 %s']) % _d(rng, 4)
    if region == 'NZ':
        return pick(rng, ['(09) %s %s', '(03) %s %s', '(04) %s %s', '(07) %s %s']) % (_d(rng, 3), _d(rng, 4))
    if region == 'IN':
        return pick(rng, ['080-2%s %s', '020-2%s %s', '022-2%s %s', '044-2%s %s']) % (_d(rng, 3), _d(rng, 4))
    return pick(rng, ['021 %s %s', '011 %s %s', '031 %s %s', '012 %s %s']) % (_d(rng, 3), _d(rng, 4))


def phone_digits(phone):
    """Digits of a phone number in international form without '+'."""
    dig = ''.join(c for c in phone if c.isdigit())
    if phone.startswith('+'):
        return dig
    return dig


def intl_digits(rng, region):
    """An invented mobile in E.164 digits (no plus) for wa.me / tel: payloads."""
    m = mobile(rng, region, intl=True)
    return ''.join(c for c in m if c.isdigit()), m


def _L(rng):
    return pick(rng, 'ABCDEFGHJKLMNPRSTUVWXY')


def postcode(rng, region, seed):
    if region == 'US':
        return seed + _d(rng, 2)
    if region == 'UK':
        return '%s%d %d%s%s' % (seed, rng.randrange(1, 20), rng.randrange(10), _L(rng), _L(rng))
    if region == 'IE':
        chars = 'ACDEFHKNPRTVWXY0123456789'
        return '%s %s' % (seed, ''.join(pick(rng, chars) for _ in range(4)))
    if region == 'CA':
        return '%s %d%s%d' % (seed, rng.randrange(10), _L(rng), rng.randrange(10))
    return seed


def address(rng, region):
    town, area, seed = pick(rng, TOWNS[region])
    names, types = STREETS[region]
    sname = pick(rng, names)
    stype = pick(rng, types)
    street = '%s %s' % (sname, stype)
    num = rng.randrange(1, 240)
    pc = postcode(rng, region, seed)
    if region == 'US':
        l1 = '%d %s' % (rng.randrange(100, 9800), street)
        if rng.random() < 0.2:
            l1 += ', Apt %d%s' % (rng.randrange(1, 12), pick(rng, 'ABCD'))
        lines = [l1, '%s, %s %s' % (town, area, pc)]
    elif region == 'UK':
        l1 = '%d %s' % (num, street) if rng.random() < 0.8 else 'Flat %d, %d %s' % (rng.randrange(1, 9), num, street)
        lines = [l1, '%s %s' % (town, pc)] if rng.random() < 0.6 else [l1, town, pc]
    elif region == 'IE':
        l1 = '%d %s' % (num, street)
        lines = [l1, '%s, %s' % (town, area), pc]
    elif region == 'CA':
        l1 = '%d %s' % (rng.randrange(10, 2400), street)
        lines = [l1, '%s, %s %s' % (town, area, pc)]
    elif region == 'AU':
        l1 = '%d %s' % (num, street) if rng.random() < 0.8 else 'Unit %d/%d %s' % (rng.randrange(1, 9), num, street)
        lines = [l1, '%s %s %s' % (town, area, pc)]
    elif region == 'NZ':
        l1 = '%d %s' % (num, street) if rng.random() < 0.8 else '%d/%d %s' % (rng.randrange(1, 6), num, street)
        lines = [l1, '%s, %s %s' % (town, area, pc)]
    elif region == 'IN':
        l1 = pick(rng, ['Flat %d%s, %s Residency' % (rng.randrange(1, 9), pick(rng, 'ABC'), pick(rng, ['Lakshmi', 'Sai', 'Ganga', 'Shanti', 'Ashoka'])),
                        'House No. %d, %dth %s' % (rng.randrange(10, 900), rng.randrange(4, 19), pick(rng, ['Main', 'Cross'])),
                        '%s-%d, %s' % (pick(rng, 'ABCDE'), rng.randrange(1, 99), pick(rng, ['Green Park', 'Shanti Nagar', 'Ram Vihar']))])
        lines = [l1, '%s, %s %s' % (town, area, pc)]
        street = l1
    else:  # ZA
        l1 = '%d %s' % (num, street)
        lines = [l1, ('%s, %s %s' % (town, area, pc)) if area else ('%s %s' % (town, pc))]
    return {'lines': lines, 'street': street, 'line1': lines[0], 'town': town, 'area': area,
            'postcode': pc, 'one': ', '.join(lines), 'num': str(num) if region not in ('US', 'CA', 'IN') else lines[0].split(' ')[0]}


# ---------------------------------------------------------------- dates
def dob_for_age(rng, age):
    # born so that on REF date the child is `age`
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    y = REF_YEAR - age
    if (m, d) > (REF_MONTH, REF_DAY):
        y -= 1
    return (y, m, d)


def fmt_date(rng, region, ymd, style=None):
    y, m, d = ymd
    if region == 'US':
        opts = ['%02d/%02d/%d' % (m, d, y), '%s %d, %d' % (MONTHS[m - 1], d, y), '%d/%d/%d' % (m, d, y),
                '%s %d, %d' % (MON3[m - 1], d, y)]
    elif region == 'CA':
        opts = ['%d-%02d-%02d' % (y, m, d), '%s %d, %d' % (MONTHS[m - 1], d, y), '%02d/%02d/%d' % (d, m, y)]
    elif region == 'IN':
        opts = ['%02d/%02d/%d' % (d, m, y), '%02d-%02d-%d' % (d, m, y), '%d %s %d' % (d, MONTHS[m - 1], y)]
    elif region == 'ZA':
        opts = ['%d/%02d/%02d' % (y, m, d), '%02d/%02d/%d' % (d, m, y), '%d %s %d' % (d, MONTHS[m - 1], y)]
    else:
        opts = ['%02d/%02d/%d' % (d, m, y), '%d %s %d' % (d, MONTHS[m - 1], y), '%d %s %d' % (d, MON3[m - 1], y),
                '%d.%d.%d' % (d, m, y)]
    if style is None:
        return pick(rng, opts)
    return opts[style % len(opts)]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


def fmt_daymonth(rng, region, ymd):
    y, m, d = ymd
    if region in ('US', 'CA'):
        return pick(rng, ['%s %d' % (MONTHS[m - 1], d), '%s %s' % (MON3[m - 1], ordinal(d)), '%d/%d' % (m, d)])
    return pick(rng, ['%d %s' % (d, MONTHS[m - 1]), '%s %s' % (ordinal(d), MONTHS[m - 1]), '%d/%d' % (d, m),
                      '%s of %s' % (ordinal(d), MONTHS[m - 1])])


def event_date(rng, region):
    """A near-future date (not a birth date) formatted for the region."""
    m = rng.randrange(3, 12)
    d = rng.randrange(1, 29)
    wd = DAYS[(d * 3 + m) % 7]
    if region in ('US', 'CA'):
        return pick(rng, ['%s, %s %d' % (wd, MONTHS[m - 1], d), '%d/%d/%d' % (m, d, REF_YEAR), '%s %d' % (MON3[m - 1], d)])
    return pick(rng, ['%s %d %s' % (wd, d, MONTHS[m - 1]), '%02d/%02d/%d' % (d, m, REF_YEAR), '%d %s' % (d, MON3[m - 1])])


# ---------------------------------------------------------------- school years
def year_label(rng, region, age, short=False):
    if region == 'US':
        g = age - 5
        if g <= 0:
            return 'Kindergarten'
        return pick(rng, ['Grade %d' % g, '%s Grade' % ordinal(g), '%s grade' % ordinal(g)]) if not short else '%s gr' % ordinal(g)
    if region == 'CA':
        g = age - 5
        return 'Grade %d' % max(g, 1) if not short else 'Gr. %d' % max(g, 1)
    if region in ('UK', 'NZ'):
        y = age - 4
        return ('Year %d' % y) if not short else pick(rng, ['Y%d' % y, 'Yr %d' % y])
    if region == 'AU':
        y = age - 5
        if y <= 0:
            return 'Prep'
        return ('Year %d' % y) if not short else 'Yr %d' % y
    if region == 'IE':
        if age <= 5:
            return 'Senior Infants'
        if age <= 11:
            return '%s Class' % ordinal(age - 5)
        return '%s Year' % ordinal(age - 11)
    if region == 'IN':
        c = age - 5
        roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']
        return pick(rng, ['Class %d' % c, 'Std %s' % roman[max(c, 1) - 1], 'Class %s' % roman[max(c, 1) - 1]])
    g = age - 6
    return 'Grade %d' % max(g, 1) if not short else 'Gr %d' % max(g, 1)


def class_code(rng, region, age):
    if region in ('UK', 'NZ'):
        return '%d%s' % (age - 4, pick(rng, 'ABCDHKMRSW'))
    if region == 'IN':
        return '%d-%s' % (age - 5, pick(rng, 'ABCD'))
    if region == 'IE':
        return pick(rng, ['Room %d' % rng.randrange(1, 20), '%s Class' % ordinal(max(age - 5, 1))])
    return '%d%s' % (max(age - 5, 1), pick(rng, 'ABCDEF'))


def age_phrase(rng, age):
    return pick(rng, ['%d years old' % age, '%d yrs old' % age, 'age %d' % age, '%d yo' % age, '%d y/o' % age,
                      'Age %d' % age, '%d yrs' % age])


# ---------------------------------------------------------------- schools and orgs
def school_name(rng, region):
    p = pick(rng, PLACES)
    s = pick(rng, SAINTS)
    if region == 'US':
        opts = ['%s Elementary School' % p, '%s Middle School' % p, '%s Elementary' % p, "St. %s's Catholic School" % s,
                '%s Academy' % p]
    elif region == 'UK':
        opts = ['%s Primary School' % p, '%s Academy' % p, "St %s's C of E Primary" % s, '%s Community College' % p,
                '%s Junior School' % p]
    elif region == 'IE':
        opts = ["St %s's National School" % s, 'Scoil %s' % pick(rng, ['Mhuire', 'Bhride', 'Iosef', 'Eoin', 'Padraig']),
                '%s Community School' % p, 'Gaelscoil %s' % pick(rng, ['an Chnoic', 'na Mara', 'Ruain', 'Eanna']),
                '%s Educate Together NS' % p]
    elif region == 'CA':
        opts = ['%s Public School' % p, '%s Elementary School' % p, 'Ecole %s' % pick(rng, ['Sainte-Anne', 'du Lac', 'des Pins']),
                '%s Middle School' % p, "St. %s Catholic Elementary" % s]
    elif region == 'AU':
        opts = ['%s Primary School' % p, '%s State School' % p, '%s Public School' % p, "St %s's Catholic Primary" % s,
                '%s College' % p]
    elif region == 'NZ':
        opts = ['%s School' % p, '%s Intermediate' % p, '%s Primary School' % p,
                'Te Kura o %s' % pick(rng, ['Waitaha', 'Rangiora', 'Maungawhau', 'Tawa']), '%s College' % p]
    elif region == 'IN':
        opts = ['%s Vidyalaya' % pick(rng, ['Sri Sai', 'Saraswati', 'Kendriya', 'Gyan Jyoti', 'Vivekananda']),
                '%s Public School' % p, "St. %s's Convent School" % s, '%s International School' % p,
                '%s Vidya Mandir' % pick(rng, ['Sri Sai', 'Bharati', 'Amrita'])]
    else:
        opts = ['Laerskool %s' % pick(rng, ['Waterkloof', 'Eldoraigne', 'Protea', 'Fichardtpark', 'Die Wilgers']),
                '%s Primary School' % p, '%s High School' % p, '%s Preparatory' % p, "St %s's College" % s]
    return pick(rng, opts)


def school_short(name):
    words = [w for w in name.replace('.', '').split() if w[0].isupper() and w not in ('School',)]
    return ''.join(w[0] for w in words)[:4].upper() or 'SCH'


SPORTS = [('FC', 'Football'), ('Netball Club', 'Netball'), ('Swim Club', 'Swimming'), ('RFC', 'Rugby'),
          ('Cricket Club', 'Cricket'), ('Basketball', 'Basketball'), ('Hockey Club', 'Hockey'),
          ('Athletics Club', 'Athletics'), ('Gymnastics', 'Gymnastics'), ('GAA', 'Hurling')]
MASCOTS = ['Rovers', 'Rangers', 'Falcons', 'Hawks', 'Tigers', 'Wolves', 'Sharks', 'Comets', 'Lions', 'Stingrays',
           'Kestrels', 'Wildcats', 'United', 'Athletic', 'Harriers']


def team_name(rng, region):
    p = pick(rng, PLACES)
    if region == 'IE' and rng.random() < 0.5:
        return '%s GAA' % pick(rng, ['Naomh Padraig', 'St Kevins', 'Clann na Gael', 'Round Towers', p])
    kind = rng.randrange(4)
    if kind == 0:
        return '%s %s' % (p, pick(rng, MASCOTS))
    if kind == 1:
        return '%s %s FC' % (p, pick(rng, ['Rovers', 'United', 'Athletic', 'City', 'Celtic']))
    if kind == 2:
        return '%s %s' % (p, pick(rng, ['Netball Club', 'Swim Club', 'Hockey Club', 'Cricket Club', 'RFC', 'Basketball Club']))
    return '%s %s' % (p, pick(rng, ['Juniors', 'Youth FC', 'Little Athletics', 'Gymnastics Academy']))


def age_group(rng, age):
    return pick(rng, ['U%d' % (age + 1), 'U%d' % (age + 1), 'Under %d' % (age + 1), 'U%ds' % (age + 1)])


def org_name(rng, region):
    p = pick(rng, PLACES)
    kind = rng.randrange(7)
    if kind == 0:
        return team_name(rng, region)
    if kind == 1:
        return '%s %s Scouts' % (ordinal(rng.randrange(1, 12)), p) if rng.random() < 0.5 else '%s %s' % (
            ordinal(rng.randrange(1, 9)), pick(rng, ['%s Brownies' % p, '%s Cubs' % p, '%s Guides' % p, '%s Beavers' % p]))
    if kind == 2:
        return pick(rng, ["St %s's Parish Youth Group" % pick(rng, SAINTS), '%s Baptist Church Kids Club' % p,
                          '%s Masjid Madrasah' % pick(rng, ['Al-Noor', 'Al-Huda', 'Baitul', p]),
                          '%s Gurdwara Youth' % p, 'Sri %s Temple Bal Vihar' % pick(rng, ['Murugan', 'Ganesha', 'Venkateswara']),
                          '%s Synagogue Cheder' % pick(rng, ['Beth Shalom', 'Temple Emanuel', p])])
    if kind == 3:
        return '%s %s' % (p, pick(rng, ['Dance Academy', 'Music School', 'Coding Club', 'Chess Club', 'Drama Club',
                                          'Karate Dojo', 'Art Studio', 'Youth Orchestra']))
    if kind == 4:
        return '%s %s' % (surname(rng, region), pick(rng, ['& Sons Plumbing', 'Family Dental', 'Accountants', 'Motors',
                                                            'Physiotherapy', 'Builders Ltd']))
    if kind == 5:
        return '%s %s' % (p, pick(rng, ['Veterinary Clinic', 'Medical Centre', 'Pharmacy', 'Library Volunteers',
                                          'Surf Life Saving Club', 'Community Garden']))
    return '%s %s' % (p, pick(rng, ['Swim School', 'Tennis Club', 'Athletics Club', 'Robotics Team', 'Choir']))


def workplace(rng, region):
    p = pick(rng, PLACES)
    return pick(rng, ['%s Medical Centre' % p, '%s Dental' % p, '%s Hardware' % p, '%s Pharmacy' % p,
                      '%s & Co Accountants' % surname(rng, region), '%s Veterinary Clinic' % p,
                      '%s Logistics' % p, '%s Primary School' % p])


# ---------------------------------------------------------------- online identity
WORDS = ['shadow', 'pixel', 'fox', 'panda', 'ninja', 'star', 'moon', 'sky', 'dragon', 'kitty', 'gamer', 'blaze',
         'frost', 'storm', 'cookie', 'bunny', 'wolf', 'comet', 'lava', 'cyber', 'boba', 'mango', 'unicorn',
         'creeper', 'rocket', 'turbo', 'sparkle', 'echo', 'nova', 'ghost', 'taco', 'penguin', 'koala', 'otter']


def handle(rng, first=None, year=None, style=None):
    f = (first or pick(rng, ['Zee', 'Max', 'Lulu', 'Jay', 'Kiki'])).lower().replace("'", '').replace(' ', '').replace('-', '')
    w1, w2 = pick(rng, WORDS), pick(rng, WORDS)
    yy = str(year % 100).zfill(2) if year else str(rng.randrange(1, 99))
    style = rng.randrange(10) if style is None else style
    if style == 0:
        return '%s_%s%s' % (f, w1, yy)
    if style == 1:
        return 'xX%s%sXx' % (w1.capitalize(), w2.capitalize())
    if style == 2:
        return '%s.%s%s' % (w1, f, yy)
    if style == 3:
        return 'the_real_%s%s' % (f, rng.randrange(1, 999))
    if style == 4:
        return '%s%s%d' % (w1.capitalize(), w2.capitalize(), rng.randrange(10, 9999))
    if style == 5:
        return '%s.%s' % (f, w1)
    if style == 6:
        return '%s_%s_%s' % (w1, f, yy)
    if style == 7:
        return '%s%s' % (f, yy + str(rng.randrange(10)))
    if style == 8:
        return 'its%s%s' % (f, w1)
    return '%s%s_%s' % (w1, w2, yy)


def email(rng, region, first, last, kid=False, year=None):
    f = first.lower().replace("'", '').replace(' ', '').replace('-', '')
    l = last.lower().replace("'", '').replace(' ', '')
    doms = {'US': ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'],
            'UK': ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk'],
            'IE': ['gmail.com', 'eircom.net', 'hotmail.com', 'outlook.ie', 'icloud.com'],
            'CA': ['gmail.com', 'shaw.ca', 'rogers.com', 'outlook.com', 'icloud.com'],
            'AU': ['gmail.com', 'bigpond.com', 'outlook.com.au', 'icloud.com', 'optusnet.com.au'],
            'NZ': ['gmail.com', 'xtra.co.nz', 'outlook.co.nz', 'icloud.com', 'slingshot.co.nz'],
            'IN': ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com', 'hotmail.com'],
            'ZA': ['gmail.com', 'mweb.co.za', 'telkomsa.net', 'webmail.co.za', 'outlook.com']}[region]
    d = pick(rng, doms)
    yy = str((year or 2013) % 100).zfill(2)
    if kid:
        loc = pick(rng, ['%s.%s%s' % (f, l, yy), '%s%s%d' % (f, pick(rng, WORDS), rng.randrange(1, 99)),
                         '%s_%s' % (f, l[:1]) + yy, '%s%s' % (f[:1], l) + str(rng.randrange(10, 99))])
    else:
        loc = pick(rng, ['%s.%s' % (f, l), '%s%s' % (f[:1], l), '%s.%s%d' % (f, l, rng.randrange(1, 99)),
                         '%s_%s' % (l, f), '%s%s' % (f, l[:1])])
    return '%s@%s' % (loc, d)


def personal_url(rng, h, region):
    k = rng.randrange(9)
    pre = pick(rng, ['', '', 'https://', 'www.'])
    if k == 0:
        return pre.replace('www.', 'www.') + 'instagram.com/' + h
    if k == 1:
        return pre + 'tiktok.com/@' + h
    if k == 2:
        return pre + 'youtube.com/@' + h
    if k == 3:
        return pre.replace('www.', '') + 'snapchat.com/add/' + h
    if k == 4:
        return pre + 'twitch.tv/' + h
    if k == 5:
        return 'roblox.com/users/%d/profile' % rng.randrange(100000000, 4000000000)
    if k == 6:
        return 'discord.gg/' + invite_code(rng)
    if k == 7:
        return 'wa.me/' + intl_digits(rng, region)[0]
    return 't.me/' + h.replace('.', '_')


def invite_code(rng):
    chars = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
    return ''.join(pick(rng, chars) for _ in range(rng.randrange(7, 10)))


def wifi_password(rng):
    return '%s%s%d' % (pick(rng, WORDS), pick(rng, WORDS).capitalize(), rng.randrange(10, 9999))


# ---------------------------------------------------------------- persona
class Persona:
    """A child with family, contacts and online identity (all invented)."""

    def __init__(self, rng, region):
        self.region = region
        self.gender = pick(rng, ['F', 'M'])
        self.first = first_name(rng, region, self.gender)
        self.last = surname(rng, region)
        self.full = '%s %s' % (self.first, self.last)
        self.age = rng.randrange(6, 16)
        self.dob = dob_for_age(rng, self.age)
        self.birth_year = self.dob[0]
        self.year = year_label(rng, region, self.age)
        self.cls = class_code(rng, region, self.age)
        self.school = school_name(rng, region)
        self.addr = address(rng, region)
        self.pgender = pick(rng, ['F', 'M'])
        self.parent_first = first_name(rng, region, self.pgender)
        self.parent_last = self.last if rng.random() < 0.75 else surname(rng, region)
        self.parent = '%s %s' % (self.parent_first, self.parent_last)
        self.parent2 = '%s %s' % (first_name(rng, region, 'M' if self.pgender == 'F' else 'F'), self.last)
        self.phone_parent = mobile(rng, region)
        self.phone_parent2 = mobile(rng, region)
        self.phone_kid = mobile(rng, region)
        self.phone_home = landline(rng, region)
        self.email_parent = email(rng, region, self.parent_first, self.parent_last)
        self.email_kid = email(rng, region, self.first, self.last, kid=True, year=self.birth_year)
        self.handle = handle(rng, self.first, self.birth_year)
        self.handle2 = handle(rng, self.first, self.birth_year)
        self.friends = [first_name(rng, region) for _ in range(8)]
        self.friend_lasts = [surname(rng, region) for _ in range(8)]
        self.friend_handles = [handle(rng, f) for f in self.friends]
        self.team = team_name(rng, region)
        self.agegroup = age_group(rng, self.age)
        self.org = org_name(rng, region)
        self.work = workplace(rng, region)
        self.teacher = teacher_name(rng, region)
        self.url = personal_url(rng, self.handle, region)
        self.sibling = first_name(rng, region)
        self.pet = pick(rng, ['Biscuit', 'Milo', 'Luna', 'Pepper', 'Coco', 'Mochi', 'Rusty', 'Bella', 'Ziggy', 'Nala',
                              'Poppy', 'Oreo', 'Simba', 'Marmalade', 'Kiwi'])
