"""Invented people, phones, addresses, schools, clubs and handles per region."""
import random

REGIONS = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ', 'IN', 'ZA']
REF_YEAR = 2025

KIDS = {
    'US': ['Madison', 'Jaylen', 'Brooklyn', 'Mason', 'Aubrey', 'Caden', 'Harper', 'Elijah', 'Kinsley', 'Declan',
           'Skylar', 'Landon', 'Paisley', 'Bryce', 'Addison', 'Carter', 'Nevaeh', 'Grayson', 'Riley', 'Tucker'],
    'UK': ['Isla', 'Alfie', 'Poppy', 'Freddie', 'Evie', 'Archie', 'Maisie', 'Harrison', 'Ruby', 'Theo',
           'Millie', 'Oscar', 'Imogen', 'Reggie', 'Florence', 'Jude', 'Phoebe', 'Ollie', 'Darcey', 'Finley'],
    'IE': ['Saoirse', 'Cian', 'Aoife', 'Oisin', 'Niamh', 'Tadhg', 'Caoimhe', 'Darragh', 'Clodagh', 'Fionn',
           'Ciara', 'Ronan', 'Orla', 'Eoin', 'Sadhbh', 'Conor', 'Roisin', 'Cathal', 'Grainne', 'Padraig'],
    'CA': ['Chloe', 'Liam', 'Maeve', 'Nolan', 'Avery', 'Tristan', 'Brielle', 'Xavier', 'Juliette', 'Owen',
           'Amelie', 'Gabriel', 'Rosalie', 'Logan', 'Emma-Rose', 'Felix', 'Mackenzie', 'Hunter', 'Leah', 'Zachary'],
    'AU': ['Matilda', 'Cooper', 'Ivy', 'Lachlan', 'Willow', 'Hamish', 'Frankie', 'Banjo', 'Sienna', 'Koby',
           'Indie', 'Flynn', 'Harper', 'Angus', 'Chelsea', 'Bailey', 'Mackenzie', 'Jarrah', 'Tahlia', 'Brodie'],
    'NZ': ['Aroha', 'Nikau', 'Mia', 'Tane', 'Manaia', 'Kaia', 'Rangi', 'Ella', 'Wiremu', 'Hana',
           'Ari', 'Kiri', 'Tama', 'Anahera', 'Hunter', 'Georgia', 'Mikaere', 'Ruby', 'Kauri', 'Tui'],
    'IN': ['Aarav', 'Diya', 'Vihaan', 'Ananya', 'Arjun', 'Ishita', 'Kabir', 'Saanvi', 'Reyansh', 'Myra',
           'Advik', 'Kiara', 'Dhruv', 'Aadhya', 'Ishaan', 'Navya', 'Vivaan', 'Tanvi', 'Rohan', 'Meher'],
    'ZA': ['Thabo', 'Lerato', 'Sipho', 'Naledi', 'Liam', 'Amahle', 'Kagiso', 'Zanele', 'Pieter', 'Anika',
           'Lwazi', 'Nomvula', 'Tshepo', 'Refilwe', 'Jaco', 'Lindiwe', 'Bongani', 'Mieke', 'Ayanda', 'Kyle'],
}
ADULTS = {
    'US': ['Jennifer', 'Brian', 'Tiffany', 'Derek', 'Heather', 'Travis'],
    'UK': ['Claire', 'Gareth', 'Nicola', 'Darren', 'Joanne', 'Stuart'],
    'IE': ['Siobhan', 'Declan', 'Aisling', 'Ciaran', 'Deirdre', 'Brendan'],
    'CA': ['Nathalie', 'Kevin', 'Stephanie', 'Marc', 'Melissa', 'Trevor'],
    'AU': ['Kylie', 'Shane', 'Narelle', 'Craig', 'Belinda', 'Darren'],
    'NZ': ['Moana', 'Hemi', 'Rachel', 'Grant', 'Awhina', 'Brent'],
    'IN': ['Priya', 'Rajesh', 'Sunita', 'Anil', 'Kavita', 'Suresh'],
    'ZA': ['Nomsa', 'Johan', 'Busisiwe', 'Sello', 'Marietjie', 'Themba'],
}
SURNAMES = {
    'US': ['Kowalczyk', 'Haverford', 'Delacroix-Pine', 'Brightwater', 'Oakhurst', 'Vandermeer', 'Petrakis',
           'Lindqvist', 'Castellano', 'McAllister', 'Thornbury', 'Rasmussen'],
    'UK': ['Pemberton-Ash', 'Hollingsworth', 'Blackmore', 'Whitlock', 'Featherstone', 'Ashdown', 'Grimsditch',
           'Oakenfold', 'Tremayne', 'Burrowes', 'Kettleborough', 'Lambourne'],
    'IE': ['Ni Bhraonain', 'Mac Giolla Bhui', 'Donnellan', 'Fitzharris', 'Colclough', 'Moynihan', 'Ua Ceallaigh',
           'Breathnach', 'Kinsella', 'McGettigan', 'Scanlan', 'Hegarty'],
    'CA': ['Tremblay-Ross', 'Lachance', 'MacInnis', 'Beaudoin', 'Okonkwo', 'Fairweather', 'Desrochers',
           'Kowalchuk', 'Arsenault', 'Pellerin', 'Strathdee', 'Gauthier'],
    'AU': ['Pettigrew', 'Karakatsanis', 'Blackwood', 'Featherby', 'Nguyen-Marsh', 'Rountree', 'Cavanagh',
           'Tregear', 'Yardley', 'Westaway', 'Colquhoun', 'Ellery'],
    'NZ': ['Te Rangi', 'Parata', 'Hohaia', 'McKendry', 'Tipene', 'Waaka', 'Stirling-Rae', 'Rewiti',
           'Hollis', 'Pomare', 'Kereama', 'Ashgrove'],
    'IN': ['Raghunathan', 'Deshpande', 'Chattopadhyay', 'Venkataraman', 'Kulkarni', 'Bhattacharjee',
           'Subramaniam', 'Iyengar', 'Malhotra', 'Nambiar', 'Pillai', 'Khandelwal'],
    'ZA': ['Mokoena', 'Dlamini', 'van der Westhuizen', 'Nkosi', 'Botha', 'Mahlangu', 'Ndlovu', 'Pretorius',
           'Khumalo', 'Sithole', 'Oosthuizen', 'Mthembu'],
}
STREETS = {
    'US': (['Maple Hollow', 'Cedar Bluff', 'Quail Run', 'Juniper Crest', 'Sycamore Bend', 'Old Mill Pond',
            'Bluebonnet', 'Foxtail Ridge', 'Harvest Moon', 'Silver Lantern'],
           ['Dr', 'Ln', 'Ct', 'Ave', 'Way', 'Blvd', 'Rd']),
    'UK': (['Larkspur', 'Kestrel', 'Foxglove', 'Marigold', 'Thistledown', 'Wrenfield', 'Haverleigh', 'Copperbeech',
            'Millstream', 'Sandpiper'], ['Close', 'Road', 'Avenue', 'Gardens', 'Crescent', 'Lane', 'Mews', 'Way']),
    'IE': (['Ballinwood', 'Ardmore Park', 'Rathgowan', 'Sallyglen', 'Woodbine', 'Clonbrack', 'Hazelhatch',
            'Knocklyon Vale', 'Glenealy', 'Carrigmore'], ['Road', 'Avenue', 'Park', 'Grove', 'Drive', 'Court', 'Lawn']),
    'CA': (['Birchmount', 'Tamarack', 'Loon Lake', 'Snowberry', 'Red Cedar', 'Chickadee', 'Fiddlehead',
            'Northern Lights', 'Aspen Grove', 'Timberlane'], ['Crescent', 'Street', 'Drive', 'Road', 'Avenue', 'Trail']),
    'AU': (['Wattle', 'Banksia', 'Kookaburra', 'Bottlebrush', 'Coolabah', 'Grevillea', 'Lilly Pilly', 'Jacaranda',
            'Ironbark', 'Waratah'], ['Street', 'Grove', 'Parade', 'Crescent', 'Close', 'Court', 'Avenue']),
    'NZ': (['Kowhai', 'Pohutukawa', 'Rimu', 'Totara', 'Manuka', 'Harakeke', 'Kereru', 'Tui Glen', 'Karaka',
            'Nikau Palm'], ['Road', 'Street', 'Place', 'Terrace', 'Lane', 'Crescent', 'Grove']),
    'IN': (['Gulmohar', 'Ashoka', 'Neelkanth', 'Parijat', 'Champak', 'Kamala', 'Saraswati', 'Jamun', 'Anand',
            'Tulsi'], ['Marg', 'Road', 'Cross', 'Main Road', 'Street', 'Lane']),
    'ZA': (['Protea', 'Jacaranda', 'Fynbos', 'Sunbird', 'Aloe', 'Kiepersol', 'Marula', 'Acacia', 'Umdoni',
            'Vygie'], ['Street', 'Avenue', 'Road', 'Crescent', 'Close', 'Drive']),
}
TOWNS = {
    'US': [('Larkmoor', 'OR'), ('Quillfield', 'OH'), ('Bexton Falls', 'WI'), ('Harrowdale', 'CO'),
           ('Pellston Ridge', 'NC'), ('Wynnbrook', 'PA'), ('Calder Springs', 'TX'), ('Millhaven', 'MN')],
    'UK': [('Wexbury', 'WX'), ('Hollinford', 'HF'), ('Ashcombe Vale', 'AV'), ('Little Marstow', 'LM'),
           ('Brackendale', 'BK'), ('Cresswold', 'CW'), ('Thornleigh Green', 'TG'), ('Fennick-on-Lyde', 'FL')],
    'IE': [('Kilcarrow', 'Co. Wexford'), ('Drumcashel', 'Co. Meath'), ('Rathgowan', 'Co. Galway'),
           ('Clonbrack', 'Co. Kildare'), ('Ballymorrin', 'Co. Cork'), ('Knockavilla', 'Co. Limerick'),
           ('Carrowkeel Cross', 'Co. Mayo'), ('Glenmurragh', 'Co. Donegal')],
    'CA': [('Maplebrook', 'ON'), ('Birchmount Hills', 'BC'), ('Pinecliff', 'AB'), ('Riverbend Crossing', 'MB'),
           ('Cedarvale', 'NS'), ('Saint-Ambroise-des-Pins', 'QC'), ('Loonhaven', 'SK'), ('Frostfield', 'ON')],
    'AU': [('Wattle Downs', 'NSW'), ('Kurrajong Vale', 'VIC'), ('Banksia Point', 'QLD'), ('Yarrabee', 'WA'),
           ('Coolabah Springs', 'SA'), ('Brindle Heights', 'ACT'), ('Myrtleford East', 'TAS'), ('Tallowood', 'QLD')],
    'NZ': [('Kowhai Bay', 'Auckland'), ('Totara Heights', 'Hamilton'), ('Rimu Grove', 'Wellington'),
           ('Pukeatua Downs', 'Christchurch'), ('Harakeke Flat', 'Dunedin'), ('Tui Ridge', 'Tauranga'),
           ('Karaka Point', 'Nelson'), ('Moana Vale', 'Napier')],
    'IN': [('Shanthi Layout', 'Bengaluru'), ('Sunder Vihar', 'Pune'), ('Kamala Enclave', 'Chennai'),
           ('Parijat Nagar', 'Hyderabad'), ('Neelgiri Colony', 'Kochi'), ('Rajhans Park', 'Jaipur'),
           ('Ganga Residency', 'Lucknow'), ('Anandpuri', 'Ahmedabad')],
    'ZA': [('Kleinvlei Gardens', 'Cape Town'), ('Mooiplaas Estate', 'Pretoria'), ('Sunbird Hill', 'Durban'),
           ('Klipfontein View', 'Johannesburg'), ('Fynbos Ridge', 'George'), ('Umdoni Heights', 'Pietermaritzburg'),
           ('Rooihuis Park', 'Bloemfontein'), ('Aloe Glen', 'Gqeberha')],
}
SCHOOL_PREFIX = ['Larkspur', 'Willowmere', 'Kestrel Park', 'Foxglove', 'Silverbirch', 'Hawthorn Rise',
                 'Brambleton', 'Copperfield Lane', 'Oakhaven', 'Meadowlark', 'Stonebridge Hill', 'Bluewater Creek']
SAINTS = ['Brigid', 'Columba', 'Aidan', 'Benedict', 'Cuthbert', 'Finbarr', 'Hilda', 'Oswald', 'Kevin', 'Teresa']
SCHOOL_FMT = {
    'US': ['{p} Elementary School', '{p} Middle School', '{t} K-8 Academy', '{p} Intermediate School'],
    'UK': ['{p} Primary School', '{p} C of E Primary School', '{t} Academy', "St {s}'s RC Primary School",
           '{p} Junior School'],
    'IE': ["St {s}'s National School, {t}", 'Scoil Naomh {s}, {t}', 'Gaelscoil {t}', '{t} Community College',
           '{p} Educate Together NS'],
    'CA': ['{p} Public School', '{p} Elementary', 'École {p}', '{t} Middle School', '{p} Junior Public School'],
    'AU': ['{p} Public School', '{p} Primary School', '{t} State School', '{p} College', '{t} Christian College'],
    'NZ': ['{p} School', '{t} Intermediate', '{t} Primary School', '{p} College', 'Te Kura o {t}'],
    'IN': ['{p} Public School', "St. {s}'s Convent School", '{t} Vidyalaya', '{p} International School',
           'Sri {s} Vidya Mandir'],
    'ZA': ['{p} Primary School', 'Laerskool {t}', '{t} High School', '{p} Preparatory School', '{t} Primary'],
}
CLUB_FMT = {
    'US': ['{t} Youth Soccer U10', '{t} Little League', '{t} Swim Team', 'Cub Scout Pack 4{n}', '{t} Rec Center Robotics'],
    'UK': ['{t} Juniors FC U11s', '{t} Swimming Club', '{n}th {t} Scouts', '{t} Dance Academy', '{t} Rugby Club Minis'],
    'IE': ['{t} GAA Club U12', '{t} Camogie Club', '{t} Athletic Club', '{t} Foroige Youth Club', '{t} Irish Dance School'],
    'CA': ['{t} Minor Hockey U11', '{t} Figure Skating Club', '{t} Soccer Club', '{n}th {t} Scouts', '{t} Curling Juniors'],
    'AU': ['{t} Junior Netball Club', '{t} Nippers Surf Club', '{t} Cricket Club U12', '{t} Little Athletics', '{t} Aussie Rules Juniors'],
    'NZ': ['{t} Rugby Club Under 10s', '{t} Netball Centre', '{t} Kapa Haka Roopu', '{t} Waka Ama Juniors', '{t} Football Club'],
    'IN': ['{t} Cricket Academy', '{t} Chess Club', '{t} Bharatanatyam Academy', '{t} Skating Club', '{t} Robotics Club'],
    'ZA': ['{t} Rugby Club U11', '{t} Netball Club', '{t} Swimming Club', '{t} Soccer Academy', '{t} Chess Club'],
}
PLACE_FMT = ['{t} Leisure Centre', '{t} Skate Park', '{t} Library', '{t} Shopping Centre', 'the {st} playground',
             '{t} Train Station', '{t} Recreation Ground', 'the bus stop on {st}', '{t} Community Hall',
             '{t} Swimming Pool']
GRADE = {'US': 'Grade {g}', 'UK': 'Year {g}', 'IE': '{o} Class', 'CA': 'Grade {g}', 'AU': 'Year {g}',
         'NZ': 'Year {g}', 'IN': 'Class {g}', 'ZA': 'Grade {g}'}
MUM = {'US': 'Mom', 'CA': 'Mom', 'UK': 'Mum', 'IE': 'Mam', 'AU': 'Mum', 'NZ': 'Mum', 'IN': 'Mummy', 'ZA': 'Mom'}
EMAIL_DOM = {'US': ['gmail.com', 'yahoo.com', 'icloud.com'], 'UK': ['gmail.com', 'outlook.com', 'btinternet.com'],
             'IE': ['gmail.com', 'eircom.net', 'hotmail.com'], 'CA': ['gmail.com', 'rogers.com', 'outlook.com'],
             'AU': ['gmail.com', 'bigpond.com', 'outlook.com'], 'NZ': ['gmail.com', 'xtra.co.nz', 'outlook.com'],
             'IN': ['gmail.com', 'rediffmail.com', 'yahoo.co.in'], 'ZA': ['gmail.com', 'webmail.co.za', 'mweb.co.za']}
GEO = {'US': (38.2, 42.9, -92.5, -78.1), 'UK': (51.2, 53.6, -2.9, -0.3), 'IE': (52.1, 54.1, -9.1, -6.4),
       'CA': (43.4, 49.9, -123.0, -63.9), 'AU': (-37.9, -27.4, 144.9, 153.1), 'NZ': (-43.6, -36.8, 172.5, 176.3),
       'IN': (12.8, 28.7, 72.8, 80.3), 'ZA': (-34.0, -25.7, 18.4, 31.0)}
AU_FICT = ['0491 570 006', '0491 570 156', '0491 570 157', '0491 570 158', '0491 570 159', '0491 570 110',
           '0491 570 313', '0491 570 737', '0491 571 266', '0491 571 491', '0491 571 804', '0491 572 549',
           '0491 572 665', '0491 572 983', '0491 573 770', '0491 573 087', '0491 574 118', '0491 574 632',
           '0491 575 254', '0491 575 789', '0491 576 398', '0491 576 801', '0491 577 426', '0491 577 644']
ANIMALS = ['fox', 'panda', 'otter', 'wolf', 'kitty', 'dragon', 'bunny', 'tiger', 'koala', 'axolotl', 'shark', 'llama']
ADJ = ['pixel', 'turbo', 'sparkly', 'ninja', 'cosmic', 'sneaky', 'epic', 'frosty', 'golden', 'crazy', 'lil', 'mega']
ORD = ['1st', '2nd', '3rd', '4th', '5th', '6th']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def ordinal(n):
    suf = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


class People:
    def __init__(self, region, rng):
        self.r = region
        self.rng = rng

    def c(self, seq):
        return self.rng.choice(seq)

    def n(self, a, b):
        return self.rng.randint(a, b)

    # names
    def kid(self):
        return self.c(KIDS[self.r])

    def adult(self):
        return self.c(ADULTS[self.r])

    def surname(self):
        return self.c(SURNAMES[self.r])

    def kid_full(self):
        return '%s %s' % (self.kid(), self.surname())

    def mum(self):
        return MUM[self.r]

    # places
    def town_state(self):
        return self.c(TOWNS[self.r])

    def street(self):
        b, t = STREETS[self.r]
        return '%s %s' % (self.c(b), self.c(t))

    def postcode(self, ts=None):
        r, L = self.r, 'ABCDEFGHJKLMNPRSTVWXY'
        ts = ts or self.town_state()
        if r == 'US':
            return '%05d' % self.n(10000, 99899)
        if r == 'UK':
            return '%s%d %d%s%s' % (ts[1], self.n(1, 19), self.n(1, 9), self.c(L), self.c(L))
        if r == 'IE':
            return '%s%02d %s%d%s%d' % (self.c('ADEHKNPRTVWXY'), self.n(10, 98), self.c(L), self.n(1, 9),
                                         self.c(L), self.n(1, 9))
        if r == 'CA':
            return '%s%d%s %d%s%d' % (self.c(L), self.n(0, 9), self.c(L), self.n(0, 9), self.c(L), self.n(0, 9))
        if r in ('AU', 'NZ', 'ZA'):
            return '%04d' % self.n(1000, 8999)
        if r == 'IN':
            return '%d%02d %03d' % (self.n(1, 8), self.n(10, 99), self.n(1, 99))

    def house(self):
        return str(self.c([self.n(2, 48), self.n(2, 140), self.n(100, 2999)] if self.r in ('US', 'CA')
                          else [self.n(2, 48), self.n(2, 120)]))

    def address_lines(self):
        """Returns list of lines of a full postal address (no name)."""
        ts = self.town_state()
        t, st = ts
        pc = self.postcode(ts)
        r = self.r
        if r == 'US':
            return ['%s %s' % (self.house(), self.street()), '%s, %s %s' % (t, st, pc)]
        if r == 'CA':
            return ['%s %s' % (self.house(), self.street()), '%s %s  %s' % (t, st, pc)]
        if r == 'UK':
            return ['%s %s' % (self.house(), self.street()), t.upper() if self.rng.random() < .5 else t, pc]
        if r == 'IE':
            first = '%s %s' % (self.house(), self.street())
            return [first, t, ts[1], 'Eircode ' + pc if self.rng.random() < .4 else pc]
        if r == 'AU':
            return ['%s %s' % (self.house(), self.street()), '%s %s %s' % (t.upper(), st, pc)]
        if r == 'NZ':
            return ['%s %s' % (self.house(), self.street()), t, '%s %s' % (st, pc)]
        if r == 'IN':
            return ['Flat %d%02d, %s Apartments' % (self.n(1, 9), self.n(1, 12), self.c(STREETS['IN'][0])),
                    '%s %s, %s' % (ordinal(self.n(2, 19)), self.c(['Cross', 'Main']), t),
                    '%s - %s' % (st, pc.replace(' ', ''))]
        if r == 'ZA':
            return ['%s %s' % (self.house(), self.street()), t, '%s, %s' % (st, pc)]

    def address_one(self):
        ls = self.address_lines()
        return ', '.join(ls)

    def street_addr(self):
        if self.r == 'IN':
            return 'Flat %d%02d, %s Apartments' % (self.n(1, 9), self.n(1, 12), self.c(STREETS['IN'][0]))
        return '%s %s' % (self.house(), self.street())

    def town(self):
        return self.town_state()[0]

    def school(self):
        t = self.town()
        return self.c(SCHOOL_FMT[self.r]).format(p=self.c(SCHOOL_PREFIX), t=t, s=self.c(SAINTS))

    def club(self):
        return self.c(CLUB_FMT[self.r]).format(t=self.town(), n=self.n(1, 9))

    def place(self):
        return self.c(PLACE_FMT).format(t=self.town(), st=self.street())

    def grade(self, g=None):
        g = g or self.n(3, 7)
        return GRADE[self.r].format(g=g, o=ORD[min(g, 6) - 1])

    def geo(self):
        a, b, c, d = GEO[self.r]
        return '%.5f,%.5f' % (a + (b - a) * self.rng.random(), c + (d - c) * self.rng.random())

    # numbers
    def mobile(self):
        """(display, e164)"""
        r, nn = self.r, self.n(100, 199)
        if r in ('US', 'CA'):
            a = self.c(['503', '614', '720', '919', '412', '608'] if r == 'US' else ['416', '604', '403', '613', '902', '519'])
            sub = '01%02d' % self.n(0, 99)
            fmt = self.c(['(%s) 555-%s', '%s-555-%s', '%s.555.%s', '+1 %s 555 %s'])
            return fmt % (a, sub), '+1%s555%s' % (a, sub)
        if r == 'UK':
            d = '%03d' % self.n(0, 999)
            return self.c(['07700 900' + d, '07700900' + d, '+44 7700 900' + d, '07700 900 ' + d]), '+447700900' + d
        if r == 'IE':
            p, d = self.c(['83', '85', '86', '87', '89']), '%03d' % self.n(0, 999)
            return self.c(['0%s 555 0%s' % (p, d), '0%s5550%s' % (p, d), '+353 %s 555 0%s' % (p, d)]), '+353%s5550%s' % (p, d)
        if r == 'AU':
            m = self.c(AU_FICT)
            return self.c([m, m.replace(' ', ''), '+61 ' + m[1:]]), '+61' + m[1:].replace(' ', '')
        if r == 'NZ':
            d = '%03d' % self.n(0, 999)
            return self.c(['021 555 0' + d, '0215550' + d, '+64 21 555 0' + d]), '+64215550' + d
        if r == 'IN':
            a, d = self.c(['98450', '99001', '97411', '90085', '88840']), '55%03d' % self.n(0, 999)
            return self.c(['+91 %s %s' % (a, d), '%s %s' % (a, d), '0%s-%s' % (a, d)]), '+91%s%s' % (a, d)
        if r == 'ZA':
            p, d = self.c(['82', '83', '72', '71', '61']), '%03d' % self.n(0, 999)
            return self.c(['0%s 555 0%s' % (p, d), '+27 %s 555 0%s' % (p, d), '0%s-555-0%s' % (p, d)]), '+27%s5550%s' % (p, d)

    def landline(self):
        r, d = self.r, '%03d' % self.n(0, 999)
        if r in ('US', 'CA'):
            return self.mobile()[0]
        return {'UK': self.c(['020 7946 0', '0113 496 0', '0161 496 0', '0117 496 0']) + d,
                'IE': self.c(['(01) 555 0', '(091) 555 0', '(021) 555 0']) + d,
                'AU': self.c(['(02) 5550 ', '(03) 7010 ']) + '%04d' % self.n(0, 9999),
                'NZ': self.c(['(09) 555 0', '(04) 555 0', '(03) 555 0']) + d,
                'IN': self.c(['080 2555 0', '020 2555 0', '044 2555 0']) + d,
                'ZA': self.c(['021 555 0', '011 555 0', '031 555 0']) + d}[r]

    def age(self):
        return self.n(6, 14)

    def dob(self, age=None):
        age = age or self.age()
        y = REF_YEAR - age - (1 if self.rng.random() < 0.5 else 0)
        m, d = self.n(1, 12), self.n(1, 28)
        r = self.r
        if r == 'US':
            return self.c(['%02d/%02d/%d' % (m, d, y), '%s %d, %d' % (MONTHS[m - 1], d, y)])
        if r == 'IN':
            return self.c(['%02d-%02d-%d' % (d, m, y), '%02d/%02d/%d' % (d, m, y)])
        if r == 'CA':
            return self.c(['%d-%02d-%02d' % (y, m, d), '%02d/%02d/%d' % (d, m, y)])
        return self.c(['%02d/%02d/%d' % (d, m, y), '%d %s %d' % (d, MONTHS[m - 1], y), '%02d.%02d.%d' % (d, m, y)])

    def date_str(self, m=None, d=None, y=REF_YEAR):
        m = m or self.n(1, 12)
        d = d or self.n(1, 28)
        if self.r == 'US':
            return '%s %d' % (MONTHS[m - 1], d)
        return '%d %s' % (d, MONTHS[m - 1])

    def handle(self, first=None):
        first = (first or self.kid()).lower().replace('-', '')
        yy = self.n(9, 17)
        return self.c(['%s_%s%02d' % (first, self.c(ANIMALS), yy), 'xX%s%sXx' % (self.c(ADJ).title(), self.c(ANIMALS).title()),
                       '%s.%s.%d' % (first, self.c('abcdefghklmnprstw'), 2008 + yy), '%s%s%d' % (self.c(ADJ), self.c(ANIMALS), self.n(10, 999)),
                       'its_%s%d' % (first, self.n(1, 99)), '%splays%02d' % (first, yy), '%s_the_%s' % (first, self.c(ANIMALS))])

    def email(self, first=None, last=None):
        first = (first or self.kid()).lower().replace('-', '')
        last = (last or self.surname()).lower().replace(' ', '').replace('-', '')
        dom = self.c(EMAIL_DOM[self.r])
        return self.c(['%s.%s%d@%s' % (first, last, self.n(10, 19), dom), '%s%s%d@%s' % (first, last[0], 2008 + self.n(2, 16), dom),
                       '%s.%s@%s' % (first, last, dom), '%s_%s%d@%s' % (self.c(ADJ), first, self.n(1, 99), dom)])
