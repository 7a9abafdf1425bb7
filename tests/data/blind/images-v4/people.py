"""Invented people, phones, addresses, schools per region (all fictional)."""
import random

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']

R = {
    'US': dict(
        first=['Mason', 'Ava', 'Jayden', 'Harper', 'Brielle', 'Colton', 'Madison', 'Eli'],
        last=['Brennaman', 'Thorsby', 'Kowalczyk', 'Delmonte', 'Whitacre', 'Ostrander'],
        streets=['Cottonwood Ln', 'Maple Ridge Dr', 'Hollis Ave', 'Quail Run Ct', 'Birchwood Blvd'],
        towns=[('Brookhaven Falls', 'OH', '436'), ('Millbrook Springs', 'IA', '521'),
               ('Cedar Bluff Hts', 'NC', '286')],
        schools=['Cedar Hollow Middle School', 'Brookhaven Falls Elementary',
                 'Quarry Ridge Junior High', 'Lakemont Academy of Science'],
        area=['614', '319', '828', '740', '563'],
    ),
    'UK': dict(
        first=['Oliver', 'Isla', 'Freddie', 'Poppy', 'Alfie', 'Evie', 'Harrison', 'Maisie'],
        last=['Pendlebury', 'Ashcombe', 'Threlfall', 'Gosforth', 'Wainwright-Lee', 'Hardcastle'],
        streets=['Wrenfield Close', 'Orchard Mews', 'Tanner Street', 'Kestrel Way', 'Holloway Gardens'],
        towns=[('Kestlebridge', 'KB'), ('Ashbury-on-Wey', 'AW'), ('Little Harrowden', 'LH')],
        schools=["St Aldric's C of E Primary School", 'Kestlebridge Academy',
                 'Harrowden Vale Primary', 'Ashbury Grange School'],
    ),
    'IE': dict(
        first=['Cian', 'Aoife', 'Oisin', 'Saoirse', 'Darragh', 'Niamh', 'Fionn', 'Clodagh'],
        last=['Ni Bhraonain', 'Mulcahy', 'Donnellan', 'Fitzmaurice', 'Kinsella', 'Hanratty'],
        streets=['Glenmore Park', 'Chapel Lane', 'Ard na Greine', 'Sallyfield Road', 'Rowan Grove'],
        towns=[('Ballycarrow', 'Kildare', 'W91'), ('Kilmurragh', 'Galway', 'H54'),
               ('Drumcollan', 'Cavan', 'H12')],
        schools=['Scoil Bhride Ballycarrow', 'Kilmurragh National School',
                 'Colaiste Naomh Padraig', 'Gaelscoil an Ghleanna'],
    ),
    'CA': dict(
        first=['Logan', 'Chloe', 'Nolan', 'Zoey', 'Owen', 'Avery', 'Gabriel', 'Leah'],
        last=['Tremblay-Orr', 'MacPhedran', 'Lachance', 'Nakamura-Bell', 'Sigurdson', 'Beaulieu'],
        streets=['Spruce Hollow Rd', 'Lakeshore Cres', 'Tamarack Dr', 'Rue des Ormes', 'Caribou Trail'],
        towns=[('Pinehurst Landing', 'BC', 'V'), ('Maple Crossing', 'ON', 'L'),
               ('Riviere-aux-Pins', 'QC', 'J')],
        schools=['Pinehurst Landing Secondary', 'Maple Crossing Public School',
                 'Ecole Riviere-aux-Pins', 'Tamarack Heights Middle School'],
        area=['604', '905', '450', '250', '613'],
    ),
    'AU': dict(
        first=['Lachlan', 'Matilda', 'Hamish', 'Ruby', 'Jarrah', 'Sienna', 'Cooper', 'Mia'],
        last=['Featherstone', 'Kovacic', 'Merriwether', 'Tanaka-Reid', 'Dunleavy', 'Barrington'],
        streets=['Wattlebird Cres', 'Jacaranda St', 'Bottlebrush Ave', 'Gumleaf Rd', 'Koala Cl'],
        towns=[('Wattle Creek', 'NSW', '2'), ('Bellara Heights', 'QLD', '4'),
               ('Yarraburn', 'VIC', '3')],
        schools=['Wattle Creek Public School', 'Bellara Heights State School',
                 'Yarraburn Primary School', 'St Brigid\'s College Yarraburn'],
    ),
    'NZ': dict(
        first=['Nikau', 'Aria', 'Tane', 'Manaia', 'Finn', 'Isla', 'Kauri', 'Ruby'],
        last=['Te Whare', 'Hollingsworth', 'Paewai-Smith', 'Mackenzie-Ward', 'Rangitoto', 'Fenwick'],
        streets=['Kowhai Lane', 'Pohutukawa Drive', 'Tui Street', 'Harbourview Tce', 'Rimu Road'],
        towns=[('Kowhai Bay', 'Tauranga', '31'), ('Totara Downs', 'Hamilton', '32'),
               ('Matai Heights', 'Dunedin', '90')],
        schools=['Kowhai Bay School', 'Totara Downs Intermediate',
                 'Matai Heights Kura', 'Harbourview College'],
    ),
    'IN': dict(
        first=['Aarav', 'Ananya', 'Vihaan', 'Diya', 'Ishaan', 'Saanvi', 'Reyansh', 'Kavya'],
        last=['Raghunathan', 'Deshpande', 'Malhotra', 'Venkatesan', 'Chaturvedi', 'Iyengar'],
        streets=['Gulmohar Residency', 'Shanti Kunj Apts', 'Nilgiri Towers', 'Lotus Enclave',
                 'Ashoka Vihar'],
        towns=[('Sunderpur', 'Sector 14', '4110'), ('Kamalnagar', 'Phase 2', '5600'),
               ('Navrangpur', 'Ward 7', '3800')],
        schools=['Sunderpur Public School', 'Kamalnagar Vidya Mandir',
                 'Navrangpur International School', 'Shri Gyan Jyoti High School'],
    ),
    'ZA': dict(
        first=['Lwazi', 'Thandiwe', 'Pieter', 'Naledi', 'Sipho', 'Anika', 'Kagiso', 'Zara'],
        last=['Mokoena-Dlamini', 'van der Westhuizen', 'Nkosana', 'Botha-Mahlangu', 'Ndlovu-Smit',
              'Pretorius'],
        streets=['Protea Crescent', 'Jacaranda Avenue', 'Kiepersol Street', 'Fynbos Lane',
                 'Marula Close'],
        towns=[('Silverkloof', 'Pretoria', '01'), ('Jacaranda Park', 'Durban', '40'),
               ('Fynbosrand', 'Cape Town', '79')],
        schools=['Silverkloof Primary School', 'Hoerskool Fynbosrand',
                 'Jacaranda Park High School', 'Marula Ridge Preparatory'],
    ),
}

REGIONS = list(R.keys())


def phone(region, rng, intl=False):
    r = rng
    if region in ('US', 'CA'):
        a = r.choice(R[region]['area'])
        x = r.randint(10, 99)
        if intl:
            return f'+1 {a} 555 01{x}'
        return r.choice([f'({a}) 555-01{x}', f'{a}-555-01{x}', f'{a}.555.01{x}'])
    if region == 'UK':
        x = r.randint(100, 999)
        return f'+44 7700 900{x}' if intl else r.choice([f'07700 900{x}', f'07700900{x}'])
    if region == 'IE':
        p, a, b = r.choice(['83', '85', '86', '87', '89']), r.randint(100, 999), r.randint(1000, 9999)
        return f'+353 {p} {a} {b}' if intl else f'0{p} {a} {b}'
    if region == 'AU':
        x = r.randint(100, 999)
        return f'+61 491 570 {x}' if intl else f'0491 570 {x}'
    if region == 'NZ':
        a, b = r.randint(100, 999), r.randint(1000, 9999)
        return f'+64 21 {a} {b}' if intl else f'021 {a} {b}'
    if region == 'IN':
        a, b = r.randint(70000, 99999), r.randint(10000, 99999)
        return f'+91 {a} {b}' if intl else r.choice([f'{a} {b}', f'{a}{b}', f'+91 {a}-{b}'])
    if region == 'ZA':
        p, a, b = r.choice(['071', '072', '082', '083', '084']), r.randint(100, 999), r.randint(1000, 9999)
        return f'+27 {p[1:]} {a} {b}' if intl else f'{p} {a} {b}'
    raise ValueError(region)


def phone_digits(p):
    return ''.join(ch for ch in p if ch.isdigit() or ch == '+')


def _uk_postcode(r, pre):
    return f'{pre}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice("ABDEFGHJLNPQRSTUWXYZ")}{r.choice("ABDEFGHJLNPQRSTUWXYZ")}'


def address(region, rng):
    """returns list of lines"""
    r = rng
    D = R[region]
    st = r.choice(D['streets'])
    n = r.randint(2, 148)
    t = r.choice(D['towns'])
    if region == 'US':
        return [f'{n} {st}', f'{t[0]}, {t[1]} {t[2]}{r.randint(10, 99)}']
    if region == 'CA':
        pc = f'{t[2]}{r.randint(1, 9)}{r.choice("ABCEGHJKLMNPRSTVXY")} {r.randint(1, 9)}{r.choice("ABCEGHJKLMNPRSTVWXYZ")}{r.randint(1, 9)}'
        return [f'{n} {st}', f'{t[0]}, {t[1]} {pc}']
    if region == 'UK':
        return [f'{n} {st}', t[0], _uk_postcode(r, t[1])]
    if region == 'IE':
        ec = f'{t[2]} {r.choice("ACDEFHKNPRTVWXY")}{r.randint(1, 9)}{r.choice("ACDEFHKNPRTVWXY")}{r.randint(1, 9)}'
        return [f'{n} {st}', f'{t[0]}, Co. {t[1]}', ec]
    if region == 'AU':
        return [f'{n} {st}', f'{t[0]} {t[1]} {t[2]}{r.randint(100, 999)}']
    if region == 'NZ':
        return [f'{n} {st}', f'{t[0]}, {t[1]} {t[2]}{r.randint(10, 99)}']
    if region == 'IN':
        return [f'Flat {r.randint(1, 12)}0{r.randint(1, 8)}, {st}', f'{t[1]}, {t[0]} {t[2]}{r.randint(10, 99)}']
    if region == 'ZA':
        return [f'{n} {st}', f'{t[0]}, {t[1]}, {t[2]}{r.randint(10, 99)}']
    raise ValueError(region)


def dob(region, rng, age):
    y = 2025 - age
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if region == 'US':
        return rng.choice([f'{m:02d}/{d:02d}/{y}', f'{MONTHS[m - 1]} {d}, {y}'])
    if region == 'ZA':
        return f'{y}-{m:02d}-{d:02d}'
    if region == 'IN':
        return rng.choice([f'{d:02d}-{m:02d}-{y}', f'{d:02d}/{m:02d}/{y}'])
    return rng.choice([f'{d:02d}/{m:02d}/{y}', f'{d} {MONTHS[m - 1]} {y}'])


def person(region, seed):
    r = random.Random(seed)
    D = R[region]
    first, last = r.choice(D['first']), r.choice(D['last'])
    age = r.randint(7, 15)
    t = r.choice(D['towns'])
    lastc = last.replace(' ', '').replace('-', '').lower()
    handle = r.choice([f'{first.lower()}_{lastc[:5]}{r.randint(2, 99)}',
                       f'xX{first}{r.randint(10, 99)}Xx',
                       f'{first.lower()}.{lastc[:4]}.{2025 - age}',
                       f'{first.lower()}{t[0].split()[0].lower().replace("-", "")}{r.randint(1, 9)}'])
    dom = r.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.co.uk'
                    if region == 'UK' else 'proton.me'])
    email = f'{first.lower()}.{lastc}{r.randint(10, 99)}@{dom}'
    parent_first = r.choice(['Karen', 'Deepa', 'Michael', 'Sinead', 'Thabo', 'Grace', 'Tom', 'Priya',
                             'Aroha', 'Marc', 'Jodie', 'Rohan'])
    return dict(region=region, first=first, last=last, full=f'{first} {last}', age=age,
                dob=dob(region, r, age), phone=phone(region, r), phone_intl=phone(region, r, True),
                addr=address(region, r), town=t[0], school=r.choice(D['schools']), handle=handle,
                email=email, parent=f'{parent_first} {last}', parent_phone=phone(region, r),
                year=r.choice([3, 4, 5, 6, 7, 8, 9]))


def grade(region, p):
    y = p['year']
    if region in ('US', 'CA'):
        return f'Grade {y}'
    if region == 'IE':
        return ['1st Class', '2nd Class', '3rd Class', '4th Class', '5th Class', '6th Class', '1st Year',
                '2nd Year', '3rd Year'][y - 1]
    if region == 'IN':
        return f'Class {y}-{random.Random(y).choice("ABC")}'
    return f'Year {y}'
