"""Shared helpers: fonts, fake-person data, a Layer that tracks leak ink, warps, photo effects."""
import io
import math
import re
import zlib

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = '/usr/share/fonts/truetype/'
FONT_FILES = {
    'sans': 'dejavu/DejaVuSans.ttf', 'sans_b': 'dejavu/DejaVuSans-Bold.ttf',
    'sans_o': 'dejavu/DejaVuSans-Oblique.ttf', 'sans_c': 'dejavu/DejaVuSansCondensed.ttf',
    'sans_cb': 'dejavu/DejaVuSansCondensed-Bold.ttf', 'sans_xl': 'dejavu/DejaVuSans-ExtraLight.ttf',
    'dserif': 'dejavu/DejaVuSerif.ttf', 'dserif_b': 'dejavu/DejaVuSerif-Bold.ttf',
    'dserif_i': 'dejavu/DejaVuSerif-Italic.ttf', 'dmono': 'dejavu/DejaVuSansMono.ttf',
    'dmono_b': 'dejavu/DejaVuSansMono-Bold.ttf',
    'lib': 'liberation/LiberationSans-Regular.ttf', 'lib_b': 'liberation/LiberationSans-Bold.ttf',
    'lib_i': 'liberation/LiberationSans-Italic.ttf', 'lib_bi': 'liberation/LiberationSans-BoldItalic.ttf',
    'narrow': 'liberation/LiberationSansNarrow-Regular.ttf', 'narrow_b': 'liberation/LiberationSansNarrow-Bold.ttf',
    'lserif': 'liberation/LiberationSerif-Regular.ttf', 'lserif_b': 'liberation/LiberationSerif-Bold.ttf',
    'lserif_i': 'liberation/LiberationSerif-Italic.ttf', 'lmono': 'liberation/LiberationMono-Regular.ttf',
    'lmono_b': 'liberation/LiberationMono-Bold.ttf',
    'free': 'freefont/FreeSans.ttf', 'free_b': 'freefont/FreeSansBold.ttf', 'free_o': 'freefont/FreeSansOblique.ttf',
    'free_bo': 'freefont/FreeSansBoldOblique.ttf', 'fserif': 'freefont/FreeSerif.ttf',
    'fserif_b': 'freefont/FreeSerifBold.ttf', 'fserif_i': 'freefont/FreeSerifItalic.ttf',
    'fserif_bi': 'freefont/FreeSerifBoldItalic.ttf', 'fmono': 'freefont/FreeMono.ttf', 'fmono_b': 'freefont/FreeMonoBold.ttf',
}
UI = ['lib', 'free', 'sans', 'sans_c', 'narrow']
UI_B = ['lib_b', 'free_b', 'sans_b', 'sans_cb', 'narrow_b']
SERIF = ['dserif', 'lserif', 'fserif']
SERIF_B = ['dserif_b', 'lserif_b', 'fserif_b']
HAND = ['fserif_i', 'lserif_i', 'dserif_i', 'free_o', 'lib_i', 'fserif_bi', 'sans_o']
DISPLAY = ['sans_b', 'lib_b', 'free_b', 'fserif_b', 'lserif_b', 'sans_cb', 'narrow_b', 'free_bo', 'lib_bi', 'dserif_b']
MONO = ['dmono', 'lmono', 'fmono', 'dmono_b', 'lmono_b']
_fc = {}


def font(name, size):
    key = (name, int(size))
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FD + FONT_FILES[name], max(6, int(size)))
    return _fc[key]


def seed_of(*parts):
    return zlib.crc32('|'.join(str(p) for p in parts).encode())


# ----------------------------------------------------------------------------- people
FIRST = ['Aisha', 'Oluwaseun', 'Chidi', 'Amara', 'Thandiwe', 'Sipho', 'Lerato', 'Kagiso', 'Priya', 'Arjun',
         'Ananya', 'Rohan', 'Ishaan', 'Meera', 'Kavya', 'Aarav', 'Mei', 'Wei', 'Jun', 'Hana', 'Yuki', 'Min-jun',
         'Ji-woo', 'Liam', 'Noah', 'Olivia', 'Ava', 'Mia', 'Ethan', 'Isla', 'Freya', 'Oisín', 'Saoirse', 'Niamh',
         'Cian', 'Siobhán', 'Aoife', 'Mateo', 'Sofía', 'Diego', 'Lucía', 'Camila', 'Santiago', 'Fatima', 'Omar',
         'Yusuf', 'Zainab', 'Layla', 'Hamza', 'Nikau', 'Aroha', 'Tane', 'Mere', 'Kahu', 'Ngaio', 'Anahera',
         'Harper', 'Charlotte', 'Leo', 'Zoë', 'Chloé', 'Emeka', 'Ngozi', 'Kwame', 'Ama', 'Dmitri', 'Anya',
         'Lukas', 'Elif', 'Emre', 'Ayaan', 'Sanvi', 'Tariq', 'Nomvula', 'Thabo', 'Ruby', 'Archie', 'Poppy',
         'Alfie', 'Matilda', 'Hugo', 'Ivy', 'Kai', 'Jasper', 'Willow', 'Finn', 'Maeve', 'Rory', 'Tomás',
         'Bongani', 'Zanele', 'Riya', 'Vihaan', 'Anika', 'Jayden', 'Brooklyn', 'Mackenzie', 'Owen', 'Rosie',
         'Declan', 'Grace', 'Esther', 'Malik', 'Nadia', 'Ibrahim', 'Sana', 'Ravi', 'Tilly', 'Hemi', 'Kiri']
LAST = ['Okafor', 'Adeyemi', 'Nwosu', 'Mensah', 'Dlamini', 'Nkosi', 'Mokoena', 'Naidoo', 'van der Merwe',
        'Botha', 'Patel', 'Sharma', 'Iyer', 'Reddy', 'Menon', 'Gupta', 'Chen', 'Wang', 'Nguyen', 'Tanaka',
        'Kim', 'Park', 'Murphy', "O'Sullivan", 'Byrne', 'Kelly', 'Walsh', 'Thompson', 'Robinson', 'Hughes',
        'Garcia', 'Rodriguez', 'Hernandez', 'Morales', 'Khan', 'Hussain', 'Ahmed', 'Rahman', 'Ngata',
        'Parata', 'Tipene', 'Horomona', 'MacDonald', 'Campbell', 'Fraser', 'Tremblay', 'Gagnon', 'Kowalski',
        'Novak', 'Petrov', 'Yilmaz', 'Demir', 'Haddad', 'Silva', 'Santos', 'Ferreira', 'Jansen', 'Rossi',
        'Papadopoulos', 'Mahlangu', 'Osei', 'Banerjee', 'Pillay', 'Fitzgerald', 'Doherty', 'Brennan',
        'Lindqvist', 'Abubakar', 'Castillo', 'Whitfield', 'Ashworth', 'Pemberton', 'Kaur', 'Singh', 'Bose']

COUNTRY = {
    'US': dict(towns=[('Columbus', 'OH', '432'), ('Plano', 'TX', '750'), ('Naperville', 'IL', '605'),
                      ('Boise', 'ID', '837'), ('Durham', 'NC', '277'), ('Tacoma', 'WA', '984'),
                      ('Fresno', 'CA', '937'), ('Rochester', 'NY', '146')],
               streets=['Maple', 'Oak Hollow', 'Sycamore', 'Willow Creek', 'Cedar Ridge', 'Hawthorne', 'Brookside', 'Juniper'],
               suf=['St', 'Ave', 'Dr', 'Ct', 'Ln', 'Blvd'], year='Grade', yoff=-5),
    'UK': dict(towns=[('Leeds', 'LS', ''), ('Bristol', 'BS', ''), ('Leicester', 'LE', ''), ('Croydon', 'CR', ''),
                      ('Sheffield', 'S', ''), ('Cardiff', 'CF', ''), ('Glasgow', 'G', ''), ('Norwich', 'NR', '')],
               streets=['Holly', 'Beechwood', 'Station', 'Elmfield', 'Church', 'Meadow', 'Victoria', 'Ashgrove'],
               suf=['Road', 'Close', 'Lane', 'Avenue', 'Gardens', 'Street'], year='Year', yoff=-4),
    'IE': dict(towns=[('Ballincollig', 'Cork', 'P31'), ('Swords', 'Dublin', 'K67'), ('Salthill', 'Galway', 'H91'),
                      ('Naas', 'Kildare', 'W91'), ('Ennis', 'Clare', 'V95'), ('Tullamore', 'Offaly', 'R35')],
               streets=['Oakfield', 'Castle View', 'Ard na Gréine', 'Millbrook', 'Chapel', 'Hazelwood', 'Riverside', 'Glenview'],
               suf=['Park', 'Drive', 'Road', 'Grove', 'Crescent', 'Lawn'], year='Class', yoff=-5),
    'CA': dict(towns=[('Mississauga', 'ON', 'L5B'), ('Surrey', 'BC', 'V3S'), ('Calgary', 'AB', 'T2Z'),
                      ('Halifax', 'NS', 'B3H'), ('Laval', 'QC', 'H7N'), ('Winnipeg', 'MB', 'R3T')],
               streets=['Birchwood', 'Lakeshore', 'Tamarack', 'Pinecrest', 'Riverbend', 'Aspen', 'Glenwood', 'Bluebell'],
               suf=['Cres', 'Dr', 'St', 'Ave', 'Way', 'Rd'], year='Grade', yoff=-5),
    'AU': dict(towns=[('Marrickville', 'NSW', '2204'), ('Brunswick', 'VIC', '3056'), ('Toowong', 'QLD', '4066'),
                      ('Scarborough', 'WA', '6019'), ('Glenelg', 'SA', '5045'), ('Belconnen', 'ACT', '2617')],
               streets=['Wattle', 'Banksia', 'Jacaranda', 'Bottlebrush', 'Kookaburra', 'Coolabah', 'Waratah', 'Grevillea'],
               suf=['St', 'Rd', 'Cres', 'Ave', 'Pde', 'Ct'], year='Year', yoff=-5),
    'NZ': dict(towns=[('Ponsonby', 'Auckland', '1011'), ('Hillcrest', 'Hamilton', '3216'), ('Karori', 'Wellington', '6012'),
                      ('Riccarton', 'Christchurch', '8041'), ('Papamoa', 'Tauranga', '3118')],
               streets=['Kowhai', 'Rimu', 'Totara', 'Pohutukawa', 'Harbour View', 'Manuka', 'Kauri', 'Tui'],
               suf=['Street', 'Road', 'Place', 'Lane', 'Terrace', 'Drive'], year='Year', yoff=-5),
    'IN': dict(towns=[('Koramangala', 'Bengaluru', '560034'), ('Andheri West', 'Mumbai', '400053'),
                      ('Salt Lake', 'Kolkata', '700091'), ('Anna Nagar', 'Chennai', '600040'),
                      ('Kothrud', 'Pune', '411038'), ('Gachibowli', 'Hyderabad', '500032')],
               streets=['Sai Residency', 'Green Park Apts', 'Lotus Enclave', 'Shanti Niwas', 'Prestige Heights', 'Ganga Towers'],
               suf=[''], year='Class', yoff=-5),
    'ZA': dict(towns=[('Durbanville', 'Cape Town', '7550'), ('Randburg', 'Johannesburg', '2194'),
                      ('Umhlanga', 'Durban', '4319'), ('Hatfield', 'Pretoria', '0083'), ('Summerstrand', 'Gqeberha', '6001')],
               streets=['Protea', 'Jacaranda', 'Fynbos', 'Acacia', 'Strelitzia', 'Marula', 'Baobab', 'Aloe'],
               suf=['Street', 'Close', 'Avenue', 'Road', 'Crescent'], year='Grade', yoff=-6),
}
COUNTRIES = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ', 'IN', 'ZA']
SAINTS = ['Brigid', 'Patrick', 'Mary', 'Joseph', 'Columba', 'Anne', 'Thomas', 'Francis', 'Xavier', 'Aidan']
WORDS = ['Greenfield', 'Hillside', 'Westbrook', 'Fairview', 'Oakridge', 'Kingsway', 'Riverside', 'Meadowbank',
         'Ashfield', 'Highgate', 'Bayview', 'Sunnybrae', 'Lakeside', 'Elmwood']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def d(rng, n):
    return ''.join(str(rng.randrange(10)) for _ in range(n))


def L(rng):
    return rng.choice('ABDEFHJKLNPRSTWXY')


def phone_for(rng, c):
    if c in ('US', 'CA'):
        a = rng.choice(['614', '469', '630', '208', '919', '253', '559', '585', '905', '604', '403', '902'])
        return rng.choice([f'({a}) 555-01{d(rng, 2)}', f'{a}-555-01{d(rng, 2)}', f'+1 {a} 555 01{d(rng, 2)}'])
    if c == 'UK':
        return rng.choice([f'07700 900{d(rng, 3)}', f'+44 7700 900{d(rng, 3)}', f'07700900{d(rng, 3)}'])
    if c == 'IE':
        p = rng.choice(['83', '85', '86', '87', '89'])
        return rng.choice([f'0{p} {d(rng, 3)} {d(rng, 4)}', f'+353 {p} {d(rng, 3)} {d(rng, 4)}'])
    if c == 'AU':
        return rng.choice([f'04{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}', f'+61 4{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}', f'04{d(rng, 8)}'])
    if c == 'NZ':
        p = rng.choice(['21', '22', '27', '20'])
        return rng.choice([f'0{p} {d(rng, 3)} {d(rng, 4)}', f'+64 {p} {d(rng, 3)} {d(rng, 4)}'])
    if c == 'IN':
        return rng.choice([f'+91 9{d(rng, 4)} {d(rng, 5)}', f'9{d(rng, 4)} {d(rng, 5)}', f'+91-9{d(rng, 9)}'])
    p = rng.choice(['82', '83', '72', '71', '79', '60'])
    return rng.choice([f'0{p} {d(rng, 3)} {d(rng, 4)}', f'+27 {p} {d(rng, 3)} {d(rng, 4)}'])


def address_for(rng, c):
    """returns (line1, line2, town, full)"""
    cd = COUNTRY[c]
    t = rng.choice(cd['towns'])
    st = rng.choice(cd['streets'])
    suf = rng.choice(cd['suf'])
    n = rng.randint(2, 148)
    if c == 'US':
        l1, l2 = f'{n} {st} {suf}', f'{t[0]}, {t[1]} {t[2]}{d(rng, 2)}'
    elif c == 'UK':
        l1, l2 = f'{n} {st} {suf}', f'{t[0]} {t[1]}{rng.randint(1, 19)} {rng.randint(1, 9)}{L(rng)}{L(rng)}'
    elif c == 'IE':
        l1, l2 = f'{n} {st} {suf}', f'{t[0]}, Co. {t[1]} {t[2]} {L(rng)}{d(rng, 1)}{L(rng)}{d(rng, 1)}'
    elif c == 'CA':
        l1, l2 = f'{n} {st} {suf}', f'{t[0]}, {t[1]} {t[2]} {d(rng, 1)}{L(rng)}{d(rng, 1)}'
    elif c == 'AU':
        l1, l2 = f'{n} {st} {suf}', f'{t[0]} {t[1]} {t[2]}'
    elif c == 'NZ':
        l1, l2 = f'{n} {st} {suf}', f'{t[0]}, {t[1]} {t[2]}'
    elif c == 'IN':
        l1, l2 = f'Flat {rng.randint(1, 12)}{rng.choice("ABCD")}, {st}', f'{t[0]}, {t[1]} {t[2]}'
    else:
        l1, l2 = f'{n} {st} {suf}', f'{t[0]}, {t[1]} {t[2]}'
    return l1, l2, t[0], f'{l1}, {l2}'


def school_for(rng, c, town):
    w = rng.choice(WORDS)
    s = rng.choice(SAINTS)
    opts = {
        'US': [f'{w} Elementary School', f'{town} Middle School', f'{w} Elementary', f'{w} Middle School'],
        'UK': [f'{w} Primary School', f"St {s}'s C of E Primary", f'{town} Academy', f'{w} Junior School'],
        'IE': [f"St {s}'s National School", f'Scoil {s}', f'Gaelscoil {w}', f'{town} Educate Together NS'],
        'CA': [f'{w} Public School', f'École {w}', f'{w} Elementary', f'{town} Middle School'],
        'AU': [f'{town} Public School', f'{w} Primary School', f"St {s}'s Primary", f'{town} High School'],
        'NZ': [f'{town} School', f'{w} Intermediate', f'{town} Primary', f'{w} College'],
        'IN': [f'Delhi Public School, {town}', f'Kendriya Vidyalaya {town}', f"St. {s}'s Convent School", f'{w} International School'],
        'ZA': [f'{town} Primary School', f'Laerskool {w}', f'{w} Preparatory', f'{town} High School'],
    }
    return rng.choice(opts[c])


def org_for(rng, c, town):
    s = rng.choice(SAINTS)
    return rng.choice([f'{town} Tigers U{rng.randint(9, 14)}', f'1st {town} Scout Group', f'{town} Swim Club',
                       f"St {s}'s Youth Choir", f'{town} Juniors FC', f'Masjid Al-Noor Sunday School',
                       f'{town} Gurdwara Kids Class', f'Sri Murugan Temple Dance Group', f'{town} Netball Club',
                       f'{town} Cubs Pack', f'{town} Little Athletics', f'{town} Harriers U{rng.randint(10, 14)}',
                       f"St {s}'s Parish Youth Group", f'{town} Chess Club', f'{town} Gymnastics Academy'])


def venue_for(rng, town):
    return rng.choice([f'{town} Leisure Centre', f'{town} Library', f'{rng.choice(WORDS)} Park', f'{town} Rec Ground',
                       f'{town} Aquatic Centre', town, f'{town} Community Hall', f'{town} skate park'])


def handle_for(rng, fn, ln):
    f = re.sub(r'[^a-z]', '', fn.lower().replace('í', 'i').replace('á', 'a').replace('ë', 'e').replace('é', 'e'))
    l = re.sub(r'[^a-z]', '', ln.lower())
    yy = str(rng.randint(9, 17)).zfill(2)
    return rng.choice([f'{f}_{l[:3]}{yy}', f'xX{f}Xx', f'{f}gamer{rng.randint(1, 99)}', f'lil_{f}{yy}',
                       f'{f}.{l}.{yy}', f'{f.capitalize()}Plays{rng.randint(1, 999)}', f'{f}{l}_{d(rng, 3)}',
                       f'the.real.{f}', f'{f}_{rng.choice(["panda", "fox", "ninja", "star", "wolf", "gacha"])}{yy}'])


def email_for(rng, fn, ln):
    f = re.sub(r'[^a-z]', '', fn.lower().replace('í', 'i').replace('á', 'a').replace('ë', 'e').replace('é', 'e'))
    l = re.sub(r'[^a-z]', '', ln.lower())
    dom = rng.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'hotmail.com', 'yahoo.com'])
    return rng.choice([f'{f}.{l}{rng.randint(9, 17)}@{dom}', f'{f}{d(rng, 3)}@{dom}', f'{l}family@{dom}',
                       f'{f}_{l}@{dom}', f'{f[0]}{l}{rng.randint(1, 99)}@{dom}'])


def url_for(rng, h):
    return rng.choice([f'tiktok.com/@{h}', f'youtube.com/@{h}', f'instagram.com/{h}', f'linktr.ee/{h}',
                       f'twitch.tv/{h}', f'roblox.com/users/{d(rng, 9)}/profile', f'{h.replace("_", "").replace(".", "")}.blogspot.com'])


class Kid:
    def __init__(self, rng, country=None):
        self.c = country or rng.choice(COUNTRIES)
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.name = f'{self.fn} {self.ln}'
        self.age = rng.randint(6, 15)
        self.by = 2026 - self.age
        self.bm = rng.randint(1, 12)
        self.bd = rng.randint(1, 28)
        cd = COUNTRY[self.c]
        self.grade = max(1, self.age + cd['yoff'])
        self.year = f"{cd['year']} {self.grade}" if self.c != 'IE' else f'{rng.choice(["3rd", "4th", "5th", "6th"])} Class'
        self.addr1, self.addr2, self.town, self.addr = address_for(rng, self.c)
        self.phone = phone_for(rng, self.c)
        self.school = school_for(rng, self.c, self.town)
        self.org = org_for(rng, self.c, self.town)
        self.venue = venue_for(rng, self.town)
        self.handle = handle_for(rng, self.fn, self.ln)
        self.email = email_for(rng, self.fn, self.ln)
        self.url = url_for(rng, self.handle)
        self.parent = f'{rng.choice(FIRST)} {self.ln}'
        self.parent_phone = phone_for(rng, self.c)
        self.rng = rng

    def dob(self, style=None):
        r = self.rng
        st = style if style is not None else r.randrange(5)
        if st == 0:
            return f'{self.bm:02d}/{self.bd:02d}/{self.by}' if self.c == 'US' else f'{self.bd:02d}/{self.bm:02d}/{self.by}'
        if st == 1:
            return f'{MONTHS[self.bm - 1]} {self.bd}, {self.by}'
        if st == 2:
            return f'{self.bd} {MONTHS[self.bm - 1][:3]} {self.by}'
        if st == 3:
            return f'{self.by}-{self.bm:02d}-{self.bd:02d}'
        return f'{self.bd}.{self.bm:02d}.{self.by}'

    def age_text(self):
        r = self.rng
        return r.choice([f'{self.age}', f'{self.age} years old', f'age {self.age}', self.year, f'{self.age} yrs',
                         self.year, f'{self.age}yo'])

    def friend(self):
        return f'{self.rng.choice(FIRST)} {self.rng.choice(LAST)}'


# ----------------------------------------------------------------------------- ink tracking
def ink_points(f, s, xy, anchor='la', stroke=0):
    l, t, r, b = f.getbbox(s, anchor=anchor, stroke_width=stroke)
    w, h = int(r - l + 6), int(b - t + 6)
    m = Image.new('L', (w, h), 0)
    ImageDraw.Draw(m).text((3 - l, 3 - t), s, font=f, fill=255, anchor=anchor, stroke_width=stroke)
    a = np.asarray(m) > 90
    if not a.any():
        return None
    rows = np.nonzero(a.any(1))[0]
    ar = a[rows]
    x0 = ar.argmax(1)
    x1 = w - 1 - ar[:, ::-1].argmax(1)
    cols = np.nonzero(a.any(0))[0]
    ac = a[:, cols]
    y0 = ac.argmax(0)
    y1 = h - 1 - ac[::-1, :].argmax(0)
    pts = np.concatenate([
        np.stack([x0, rows], 1), np.stack([x0, rows + 1], 1), np.stack([x1 + 1, rows], 1), np.stack([x1 + 1, rows + 1], 1),
        np.stack([cols, y0], 1), np.stack([cols + 1, y0], 1), np.stack([cols, y1 + 1], 1), np.stack([cols + 1, y1 + 1], 1),
    ]).astype(np.float64)
    pts[:, 0] += xy[0] + l - 3
    pts[:, 1] += xy[1] + t - 3
    return pts


def rect_pts(x0, y0, x1, y1):
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float64)


class Layer:
    def __init__(self, img):
        self.img = img
        self.d = ImageDraw.Draw(img)
        self.leaks = []
        self.qrs = []

    @property
    def W(self):
        return self.img.size[0]

    @property
    def H(self):
        return self.img.size[1]

    def add_leak(self, kind, text, pts):
        if pts is not None:
            self.leaks.append({'kind': kind, 'text': text, 'pts': pts})

    def text(self, xy, s, f, fill, kind=None, anchor='la', stroke=0, stroke_fill=None):
        xy = (int(round(xy[0])), int(round(xy[1])))
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor, stroke_width=stroke, stroke_fill=stroke_fill)
        if kind:
            self.add_leak(kind, s, ink_points(f, s, xy, anchor, stroke))
        return self.d.textbbox(xy, s, font=f, anchor=anchor, stroke_width=stroke)

    def rich(self, x, y, segs, f, fill, anchor_baseline=True):
        """segs: list of (text, kind) or (text, kind, fill). Draws on baseline y. returns end x."""
        x = int(round(x))
        for sg in segs:
            t, k = sg[0], sg[1]
            c = sg[2] if len(sg) > 2 and sg[2] else fill
            if k:
                lead = len(t) - len(t.lstrip())
                core = t.strip()
                xx = x + f.getlength(t[:lead])
                self.text((xx, y), core, f, c, kind=k, anchor='ls')
                if len(t) > len(t.rstrip()):
                    pass
            else:
                self.d.text((x, int(y)), t, font=f, fill=c, anchor='ls')
            x = int(round(x + f.getlength(t)))
        return x

    def qr(self, payload, x, y, size, kind=None, leak_text=None, dark=(0, 0, 0), light=(255, 255, 255), quiet=4):
        q = segno.make(payload, error='m', micro=False)
        m = np.array([list(r) for r in q.matrix], dtype=np.uint8)
        n = m.shape[0]
        sc = max(2, int(size // (n + 2 * quiet)))
        full = (n + 2 * quiet) * sc
        arr = np.where(np.kron(m, np.ones((sc, sc), np.uint8))[..., None] > 0, np.array(dark, np.uint8), np.array(light, np.uint8))
        sym = Image.fromarray(arr.astype(np.uint8), 'RGB')
        x, y = int(x), int(y)
        self.d.rectangle([x, y, x + full - 1, y + full - 1], fill=light)
        if self.img.mode == 'RGBA':
            sym = sym.convert('RGBA')
        self.img.paste(sym, (x + quiet * sc, y + quiet * sc))
        pts = rect_pts(x + quiet * sc, y + quiet * sc, x + (quiet + n) * sc, y + (quiet + n) * sc)
        self.qrs.append({'payload': payload, 'pts': pts})
        if kind:
            self.leaks.append({'kind': kind, 'text': leak_text, 'pts': pts.copy()})
        return full

    def map_points(self, fn):
        for it in self.leaks + self.qrs:
            it['pts'] = fn(it['pts'])


def layout_para(segs, f, maxw):
    """word-wrap segments. returns list of lines; each line = list of (text, kind, segidx)."""
    pieces = []
    for i, sg in enumerate(segs):
        for p in re.split(r'(\s+)', sg[0]):
            if p:
                pieces.append((p, sg[1], i, p.isspace()))
    lines, cur, w = [], [], 0.0
    for p in pieces:
        if p[3]:
            if cur:
                cur.append(p)
            continue
        pw = f.getlength(''.join(q[0] for q in cur) + p[0])
        if cur and pw > maxw:
            while cur and cur[-1][3]:
                cur.pop()
            lines.append(cur)
            cur = [p]
        else:
            cur.append(p)
    while cur and cur[-1][3]:
        cur.pop()
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:
        runs = []
        for p in ln:
            if runs and runs[-1][2] == p[2]:
                runs[-1] = (runs[-1][0] + p[0], runs[-1][1], p[2])
            else:
                runs.append((p[0], p[1], p[2]))
        out.append(runs)
    return out


def line_width(runs, f):
    return f.getlength(''.join(r[0] for r in runs))


def draw_lines(Lr, x, y_base, lines, f, fill, lh, fills=None):
    """draw laid-out lines, first baseline at y_base. returns baseline after last line."""
    for ln in lines:
        segs = [(r[0], r[1], (fills or {}).get(r[2])) for r in ln]
        Lr.rich(x, y_base, segs, f, fill)
        y_base += lh
    return y_base


# ----------------------------------------------------------------------------- geometry
def homography(src, dst):
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.append(h, 1).reshape(3, 3)


def apply_h(H, pts):
    p = np.c_[pts, np.ones(len(pts))] @ H.T
    return p[:, :2] / p[:, 2:3]


def quad_for(rng, w, h, cx, cy, scale, rot_deg, persp=0.08):
    """destination quad for an object w x h placed at centre cx,cy with scale, rotation and mild perspective."""
    hw, hh = w * scale / 2, h * scale / 2
    pts = np.array([[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]], float)
    # perspective: shrink one side
    jit = np.array([[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(4)]) * persp * np.array([hw, hh])
    side = rng.randrange(4)
    k = rng.uniform(0, persp)
    if side == 0:
        pts[[0, 1], 0] *= (1 - k)
    elif side == 1:
        pts[[2, 3], 0] *= (1 - k)
    elif side == 2:
        pts[[0, 3], 1] *= (1 - k)
    else:
        pts[[1, 2], 1] *= (1 - k)
    pts += jit * 0.5
    a = math.radians(rot_deg)
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    return pts @ R.T + np.array([cx, cy])


class Occluded(Exception):
    pass


def _inside(quad, pts):
    q = np.asarray(quad, float)
    inside = np.ones(len(pts), bool)
    # orientation from polygon area
    area = sum(q[i][0] * q[(i + 1) % 4][1] - q[(i + 1) % 4][0] * q[i][1] for i in range(4))
    o = 1 if area > 0 else -1
    for i in range(4):
        a, b = q[i], q[(i + 1) % 4]
        cr = (b[0] - a[0]) * (pts[:, 1] - a[1]) - (b[1] - a[1]) * (pts[:, 0] - a[0])
        inside &= (cr * o) > -2.0 * math.hypot(b[0] - a[0], b[1] - a[1])
    return inside


def place(dst, obj, quad, shadow=0.45, shadow_off=(0.012, 0.018), rng=None):
    """warp Layer obj (RGBA) into Layer dst (RGB) so that its corners land on quad. merges leaks.
    raises Occluded if the new object would cover text already tracked in dst."""
    for it in dst.leaks + dst.qrs:
        if _inside(quad, it['pts']).any():
            raise Occluded()
    w, h = obj.img.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    H = homography(src, [tuple(p) for p in quad])
    W, Hh = dst.img.size
    diag = math.hypot(quad[2][0] - quad[0][0], quad[2][1] - quad[0][1])
    so = int(diag * shadow_off[0]) + 2, int(diag * shadow_off[1]) + 2
    pad = int(diag * 0.03) + 8
    x0 = max(0, int(min(quad[:, 0])) - pad)
    y0 = max(0, int(min(quad[:, 1])) - pad)
    x1 = min(W, int(max(quad[:, 0])) + pad + so[0])
    y1 = min(Hh, int(max(quad[:, 1])) + pad + so[1])
    if x1 <= x0 or y1 <= y0:
        return
    T = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], float) @ H
    Ti = np.linalg.inv(T)
    Ti /= Ti[2, 2]
    o = obj.img if obj.img.mode == 'RGBA' else obj.img.convert('RGBA')
    warped = o.convert('RGBa').transform((x1 - x0, y1 - y0), Image.PERSPECTIVE, tuple(Ti.flatten()[:8]),
                                         Image.BILINEAR).convert('RGBA')
    region = dst.img.crop((x0, y0, x1, y1))
    if shadow > 0:
        al = warped.getchannel('A')
        sh = Image.new('L', al.size, 0)
        sh.paste(al, so)
        sw_, sh_ = max(1, sh.size[0] // 4), max(1, sh.size[1] // 4)
        sh = sh.resize((sw_, sh_), Image.BILINEAR).filter(ImageFilter.GaussianBlur(max(0.5, diag * 0.002))).resize(sh.size, Image.BILINEAR)
        sh = sh.point(lambda v: int(v * shadow))
        region.paste((20, 18, 16, 255) if region.mode == 'RGBA' else (20, 18, 16), (0, 0), sh)
    region.paste(warped, (0, 0), warped)
    dst.img.paste(region, (x0, y0))
    for it in obj.leaks:
        dst.leaks.append({'kind': it['kind'], 'text': it['text'], 'pts': apply_h(H, it['pts'])})
    for it in obj.qrs:
        dst.qrs.append({'payload': it['payload'], 'pts': apply_h(H, it['pts'])})


def cylinder(obj, strength=0.35, sag=0.0):
    """wrap a flat RGBA Layer around a cylinder (bottle / tin). modifies in place: returns new Layer."""
    w, h = obj.img.size
    half = w / 2
    th_max = min(1.25, 0.3 + strength * 2)
    R = half / th_max
    wout = int(2 * R * math.sin(th_max)) + 1
    xs = np.arange(wout) - wout / 2
    theta = np.arcsin(np.clip(xs / R, -1, 1))
    srcx = half + R * theta
    sagpx = sag * h
    hout = h + int(abs(sagpx)) + 2
    src = np.asarray(obj.img.convert('RGBA')).astype(np.float32)
    yy = np.arange(hout)[:, None] - sagpx * (1 - np.cos(theta))[None, :] - (0 if sagpx >= 0 else sagpx)
    xi = np.clip(np.round(srcx).astype(int), 0, w - 1)
    yi = np.round(yy).astype(int)
    valid = (yi >= 0) & (yi < h)
    out = src[np.clip(yi, 0, h - 1), xi[None, :]]
    out[~valid] = 0
    shade = (0.55 + 0.45 * np.cos(theta) ** 0.7)[None, :, None]
    out[..., :3] *= shade
    nl = Layer(Image.fromarray(out.clip(0, 255).astype(np.uint8), 'RGBA'))

    def fwd(p):
        th = (p[:, 0] - half) / R
        x = wout / 2 + R * np.sin(th)
        y = p[:, 1] + sagpx * (1 - np.cos(th)) + (0 if sagpx >= 0 else -sagpx)
        return np.stack([x, y], 1)
    for it in obj.leaks:
        nl.leaks.append({'kind': it['kind'], 'text': it['text'], 'pts': fwd(it['pts'])})
    for it in obj.qrs:
        nl.qrs.append({'payload': it['payload'], 'pts': fwd(it['pts'])})
    return nl


# ----------------------------------------------------------------------------- textures / effects
def smooth_noise(W, H, cell, nrng):
    gw, gh = max(2, int(W / cell) + 2), max(2, int(H / cell) + 2)
    a = nrng.random((gh, gw)).astype(np.float32)
    return np.asarray(Image.fromarray(a, 'F').resize((W, H), Image.BICUBIC))


def background(W, H, rng, kind=None):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    kind = kind or rng.choice(['wood', 'fabric', 'table', 'wall', 'concrete', 'carpet'])
    if kind == 'wood':
        base = np.array(rng.choice([(150, 104, 62), (178, 132, 86), (110, 72, 44), (196, 160, 118)]), np.float32)
        g = np.asarray(Image.fromarray(nrng.random((int(H / 6) + 2, 12)).astype(np.float32), 'F').resize((W, H), Image.BICUBIC))
        yy = np.arange(H, dtype=np.float32)[:, None]
        rings = np.sin(yy / rng.uniform(9, 25) + g * 9) * 0.5 + 0.5
        v = 0.78 + 0.22 * rings + 0.1 * (smooth_noise(W, H, 300, nrng) - 0.5)
        if rng.random() < 0.5:
            v = v.T if W == H else np.asarray(Image.fromarray(v.T.copy(), 'F').resize((W, H)))
        img = base[None, None, :] * v[..., None]
    elif kind == 'fabric':
        base = np.array(rng.choice([(60, 80, 140), (150, 40, 50), (70, 110, 80), (200, 190, 170), (90, 90, 100)]), np.float32)
        xx = np.arange(W, dtype=np.float32)[None, :]
        yy = np.arange(H, dtype=np.float32)[:, None]
        p = rng.uniform(3, 6)
        weave = (np.sin(xx * 2 * math.pi / p) * np.sin(yy * 2 * math.pi / p)) * 0.06
        v = 0.85 + weave + 0.2 * (smooth_noise(W, H, 500, nrng) - 0.5)
        img = base[None, None, :] * v[..., None]
    elif kind == 'carpet':
        base = np.array(rng.choice([(120, 110, 100), (90, 60, 60), (70, 80, 90)]), np.float32)
        v = 0.8 + 0.25 * nrng.random((H, W), dtype=np.float32) + 0.15 * (smooth_noise(W, H, 200, nrng) - 0.5)
        img = base[None, None, :] * v[..., None]
    elif kind == 'concrete':
        base = np.array(rng.choice([(150, 150, 148), (120, 118, 112), (170, 165, 155)]), np.float32)
        v = 0.8 + 0.2 * smooth_noise(W, H, 400, nrng) + 0.1 * smooth_noise(W, H, 30, nrng) + 0.08 * nrng.random((H, W), dtype=np.float32)
        img = base[None, None, :] * v[..., None]
    elif kind == 'grass':
        top = int(H * rng.uniform(0.2, 0.45))
        img = np.zeros((H, W, 3), np.float32)
        sky = np.linspace(0, 1, top, dtype=np.float32)[:, None, None]
        img[:top] = np.array([120, 170, 225], np.float32) * (1 - sky) + np.array([200, 220, 235], np.float32) * sky
        v = 0.7 + 0.3 * smooth_noise(W, H - top, 120, nrng) + 0.2 * nrng.random((H - top, W), dtype=np.float32)
        img[top:] = np.array([70, 120, 50], np.float32) * v[..., None]
    else:  # wall / table
        base = np.array(rng.choice([(235, 230, 220), (210, 220, 228), (240, 235, 200), (200, 200, 195), (225, 205, 190)]), np.float32)
        v = 0.88 + 0.12 * smooth_noise(W, H, 600, nrng) + 0.03 * nrng.random((H, W), dtype=np.float32)
        img = base[None, None, :] * v[..., None]
    return Image.fromarray(img.clip(0, 255).astype(np.uint8), 'RGB')


def photo_finish(img, rng, blur=(0.3, 1.3), noise=(2.0, 7.0), light=True, amp=1.0):
    """camera look: mild blur, uneven light and colour cast (computed at low resolution), sensor noise."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    W, H = img.size
    br = rng.uniform(*blur)
    if br > 0.25:
        img = img.filter(ImageFilter.GaussianBlur(br))
    a = np.asarray(img, dtype=np.float32).copy()
    if light:
        gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
        w2, h2 = max(8, W // 16), max(8, H // 16)
        xx = np.linspace(-1, 1, w2, dtype=np.float32)[None, :]
        yy = np.linspace(-1, 1, h2, dtype=np.float32)[:, None]
        field = 1 + amp * (0.18 * (gx * xx + gy * yy) + 0.2 * (smooth_noise(w2, h2, max(w2, h2) / 3, nrng) - 0.5))
        field = field - amp * 0.22 * rng.uniform(0.3, 1) * (xx ** 2 + yy ** 2) / 2
        field = np.asarray(Image.fromarray(field.astype(np.float32), 'F').resize((W, H), Image.BILINEAR))
        cast = np.array([rng.uniform(0.94, 1.06), 1.0, rng.uniform(0.9, 1.06)], np.float32) * np.float32(rng.uniform(0.88, 1.05))
        a *= field[..., None]
        a *= cast
    sd = rng.uniform(*noise)
    T = 512
    nt = nrng.standard_normal((T, T, 1), dtype=np.float32) * np.float32(sd) + \
        nrng.standard_normal((T, T, 3), dtype=np.float32) * np.float32(sd * 0.5)
    ox, oy = rng.randrange(T), rng.randrange(T)
    a += np.tile(nt, (H // T + 2, W // T + 2, 1))[oy:oy + H, ox:ox + W]
    np.clip(a, 0, 255, out=a)
    return Image.fromarray(a.astype(np.uint8), 'RGB')


def scan_finish(img, rng, rot=1.5):
    """A4 scan: slight rotation, paper tone, noise, mild blur."""
    W, H = img.size
    L_ = Layer(img) if not isinstance(img, Layer) else img
    return L_


def emoji(d, x, y, s, kind, rng=None):
    x, y, s = int(x), int(y), int(s)
    if kind == 'heart':
        d.ellipse([x, y, x + s // 2 + 1, y + s // 2 + 1], fill=(230, 40, 70))
        d.ellipse([x + s // 2 - 1, y, x + s, y + s // 2 + 1], fill=(230, 40, 70))
        d.polygon([(x + 1, y + s // 3), (x + s - 1, y + s // 3), (x + s // 2, y + s)], fill=(230, 40, 70))
    elif kind == 'star':
        pts = []
        for i in range(10):
            r = s / 2 if i % 2 == 0 else s / 4.5
            a = -math.pi / 2 + i * math.pi / 5
            pts.append((x + s / 2 + r * math.cos(a), y + s / 2 + r * math.sin(a)))
        d.polygon(pts, fill=(250, 200, 30))
    elif kind == 'thumb':
        d.rounded_rectangle([x + s * 0.3, y + s * 0.35, x + s * 0.95, y + s], radius=max(1, s // 6), fill=(250, 195, 60))
        d.rounded_rectangle([x + s * 0.35, y, x + s * 0.6, y + s * 0.5], radius=max(1, s // 8), fill=(250, 195, 60))
        d.rectangle([x, y + s * 0.4, x + s * 0.25, y + s], fill=(60, 110, 200))
    else:  # smiley / laugh
        d.ellipse([x, y, x + s, y + s], fill=(252, 200, 40))
        e = max(1, s // 8)
        d.ellipse([x + s * 0.28 - e, y + s * 0.35 - e, x + s * 0.28 + e, y + s * 0.35 + e], fill=(80, 50, 10))
        d.ellipse([x + s * 0.72 - e, y + s * 0.35 - e, x + s * 0.72 + e, y + s * 0.35 + e], fill=(80, 50, 10))
        if kind == 'laugh':
            d.chord([x + s * 0.2, y + s * 0.4, x + s * 0.8, y + s * 0.85], 0, 180, fill=(120, 30, 20))
            d.ellipse([x - s * 0.05, y + s * 0.45, x + s * 0.15, y + s * 0.75], fill=(90, 170, 240))
        else:
            d.arc([x + s * 0.25, y + s * 0.35, x + s * 0.75, y + s * 0.8], 20, 160, fill=(80, 50, 10), width=max(1, s // 12))


def avatar(d, cx, cy, r, initials, color, f):
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=color)
    d.text((cx, cy), initials, font=f, fill=(255, 255, 255), anchor='mm')


PALETTE = [(231, 76, 60), (52, 152, 219), (46, 204, 113), (155, 89, 182), (241, 196, 15), (230, 126, 34),
           (26, 188, 156), (233, 30, 99), (63, 81, 181), (0, 150, 136), (121, 85, 72), (96, 125, 139)]


def initials(name):
    p = [w for w in name.replace('-', ' ').split() if w[0].isalpha()]
    if not p:
        return ''
    return (p[0][0] + (p[-1][0] if len(p) > 1 else '')).upper()


def finalize(Lr, W, H, min_frac=0.35):
    """convert tracked points to clipped boxes. returns leaks, qrs lists."""
    out = []
    for it in Lr.leaks:
        p = it['pts']
        x0, y0 = float(p[:, 0].min()), float(p[:, 1].min())
        x1, y1 = float(p[:, 0].max()), float(p[:, 1].max())
        cx0, cy0 = max(0.0, x0), max(0.0, y0)
        cx1, cy1 = min(float(W), x1), min(float(H), y1)
        if cx1 - cx0 < 2 or cy1 - cy0 < 2:
            continue
        if (cx1 - cx0) * (cy1 - cy0) < min_frac * (x1 - x0) * (y1 - y0):
            continue
        bx, by = int(math.floor(cx0)), int(math.floor(cy0))
        bw, bh = int(math.ceil(cx1)) - bx, int(math.ceil(cy1)) - by
        bw, bh = min(bw, W - bx), min(bh, H - by)
        out.append({'kind': it['kind'], 'text': it['text'], 'box': [bx, by, bw, bh]})
    qrs = []
    for it in Lr.qrs:
        p = it['pts']
        bx, by = max(0, int(math.floor(p[:, 0].min()))), max(0, int(math.floor(p[:, 1].min())))
        bw = min(W, int(math.ceil(p[:, 0].max()))) - bx
        bh = min(H, int(math.ceil(p[:, 1].max()))) - by
        qrs.append({'payload': it['payload'], 'box': [bx, by, bw, bh]})
    return out, qrs


def rotate_layer(Lr, deg, fill):
    """rotate whole image about centre keeping size (scan skew). updates points."""
    W, H = Lr.img.size
    a = math.radians(deg)
    c, s = math.cos(a), math.sin(a)
    cx, cy = W / 2, H / 2
    # forward map: p' = R (p - c) + c ; Pillow rotate(angle) is counter-clockwise for positive angle
    img = Lr.img.rotate(deg, resample=Image.BICUBIC, fillcolor=fill)

    def fwd(p):
        x, y = p[:, 0] - cx, p[:, 1] - cy
        return np.stack([c * x + s * y + cx, -s * x + c * y + cy], 1)
    Lr.img = img
    Lr.d = ImageDraw.Draw(img)
    Lr.map_points(fwd)
    return Lr
